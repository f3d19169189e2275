package dev.feedcard.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.feedcard.testing.TestBlog;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Sharing platforms keep an image by its URL for days: a card's URL changes when its bytes change, and only then, in
 * the head tags, the feeds and cards.json alike.
 */
class CardUrlTest {
    @TempDir
    Path dir;

    private static String ogImage(TestBlog blog, String key) throws Exception {
        return Jsoup.parse(Files.readString(blog.out().resolve("meta/" + key + ".html"))).selectFirst("meta[property=og:image]").attr("content");
    }

    private static String listed(TestBlog blog, String key) throws Exception {
        for (var card : new ObjectMapper().readTree(blog.out().resolve("cards.json").toFile()).get("cards")) {
            if (card.get("slug").asText().equals(key)) return card.get("url").asText();
        }
        return null;
    }

    @Test
    void aChangedCardGetsANewUrlAndTheOthersKeepTheirs() throws Exception {
        TestBlog blog = new TestBlog(dir);
        blog.image("one/cover.png", 1200, 630);
        blog.text("one/index.md", "---\ntitle: One\ndate: 2024-05-01\nimage: cover.png\n---\nText.\n");
        blog.image("two/cover.png", 1200, 630);
        blog.text("two/index.md", "---\ntitle: Two\ndate: 2024-05-02\nimage: cover.png\n---\nText.\n");
        assertEquals(0, blog.build().code());
        String one = ogImage(blog, "one");
        String two = ogImage(blog, "two");
        assertEquals(TestBlog.cardUrl(TestBlog.SITE_URL, blog.out(), "cards/one.jpg"), one);
        assertEquals(one, listed(blog, "one"));
        Map<String, TestBlog.Entry> entries = TestBlog.atomEntries(blog.out().resolve("atom.xml"));
        assertEquals(one, entries.get("One").thumbnail());

        assertEquals(0, blog.build().code());
        assertEquals(one, ogImage(blog, "one"), "a rebuild with nothing changed keeps the URL");

        blog.image("one/cover.png", 1600, 900); // another picture: another card
        assertEquals(0, blog.build().code());
        String changed = ogImage(blog, "one");
        assertNotEquals(one, changed, "a changed card gets a new URL");
        assertEquals(TestBlog.cardUrl(TestBlog.SITE_URL, blog.out(), "cards/one.jpg"), changed);
        assertEquals(changed, TestBlog.atomEntries(blog.out().resolve("atom.xml")).get("One").thumbnail());
        assertEquals(changed, listed(blog, "one"));
        assertEquals(two, ogImage(blog, "two"), "the other post's card keeps its URL");
    }
}
