package dev.feedcard.feed;

import dev.feedcard.content.Post;
import dev.feedcard.meta.HeadTag;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FeedLinksTest {
    @Test
    void aPostAnnouncesTheSiteAndItsLanguageButNotEachOfItsTags() {
        Post post = FeedPlanTest.post(1, "ja", "日本語", "Deep Learning");
        FeedLinks links = new FeedLinks(FeedPlanTest.SITE, FeedPlan.of(List.of(post, FeedPlanTest.post(2, "en", "x")), FeedPlanTest.SITE, FeedPlanTest.limit(20)));
        List<String> hrefs = links.forPost(post).stream().map(FeedLink::href).toList();
        assertEquals(List.of(
                "https://example.com/atom.xml", "https://example.com/rss.xml", "https://example.com/feed.json",
                "https://example.com/lang/ja/atom.xml", "https://example.com/lang/ja/rss.xml", "https://example.com/lang/ja/feed.json"), hrefs);
        FeedLink japanese = links.forPost(post).get(3);
        assertEquals(FeedKind.LANGUAGE, japanese.kind());
        assertEquals("ja", japanese.hreflang());
        HeadTag tag = japanese.toHeadTag();
        assertEquals("link", tag.element());
        assertEquals(List.of("rel", "type", "title", "href", "hreflang"), List.copyOf(tag.attributes().keySet()));
    }

    @Test
    void theSnippetAnnouncesTheSitesFeedsAndListsTheLanguagesAndTagsFeedsInAComment() {
        Post post = FeedPlanTest.post(1, "ja", "日本語", "Deep Learning", "a--b");
        FeedLinks links = new FeedLinks(FeedPlanTest.SITE, FeedPlan.of(List.of(post, FeedPlanTest.post(2, "en", "x")), FeedPlanTest.SITE, FeedPlanTest.limit(20)));
        Document page = Jsoup.parse("<html><head>" + links.snippet() + "</head><body></body></html>");

        List<String> announced = page.select("link[rel=alternate]").eachAttr("href");
        assertEquals(List.of("https://example.com/atom.xml", "https://example.com/rss.xml", "https://example.com/feed.json"), announced);
        assertEquals(0, page.body().childNodeSize(), "the comment stays in the head, whole: " + page.body());
        List<Comment> comments = new ArrayList<>();
        page.head().childNodes().forEach(n -> { if (n instanceof Comment c) comments.add(c); });
        assertEquals(2, comments.size(), page.head().html());
        Document listed = Jsoup.parse("<html><head>" + comments.get(1).getData() + "</head></html>");
        List<String> hrefs = listed.select("link[rel=alternate]").eachAttr("href");
        for (String folder : List.of("lang/en/", "lang/ja/", "tags/%E6%97%A5%E6%9C%AC%E8%AA%9E/", "tags/deep-learning/", "tags/x/")) {
            for (String file : List.of("atom.xml", "rss.xml", "feed.json")) {
                assertTrue(hrefs.contains("https://example.com/" + folder + file), folder + file + " in " + hrefs);
            }
        }
        assertEquals(18, hrefs.size(), "the a--b tag's feeds too, its title whole: " + hrefs);
        assertTrue(listed.select("link[title*=a--b]").size() == 3, listed.head().html());
    }

    @Test
    void theSnippetEscapesTitles() {
        var site = new dev.feedcard.config.Site("Tom & \"Jerry\" <3", FeedPlanTest.SITE.url(), "", "", "en", java.time.ZoneOffset.UTC, "/{slug}/");
        String snippet = new FeedLinks(site, FeedPlan.of(List.of(), site, FeedPlanTest.limit(20))).snippet();
        assertTrue(snippet.contains("title=\"Tom &amp; &quot;Jerry&quot; &lt;3 (Atom)\""), snippet);
        assertEquals(3, snippet.lines().filter(l -> l.startsWith("<link rel=\"alternate\"")).count());
    }
}
