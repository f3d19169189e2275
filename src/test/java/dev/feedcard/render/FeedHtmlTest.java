package dev.feedcard.render;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.net.URI;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FeedHtmlTest {
    private static final URI POST = URI.create("https://example.com/my-post/");

    @Test
    void everyUrlBecomesAbsoluteAgainstThePermalink() {
        String html = FeedHtml.of("""
                <p><a href="../other/">other</a> <a href="#part">part</a> <img src="fig.png">
                <img srcset="a.png 1x, /b.png 2x"> <a href="https://elsewhere.example/x">x</a></p>""", POST);
        Document doc = Jsoup.parseBodyFragment(html);
        assertEquals("https://example.com/other/", doc.select("a").get(0).attr("href"));
        assertEquals("https://example.com/my-post/#part", doc.select("a").get(1).attr("href"));
        assertEquals("https://example.com/my-post/fig.png", doc.select("img").get(0).attr("src"));
        assertEquals("https://example.com/my-post/a.png 1x, https://example.com/b.png 2x", doc.select("img").get(1).attr("srcset"));
        assertEquals("https://elsewhere.example/x", doc.select("a").get(2).attr("href"));
    }

    @Test
    void aYouTubeEmbedBecomesALinkWithItsThumbnail() {
        String html = FeedHtml.of("<iframe src=\"https://www.youtube.com/embed/6lGMCAzBzOQ\"></iframe><script>alert(1)</script>", POST);
        Document doc = Jsoup.parseBodyFragment(html);
        assertTrue(doc.select("iframe, script").isEmpty());
        assertEquals("https://www.youtube.com/watch?v=6lGMCAzBzOQ", doc.select("a").first().attr("href"));
        assertEquals("https://i.ytimg.com/vi/6lGMCAzBzOQ/hqdefault.jpg", doc.select("img").attr("src"));
    }
}
