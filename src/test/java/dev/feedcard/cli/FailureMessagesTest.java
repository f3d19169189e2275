package dev.feedcard.cli;

import dev.feedcard.testing.TestBlog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What feedcard says when something is in its way: every message says what failed and what to do, never only a
 * path or the operating system's words, and names the post when a post is the cause.
 */
class FailureMessagesTest {
    @TempDir
    Path dir;

    private TestBlog blog() {
        TestBlog blog = new TestBlog(dir);
        blog.post("first.md", "First", "2024-05-01");
        blog.post("second.md", "Second", "2024-05-02");
        return blog;
    }

    /** No line of the output is "feedcard: " and a path alone. */
    private static void assertNoBarePath(TestBlog.Run run) {
        for (String line : run.err().split("\n")) {
            assertFalse(line.matches("feedcard: /\\S*"), "a message that is only a path: '" + line + "' in\n" + run.err());
        }
    }

    @Test
    void aFileWhereAFolderGoesIsAFileInTheWay() throws IOException {
        TestBlog blog = blog();
        Files.createDirectories(blog.out());
        Files.writeString(blog.out().resolve("lang"), "the site's own file");
        Map<String, String> before = TestBlog.hashes(blog.out());

        TestBlog.Run run = blog.build();

        assertEquals(Main.CONTENT_ERRORS, run.code(), run.toString());
        assertTrue(run.err().contains("error: the output folder already has lang, which feedcard did not write, where feedcard needs a folder"
                + " (for lang/en/atom.xml)"), run.err());
        assertTrue(run.err().contains("move that file away or choose another --out folder"), run.err());
        assertFalse(run.err().contains("Not a directory"), run.err());
        Map<String, String> after = new java.util.TreeMap<>(TestBlog.hashes(blog.out()));
        after.remove(".feedcard/lock"); // the empty file builds lock to take turns, as any build leaves it
        assertEquals(before, after, "the output folder changed");
    }

    @Test
    void aDanglingOutputLinkSaysWhatFailedAndWhatToDo() throws IOException {
        TestBlog blog = blog();
        Path nowhere = dir.resolve("nowhere");
        Files.createSymbolicLink(blog.out(), nowhere);

        TestBlog.Run run = blog.build();

        assertEquals(Main.FAILED, run.code(), run.toString());
        assertNoBarePath(run);
        assertTrue(run.err().contains("cannot open the output folder " + blog.out()), run.err());
        assertTrue(run.err().contains(blog.out() + " is a link to " + nowhere + ", which does not exist"), run.err());
        assertTrue(run.err().contains("make the link lead to a folder, or remove it"), run.err());
        assertFalse(Files.exists(nowhere));
    }

    @Test
    void aLockThatCannotBeTakenSaysWhatFailedAndWhatToDo() throws IOException {
        TestBlog blog = blog();
        Files.createDirectories(blog.out().resolve(".feedcard/lock"));

        TestBlog.Run run = blog.build();

        assertEquals(Main.FAILED, run.code(), run.toString());
        assertNoBarePath(run);
        assertTrue(run.err().contains("cannot open the output folder " + blog.out()), run.err());
        assertTrue(run.err().contains(blog.out().resolve(".feedcard/lock") + " is a folder where a file must be"), run.err());
    }

    @Test
    void aFeedcardFileWhereItsFolderGoesSaysWhatFailed() throws IOException {
        TestBlog blog = blog();
        Files.createDirectories(blog.out());
        Files.writeString(blog.out().resolve(".feedcard"), "not a folder");

        TestBlog.Run run = blog.build();

        assertEquals(Main.FAILED, run.code(), run.toString());
        assertNoBarePath(run);
        assertTrue(run.err().contains(blog.out().resolve(".feedcard") + " is a file where a folder must be"), run.err());
        assertTrue(run.err().contains("move that file away"), run.err());
    }

    @Test
    void aFileNameWithANewlineNamesThePostAndKeepGoingSkipsIt() throws Exception {
        TestBlog blog = blog();
        blog.post("new\nline.md", "Newline", "2024-05-03");

        TestBlog.Run run = blog.build();

        assertEquals(Main.CONTENT_ERRORS, run.code(), run.toString());
        assertTrue(run.err().contains("new\\nline.md: error: the slug 'new\\nline' cannot be part of a URL"), run.err());
        assertTrue(run.err().contains("rename the file"), run.err());
        assertFalse(Files.exists(blog.out()));

        TestBlog.Run kept = blog.build("--keep-going");

        assertEquals(Main.OK, kept.code(), kept.toString());
        assertTrue(kept.err().contains("new\\nline.md: warning: skipped: the slug 'new\\nline' cannot be part of a URL"), kept.err());
        String atom = Files.readString(blog.out().resolve("atom.xml"));
        assertTrue(atom.contains("First") && atom.contains("Second") && !atom.contains("Newline"), atom);
    }

    @Test
    void aFolderNameWithATabIsRefusedAsTheReadmeSays() {
        TestBlog blog = blog();
        blog.post("tab\there/index.md", "Tab", "2024-05-03");
        blog.post("sec\ttion/post.md", "Section", "2024-05-03");

        TestBlog.Run run = blog.build();

        assertEquals(Main.CONTENT_ERRORS, run.code(), run.toString());
        assertTrue(run.err().contains("tab\\there/index.md: error: the slug 'tab\\there' cannot be part of a URL"), run.err());
        assertTrue(run.err().contains("sec\\ttion/post.md: error: the folder 'sec\\ttion' cannot be part of a URL"), run.err());
        assertFalse(Files.exists(blog.out()));
    }
}
