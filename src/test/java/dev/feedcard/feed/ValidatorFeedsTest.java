package dev.feedcard.feed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.feedcard.testing.TestBlog;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Posts that made the W3C Feed Validation Service warn when it was run by hand on feedcard's output (the service
 * is not reachable from the tests, so each case is checked here by reading the feeds back): posts of the same
 * day, titles and summaries about HTML, a post of only a title or only a picture, and an author written with an
 * e-mail address.
 */
class ValidatorFeedsTest {
    @TempDir
    static Path dir;
    static Path out;
    static Path summaryOnly;

    @BeforeAll
    static void build() {
        TestBlog site = new TestBlog(dir).set("author", "Jane Doe <jane@example.com>");
        site.postWith("same-day-a", "title: Same day A\ndate: 2024-04-20\ntags: [day]", "First of the day.\n");
        site.postWith("same-day-b", "title: Same day B\ndate: 2024-04-20\ntags: [day]", "Second of the day.\n");
        site.postWith("one-second-later", "title: One second later\ndate: 2024-04-20T00:00:01Z\ntags: [day]", "Third.\n");
        site.postWith("about-html", """
                title: "Why &lt;/script&gt; ends a script, and &amp;amp; an ampersand"
                date: 2024-04-10
                """, "The text `</em>` closes emphasis & `<br>` breaks a line.\n");
        site.postWith("title-only", "title: Just a title\ndate: 2024-04-05", "");
        site.postWith("picture-only", "title: Only a picture\ndate: 2024-04-04", "![](https://images.example.net/photo.jpg)\n");
        out = dir.resolve("out");
        site.build(out);
        summaryOnly = dir.resolve("summary-only");
        site.set("summaryOnly", true).build(summaryOnly);
    }

    @Test
    void everyFeedFollowsTheRules() {
        assertEquals(List.of(), FeedRules.check(out, TestBlog.SITE_URL));
        assertEquals(List.of(), FeedRules.check(summaryOnly, TestBlog.SITE_URL));
    }

    @Test
    void postsOfTheSameDayGetDistinctUpdateTimesInEveryFeedAndFormat() throws Exception {
        Map<String, String> site = atomUpdated(out.resolve("atom.xml"));
        assertEquals(new HashSet<>(site.values()).size(), site.size(), "no two entries share an updated time: " + site);
        assertEquals("2024-04-20T00:00:01Z", site.get("same-day-a"), "of two equal times, the entry listed first gets the later");
        assertEquals("2024-04-20T00:00:00Z", site.get("same-day-b"));
        assertEquals("2024-04-20T00:00:02Z", site.get("one-second-later"), "a post whose second is taken moves on too");
        assertEquals(List.of("one-second-later", "same-day-a", "same-day-b"), List.copyOf(site.keySet()).subList(0, 3),
                "the times fall in the order the feed lists the entries");
        for (String slug : List.of("same-day-a", "same-day-b", "one-second-later")) {
            assertFalse(Instant.parse(site.get(slug)).isBefore(Instant.parse(published(slug))), slug + " is not updated before it was published");
        }
        Map<String, String> tag = atomUpdated(out.resolve("tags/day/atom.xml"));
        for (String slug : tag.keySet()) assertEquals(site.get(slug), tag.get(slug), "the same time in the tag's feed for " + slug);
        Element feed = FeedRules.parseXml(out.resolve("tags/day/atom.xml")).getDocumentElement();
        assertEquals("2024-04-20T00:00:02Z", FeedRules.text(feed, FeedRules.ATOM_NS, "updated"), "the feed's time is its newest entry's");
        for (JsonNode item : new ObjectMapper().readTree(out.resolve("feed.json").toFile()).path("items")) {
            String slug = slug(item.path("id").asText());
            assertEquals(site.get(slug), item.path("date_modified").asText(), "JSON Feed says the same for " + slug);
        }
        assertEquals(site, atomUpdated(out.resolve("atom.xml")));
    }

    @Test
    void titlesAndSummariesAboutHtmlAreEscapedHtmlThatShowsTheirText() throws Exception {
        Element entry = atomEntry(out, "about-html");
        Element title = FeedRules.first(entry, FeedRules.ATOM_NS, "title");
        assertEquals("html", title.getAttribute("type"));
        assertEquals("Why &lt;/script&gt; ends a script, and &amp;amp; an ampersand", title.getTextContent());
        assertEquals("Why </script> ends a script, and &amp; an ampersand", FeedRules.atomText(title));
        Element summary = FeedRules.first(entry, FeedRules.ATOM_NS, "summary");
        assertEquals("html", summary.getAttribute("type"));
        assertEquals("The text </em> closes emphasis & <br> breaks a line.", FeedRules.atomText(summary));
        assertEquals("text", FeedRules.first(atomEntry(out, "same-day-a"), FeedRules.ATOM_NS, "title").getAttribute("type"),
                "other titles stay plain text");
        assertEquals("Why </script> ends a script, and &amp; an ampersand", FeedRules.text(rssItem(out, "about-html"), null, "title"));
    }

