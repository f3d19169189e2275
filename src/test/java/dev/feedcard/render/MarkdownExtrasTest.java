package dev.feedcard.render;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What authors write in Markdown beyond CommonMark, as a subscriber reads it in the feed: footnotes rendered,
 * e-mail links only for addresses that stand on their own, and the author's HTML comments (drafts, notes) never
 * published.
 */
class MarkdownExtrasTest {
    private final Renderer renderer = new Renderer(RendererTest.SITE);

    private Document feedHtml(String markdown) {
        return Jsoup.parseBodyFragment(renderer.render(RendererTest.post(markdown)).html());
    }

    @Test
    void footnotesAreRenderedNotLeftAsText() {
        Document html = feedHtml("A claim.[^1] Another.[^note]\n\n[^1]: The source.\n[^note]: A longer note.\n");
        String text = html.text();
        assertFalse(text.contains("[^1]") || text.contains("[^note]"), text);
        Element reference = html.selectFirst("sup a[href]");
        assertNotNull(reference, html.body().html());
        assertTrue(reference.attr("href").startsWith("https://example.com/p/#"), "the reference links to its note: " + reference.attr("href"));
        assertTrue(text.contains("The source.") && text.contains("A longer note."), text);
    }

    @Test
    void anAddressInsideAWordIsNotAnEmailLink() {
        Document html = feedHtml("2024のpass@1が15.6に上がった。Write to jane@example.com or (bob@example.org).\n");
        assertEquals(2, html.select("a[href^=mailto:]").size(), html.body().html());
        assertEquals("mailto:jane@example.com", html.select("a[href^=mailto:]").get(0).attr("href"));
        assertEquals("mailto:bob@example.org", html.select("a[href^=mailto:]").get(1).attr("href"));
        assertTrue(html.text().contains("2024のpass@1が15.6に上がった"), html.text());
    }

    @Test
    void theAuthorsCommentsAreNeverPublished() {
        String markdown = "Intro. <!-- TODO: check the figures --> Rest.\n\n<!--\ndraft paragraph: not ready\n-->\n\nEnd.\n";
        Document html = feedHtml(markdown);
        assertFalse(html.body().html().contains("TODO") || html.body().html().contains("draft paragraph"), html.body().html());
        assertTrue(html.body().select("*").stream().flatMap(e -> e.childNodes().stream()).noneMatch(n -> n instanceof Comment));
        String summary = renderer.render(RendererTest.post(markdown)).summary();
        assertFalse(summary.contains("TODO") || summary.contains("draft"), summary);
    }
}
