package dev.feedcard.cli;

import dev.feedcard.testing.TestBlog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Links inside the output folder, placed by a user or an attacker: no file or folder outside the output folder is
 * created, changed or deleted through them, whatever the build does.
 */
class LinksInOutputTest {
    @TempDir
    Path dir;

    /** A folder outside the blog with files named as feedcard's, which must stay exactly as they are. */
    private Path elsewhere() throws IOException {
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        for (String name : new String[]{"atom.xml", "rss.xml", "feed.json", "lock"}) Files.writeString(elsewhere.resolve(name), "precious " + name);
        return elsewhere;
    }

    private TestBlog blog() {
        TestBlog blog = new TestBlog(dir.resolve("site"));
        blog.text("hello.md", "---\ntitle: Hello\ndate: 2024-05-01\ntags: [notes, zzz]\n---\nText.\n");
        blog.text("second.md", "---\ntitle: Second\ndate: 2024-05-02\ntags: [notes]\n---\nText.\n");
        return blog;
    }

    @Test
    void removingAStaleTagFeedNeverDeletesThroughALinkedFolder() throws IOException {
        TestBlog blog = blog();
        assertEquals(0, blog.build().code());
        Path zzz = blog.out().resolve("tags/zzz");
        assertTrue(Files.exists(zzz.resolve("atom.xml")));
        Path elsewhere = elsewhere();
        Map<String, String> before = TestBlog.hashes(elsewhere);
        for (String name : new String[]{"atom.xml", "rss.xml", "feed.json"}) Files.delete(zzz.resolve(name));
        Files.delete(zzz);
        Files.createSymbolicLink(zzz, elsewhere);

        blog.text("hello.md", "---\ntitle: Hello\ndate: 2024-05-01\ntags: [notes]\n---\nText.\n");
        TestBlog.Run run = blog.build();

        assertEquals(0, run.code(), run.toString());
        assertEquals(before, TestBlog.hashes(elsewhere), "nothing outside the output folder changed");
        assertTrue(Files.isSymbolicLink(zzz), "the link, which is not feedcard's, stays");
    }

    @Test
    void aFolderThatIsALinkLeadingOutIsAFileInTheWay() throws IOException {
        TestBlog blog = blog();
        Path elsewhere = elsewhere();
        Map<String, String> before = TestBlog.hashes(elsewhere);
        Files.createDirectories(blog.out());
        Files.createSymbolicLink(blog.out().resolve("tags"), elsewhere);

        TestBlog.Run run = blog.build();

        assertEquals(Main.CONTENT_ERRORS, run.code(), run.toString());
        assertTrue(run.err().contains("tags is a link that leads out of the output folder"), run.toString());
        assertEquals(before, TestBlog.hashes(elsewhere), "nothing was written through the link");
        try (var left = Files.list(elsewhere)) {
            assertEquals(4, left.count(), "no folder was made through the link");
        }
    }

    @Test
    void feedcardsOwnFolderAndLockAreNeverLinksFollowedOut() throws IOException {
        TestBlog blog = blog();
        Path elsewhere = elsewhere();
        Map<String, String> before = TestBlog.hashes(elsewhere);
        Files.createDirectories(blog.out());
        Files.createSymbolicLink(blog.out().resolve(".feedcard"), elsewhere);

        TestBlog.Run run = blog.build();

        assertTrue(run.code() != 0, run.toString());
        assertTrue(run.err().contains(".feedcard is a link"), run.toString());
        assertEquals(before, TestBlog.hashes(elsewhere));
        try (var left = Files.list(elsewhere)) {
            assertEquals(4, left.count(), "no cache, manifest or lock was made through the link");
        }

        Files.delete(blog.out().resolve(".feedcard"));
        Files.createDirectories(blog.out().resolve(".feedcard"));
        Path outsideLock = dir.resolve("outside-lock");
        Files.createSymbolicLink(blog.out().resolve(".feedcard/lock"), outsideLock);
        TestBlog.Run locked = blog.build();
        assertTrue(locked.code() != 0, locked.toString());
        assertTrue(locked.err().contains("lock is a link"), locked.toString());
        assertTrue(!Files.exists(outsideLock), "no lock file was made through the link");

        Files.delete(blog.out().resolve(".feedcard/lock"));
        Files.createSymbolicLink(blog.out().resolve(".feedcard/cache"), elsewhere);
        TestBlog.Run cached = blog.build();
        assertTrue(cached.code() != 0, cached.toString());
        assertTrue(cached.err().contains("is a link that leads out of the output folder's .feedcard folder"), cached.toString());
        assertEquals(before, TestBlog.hashes(elsewhere));
    }
}
