package dev.feedcard.content;

import dev.feedcard.report.Problem;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The problems of files and folders in the content folder that feedcard cannot reach, said the same way wherever
 * they are met: a folder that cannot be read, a path too long for the file system.
 */
final class FileProblems {
    /** The longest path, in bytes, Linux opens (its PATH_MAX less the closing NUL); macOS opens fewer. */
    private static final int LINUX_PATH_MAX = 4095;

    private FileProblems() {
    }

    /** A folder below the content folder that cannot be listed, named {@code shown} (with a trailing '/'). */
    static Problem unreadableFolder(String shown, Path folder, IOException e) {
        if (tooLong(folder, e)) return tooLongPath(shown, folder);
        return Problem.error(shown, 0, "cannot read this folder (" + reason(folder, e) + "), so the posts in it cannot be found",
                "let the user who runs feedcard read it (chmod u+rx, and chmod -R u+rX for the folders inside it), "
                        + "or move it out of the content folder");
    }

    /** A file or folder whose attributes cannot be read although its folder lists it, named {@code shown}. */
    static Problem unreachable(String shown, Path file, IOException e) {
        if (tooLong(file, e)) return tooLongPath(shown, file);
        return Problem.error(shown, 0, "cannot look at this file or folder (" + reason(file, e) + ")",
                "let the user who runs feedcard search the folder that holds it (chmod u+x on that folder)");
    }

    private static Problem tooLongPath(String shown, Path file) {
        return Problem.error(shown, 0, "the path is too long for the file system to open ("
                        + bytes(file) + " bytes), so feedcard cannot read what is there",
                "use shorter folder and file names, or fewer folders inside one another");
    }

    /** Why {@code e} happened, in a few words: "permission denied", "file name too long", or the system's reason. */
    static String reason(Path path, IOException e) {
        if (e instanceof AccessDeniedException) return "permission denied";
        if (tooLong(path, e)) return "the path is too long for the file system";
        String reason = e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : e.getMessage();
        if (reason == null || reason.isBlank()) return e.getClass().getSimpleName();
        return reason.substring(0, 1).toLowerCase(Locale.ROOT) + reason.substring(1);
    }

    private static boolean tooLong(Path path, IOException e) {
        if (e instanceof FileSystemException f && f.getReason() != null && f.getReason().toLowerCase(Locale.ROOT).contains("name too long")) return true;
        return bytes(path) > LINUX_PATH_MAX;
    }

    private static int bytes(Path path) {
        return path.toAbsolutePath().toString().getBytes(StandardCharsets.UTF_8).length;
    }
}
