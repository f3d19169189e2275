package dev.feedcard.cli;

import dev.feedcard.testing.TestBlog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What feedcard does with what it cannot simply read in the content folder: a folder it may not read, links, a path
 * too long for the file system, and files that are not regular files where it expects one. Nothing is dropped
 * without a word: each is an error that names it and leaves the output folder as it was, or, with --keep-going, a
 * warning that says what was left out.
 */
class ContentFolderReachIT {
    private static final Duration HANG = Duration.ofSeconds(20);

    /** A blog with a post at the top and one in the folder locked/, built once by the other user. */
    private static TestBlog builtBlogWithALockedFolder(Path dir) throws Exception {
        TestBlog blog = new TestBlog(dir.resolve("site"));
        blog.post("open.md", "Open post", "2024-01-01");
        blog.post("locked/hidden.md", "Hidden post", "2024-02-01");
        OtherUser.give(dir.resolve("site"));
        TestBlog.Run first = OtherUser.run(blog.buildArgs());
        assertEquals(Main.OK, first.code(), first.toString());
        assertTrue(Files.readString(blog.out().resolve("atom.xml")).contains("Hidden post"));
        return blog;
    }

    @Test
    void anUnreadableFolderIsAnErrorThatNamesItAndChangesNothing(@TempDir Path dir) throws Exception {
        TestBlog blog = builtBlogWithALockedFolder(dir);
        Map<String, String> before = TestBlog.hashes(blog.out());
        OtherUser.chmod(blog.content().resolve("locked"), "000");
        try {
            TestBlog.Run run = OtherUser.run(blog.buildArgs("--title", "A new title"));

            assertEquals(Main.CONTENT_ERRORS, run.code(), run.toString());
            assertTrue(run.err().contains("locked/: error: cannot read this folder (permission denied), so the posts in it cannot be found"), run.err());
            assertTrue(run.err().contains("1 error; nothing in " + blog.out() + " was changed"), run.err());
            assertEquals(before, TestBlog.hashes(blog.out()), "the output folder changed");
        } finally {
            OtherUser.chmod(blog.content().resolve("locked"), "755");
        }
    }

    @Test
    void withKeepGoingAnUnreadableFolderIsAWarningThatSaysItsPostsAndTheirCardsGo(@TempDir Path dir) throws Exception {
        TestBlog blog = builtBlogWithALockedFolder(dir);
        Set<String> before = TestBlog.hashes(blog.out()).keySet();
        OtherUser.chmod(blog.content().resolve("locked"), "000");
        try {
            TestBlog.Run run = OtherUser.run(blog.buildArgs("--keep-going"));

            assertEquals(Main.OK, run.code(), run.toString());
            assertTrue(run.err().contains("locked/: warning: skipped: cannot read this folder (permission denied), so the posts in it cannot be found"
                    + " (the posts in it are left out, and the cards and head tags earlier builds made for them are removed)"), run.err());
            assertTrue(run.err().contains("feedcard: published without the posts of 1 folder it could not read (listed above)"), run.err());
            String atom = Files.readString(blog.out().resolve("atom.xml"));
            assertTrue(atom.contains("Open post"), atom);
            assertFalse(atom.contains("Hidden post"), atom);
            Set<String> gone = new TreeSet<>(before);
            gone.removeAll(TestBlog.hashes(blog.out()).keySet());
            gone.removeIf(path -> path.startsWith(".feedcard/")); // the cache's own entries come and go
            assertEquals(Set.of("cards/locked/hidden.jpg", "meta/locked/hidden.html"), gone, "what the warning says is removed");
        } finally {
            OtherUser.chmod(blog.content().resolve("locked"), "755");
        }
    }

    @Test
    void serveKeepsServingWhileAFolderIsUnreadableAndBuildsItOnceItIsReadable(@TempDir Path dir) throws Exception {
        TestBlog blog = builtBlogWithALockedFolder(dir);
        OtherUser.chmod(blog.content().resolve("locked"), "000");
        Path out = dir.resolve("serve-out.txt");
        Path err = dir.resolve("serve-err.txt");
        List<String> args = new ArrayList<>(List.of(blog.buildArgs()));
        args.set(0, "serve");
        args.addAll(List.of("--port", "0"));
        Process serve = OtherUser.start(out, err, args.toArray(String[]::new));
        try {
            waitFor(err, "still serving the last good output", serve);
            assertTrue(Files.readString(err).contains("locked/: error: cannot read this folder (permission denied)"), Files.readString(err));
            assertFalse(serve.waitFor(2, TimeUnit.SECONDS), "serve stopped: " + Files.readString(err));

            OtherUser.chmod(blog.content().resolve("locked"), "755");
            waitFor(out, "2 posts", serve);
            String errors = Files.readString(err);
            assertFalse(errors.contains("the build stopped"), errors);
            assertTrue(serve.isAlive(), errors);
        } finally {
            serve.destroy();
            serve.waitFor(30, TimeUnit.SECONDS);
            OtherUser.chmod(blog.content().resolve("locked"), "755");
        }
    }

    /** Waits (a minute at most, against a hung test) until {@code file} holds {@code text}. */
    private static void waitFor(Path file, String text, Process process) throws Exception {
        long end = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (!Files.readString(file).contains(text)) {
            if (!process.isAlive() || System.nanoTime() > end) {
                throw new AssertionError("no '" + text + "' in " + file.getFileName() + " (exit " + (process.isAlive() ? "none" : process.exitValue()) + "):\n"
                        + Files.readString(file) + "\n--- other output\n" + Files.readString(file.resolveSibling(
                        file.getFileName().toString().contains("err") ? "serve-out.txt" : "serve-err.txt")));
            }
            TimeUnit.MILLISECONDS.sleep(50);
        }
    }

