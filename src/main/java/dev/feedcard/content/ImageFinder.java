package dev.feedcard.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds a featured image's file. A path written from the site root ({@code /assets/blog/x.jpg}) is looked up in the
 * static folders, then in the content folder; any other path ({@code cover.jpg}, {@code images/x.jpg},
 * {@code ../shared/x.jpg}) beside the post, then in the content folder, then in the static folders. A file is only
 * used when it lies inside the content folder or a static folder, symbolic links followed.
 */
final class ImageFinder {
    private final Path contentRoot;
    private final List<Path> staticFolders;

    /** Why an image was not found, with what to do. */
    static final class NotFound extends Exception {
        private final String hint;

        NotFound(String message, String hint) {
            super(message, null, false, false);
            this.hint = hint;
        }

        String hint() {
            return hint;
        }
    }

    /** A place an image may be: the file, and how to name it in a message. */
    private record Candidate(Path file, String shown) {
    }

    ImageFinder(Path contentRoot, List<Path> staticFolders) {
        this.contentRoot = contentRoot.toAbsolutePath().normalize();
        this.staticFolders = List.copyOf(staticFolders);
    }

    Path find(String declared, Path postFolder) throws NotFound {
        List<Candidate> candidates;
        try {
            candidates = candidates(declared, postFolder.toAbsolutePath().normalize());
        } catch (InvalidPathException e) {
            throw new NotFound("the featured image '" + declared + "' is not a usable file path", "fix the image's path");
        }
        boolean anyInside = false;
        Candidate notAFile = null;
        for (Candidate candidate : candidates) {
            if (!isInsideAllowed(candidate.file())) continue;
            anyInside = true;
            if (!Files.isRegularFile(candidate.file())) {
                if (notAFile == null && Files.exists(candidate.file())) notAFile = candidate;
                continue;
            }
            if (!realPathInsideAllowed(candidate.file())) {
                throw new NotFound("the featured image '" + declared + "' links to a file outside the content folder"
                        + (staticFolders.isEmpty() ? "" : " and the static folders"),
                        "copy the image into the content folder instead of linking to it");
            }
            return candidate.file();
        }
        if (!anyInside) {
            throw new NotFound("the featured image '" + declared + "' is outside the content folder"
                    + (staticFolders.isEmpty() ? "" : " and the static folders"),
                    "keep images inside the content folder (beside the post or below the folder)"
                            + (staticFolders.isEmpty() ? ", or name the folder that holds them with --static DIR" : " or a static folder"));
        }
        if (notAFile != null) {
            boolean folder = Files.isDirectory(notAFile.file());
            throw new NotFound("the featured image '" + declared + "' is " + (folder ? "a folder, not an image file" : "not a regular file (but a named pipe, a socket or a device)"),
                    "point the featured image at an image file (" + notAFile.shown() + " is not one)");
        }
        List<String> looked = candidates.stream().filter(c -> isInsideAllowed(c.file())).map(Candidate::shown).distinct().toList();
        Path likely = likelyStaticFolder(declared);
        String hint = likely != null
                ? "it is in " + likely + ": name that folder with --static " + likely + " (or 'static: [" + likely + "]' in feedcard.yml)"
                : "looked for " + String.join(", ", looked) + "; fix the path or add the image"
                + (declared.startsWith("/") ? ", and name the folder the site serves from its root with --static DIR (such as static or public)" : "");
        throw new NotFound("the featured image '" + declared + "' does not exist", hint);
    }

    /**
     * A folder the site probably serves from its root (static, public, or the site's own folder) beside the content
     * folder or above it, that holds the image: to name in the message, never used without being configured.
     */
    private Path likelyStaticFolder(String declared) {
        String relative = declared.replace('\\', '/').replaceFirst("^/+", "");
        if (relative.isEmpty() || relative.contains("..")) return null;
        Path folder = contentRoot.getParent();
        for (int level = 0; level < 3 && folder != null; level++, folder = folder.getParent()) {
            for (String name : List.of("static", "public", "")) {
                Path candidate = name.isEmpty() ? folder : folder.resolve(name);
                if (staticFolders.stream().anyMatch(f -> f.toAbsolutePath().normalize().equals(candidate))) continue;
                try {
                    if (Files.isRegularFile(candidate.resolve(relative))) {
                        Path shown = Path.of("").toAbsolutePath().relativize(candidate);
                        return shown.toString().isEmpty() ? Path.of(".") : shown;
                    }
                } catch (IllegalArgumentException e) {
                    return null;
                }
            }
        }
        return null;
    }

    private List<Candidate> candidates(String declared, Path postFolder) {
        String relative = declared.replace('\\', '/');
        while (relative.startsWith("/")) relative = relative.substring(1);
        List<Candidate> list = new ArrayList<>();
        if (declared.startsWith("/")) {
            addStatic(list, relative);
            list.add(inContent(relative));
        } else {
            Path besidePost = postFolder.resolve(relative).normalize();
            list.add(new Candidate(besidePost, shownInContent(besidePost)));
            list.add(inContent(relative));
            addStatic(list, relative);
        }
        return list;
    }

    private Candidate inContent(String relative) {
        Path file = contentRoot.resolve(relative).normalize();
        return new Candidate(file, shownInContent(file));
    }

    private void addStatic(List<Candidate> list, String relative) {
        for (Path folder : staticFolders) {
            Path file = folder.toAbsolutePath().normalize().resolve(relative).normalize();
            list.add(new Candidate(file, folder.resolve(relative).normalize().toString().replace('\\', '/')));
        }
    }

    private String shownInContent(Path file) {
        return file.startsWith(contentRoot) ? contentRoot.relativize(file).toString().replace('\\', '/') : file.toString();
    }

    private boolean isInsideAllowed(Path file) {
        if (file.startsWith(contentRoot)) return true;
        for (Path folder : staticFolders) if (file.startsWith(folder.toAbsolutePath().normalize())) return true;
        return false;
    }

    private boolean realPathInsideAllowed(Path file) {
        try {
            Path real = file.toRealPath();
            if (real.startsWith(contentRoot.toRealPath())) return true;
            for (Path folder : staticFolders) {
                if (Files.isDirectory(folder) && real.startsWith(folder.toRealPath())) return true;
            }
            return false;
        } catch (IOException e) {
            return false;
        }
    }
}
