package dev.feedcard.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The errors a build as root cannot provoke (permission denied, a full disk), as Java reports them: only a path, or a
 * path and the operating system's words. Each becomes what failed and what to do.
 */
class IoFailureTest {
    @TempDir
    Path dir;

    @Test
    void permissionDeniedOnTheLockSaysSoAndWhatToDo() {
        String lock = dir.resolve("out/.feedcard/lock").toString();
        IoFailure failure = IoFailure.of(new IoFailure.StepFailed("cannot open the output folder out and take its lock (.feedcard/lock)",
                new AccessDeniedException(lock)));
        assertEquals("cannot open the output folder out and take its lock (.feedcard/lock): permission denied for " + lock, failure.what());
        assertEquals("give the user running feedcard permission to read and write it (and the folders it is in), or choose another folder",
                failure.hint());
    }

    @Test
    void theOperatingSystemsWordsBecomeWhatFailed() throws IOException {
        Path file = Files.writeString(dir.resolve("lang"), "x");
        assertEquals(file + " is a file where a folder must be (for " + file.resolve("en/atom.xml") + ")",
                IoFailure.of(new FileSystemException(file.resolve("en/atom.xml").toString(), null, "Not a directory")).what());
        assertEquals("the disk is full: cannot write " + dir.resolve("atom.xml"),
                IoFailure.of(new FileSystemException(dir.resolve("atom.xml").toString(), null, "No space left on device")).what());
        assertEquals(dir.resolve("gone") + " does not exist (or a folder on the way to it does not)",
                IoFailure.of(new NoSuchFileException(dir.resolve("gone").toString())).what());
        assertEquals("interrupted while waiting", IoFailure.of(new IOException("interrupted while waiting")).what());
    }
}