    @Test
    void linksThatStayInsideTheContentFolderAreFollowed(@TempDir Path dir) throws Exception {
        TestBlog blog = new TestBlog(dir);
        blog.post("open.md", "Open post", "2024-01-01");
        blog.post("_library/kept.md", "Kept post", "2024-02-01");
        blog.post("_shelf/deep/shelved.md", "Shelved post", "2024-03-01");
        Files.createSymbolicLink(blog.content().resolve("alias.md"), Path.of("_library/kept.md"));
        Files.createSymbolicLink(blog.content().resolve("shelf"), Path.of("_shelf"));
        // a link inside a linked folder back to a folder above it: refused, not followed round and round
        Files.createSymbolicLink(blog.content().resolve("_shelf/deep/again"), Path.of(".."));

        TestBlog.Run looping = assertTimeoutPreemptively(HANG, () -> blog.build());
        assertEquals(Main.CONTENT_ERRORS, looping.code(), looping.toString());
        assertTrue(looping.err().contains("shelf/deep/again: error: this is a link back to '_shelf', which holds it, so its posts would be found again and again"),
                looping.err());

        Files.delete(blog.content().resolve("_shelf/deep/again"));
        TestBlog.Run run = assertTimeoutPreemptively(HANG, () -> blog.build());
        assertEquals(Main.OK, run.code(), run.toString());
        Map<String, TestBlog.Entry> entries = TestBlog.atomEntries(blog.out().resolve("atom.xml"));
        assertEquals(Set.of("Open post", "Kept post", "Shelved post"), entries.keySet());
        assertEquals(TestBlog.SITE_URL + "alias/", entries.get("Kept post").link(), "a linked post is published under the link's name");
        assertTrue(Files.exists(blog.out().resolve("meta/shelf/deep/shelved.html")), TestBlog.hashes(blog.out()).keySet().toString());
    }

    @Test
    void aLinkLeadingOutIsReportedByEveryBuildNotOnlyTheFirst(@TempDir Path dir) throws Exception {
        TestBlog blog = new TestBlog(dir);
        blog.post("posts/open.md", "Open post", "2024-01-01");
        blog.post("../outside/secret.md", "Secret post", "2024-02-01");
        Files.createSymbolicLink(blog.content().resolve("posts/secret.md"), dir.resolve("outside/secret.md"));
        // old enough that the folder's listing is kept for the next build, which then does not list it again
        TimeUnit.MILLISECONDS.sleep(2500);

        for (int build = 1; build <= 2; build++) {
            TestBlog.Run run = blog.build("--keep-going");
            assertEquals(Main.OK, run.code(), run.toString());
            assertTrue(run.err().contains("posts/secret.md: warning: skipped: this is a link to " + dir.resolve("outside/secret.md").toRealPath()
                    + ", outside the content folder"), "build " + build + ":\n" + run.err());
            assertFalse(Files.readString(blog.out().resolve("atom.xml")).contains("Secret post"));
        }
    }

    @Test
    void aPathTooLongForTheFileSystemIsAnErrorThatNamesItAndChangesNothing(@TempDir Path dir) throws Exception {
        TestBlog blog = new TestBlog(dir);
        blog.post("open.md", "Open post", "2024-01-01");
        TestBlog.Run first = blog.build();
        assertEquals(Main.OK, first.code(), first.toString());
        Map<String, String> before = TestBlog.hashes(blog.out());
        // one folder in another, 200 characters each, made one step at a time: a whole path this long cannot be opened
        String name = "d".repeat(200);
        Path deep = blog.content().resolve("deep");
        Files.createDirectories(deep);
        command(deep, "for i in $(seq 25); do mkdir " + name + " && cd -P " + name + " || exit 1; done; "
                + "printf -- '---\\ntitle: Deep\\ndate: 2024-05-01\\n---\\nText.\\n' > post.md");
        try {
            TestBlog.Run run = assertTimeoutPreemptively(HANG, () -> blog.build("--title", "A new title"));

            assertEquals(Main.CONTENT_ERRORS, run.code(), run.toString());
            assertTrue(run.err().contains(": error: the path is too long for the file system to open ("), run.err());
            assertTrue(run.err().lines().anyMatch(line -> line.startsWith("deep/" + name + "/") && line.contains(": error: the path is too long")), run.err());
            assertTrue(run.err().contains("1 error; nothing in " + blog.out() + " was changed"), run.err());
            assertEquals(before, TestBlog.hashes(blog.out()));
        } finally {
            command(blog.content(), "rm -rf deep");
        }
    }

    @Test
    void aNamedPipeAsTheConfigurationIsRefusedAtOnce(@TempDir Path dir) throws Exception {
        TestBlog blog = new TestBlog(dir);
        blog.post("open.md", "Open post", "2024-01-01");
        Path pipe = dir.resolve("feedcard.yml");
        command(dir, "mkfifo feedcard.yml");

        TestBlog.Run run = assertTimeoutPreemptively(HANG, () -> blog.build("--config", pipe.toString()));

        assertEquals(Main.USAGE, run.code(), run.toString());
        assertTrue(run.err().contains("feedcard: " + pipe + ": this is not a regular file (but a named pipe, a socket or a device), so it is not read"), run.err());
        assertFalse(Files.exists(blog.out()), "nothing was built");
    }

    private static void command(Path dir, String script) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("bash", "-c", script).directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertEquals(0, process.waitFor(), output);
    }
}
