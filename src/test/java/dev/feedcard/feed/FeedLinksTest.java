package dev.feedcard.feed;

import dev.feedcard.content.Post;
import dev.feedcard.meta.HeadTag;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FeedLinksTest {
    @Test
    void aPostAnnouncesTheSiteItsLanguageAndItsTags() {
        Post post = FeedPlanTest.post(1, "ja", "日本語", "Deep Learning");
        FeedLinks links = new FeedLinks(FeedPlanTest.SITE, FeedPlan.of(List.of(post, FeedPlanTest.post(2, "en", "x")), FeedPlanTest.SITE, FeedPlanTest.limit(20)));
        List<String> hrefs = links.forPost(post).stream().map(FeedLink::href).toList();
        assertEquals(List.of(
                "https://example.com/atom.xml", "https://example.com/rss.xml", "https://example.com/feed.json",
                "https://example.com/lang/ja/atom.xml", "https://example.com/lang/ja/rss.xml", "https://example.com/lang/ja/feed.json",
                "https://example.com/tags/%E6%97%A5%E6%9C%AC%E8%AA%9E/atom.xml", "https://example.com/tags/%E6%97%A5%E6%9C%AC%E8%AA%9E/rss.xml",
                "https://example.com/tags/%E6%97%A5%E6%9C%AC%E8%AA%9E/feed.json",
                "https://example.com/tags/deep-learning/atom.xml", "https://example.com/tags/deep-learning/rss.xml",
                "https://example.com/tags/deep-learning/feed.json"), hrefs);
        FeedLink japanese = links.forPost(post).get(3);
        assertEquals(FeedKind.LANGUAGE, japanese.kind());
        assertEquals("ja", japanese.hreflang());
        HeadTag tag = japanese.toHeadTag();
        assertEquals("link", tag.element());
        assertEquals(List.of("rel", "type", "title", "href", "hreflang"), List.copyOf(tag.attributes().keySet()));
    }

    @Test
    void theSnippetEscapesTitles() {
        var site = new dev.feedcard.config.Site("Tom & \"Jerry\" <3", FeedPlanTest.SITE.url(), "", "", "en", java.time.ZoneOffset.UTC, "/{slug}/");
        String snippet = new FeedLinks(site, FeedPlan.of(List.of(), site, FeedPlanTest.limit(20))).snippet();
        assertTrue(snippet.contains("title=\"Tom &amp; &quot;Jerry&quot; &lt;3 (Atom)\""), snippet);
        assertEquals(3, snippet.lines().filter(l -> l.startsWith("<link rel=\"alternate\"")).count());
    }
}
