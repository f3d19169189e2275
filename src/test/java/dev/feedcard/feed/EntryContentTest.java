package dev.feedcard.feed;

import dev.feedcard.content.Post;
import dev.feedcard.render.RenderedPost;
import dev.feedcard.testing.TestBlog;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A post's HTML in every Atom and RSS file that shows it: the same text each time, escaped and encoded once. */
class EntryContentTest {
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String CONTENT = "http://purl.org/rss/1.0/modules/content/";

    @Test
    void eachPostsHtmlIsEncodedOnceForAllTheFeedsAndFormatsThatShowIt() throws Exception {
        Post first = FeedPlanTest.post(1, "en", "x", "y");
        Post second = FeedPlanTest.post(2, "ja", "y");
        Map<Post, RenderedPost> rendered = Map.of(
                first, new RenderedPost(first, URI.create("https://example.com/p1/"),
                        "<p>Tom &amp; Jerry &lt;3 &gt; \"quotes\"\r\n — 日本語 😀</p>", "One"),
                second, new RenderedPost(second, URI.create("https://example.com/p2/"), "<p>二つ目 <a href=\"https://example.com/?a=1&amp;b=2\">link</a></p>", "Two"));
        // the site's feed, one per language and one per tag: the first post is in four of them, the second in three
        List<FeedPlan> plans = FeedPlan.of(List.of(first, second), FeedPlanTest.SITE, FeedPlanTest.limit(20));
        assertEquals(5, plans.size());

        XmlFeeds.EntryContent content = new XmlFeeds.EntryContent();
        AtomFeed atom = new AtomFeed(FeedPlanTest.SITE, FeedPlanTest.limit(20), content);
        RssFeed rss = new RssFeed(FeedPlanTest.SITE, FeedPlanTest.limit(20), content);
        List<String> shown = new ArrayList<>();
        for (FeedPlan plan : plans) {
            FeedSet set = plan.toSet(post -> new Entry(rendered.get(post), null));
            List<String> expected = set.entries().stream().map(entry -> entry.rendered().html()).toList();
            assertEquals(expected, texts(TestBlog.parseXml(atom.write(set)).getElementsByTagNameNS(ATOM, "content")), plan.folder());
            assertEquals(expected, texts(TestBlog.parseXml(rss.write(set)).getElementsByTagNameNS(CONTENT, "encoded")), plan.folder());
            shown.addAll(expected);
        }
        assertEquals(7, shown.size(), "the first post in four feeds, the second in three, each in Atom and RSS");
        assertEquals(2, content.encodings(), "one encoding per post");
    }

    private static List<String> texts(NodeList nodes) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) texts.add(nodes.item(i).getTextContent());
        return texts;
    }
}
