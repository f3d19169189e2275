package dev.feedcard.content;

import dev.feedcard.cache.FileStamp;
import dev.feedcard.report.Problem;
import dev.feedcard.work.Cores;

import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the post files in a content folder, at any depth:
 * <ul>
 * <li>one folder per post: {@code <slug>/index.md}, and Hugo's translations {@code <slug>/index.ja.md};</li>
 * <li>flat files: {@code <slug>.md}, {@code <slug>.markdown}, and Hugo's translations {@code <slug>.ja.md};</li>
 * <li>Jekyll names: {@code 2024-05-01-<slug>.md} (the date, when the front matter gives none, and the slug);</li>
 * <li>nested folders: {@code posts/2023/<slug>.md} (the folders are the post's section), and a first folder named by
 *     a language code ({@code ja/<slug>.md}) gives the post's language.</li>
 * </ul>
 * Files that are not posts are passed over: Hugo's {@code _index.md} list pages, README, LICENSE and CHANGELOG files,
 * a folder's own {@code index.md} at the top, files whose name starts with '_' or '.', and the folders
 * {@code drafts}, {@code _drafts}, {@code node_modules}, folders whose name starts with '.', and folders whose name
 * starts with '_' other than Jekyll's {@code _posts} (layouts, includes, data, the built site).
 *
 * <p>Nothing is passed over in silence that could be a post: a folder that cannot be read, a post file or folder
 * that is a link leading out of the content folder (or to nothing, or back to a folder that holds it), a post file
 * that is not a regular file, and a path too long for the file system are each a {@link Problem}. Links that stay
 * inside the content folder are followed.
 */
public final class ContentScanner {
    private static final Pattern JEKYLL_NAME = Pattern.compile("(\\d{4}-\\d{1,2}-\\d{1,2})-(.+)");
    private static final Set<String> NOT_POSTS = Set.of("readme", "license", "licence", "changelog", "contributing",
            "code_of_conduct", "security", "index", "_index");
    private static final Set<String> SKIPPED_FOLDERS = Set.of("node_modules", "drafts", "_drafts");
    private static final Set<String> KEPT_UNDERSCORE_FOLDERS = Set.of("_posts");
    /** A folder with this many posts and folders or more has them looked at on every core (as has one with two folders). */
    private static final int LOOKS_ON_EVERY_CORE = 64;

    private final Set<String> languageCodes;
    private final FolderListings listings;
    private final Path root;
    private Path realRoot;
    private final List<Problem> problems = Collections.synchronizedList(new ArrayList<>());

    private ContentScanner(Path root, Collection<String> languageCodes, FolderListings listings) {
        this.root = root;
        this.listings = listings;
        this.languageCodes = Set.copyOf(languageCodes.stream().map(Languages::normalise).toList());
    }

    /**
     * The post files found below a content folder, in a stable order, and the problems that kept feedcard from
     * looking at some of them (a folder it cannot read, a link that leads out of the content folder, a path too long
     * for the file system), each naming the file or folder (with a trailing '/') below the content folder.
     */
    public record Found(List<PostFile> files, List<Problem> problems) {
        public Found {
            files = List.copyOf(files);
            problems = List.copyOf(problems);
        }
    }

    /** The post files below {@code root}, in a stable order; any known language code names a language folder. */
    public static List<PostFile> scan(Path root) {
        return scan(root, List.of(), null);
    }

    /** The post files below {@code root}, in a stable order, without what kept others from being found (see {@link #find}). */
    public static List<PostFile> scan(Path root, Collection<String> languageCodes, FolderListings listings) {
        return find(root, languageCodes, listings).files();
    }

    /**
     * The post files below {@code root}, in a stable order, and what kept others from being found. Links (to files
     * or folders) that stay inside the content folder are followed, each post read under the link's name; a link
     * that leads out of it, to nothing, or back to a folder that holds it is a problem, as is a folder that cannot
     * be read and a post file that is not a regular file.
     *
     * @param languageCodes when not empty, only these codes name a language folder or a translation's file name
     * @param listings what earlier builds found in the folders, to take instead of listing a folder that has not
     *                 changed, and where this scan's listings are kept; null to list every folder
     */
    public static Found find(Path root, Collection<String> languageCodes, FolderListings listings) {
        ContentScanner scanner = new ContentScanner(root, languageCodes, listings);
        List<PostFile> found = new ArrayList<>();
        try {
            scanner.realRoot = root.toRealPath();
            scanner.scanFolder(root, new Folders(scanner.realRoot, List.of(), "", null), null, found);
        } catch (IOException e) {
            scanner.problems.add(Problem.error("", 0, "cannot read the content folder " + root + " (" + FileProblems.reason(root, e) + ")",
                    "let the user who runs feedcard read it (chmod u+rx), or pass the folder of your posts with --content DIR"));
        }
        found.sort(Comparator.comparing(PostFile::name));
        List<Problem> problems = new ArrayList<>(scanner.problems);
        problems.sort(Comparator.comparing(Problem::file));
        return new Found(found, problems);
    }

    /**
     * Where a folder being scanned is: its real path (links resolved), the names of the folders from the content
     * folder down to it, those names joined with '/', and the folders that hold it (null for the content folder).
     * A link back to one of them would find the same posts again and again.
     */
    private record Folders(Path real, List<String> names, String path, Folders up) {
        Folders below(String name, Path real) {
            List<String> deeper = new ArrayList<>(names.size() + 1);
            deeper.addAll(names);
            deeper.add(name);
            return new Folders(real, deeper, path.isEmpty() ? name : path + "/" + name, this);
        }

        /** True when {@code real} is this folder or one that holds it. */
        boolean holds(Path real) {
            for (Folders f = this; f != null; f = f.up) if (f.real.equals(real)) return true;
            return false;
        }

        /** The path below the content folder of an entry of this folder. */
        String shown(String name) {
            return path.isEmpty() ? name : path + "/" + name;
        }
    }

    /**
     * Where a link inside the content folder leads: the same file named below the content folder's own path, and its
     * real path (null for an entry that is no link: its real path is made only when it is a folder).
     */
    private record Target(Path path, Path real) {
    }

    /**
     * Adds the post files in {@code folder} and its content folders to {@code found}, and what kept any from being
     * found to the problems. A folder whose stamp is the one it had when an earlier build listed it is not listed
     * again: only the post files and content folders found then are looked at. The entries of a large folder, or of
     * one with two content folders or more, are looked at (and the folders among them scanned) on every core.
     *
     * @param at where the folder is: its real path, its path below the content folder and the folders that hold it
     * @param stamp the folder's stamp, taken before listing it; null for the content folder, which is always listed
     * @throws IOException when the content folder itself cannot be listed
     */
    private void scanFolder(Path folder, Folders at, FileStamp stamp, List<PostFile> found) throws IOException {
        String path = at.path();
        FolderListings.Listing known = listings == null ? null : listings.unchanged(path, stamp);
        List<String> names;
        if (known != null) {
            names = new ArrayList<>(known.postFiles().size() + known.folders().size());
            names.addAll(known.postFiles());
            names.addAll(known.folders());
        } else {
            names = new ArrayList<>();
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
                for (Path entry : entries) names.add(entry.getFileName().toString());
            } catch (IOException | DirectoryIteratorException e) {
                if (at.up() == null) throw e instanceof DirectoryIteratorException d ? d.getCause() : (IOException) e;
                problems.add(FileProblems.unreadableFolder(path + "/", folder, e instanceof DirectoryIteratorException d ? d.getCause() : (IOException) e));
                return;
            }
        }
        List<String> candidates = new ArrayList<>(names.size());
        int folderNames = 0;
        for (String name : names) {
            if (isPostName(name)) {
                candidates.add(name);
            } else if (isContentFolder(name)) {
                candidates.add(name);
                folderNames++;
            }
        }
        List<Scanned> entries;
        if (candidates.size() >= LOOKS_ON_EVERY_CORE || folderNames >= 2) {
            entries = Cores.map(candidates, name -> scanEntry(folder, at, name));
        } else {
            entries = new ArrayList<>(candidates.size());
            for (String name : candidates) entries.add(scanEntry(folder, at, name));
        }
        boolean clean = true;
        List<String> postFiles = new ArrayList<>();
        List<String> subfolders = new ArrayList<>();
        for (Scanned entry : entries) {
            clean &= entry.clean();
            if (entry.kind() == FileStamp.Kind.FILE) postFiles.add(entry.name());
            if (entry.kind() == FileStamp.Kind.FOLDER) subfolders.add(entry.name());
            found.addAll(entry.posts());
        }
        if (known == null && listings != null && clean) listings.listed(path, stamp, postFiles, subfolders);
    }

    /**
     * What one entry of a folder gave: a post file or a content folder (its kind, else null), whether it was looked
     * at without a problem, and the posts in it (the post file's, or those found below the folder).
     */
    private record Scanned(String name, FileStamp.Kind kind, boolean clean, List<PostFile> posts) {
        static Scanned nothing(String name, boolean clean) {
            return new Scanned(name, null, clean, List.of());
        }
    }

    /**
     * Looks at the entry {@code name} of {@code folder}: recognises a post file, and scans a content folder (one step
     * of a scan, so that the entries of a folder, and the folders below them, are scanned on every core at once).
     */
    private Scanned scanEntry(Path folder, Folders at, String name) {
        boolean postName = isPostName(name);
        Path entry = folder.resolve(name);
        FileStamp.Look look;
        Target target = new Target(entry, null);
        try {
            look = FileStamp.lookAt(entry);
            if (look.kind() == FileStamp.Kind.LINK) {
                target = follow(entry, at.shown(name), postName);
                if (target == null) return Scanned.nothing(name, false);
                look = FileStamp.lookAt(target.real());
            }
        } catch (NoSuchFileException e) {
            return Scanned.nothing(name, true); // removed since the folder was listed
        } catch (IOException e) {
            problems.add(FileProblems.unreachable(at.shown(name), entry, e));
            return Scanned.nothing(name, false);
        }
        if (look.kind() == FileStamp.Kind.FOLDER) {
            if (!isContentFolder(name)) return Scanned.nothing(name, true);
            Path real = target.real() != null ? target.real() : at.real().resolve(name);
            if (at.holds(real)) {
                problems.add(Problem.error(at.shown(name), 0, "this is a link back to " + (real.equals(realRoot) ? "the content folder"
                                : "'" + realRoot.relativize(real).toString().replace('\\', '/') + "'") + ", which holds it, so its posts would be found again and again",
                        "remove the link, or give it a name that starts with '_' or '.' so that feedcard passes it over"));
                return Scanned.nothing(name, false);
            }
            List<PostFile> posts = new ArrayList<>();
            try {
                scanFolder(target.path(), at.below(name, real), look.stamp(), posts);
            } catch (IOException e) {
                throw new IllegalStateException("only the content folder's own listing is thrown", e);
            }
            return new Scanned(name, FileStamp.Kind.FOLDER, true, posts);
        } else if (postName && look.kind() == FileStamp.Kind.FILE) {
            PostFile post = recognise(target.path(), name, at, look.stamp());
            return new Scanned(name, FileStamp.Kind.FILE, true, post == null ? List.of() : List.of(post));
        } else if (postName) {
            problems.add(Problem.error(at.shown(name), 0, "this is not a regular file (but a named pipe, a socket or a device), so it is not read as a post",
                    "remove it, or give it a name that does not end in .md or .markdown"));
            return Scanned.nothing(name, false);
        }
        return Scanned.nothing(name, true);
    }

    /**
     * Where the link {@code entry} leads, when that is inside the content folder; else null, with a problem that
     * says where it leads when the link could be a post: a post file's name, or a folder. A link by another name to
     * a file (an image, say) or to nothing is none of the scan's business.
     *
     * @param postName whether the link has a post file's name
     */
    private Target follow(Path entry, String shown, boolean postName) {
        Path real;
        try {
            real = entry.toRealPath();
        } catch (NoSuchFileException e) {
            if (postName) {
                problems.add(Problem.error(shown, 0, "this is a link to " + linkText(entry) + ", which does not exist",
                        "remove the link, or put back what it points to"));
            }
            return null;
        } catch (IOException e) {
            problems.add(Problem.error(shown, 0, "this link cannot be followed (" + FileProblems.reason(entry, e) + ")",
                    "remove the link, or make it point to a file or folder inside the content folder"));
            return null;
        }
        if (!real.startsWith(realRoot)) {
            if (!postName && !Files.isDirectory(real)) return null;
            problems.add(Problem.error(shown, 0, "this is a link to " + real + ", outside the content folder",
                    "feedcard follows links only within the content folder: move or copy what it points to into the content folder"));
            return null;
        }
        return new Target(root.resolve(realRoot.relativize(real).toString()), real);
    }

    private static String linkText(Path link) {
        try {
            return "'" + Files.readSymbolicLink(link) + "'";
        } catch (IOException | UnsupportedOperationException e) {
            return "a file";
        }
    }

    private static boolean isContentFolder(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (name.startsWith(".") || SKIPPED_FOLDERS.contains(lower)) return false;
        return !name.startsWith("_") || KEPT_UNDERSCORE_FOLDERS.contains(lower);
    }

    /** True for a name a post file may have: Markdown, not hidden, not a partial. */
    private static boolean isPostName(String fileName) {
        if (!endsWithIgnoringCase(fileName, ".md") && !endsWithIgnoringCase(fileName, ".markdown")) return false;
        return !fileName.startsWith(".") && !fileName.startsWith("_");
    }

    private static boolean endsWithIgnoringCase(String name, String ending) {
        return name.regionMatches(true, name.length() - ending.length(), ending, 0, ending.length());
    }

    /**
     * The post in {@code file}, named {@code fileName} in the folder {@code at} below the content folder, or null
     * when it is not a post file.
     */
    private PostFile recognise(Path file, String fileName, Folders at, FileStamp stamp) {
        List<String> folders = at.names();
        if (!isPostName(fileName)) return null;
        String stem = fileName.substring(0, fileName.lastIndexOf('.'));

        // Hugo's translations: index.ja.md, my-post.ja.md
        String language = null;
        int dot = stem.lastIndexOf('.');
        if (dot > 0 && isLanguage(stem.substring(dot + 1))) {
            language = Languages.normalise(stem.substring(dot + 1));
            stem = stem.substring(0, dot);
        }
        if (NOT_POSTS.contains(stem.toLowerCase(Locale.ROOT)) && !stem.equalsIgnoreCase("index")) return null;

        int sectionStart = 0;
        int sectionEnd = folders.size();
        String slugSource;
        if (stem.equalsIgnoreCase("index")) {
            if (folders.isEmpty()) return null;
            slugSource = folders.get(--sectionEnd);
        } else {
            slugSource = stem;
        }
        if (sectionStart < sectionEnd && isLanguage(folders.get(0))) {
            if (language == null) language = Languages.normalise(folders.get(0));
            sectionStart++;
        }
        String date = null;
        if (!slugSource.isEmpty() && Character.isDigit(slugSource.charAt(0))) {
            Matcher jekyll = JEKYLL_NAME.matcher(slugSource);
            if (jekyll.matches()) {
                date = jekyll.group(1);
                slugSource = jekyll.group(2);
            }
        }
        String section = sectionStart == 0 && sectionEnd == folders.size() ? at.path() : String.join("/", folders.subList(sectionStart, sectionEnd));
        return new PostFile(file, at.shown(fileName), slugSource, date, language, section, stamp);
    }

    private boolean isLanguage(String name) {
        if (!Languages.isCode(name)) return false;
        return languageCodes.isEmpty() || languageCodes.contains(Languages.normalise(name));
    }
}
