package dev.feedcard.feed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.feedcard.testing.TestBlog;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Titles, descriptions and tags with apostrophes, quotes and ampersands read by a subscriber in every format: the
 * text shown is the text written, escaped once, only as XML needs.
 */
class EscapedOnceTest {
    private static final String TITLE = "Llama 4's \"open\" weights & R&D";
    private static final String DESCRIPTION = "Why Llama 4's \"open\" release matters for R&D <today>";
    /** The description as its author writes it: HTML, so the angle brackets it shows are written as entities. */
    private static final String WRITTEN_DESCRIPTION = "Why Llama 4's \"open\" release matters for R&D &lt;today&gt;";
    private static final String TAG = "R&D";

    @TempDir
    static Path dir;
    static TestBlog blog;

    @BeforeAll
    static void build() {
        blog = new TestBlog(dir);
        blog.text("llama.md", "---\ntitle: '" + TITLE.replace("'", "''") + "'\ndate: 2024-05-01\n"
                + "description: '" + WRITTEN_DESCRIPTION.replace("'", "''") + "'\ntags: ['" + TAG + "']\n---\n\nIt's \"here\" & now.\n");
        TestBlog.Run run = blog.build();
        assertEquals(0, run.code(), run.toString());
    }

    @Test
    void rssShowsTheTextAsWritten() throws Exception {
        byte[] rss = Files.readAllBytes(blog.out().resolve("rss.xml"));
        String raw = new String(rss, StandardCharsets.UTF_8);
        assertFalse(raw.contains("&amp;apos;") || raw.contains("&amp;quot;") || raw.contains("&apos;"), "quotes are not escaped twice: " + raw);
        assertFalse(raw.contains("&#x26;") || raw.contains("&#x3C;"), "only XML's own escapes: " + raw);
        Document doc = TestBlog.parseXml(rss);
        Element item = (Element) doc.getElementsByTagName("item").item(0);
        assertEquals(TITLE, text(item, "title"));
        assertEquals(TAG, text(item, "category"));
        assertEquals(DESCRIPTION, Jsoup.parse(text(item, "description")).text(), "the description is HTML that shows the text");
    }

    @Test
    void rssTextThatReadsAsMarkupIsWrittenWithCharacterReferences(@TempDir Path other) throws Exception {
        TestBlog html = new TestBlog(other);
        html.text("tags.md", "---\ntitle: 'Using &lt;video&gt; & &lt;audio&gt;'\ndate: 2024-05-01\ntags: ['R&D']\n---\nText.\n");
        assertEquals(0, html.build().code());
        String raw = Files.readString(html.out().resolve("rss.xml"));
        assertTrue(raw.contains("<title>Using &#x3C;video&gt; &#x26; &#x3C;audio&gt;</title>"), raw);
        assertTrue(raw.contains("<category>R&amp;D</category>"), "text that reads as text is escaped only as XML needs: " + raw);
        Element item = (Element) TestBlog.parseXml(raw.getBytes(StandardCharsets.UTF_8)).getElementsByTagName("item").item(0);
        assertEquals("Using <video> & <audio>", text(item, "title"));
    }

    @Test
    void atomShowsTheTextAsWritten() throws Exception {
        Document doc = TestBlog.parseXml(Files.readAllBytes(blog.out().resolve("atom.xml")));
        Element entry = (Element) doc.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry").item(0);
        Element title = (Element) entry.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "title").item(0);
        String shown = "html".equals(title.getAttribute("type")) ? Jsoup.parse(title.getTextContent()).text() : title.getTextContent();
        assertEquals(TITLE, shown);
        Element category = (Element) entry.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "category").item(0);
        assertEquals(TAG, category.getAttribute("term"));
        Element summary = (Element) entry.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "summary").item(0);
        String summaryShown = "html".equals(summary.getAttribute("type")) ? Jsoup.parse(summary.getTextContent()).text() : summary.getTextContent();
        assertEquals(DESCRIPTION, summaryShown);
    }

    @Test
    void jsonFeedShowsTheTextAsWritten() throws Exception {
        JsonNode item = new ObjectMapper().readTree(blog.out().resolve("feed.json").toFile()).get("items").get(0);
        assertEquals(TITLE, item.get("title").asText());
        assertEquals(DESCRIPTION, item.get("summary").asText());
        assertEquals(TAG, item.get("tags").get(0).asText());
    }

    private static String text(Element parent, String name) {
        return parent.getElementsByTagName(name).item(0).getTextContent();
    }
}
