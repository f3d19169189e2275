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
 * {@code --cache DIR}: feedcard removes from a cache folder only the entries it wrote there, uses only a folder that
 * is empty or marked as its cache, and never shares one with the site's own folders.
 */
class CacheFolderTest {
    @TempDir
    Path dir;

    private TestBlog blogWithTwoPosts() {
        TestBlog blog = new TestBlog(dir);
        blog.post("hello.md", "Hello", "2024-05-01");
        blog.post("second.md", "Second", "2024-05-02");
        blog.image("cover.png", 800, 600);
        return blog;
    }

    @Test
    void aFolderThatHoldsTheUsersFilesIsRefusedAndKept() throws IOException {
        TestBlog blog = blogWithTwoPosts();
        Path notACache = dir.resolve("mine");
        Path post = Files.createDirectories(notACache.resolve("posts")).resolve("hello.md");
        Files.writeString(post, "my own post\n");
        Map<String, String> before = TestBlog.hashes(notACache);

        TestBlog.Run run = blog.build("--cache", notACache.toString());

        assertEquals(Main.USAGE, run.code(), run.toString());
        assertTrue(run.err().contains("is not a feedcard cache folder"), run.toString());
        assertEquals(before, TestBlog.hashes(notACache), "nothing in the folder changed");
        assertTrue(!Files.exists(blog.out().resolve("atom.xml")), "nothing was published");
    }

    @Test
    void theCacheMayNotBeTheOutputContentOrStaticFolderNorSitInsideOrAroundThem() throws IOException {
        TestBlog blog = blogWithTwoPosts();
        Path statics = Files.createDirectories(dir.resolve("static"));
        Files.writeString(statics.resolve("logo.png"), "not really a png");
        assertEquals(0, blog.build().code());
        Map<String, String> published = TestBlog.hashes(blog.out());

        for (Path cache : new Path[]{blog.out(), blog.content(), statics, blog.out().resolve("cards"),
                blog.content().resolve("cache"), dir, blog.out().resolve(".feedcard")}) {
            TestBlog.Run run = blog.build("--cache", cache.toString(), "--static", statics.toString());
            assertEquals(Main.USAGE, run.code(), cache + ": " + run);
            assertTrue(run.err().contains("--cache"), run.toString());
        }
        assertEquals(published, TestBlog.hashes(blog.out()), "the published files are all still there");
        assertTrue(Files.exists(statics.resolve("logo.png")));
    }

    @Test
    void aNewFolderIsMarkedAndItsStaleEntriesRemovedButNeverAFileFeedcardDidNotWrite() throws IOException {
        TestBlog blog = blogWithTwoPosts();
        Path cache = dir.resolve("ci-cache");
        assertEquals(0, blog.build("--cache", cache.toString()).code());
        assertTrue(Files.readString(cache.resolve("CACHEDIR.TAG")).startsWith("Signature: 8a477f597d28d172789f06886806bc55"),
                "marked by the cache directory tagging standard");

        Path mine = Files.writeString(cache.resolve("cards").resolve("notes.txt"), "mine");
        Path nested = Files.createDirectories(cache.resolve("posts").resolve("drafts")).resolve("draft.md");
        Files.writeString(nested, "mine too");
        Files.delete(blog.content().resolve("second.md"));
        blog.post("third.md", "Third", "2024-05-03");
        TestBlog.Run run = blog.build("--cache", cache.toString());

        assertEquals(0, run.code(), run.toString());
        assertTrue(Files.exists(mine) && Files.exists(nested), "files feedcard did not write stay");
    }

    @Test
    void theDefaultCacheInTheOutputFolderIsUsedAsBefore() throws IOException {
        TestBlog blog = blogWithTwoPosts();
        assertEquals(0, blog.build().code());
        Path cache = blog.out().resolve(".feedcard/cache");
        Files.delete(cache.resolve("CACHEDIR.TAG")); // as an earlier version of feedcard left it
        TestBlog.Run again = blog.build();
        assertEquals(0, again.code(), again.toString());
        assertTrue(Files.exists(cache.resolve("CACHEDIR.TAG")));
    }
}
