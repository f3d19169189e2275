package dev.feedcard.build;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.feedcard.testing.TestBlog;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.NodeList;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Titles and descriptions written with inline HTML and entities, as a subscriber and a sharer see them: the text a
 * browser shows for them, the same in every feed, the head tags, cards.json and the preview.
 */
class TitlesAsShownTest {
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    /** Slug → the title every output shows. */
    private static final Map<String, String> TITLES = Map.of(
            "emphasis", "writing for action and flexibility",
            "entities", "Tom & Jerry — a café story",
            "bare-ampersand", "AT&T's new plan",
            "about-html", "Why <div> soup & <span> salad",
            "scripted", "Safe title");
    /** Slug → the description every output shows. */
    private static final Map<String, String> DESCRIPTIONS = Map.of(
            "emphasis", "A bold claim & a promise",
            "entities", "Cats & mice — forever",
            "bare-ampersand", "R&D at AT&T",
            "about-html", "When to write <div> and when not",
            "scripted", "Nothing runs here.");

    @TempDir
    static Path dir;
    static TestBlog blog;
    static TestBlog.Run run;

    @BeforeAll
    static void build() {
        blog = new TestBlog(dir);
        blog.postWith("emphasis", """
                title: "writing for action <em>and</em> flexibility"
                date: 2024-05-05
                description: "A <strong>bold</strong> claim &amp; a <script>alert('x')</script>promise"
                """, "Body.\n");
        blog.postWith("entities", """
                title: "Tom &amp; Jerry &mdash; a caf&eacute; story"
                date: 2024-05-04
                description: "Cats &amp;   mice\\n &mdash; forever"
                """, "Body.\n");
        blog.postWith("bare-ampersand", """
                title: "AT&T's <i>new</i> plan"
                date: 2024-05-03
                description: "R&D at AT&T"
                """, "Body.\n");
        blog.postWith("about-html", """
                title: "Why &lt;div&gt; soup &amp; &lt;span&gt; salad"
                date: 2024-05-02
                description: "When to write &lt;div&gt; and when not"
                """, "Body.\n");
        blog.postWith("scripted", """
                title: "Safe <script>document.write('pwned')</script>title"
                date: 2024-05-01
                description: "<p>Nothing <b>runs</b> here.</p><script>alert(1)</script>"
                """, "Body.\n");
        run = blog.build("--preview");
        assertEquals(0, run.code(), run.toString());
    }

    @Test
    void atomEntriesShowTheTextAsPlainText() throws Exception {
        org.w3c.dom.Document atom = TestBlog.parseXml(Files.readAllBytes(blog.out().resolve("atom.xml")));
        NodeList entries = atom.getElementsByTagNameNS(ATOM, "entry");
        assertEquals(TITLES.size(), entries.getLength());
        for (int i = 0; i < entries.getLength(); i++) {
            org.w3c.dom.Element entry = (org.w3c.dom.Element) entries.item(i);
            String slug = slugOf(child(entry, "id").getTextContent());
            org.w3c.dom.Element title = child(entry, "title");
            assertEquals(TITLES.get(slug), atomText(title), slug);
            org.w3c.dom.Element summary = child(entry, "summary");
            assertEquals(DESCRIPTIONS.get(slug), atomText(summary), slug);
        }
        assertEquals("text", child(firstEntry(atom, "emphasis"), "title").getAttribute("type"),
                "a title whose markup was only formatting is plain text, which the validator does not take for HTML");
    }

    @Test
    void rssItemsShowTheTextAsPlainText() throws Exception {
        org.w3c.dom.Document rss = TestBlog.parseXml(Files.readAllBytes(blog.out().resolve("rss.xml")));
        NodeList items = rss.getElementsByTagName("item");
        assertEquals(TITLES.size(), items.getLength());
        for (int i = 0; i < items.getLength(); i++) {
            org.w3c.dom.Element item = (org.w3c.dom.Element) items.item(i);
            String slug = slugOf(item.getElementsByTagName("link").item(0).getTextContent());
            assertEquals(TITLES.get(slug), item.getElementsByTagName("title").item(0).getTextContent(), slug);
            String description = item.getElementsByTagName("description").item(0).getTextContent();
            assertEquals(DESCRIPTIONS.get(slug), Jsoup.parseBodyFragment(description).text(), "the description is HTML that shows the text: " + slug);
        }
    }

    @Test
    void jsonFeedItemsShowTheTextAsPlainText() throws Exception {
        JsonNode items = new ObjectMapper().readTree(blog.out().resolve("feed.json").toFile()).get("items");
        assertEquals(TITLES.size(), items.size());
        for (JsonNode item : items) {
            String slug = slugOf(item.get("url").asText());
            assertEquals(TITLES.get(slug), item.get("title").asText(), slug);
            assertEquals(DESCRIPTIONS.get(slug), item.get("summary").asText(), slug);
        }
    }

    @Test
    void headTagsCarryThePlainText() throws Exception {
        for (String slug : TITLES.keySet()) {
            Document head = Jsoup.parse(Files.readString(blog.out().resolve("meta/" + slug + ".html")));
            assertEquals(TITLES.get(slug), content(head, "meta[property=og:title]"), slug);
            assertEquals(TITLES.get(slug), content(head, "meta[name=twitter:title]"), slug);
            assertEquals(TITLES.get(slug), content(head, "meta[property=og:image:alt]"), "a drawn card is described by its title: " + slug);
            assertEquals(DESCRIPTIONS.get(slug), content(head, "meta[property=og:description]"), slug);
            assertEquals(DESCRIPTIONS.get(slug), content(head, "meta[name=twitter:description]"), slug);
            JsonNode article = new ObjectMapper().readTree(head.selectFirst("script[type=application/ld+json]").data());
            assertEquals(TITLES.get(slug), article.get("headline").asText(), slug);
            assertEquals(DESCRIPTIONS.get(slug), article.get("description").asText(), slug);
            assertTrue(head.select("script:not([type=application/ld+json]), strong, em, b, i, p").isEmpty(), "no markup becomes an element: " + head);
        }
    }

