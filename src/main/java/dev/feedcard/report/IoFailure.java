package dev.feedcard.report;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * An input or output error told to a person: what failed, naming the path, and what to do about it. Java's own
 * messages for file errors are often only the path ({@code /site/out/.feedcard/lock}) or the operating system's
 * words ({@code Not a directory}).
 *
 * @param what what failed, naming the path
 * @param hint what to do about it, as an instruction ("move that file away")
 */
public record IoFailure(String what, String hint) {
    private static final String GENERIC_HINT = "fix the cause (disk space, permissions)";

    /**
     * An error during one step of feedcard's, such as opening the output folder: its message is the step, then what
     * failed ("cannot open the output folder out: out is a link to /x, which does not exist").
     */
    public static final class StepFailed extends IOException {
        private final IoFailure failure;

        /** The step that failed ("cannot open the output folder out") and the error that made it fail. */
        public StepFailed(String step, IOException cause) {
            this(step, of(cause), cause);
        }

        private StepFailed(String step, IoFailure cause, IOException exception) {
            super(step + ": " + cause.what(), exception);
            this.failure = new IoFailure(step + ": " + cause.what(), cause.hint());
        }
    }

    /** What {@code e} means: what failed and what to do. */
    public static IoFailure of(IOException e) {
        if (e instanceof StepFailed step) return step.failure;
        if (!(e instanceof FileSystemException fs) || fs.getFile() == null) {
            String message = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
            return new IoFailure(message, GENERIC_HINT);
        }
        String file = fs.getFile();
        Path path;
        try {
            path = Path.of(file);
        } catch (InvalidPathException invalid) {
            return new IoFailure(fs.getMessage(), GENERIC_HINT);
        }
        String reason = fs.getReason() == null ? "" : fs.getReason().strip();
        if (Files.isSymbolicLink(path) && !Files.exists(path) && !(e instanceof FileSystemLoopException)) {
            String target;
            try {
                target = Files.readSymbolicLink(path).toString();
            } catch (IOException | RuntimeException unreadable) {
                target = "a path";
            }
            return new IoFailure(file + " is a link to " + target + ", which does not exist",
                    e instanceof FileAlreadyExistsException ? "make the link lead to a folder, or remove it"
                            : "make the link lead to something that exists, or remove it");
        }
        if (e instanceof AccessDeniedException) {
            return new IoFailure("permission denied for " + file + (reason.isEmpty() ? "" : " (" + reason + ")"),
                    "give the user running feedcard permission to read and write it (and the folders it is in), or choose another folder");
        }
        if (e instanceof NoSuchFileException) {
            return new IoFailure(file + " does not exist (or a folder on the way to it does not)",
                    "check the path, create what is missing, and check that nothing else removes it while feedcard runs");
        }
        if (e instanceof NotDirectoryException || e instanceof FileAlreadyExistsException && !Files.isDirectory(path)
                || reason.equalsIgnoreCase("Not a directory")) {
            Path blocker = fileOnTheWay(path);
            String where = blocker == null || blocker.equals(path) ? file + " is a file where a folder must be"
                    : blocker + " is a file where a folder must be (for " + file + ")";
            return new IoFailure(where, "move that file away, or choose another folder");
        }
        if (e instanceof FileAlreadyExistsException) {
            return new IoFailure(file + " already exists", "move it away, or choose another folder");
        }
        if (e instanceof DirectoryNotEmptyException) {
            return new IoFailure("the folder " + file + " is not empty", "move what is in it away");
        }
        if (e instanceof FileSystemLoopException || reason.equalsIgnoreCase("Too many levels of symbolic links")) {
            return new IoFailure(file + " is a link that leads round in a circle", "make the link lead to a file or folder, or remove it");
        }
        String lower = reason.toLowerCase(Locale.ROOT);
        if (lower.equals("is a directory")) {
            return new IoFailure(file + " is a folder where a file must be", "move that folder away, or choose another folder");
        }
        if (lower.contains("no space left")) {
            return new IoFailure("the disk is full: cannot write " + file, "free some space");
        }
        if (lower.contains("read-only file system")) {
            return new IoFailure(file + " is on a read-only file system", "choose a folder feedcard can write into");
        }
        if (lower.contains("file name too long")) {
            return new IoFailure("the name " + file + " is too long for the file system", "shorten the slug, tag or folder name that makes it");
        }
        return new IoFailure("cannot read or write " + file + (fs.getOtherFile() == null ? "" : " (or " + fs.getOtherFile() + ")")
                + (reason.isEmpty() ? "" : ": " + reason), GENERIC_HINT);
    }

    /** The first of {@code path} and the folders above it that exists and is not a folder, or null when there is none. */
    private static Path fileOnTheWay(Path path) {
        Path absolute = path.toAbsolutePath();
        for (int i = 1; i <= absolute.getNameCount(); i++) {
            Path part = absolute.getRoot().resolve(absolute.subpath(0, i));
            if (!Files.exists(part)) return null;
            if (!Files.isDirectory(part)) return path.isAbsolute() ? part : Path.of("").toAbsolutePath().relativize(part);
        }
        return null;
    }
}
