package dev.feedcard.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.feedcard.testing.TestBlog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A small post must not fill the disk: every tag gets three feeds, each of which lists the post with all its tags, so
 * the output grew with the square of a post's tags (5,000 tags in 29 KB made 15,006 feeds, 1.7 GB). A post may have at
 * most 100 tags; one with more is refused at its tags line, and the output stays linear in the input.
 */
class TagLimitTest {
    private static final Duration QUICK = Duration.ofSeconds(30);

    private static String tagged(String title, int tags) {
        String list = IntStream.rangeClosed(1, tags).mapToObj(i -> "t" + i).collect(Collectors.joining(","));
        return "---\ntitle: " + title + "\ndate: 2024-05-01\n\ntags: [" + list + "]\n---\nText.\n";
    }

    @Test
    void aPostWithFiveThousandTagsIsRefusedAtItsTagsLine(@TempDir Path dir) {
        TestBlog blog = new TestBlog(dir);
        blog.post("good.md", "Good", "2024-04-01");
        blog.text("tag-bomb.md", tagged("Tag bomb", 5_000));
        assertTrue(blog.content().resolve("tag-bomb.md").toFile().length() < 30_000);

        TestBlog.Run run = assertTimeoutPreemptively(QUICK, () -> blog.build());

        assertEquals(Main.CONTENT_ERRORS, run.code(), run.toString());
        assertTrue(run.err().contains("tag-bomb.md:5: error: the post has 5000 tags, more than the 100 a post may have"), run.err());
        assertFalse(Files.exists(blog.out()), "the output folder was made");

        TestBlog.Run kept = assertTimeoutPreemptively(QUICK, () -> blog.build("--keep-going"));

        assertEquals(Main.OK, kept.code(), kept.toString());
        assertTrue(kept.err().contains("tag-bomb.md:5: warning: skipped: the post has 5000 tags"), kept.err());
        assertTrue(size(blog.out()) < 1_000_000, "the output is " + size(blog.out()) + " bytes");
        assertFalse(Files.exists(blog.out().resolve("tags/t1")));
    }

    @Test
    void aPostWithAHundredTagsKeepsThemAllAndItsOutputStaysSmall(@TempDir Path dir) throws Exception {
        TestBlog blog = new TestBlog(dir);
        blog.text("many.md", tagged("Many tags", 100));

        TestBlog.Run run = assertTimeoutPreemptively(QUICK, () -> blog.build());

        assertEquals(Main.OK, run.code(), run.toString());
        for (int i = 1; i <= 100; i++) assertTrue(Files.exists(blog.out().resolve("tags/t" + i + "/atom.xml")), "t" + i);
        // as a subscriber to one tag sees the post: every tag, in every format
        Document atom = TestBlog.parseXml(Files.readAllBytes(blog.out().resolve("tags/t7/atom.xml")));
        assertEquals(100, atom.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "category").getLength());
        Document rss = TestBlog.parseXml(Files.readAllBytes(blog.out().resolve("tags/t7/rss.xml")));
        assertEquals(100, rss.getElementsByTagName("category").getLength());
        JsonNode json = new ObjectMapper().readTree(Files.readAllBytes(blog.out().resolve("tags/t7/feed.json")));
        assertEquals(100, json.get("items").get(0).get("tags").size());
        String head = Files.readString(blog.out().resolve("meta/many.html"));
        assertEquals(100, head.split("property=\"article:tag\"", -1).length - 1);
        // 303 feeds and a card: a few megabytes at most for a 600-byte post
        long size = size(blog.out());
        assertTrue(size < 4_000_000, "the output is " + size + " bytes");
    }

    @Test
    void tagsFromEveryKeyCountTogether(@TempDir Path dir) {
        TestBlog blog = new TestBlog(dir);
        String tags = IntStream.rangeClosed(1, 60).mapToObj(i -> "t" + i).collect(Collectors.joining(", "));
        String categories = IntStream.rangeClosed(1, 60).mapToObj(i -> "c" + i).collect(Collectors.joining(", "));
        blog.text("both.md", "---\ntitle: Both\ndate: 2024-05-01\ntags: [" + tags + "]\ncategories: [" + categories + "]\n---\nText.\n");

        TestBlog.Run run = blog.build();

        assertEquals(Main.CONTENT_ERRORS, run.code(), run.toString());
        assertTrue(run.err().contains("both.md:5: error: the post has 120 tags, more than the 100 a post may have"), run.err());
    }

    private static long size(Path folder) {
        if (!Files.exists(folder)) return 0;
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
