package dev.feedcard.feed;

import dev.feedcard.testing.TestBlog;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.ProcessingInstruction;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * feed.css and what it is built on, read back from a build: every feed names it, and has the elements and the
 * language the page's words hang on. FeedPageInBrowserIT looks at the page itself in two browsers.
 */
class FeedStylesheetTest {
    static final String ATOM = "http://www.w3.org/2005/Atom";
    static final List<String> FEEDS = List.of("atom.xml", "rss.xml", "tags/food/atom.xml", "tags/food/rss.xml",
            "lang/ja/atom.xml", "lang/ja/rss.xml", "lang/fr/rss.xml");

    @TempDir
    static Path dir;
    static Path out;

    @BeforeAll
    static void build() {
        TestBlog site = new TestBlog(dir).set("languages", "en,ja,fr");
        site.postWith("first", "title: \"Fish & chips\"\ndate: 2024-01-01\ntags: [food]\ndescription: Salt & vinegar", "Text.\n");
        site.postWith("second", "title: 二番目\ndate: 2024-01-02\nlang: ja\ntags: [food]", "本文。\n");
        site.postWith("third", "title: L’été\ndate: 2024-01-03\nlang: fr", "Texte.\n");
        out = dir.resolve("out");
        site.build(out);
    }

    static Document parse(String feed) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(out.resolve(feed).toFile());
    }

    @Test
    void everyFeedNamesTheStylesheetAsCssFromItsOwnFolder() throws Exception {
        for (String feed : FEEDS) {
            ProcessingInstruction pi = (ProcessingInstruction) parse(feed).getFirstChild();
            assertEquals("xml-stylesheet", pi.getTarget(), feed);
            Matcher m = Pattern.compile("type=\"text/css\" href=\"([^\"]+)\"").matcher(pi.getData());
            assertTrue(m.find(), feed + ": " + pi.getData());
            assertEquals(out.resolve(FeedStylesheet.FILE), out.resolve(feed).resolveSibling(m.group(1)).normalize(), feed);
        }
        assertEquals("../../feed.css", FeedStylesheet.href("tags/food/atom.xml"));
        assertTrue(Files.readString(out.resolve("feed.css"), StandardCharsets.UTF_8).startsWith("@charset \"UTF-8\";"),
                "the words outside ASCII read right whatever type the server sends");
    }

    @Test
    void everyFeedSaysItsLanguageWhereTheStylesheetLooks() throws Exception {
        for (String feed : FEEDS) {
            Element root = parse(feed).getDocumentElement();
            String language = feed.startsWith("lang/") ? feed.split("/")[1] : "en";
            assertEquals(language, root.getAttribute("xml:lang"), feed);
            if (feed.endsWith("rss.xml")) assertEquals(language, root.getElementsByTagName("language").item(0).getTextContent(), feed);
        }
    }

    @Test
    void everyFeedHasTheElementsThePageIsBuiltOn() throws Exception {
        for (String feed : FEEDS) {
            Element root = parse(feed).getDocumentElement();
            if (feed.endsWith("atom.xml")) {
                assertNotNull(child(root, ATOM, "generator"), feed + ": what a feed is goes on the generator");
                assertNotNull(child(root, ATOM, "updated"), feed + ": 'latest entries' goes on the updated date");
                assertEquals(TestBlog.SITE_URL + feed, child(root, ATOM, "id").getTextContent(), feed + ": the id is the address to copy");
            } else {
                Element channel = child(root, "", "channel");
                assertNotNull(child(channel, "", "generator"), feed);
                assertNotNull(child(channel, "", "lastBuildDate"), feed);
                Element self = child(channel, ATOM, "link");
                assertEquals("self", self.getAttribute("rel"), feed);
                assertEquals(TestBlog.SITE_URL + feed, self.getAttribute("href"), feed);
            }
        }
    }

    @Test
    void theStylesheetHasTheWordsOfEachLanguageAndEnglishForAnyOther() throws Exception {
        String css = new String(FeedStylesheet.bytes(), StandardCharsets.UTF_8);
        assertEquals(List.of("en", "ja", "es", "fr", "de"), List.copyOf(FeedWords.ALL.keySet()));
        assertEquals(css.chars().filter(c -> c == '{').count(), css.chars().filter(c -> c == '}').count(), "the braces pair up");
        FeedWords.ALL.forEach((language, words) -> {
            String lang = language.equals("en") ? "" : ":lang(" + language + ")";
            assertTrue(css.contains("atom|feed" + lang + " > atom|generator::before, rss > channel" + lang
                    + " > generator::before { content: \"" + words.heading() + "\"; }"), language + ": " + words.heading());
            assertTrue(css.contains("\"" + words.label() + "\""), language);
        });
        assertEquals(Files.readString(out.resolve("feed.css"), StandardCharsets.UTF_8), css, "the build writes it as it is");
    }

    private static Element child(Element parent, String namespace, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getLocalName().equals(name)
                    && namespace.equals(e.getNamespaceURI() == null ? "" : e.getNamespaceURI())) return e;
        }
        return null;
    }
}
