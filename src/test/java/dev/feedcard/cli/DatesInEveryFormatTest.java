package dev.feedcard.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.feedcard.testing.TestBlog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Dates as a subscriber reads them back from each format: the day the post names, in the proleptic Gregorian calendar
 * (not java.util.Date's Julian one before 1582), with four-digit years; dates no format can hold are refused at their
 * front matter line.
 */
class DatesInEveryFormatTest {
    private static final String ATOM = "http://www.w3.org/2005/Atom";

    /** The dates a reader sees for one post, by its title, in every feed format and its head tags. */
    private record Seen(String atomPublished, String atomUpdated, String rssPubDate, String jsonPublished, String jsonModified) {
    }

    private static String post(String title, String date) {
        return "---\ntitle: " + title + "\ndate: " + date + "\n---\nThe text of " + title + ".\n";
    }

    @Test
    void datesBeforeTheGregorianReformAreWrittenAsTheyAre(@TempDir Path dir) throws Exception {
        TestBlog blog = new TestBlog(dir);
        blog.text("first.md", post("First", "0001-01-01T00:00:00Z"));
        blog.text("millennium.md", post("Millennium", "1000-03-01T00:00:00Z"));
        blog.text("reform.md", post("Reform", "1582-10-10T12:00:00Z"));
        blog.text("moon.md", post("Moon", "1969-07-20T20:17:40Z"));

        TestBlog.Run run = blog.build();

        assertEquals(Main.OK, run.code(), run.toString());
        Map<String, Seen> seen = seen(blog.out());
        assertEquals(new Seen("0001-01-01T00:00:00Z", "0001-01-01T00:00:00Z", "Mon, 01 Jan 0001 00:00:00 GMT",
                "0001-01-01T00:00:00Z", "0001-01-01T00:00:00Z"), seen.get("First"));
        assertEquals(new Seen("1000-03-01T00:00:00Z", "1000-03-01T00:00:00Z", "Sat, 01 Mar 1000 00:00:00 GMT",
                "1000-03-01T00:00:00Z", "1000-03-01T00:00:00Z"), seen.get("Millennium"));
        assertEquals(new Seen("1582-10-10T12:00:00Z", "1582-10-10T12:00:00Z", "Sun, 10 Oct 1582 12:00:00 GMT",
                "1582-10-10T12:00:00Z", "1582-10-10T12:00:00Z"), seen.get("Reform"));
        assertEquals(new Seen("1969-07-20T20:17:40Z", "1969-07-20T20:17:40Z", "Sun, 20 Jul 1969 20:17:40 GMT",
                "1969-07-20T20:17:40Z", "1969-07-20T20:17:40Z"), seen.get("Moon"));
        String head = Files.readString(blog.out().resolve("meta/first.html"));
        // the site's zone (Europe/Paris, in the test's feedcard.yml) had an offset of +00:09:21 then, which ISO 8601 cannot write
        assertTrue(head.contains("<meta property=\"article:published_time\" content=\"0001-01-01T00:00:00Z\">"), head);
    }

    @Test
    void theLastSecondOf9999StaysInFourDigitsEvenForPostsThatShareIt(@TempDir Path dir) throws Exception {
        TestBlog blog = new TestBlog(dir);
        for (String name : List.of("one", "two", "three")) blog.text(name + ".md", post(name, "9999-12-31T23:59:59Z"));

        TestBlog.Run run = blog.build("--now", "9999-12-31T23:59:59Z");

        assertEquals(Main.OK, run.code(), run.toString());
        Map<String, Seen> seen = seen(blog.out());
        assertEquals(3, seen.size(), seen.toString());
        for (Seen s : seen.values()) {
            assertEquals(new Seen("9999-12-31T23:59:59Z", "9999-12-31T23:59:59Z", "Fri, 31 Dec 9999 23:59:59 GMT",
                    "9999-12-31T23:59:59Z", "9999-12-31T23:59:59Z"), s);
        }
        Document atom = TestBlog.parseXml(Files.readAllBytes(blog.out().resolve("atom.xml")));
        assertEquals("9999-12-31T23:59:59Z", childText(atom.getDocumentElement(), ATOM, "updated"));
        Document rss = TestBlog.parseXml(Files.readAllBytes(blog.out().resolve("rss.xml")));
        Element channel = (Element) rss.getElementsByTagName("channel").item(0);
        assertEquals("Fri, 31 Dec 9999 23:59:59 GMT", childText(channel, null, "lastBuildDate"));
        assertEquals("Fri, 31 Dec 9999 23:59:59 GMT", childText(channel, null, "pubDate"));
        for (Path file : List.of(blog.out().resolve("atom.xml"), blog.out().resolve("rss.xml"), blog.out().resolve("feed.json"))) {
            assertFalse(Files.readString(file).contains("10000"), file + " has a five-digit year");
        }
    }

    @Test
    void datesNoFormatCanHoldAreRefusedAtTheirLine(@TempDir Path dir) {
        TestBlog blog = new TestBlog(dir);
        blog.post("good.md", "Good", "2024-05-01");
        blog.text("year-zero.md", post("Zero", "0000-06-01"));
        blog.text("before-year-one.md", post("Before", "0001-01-01T00:00:00+01:00"));
        blog.text("after-9999.md", post("After", "9999-12-31T23:30:00-01:00"));
        blog.text("updated-late.md", "---\ntitle: Late\ndate: 2024-05-01\n\nupdated: 9999-12-31 23:59 -0500\n---\nText.\n");
        blog.text("0000-01-01-named.md", "---\ntitle: Named\n---\nText.\n");

        TestBlog.Run run = blog.build("--now", "9999-12-31T23:59:59Z");

        assertEquals(Main.CONTENT_ERRORS, run.code(), run.toString());
        String range = "is outside the dates feeds can hold (0001-01-01T00:00:00Z to 9999-12-31T23:59:59Z)";
        for (String expected : List.of("year-zero.md:3: error: '0000-06-01' " + range,
                "before-year-one.md:3: error: '0001-01-01T00:00:00+01:00' " + range,
                "after-9999.md:3: error: '9999-12-31T23:30:00-01:00' " + range,
                "updated-late.md:5: error: '9999-12-31 23:59 -0500' " + range,
                "0000-01-01-named.md: error: the date in the file's name (0000-01-01) " + range)) {
            assertTrue(run.err().contains(expected), "expected '" + expected + "' in\n" + run.err());
        }
        assertFalse(Files.exists(blog.out().resolve("atom.xml")));

        TestBlog.Run kept = blog.build("--now", "9999-12-31T23:59:59Z", "--keep-going");
        assertEquals(Main.OK, kept.code(), kept.toString());
        assertTrue(kept.err().contains("year-zero.md:3: warning: skipped: '0000-06-01' " + range), kept.err());
    }

    /** Each post's dates by its title, from the site's Atom, RSS and JSON feeds, read with an XML parser and a JSON parser. */
    private static Map<String, Seen> seen(Path out) throws Exception {
        Map<String, String[]> byTitle = new LinkedHashMap<>();
        Document atom = TestBlog.parseXml(Files.readAllBytes(out.resolve("atom.xml")));
        NodeList entries = atom.getElementsByTagNameNS(ATOM, "entry");
        for (int i = 0; i < entries.getLength(); i++) {
            Element e = (Element) entries.item(i);
            String[] dates = byTitle.computeIfAbsent(childText(e, ATOM, "title"), t -> new String[5]);
            dates[0] = childText(e, ATOM, "published");
            dates[1] = childText(e, ATOM, "updated");
        }
        Document rss = TestBlog.parseXml(Files.readAllBytes(out.resolve("rss.xml")));
        NodeList items = rss.getElementsByTagName("item");
        for (int i = 0; i < items.getLength(); i++) {
            Element e = (Element) items.item(i);
            byTitle.computeIfAbsent(childText(e, null, "title"), t -> new String[5])[2] = childText(e, null, "pubDate");
        }
        JsonNode json = new ObjectMapper().readTree(Files.readAllBytes(out.resolve("feed.json")));
        for (JsonNode item : json.get("items")) {
            String[] dates = byTitle.computeIfAbsent(item.get("title").asText(), t -> new String[5]);
            dates[3] = item.get("date_published").asText();
            dates[4] = item.get("date_modified").asText();
        }
        Map<String, Seen> seen = new LinkedHashMap<>();
        byTitle.forEach((title, d) -> seen.put(title, new Seen(d[0], d[1], d[2], d[3], d[4])));
        return seen;
    }

    private static String childText(Element parent, String namespace, String name) {
        NodeList children = parent.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element e && e.getLocalName().equals(name)
                    && (namespace == null ? e.getNamespaceURI() == null : namespace.equals(e.getNamespaceURI()))) {
                return e.getTextContent().strip();
            }
        }
        return null;
    }
}