    @Test
    void aPostWithoutProseStillHasTextInEveryEntry() throws Exception {
        Element titleOnly = atomEntry(out, "title-only");
        assertNull(FeedRules.first(titleOnly, FeedRules.ATOM_NS, "content"), "no blank content");
        assertEquals("Just a title", FeedRules.text(titleOnly, FeedRules.ATOM_NS, "summary"));
        assertNull(FeedRules.first(rssItem(out, "title-only"), FeedRules.CONTENT_NS, "encoded"), "no blank content:encoded");
        assertEquals("Only a picture", FeedRules.text(atomEntry(summaryOnly, "picture-only"), FeedRules.ATOM_NS, "summary"),
                "with summaryOnly, a post without prose has its title as summary");

        Element picture = rssItem(out, "picture-only");
        Element encoded = FeedRules.first(picture, FeedRules.CONTENT_NS, "encoded");
        assertNotNull(encoded);
        assertTrue(encoded.getTextContent().contains("https://images.example.net/photo.jpg"));
        Element description = FeedRules.first(picture, null, "description");
        assertNotNull(description, "content:encoded has a description before it");
        assertEquals("Only a picture", description.getTextContent());
        assertTrue(FeedRules.children(picture, null, "description").get(0).compareDocumentPosition(encoded) == Element.DOCUMENT_POSITION_FOLLOWING);
    }

    @Test
    void anAuthorsEmailAddressIsNotPartOfTheirName() throws Exception {
        Element author = FeedRules.first(FeedRules.parseXml(out.resolve("atom.xml")).getDocumentElement(), FeedRules.ATOM_NS, "author");
        assertEquals("Jane Doe", FeedRules.text(author, FeedRules.ATOM_NS, "name"));
        assertEquals("jane@example.com", FeedRules.text(author, FeedRules.ATOM_NS, "email"));
        assertEquals("jane@example.com (Jane Doe)", FeedRules.text(rssItem(out, "same-day-a"), null, "author"),
                "RSS's author is an address with the name after it");
        assertNull(FeedRules.first(rssItem(out, "same-day-a"), FeedRules.DC_NS, "creator"), "not beside dc:creator, as the validator warns");
        JsonNode json = new ObjectMapper().readTree(out.resolve("feed.json").toFile());
        assertEquals("Jane Doe", json.path("authors").get(0).path("name").asText());
        assertEquals("Jane Doe", json.path("items").get(0).path("authors").get(0).path("name").asText());
    }

    private static Map<String, String> atomUpdated(Path file) throws Exception {
        Map<String, String> updated = new LinkedHashMap<>();
        for (Element e : FeedRules.children(FeedRules.parseXml(file).getDocumentElement(), FeedRules.ATOM_NS, "entry")) {
            updated.put(slug(FeedRules.text(e, FeedRules.ATOM_NS, "id")), FeedRules.text(e, FeedRules.ATOM_NS, "updated"));
        }
        return updated;
    }

    private static String published(String slug) throws Exception {
        return FeedRules.text(atomEntry(out, slug), FeedRules.ATOM_NS, "published");
    }

    private static String slug(String url) {
        return url.substring(TestBlog.SITE_URL.length(), url.length() - 1);
    }

    private static Element atomEntry(Path folder, String slug) throws Exception {
        for (Element e : FeedRules.children(FeedRules.parseXml(folder.resolve("atom.xml")).getDocumentElement(), FeedRules.ATOM_NS, "entry")) {
            if (FeedRules.text(e, FeedRules.ATOM_NS, "id").equals(TestBlog.SITE_URL + slug + "/")) return e;
        }
        throw new AssertionError("no entry for " + slug);
    }

    private static Element rssItem(Path folder, String slug) throws Exception {
        Element channel = FeedRules.first(FeedRules.parseXml(folder.resolve("rss.xml")).getDocumentElement(), null, "channel");
        for (Element e : FeedRules.children(channel, null, "item")) {
            if (FeedRules.text(e, null, "guid").equals(TestBlog.SITE_URL + slug + "/")) return e;
        }
        throw new AssertionError("no item for " + slug);
    }
}
