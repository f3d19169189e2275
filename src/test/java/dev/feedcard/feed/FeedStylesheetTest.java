package dev.feedcard.feed;

import dev.feedcard.testing.TestBlog;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.stream.StreamResult;
import javax.xml.transform.stream.StreamSource;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** feed.xsl applied with the JDK's XSLT processor, as a browser applies it: one readable page for either format. */
class FeedStylesheetTest {
    @TempDir
    static Path dir;
    static Path out;

    @BeforeAll
    static void build() {
        TestBlog site = new TestBlog(dir).set("languages", "en,ja");
        site.postWith("first", "title: \"Fish & <chips>\"\ndate: 2024-01-01\ntags: [food]\ndescription: Salt & vinegar, 1 < 2", "Text.\n");
        site.postWith("second", "title: 二番目\ndate: 2024-01-02\ntags: [ja, food]", "本文。\n");
        out = dir.resolve("out");
        site.build(out);
    }

    static Document page(String feed) throws Exception {
        Transformer t = TransformerFactory.newInstance().newTransformer(new StreamSource(out.resolve("feed.xsl").toFile()));
        StringWriter html = new StringWriter();
        t.transform(new StreamSource(out.resolve(feed).toFile()), new StreamResult(html));
        return Jsoup.parse(html.toString());
    }

    @Test
    void bothFormatsShowTheSamePage() throws Exception {
        for (String folder : List.of("", "tags/food/")) {
            Document atom = page(folder + "atom.xml");
            Document rss = page(folder + "rss.xml");
            assertEquals(List.of("二番目", "Fish & <chips>"), atom.select("article h3 a").eachText(), folder);
            assertEquals(atom.select("article h3 a").eachText(), rss.select("article h3 a").eachText());
            assertEquals(atom.select("article h3 a").eachAttr("href"), rss.select("article h3 a").eachAttr("href"));
            assertEquals(atom.select("article p").eachText(), rss.select("article p").eachText(), "summaries read the same");
            assertTrue(atom.select("article p").eachText().contains("Salt & vinegar, 1 < 2"));
            assertEquals(TestBlog.SITE_URL + folder + "atom.xml", atom.selectFirst("input#feed-url").attr("value"));
            assertEquals(TestBlog.SITE_URL + folder + "rss.xml", rss.selectFirst("input#feed-url").attr("value"));
            assertTrue(atom.text().contains("This is a web feed"));
            assertEquals("Atom feed", atom.selectFirst(".badge").text());
            assertEquals("RSS feed", rss.selectFirst(".badge").text());
        }
        assertEquals("en", page("atom.xml").selectFirst("html").attr("lang"));
        assertEquals(List.of("/cards/second.jpg", "/cards/first.jpg"), page("rss.xml").select("article img").eachAttr("src"),
                "the site's own images load from the feed's origin, so a preview shows them");
    }

    @Test
    void feedsNameTheStylesheetFromTheSiteRoot() {
        assertEquals("/feed.xsl", FeedStylesheet.href(new TestBlog(dir.resolve("x")).config(dir.resolve("o")).site()));
        var sub = new TestBlog(dir.resolve("y")).set("siteUrl", "https://example.org/blog").config(dir.resolve("o")).site();
        assertEquals("/blog/feed.xsl", FeedStylesheet.href(sub));
    }
}
