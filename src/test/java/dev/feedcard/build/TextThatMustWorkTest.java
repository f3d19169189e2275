package dev.feedcard.build;

import dev.feedcard.cli.Main;
import dev.feedcard.testing.TestBlog;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Text that is unusual but not wrong: a byte order mark, CRLF line ends, control characters, emoji, right-to-left
 * scripts, markup and {@code ]]>} in titles and bodies. Each is published, escaped, in well-formed feeds.
 */
class TextThatMustWorkTest {
    private static final String ATOM = "http://www.w3.org/2005/Atom";

    @TempDir
    static Path dir;
    static TestBlog.Run run;
    static Document atom;
    static Document rss;

    @BeforeAll
    static void build() throws Exception {
        TestBlog blog = new TestBlog(dir);
        blog.text("bom.md", "\uFEFF---\ntitle: Starts with a byte order mark\ndate: 2024-01-01\n---\nThe BOM is not part of the text.\n");
        blog.text("crlf.md", "---\r\ntitle: Windows line ends\r\ndate: 2024-01-02\r\ntags: [crlf]\r\n---\r\n\r\nFirst line\r\nsame paragraph.\r\n\r\n"
                + "- one\r\n- two\r\n");
        blog.text("old-mac.md", "---\rtitle: Old Mac line ends\rdate: 2024-01-03\r---\rA body.\r");
        blog.text("controls.md", "---\ntitle: \"Bell\\a, escape\\e and form feed\\f\"\ndate: 2024-01-04\n"
                + "description: \"Null\\0 and DEL\\x7F in the description\"\n---\n"
                + "Raw controls: \u0001start\u0008back\u000Bvtab\u000Cff\u007Fdel\u0085nel\u009Fapc end.\n");
        blog.text("raw-controls.md", "---\ntitle: Raw\u0007 bell\u001b in the front matter\ndate: 2024-01-08\n---\nText.\n");
        blog.text("emoji.md", "---\ntitle: \"Emoji 🎉 👩‍💻 and a flag 🇯🇵\"\ndate: 2024-01-05\ntags: [\"🎉\"]\n---\n"
                + "Party 🎉🎉🎉 and a family 👨‍👩‍👧‍👦, " + "🙂".repeat(400) + "\n");
        blog.text("rtl.md", "---\ntitle: \"مرحبا بالعالم\"\ndate: 2024-01-06\n---\nשלום עולם — mixed with English and a mark \u200F here.\n");
        blog.text("markup.md", "---\ntitle: '<script>alert(1)</script> & <b>bold</b> ]]> \"quoted\" &amp;'\ndate: 2024-01-07\n"
                + "description: 'A summary with ]]> and <i>tags</i>'\n---\n"
                + "A ]]> in text, <em>raw html</em>, an entity &copy; and <![CDATA[ a cdata ]]> block.\n\n"
                + "```xml\n<feed>]]></feed>\n```\n\n<div>]]></div>\n");
        run = blog.build("--limit", "0");
        atom = TestBlog.parseXml(Files.readAllBytes(blog.out().resolve("atom.xml")));
        rss = TestBlog.parseXml(Files.readAllBytes(blog.out().resolve("rss.xml")));
    }

    @Test
    void everyPostIsPublishedWithoutAProblem() {
        assertEquals(Main.OK, run.code(), run.toString());
        // advice (most of these posts have no description) is no problem: each advice line is followed by its hint
        assertTrue(run.err().lines().allMatch(l -> l.startsWith("advice: ") || l.startsWith("    ")), run.err());
        assertEquals(8, atom.getElementsByTagNameNS(ATOM, "entry").getLength());
        assertEquals(8, rss.getElementsByTagName("item").getLength());
    }

    @Test
    void aByteOrderMarkAndAnyLineEndsAreRead() {
        assertEquals("The BOM is not part of the text.", contentText("Starts with a byte order mark"));
        assertEquals("First line same paragraph. one two", contentText("Windows line ends"));
        assertTrue(contentHtml("Windows line ends").contains("<li>two</li>"));
        assertEquals("A body.", contentText("Old Mac line ends"));
    }

    @Test
    void controlCharactersAreDroppedAndTheRestKept() {
        assertNotNull(entry("Bell, escape and form feed"));
        assertEquals("Null and DEL in the description", text(entry("Bell, escape and form feed"), "summary"));
        assertEquals("Raw controls: startbackvtabffdelnelapc end.", contentText("Bell, escape and form feed"));
        assertNotNull(item("Bell, escape and form feed"));
        assertNotNull(entry("Raw bell in the front matter"), "control characters YAML refuses are dropped from the front matter");
    }

    @Test
    void emojiAndRightToLeftScriptsArePublishedIntact() {
        Element emoji = entry("Emoji 🎉 👩‍💻 and a flag 🇯🇵");
        assertNotNull(emoji);
        assertTrue(contentText("Emoji 🎉 👩‍💻 and a flag 🇯🇵").startsWith("Party 🎉🎉🎉 and a family 👨‍👩‍👧‍👦, 🙂🙂"));
        String summary = text(emoji, "summary");
        assertTrue(summary.endsWith("🙂…"), summary);
        assertTrue(summary.codePoints().noneMatch(c -> Character.isSurrogate((char) c)), "no half of an emoji is cut off");
        assertNotNull(entry("مرحبا بالعالم"));
        assertEquals("שלום עולם — mixed with English and a mark \u200F here.", contentText("مرحبا بالعالم"));
        assertNotNull(item("مرحبا بالعالم"));
    }

    @Test
    void markupAndCdataEndsInTitlesAndBodiesAreEscapedText() {
        String title = "<script>alert(1)</script> & <b>bold</b> ]]> \"quoted\" &";
        Element entry = entry(title);
        assertNotNull(entry, "the title is text, exactly as written");
        assertNotNull(item(title));
        assertEquals("A summary with ]]> and <i>tags</i>", text(entry, "summary"));
        String html = contentHtml(title);
        org.jsoup.nodes.Document body = Jsoup.parseBodyFragment(html);
        assertTrue(body.text().contains("A ]]> in text, raw html, an entity © and"), body.text());
        assertEquals("<feed>]]></feed>", body.select("pre code").text());
        assertEquals("raw html", body.select("em").text());
        assertTrue(body.select("script").isEmpty());
    }

    private static Element entry(String title) {
        NodeList entries = atom.getElementsByTagNameNS(ATOM, "entry");
        for (int i = 0; i < entries.getLength(); i++) {
            Element e = (Element) entries.item(i);
            if (title.equals(text(e, "title"))) return e;
        }
        return null;
    }

    private static Element item(String title) {
        NodeList items = rss.getElementsByTagName("item");
        for (int i = 0; i < items.getLength(); i++) {
            Element e = (Element) items.item(i);
            if (title.equals(e.getElementsByTagName("title").item(0).getTextContent())) return e;
        }
        return null;
    }

    /** An element's text; for a title or summary written as escaped HTML (type="html"), the text a reader shows. */
    private static String text(Element entry, String name) {
        NodeList found = entry.getElementsByTagNameNS(ATOM, name);
        if (found.getLength() == 0) return null;
        Element e = (Element) found.item(0);
        if (!name.equals("content") && "html".equals(e.getAttribute("type"))) {
            return Jsoup.parseBodyFragment(e.getTextContent()).body().wholeText();
        }
        return e.getTextContent();
    }

    private static String contentHtml(String title) {
        Element entry = entry(title);
        assertNotNull(entry, "no entry titled " + title);
        return text(entry, "content");
    }

    private static String contentText(String title) {
        return Jsoup.parseBodyFragment(contentHtml(title)).text();
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
