package dev.feedcard.output;

import dev.feedcard.cli.Main;
import dev.feedcard.testing.TestBlog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The output folder's lock between two processes, as two builds started by two CI jobs would hold it. */
class LockAcrossProcessesIT {
    @TempDir
    Path dir;

    /** Holds the lock of the output folder named by its argument until its standard input closes. */
    public static final class Holder {
        public static void main(String[] args) throws IOException {
            try (OutputFolder out = OutputFolder.lock(Path.of(args[0]), Duration.ZERO, () -> { })) {
                System.out.println("locked " + out.root());
                System.out.flush();
                while (System.in.read() >= 0) {
                    // wait until the test closes our input
                }
            }
        }
    }

    private Process holdLock(Path out) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process holder = new ProcessBuilder(List.of(java.toString(), "-cp", System.getProperty("java.class.path"), Holder.class.getName(), out.toString()))
                .redirectErrorStream(true).start();
        BufferedReader lines = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
        String first = lines.readLine();
        assertTrue(first != null && first.startsWith("locked "), "the other process did not take the lock: " + first);
        return holder;
    }

    private TestBlog blog() {
        TestBlog blog = new TestBlog(dir);
        blog.post("hello.md", "Hello", "2024-01-01");
        return blog;
    }

    @Test
    void aBuildWaitsForAnotherProcessAndStopsAfterItsTimeout() throws Exception {
        TestBlog blog = blog();
        Process holder = holdLock(blog.out());
        try {
            TestBlog.Run run = blog.build("--lock-timeout", "1");
            assertEquals(Main.CONTENT_ERRORS, run.code(), run.toString());
            assertTrue(run.err().contains("feedcard: waiting for another feedcard build"), run.err());
            assertTrue(run.err().contains("error: another feedcard build has been writing into"), run.err());
            assertFalse(Files.exists(blog.out().resolve("atom.xml")));
        } finally {
            holder.getOutputStream().close();
            assertTrue(holder.waitFor(30, TimeUnit.SECONDS));
        }
        assertEquals(Main.OK, blog.build("--lock-timeout", "1").code(), "the lock is free once the other process lets go");
    }

    @Test
    void theLockOfAKilledProcessIsFree() throws Exception {
        TestBlog blog = blog();
        Process holder = holdLock(blog.out());
        holder.destroyForcibly();
        assertTrue(holder.waitFor(30, TimeUnit.SECONDS));
        TestBlog.Run run = blog.build("--lock-timeout", "10");
        assertEquals(Main.OK, run.code(), run.toString());
        assertTrue(Files.exists(blog.out().resolve("atom.xml")));
    }
}