    @Test
    void cardsJsonAndThePreviewShowThePlainText() throws Exception {
        Map<String, String> alts = new HashMap<>();
        for (JsonNode card : new ObjectMapper().readTree(blog.out().resolve("cards.json").toFile()).get("cards")) {
            alts.put(card.get("slug").asText(), card.get("alt").asText());
        }
        assertEquals(TITLES, alts, "each drawn card is described by the title it shows");
        Document preview = Jsoup.parse(Files.readString(blog.out().resolve("preview/index.html")));
        for (String slug : TITLES.keySet()) {
            Element post = preview.getElementById("post-" + slug);
            assertNotNull(post, slug);
            assertEquals(TITLES.get(slug), post.selectFirst(".post-title").text(), slug);
            assertEquals(TITLES.get(slug), post.selectFirst(".reader-title").text(), slug);
            assertEquals(DESCRIPTIONS.get(slug), post.selectFirst(".reader-summary").text(), slug);
        }
        assertTrue(preview.select("main script, article script").isEmpty(), "a title's script is not on the page");
    }

    @Test
    void aDrawnCardShowsTheSameTextAsTheTitleWrittenPlainly(@TempDir Path other) throws Exception {
        TestBlog marked = new TestBlog(other.resolve("marked"));
        marked.postWith("card", "title: \"Tom &amp; Jerry, <em>together</em>\"\ndate: 2024-05-01\ntags: [cartoons]", "Body.\n");
        TestBlog plain = new TestBlog(other.resolve("plain"));
        plain.postWith("card", "title: \"Tom & Jerry, together\"\ndate: 2024-05-01\ntags: [cartoons]", "Body.\n");
        TestBlog literal = new TestBlog(other.resolve("literal"));
        literal.postWith("card", "title: \"Tom &amp;amp; Jerry, &lt;em&gt;together&lt;/em&gt;\"\ndate: 2024-05-01\ntags: [cartoons]", "Body.\n");
        for (TestBlog blog : List.of(marked, plain, literal)) assertEquals(0, blog.build().code());
        byte[] card = Files.readAllBytes(plain.out().resolve("cards/card.jpg"));
        assertArrayEquals(card, Files.readAllBytes(marked.out().resolve("cards/card.jpg")), "the same pixels: no tag or entity is drawn");
        assertFalse(Arrays.equals(card, Files.readAllBytes(literal.out().resolve("cards/card.jpg"))), "text that shows as markup is drawn as such");
    }

    @Test
    void aTagThatIsNoHtmlElementIsLeftOutWithAWarningThatSaysHowToShowIt(@TempDir Path other) throws Exception {
        TestBlog generics = new TestBlog(other);
        generics.postWith("generics", "title: \"Why List<String> is invariant\"\ndate: 2024-05-01", "Body.\n");
        TestBlog.Run built = generics.build();
        assertEquals(0, built.code(), built.toString());
        assertTrue(built.err().contains("generics/index.md:2") && built.err().contains("<String>") && built.err().contains("write &lt;String&gt;"),
                "the warning names the file, the line and what to write: " + built);
        JsonNode item = new ObjectMapper().readTree(generics.out().resolve("feed.json").toFile()).get("items").get(0);
        assertEquals("Why List is invariant", item.get("title").asText(), "the browser's reading, as the warning says");
    }

    @Test
    void aTitleOfOnlyTagsIsAnErrorThatNamesTheFileAndLine(@TempDir Path other) {
        TestBlog empty = new TestBlog(other);
        empty.postWith("image-only", "date: 2024-05-01\ntitle: \"<img src='x.png'>\"", "Body.\n");
        empty.post("fine.md", "Fine", "2024-05-02");
        TestBlog.Run built = empty.build("--keep-going");
        assertTrue(built.err().contains("image-only/index.md:3") && built.err().contains("shows no text"), built.toString());
        assertFalse(Files.exists(empty.out().resolve("meta/image-only.html")), "the post is left out");
    }

    private static String content(Document head, String selector) {
        Element meta = head.selectFirst(selector);
        assertNotNull(meta, selector);
        return meta.attr("content");
    }

    private static String slugOf(String url) {
        String path = url.substring(TestBlog.SITE_URL.length());
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private static org.w3c.dom.Element firstEntry(org.w3c.dom.Document atom, String slug) {
        NodeList entries = atom.getElementsByTagNameNS(ATOM, "entry");
        for (int i = 0; i < entries.getLength(); i++) {
            org.w3c.dom.Element entry = (org.w3c.dom.Element) entries.item(i);
            if (slugOf(child(entry, "id").getTextContent()).equals(slug)) return entry;
        }
        throw new AssertionError("no entry " + slug);
    }

    private static org.w3c.dom.Element child(org.w3c.dom.Element parent, String name) {
        return (org.w3c.dom.Element) parent.getElementsByTagNameNS(ATOM, name).item(0);
    }

    /** An Atom text construct as a reader shows it: text as it is, html as the text it shows. */
    private static String atomText(org.w3c.dom.Element e) {
        return "html".equals(e.getAttribute("type")) ? Jsoup.parseBodyFragment(e.getTextContent()).text() : e.getTextContent();
    }
}
