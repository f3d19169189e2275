package dev.feedcard.feed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.feedcard.build.BuildResult;
import dev.feedcard.testing.TestBlog;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A small site written to trip feed generators: markup, entities and control characters in titles and bodies,
 * scripts, embeds, relative links and images, drafts, a future post, tags that need encoding or collide, a card
 * and a remote image. Its feeds are read back with the JDK's DOM and Jackson and checked rule by rule.
 * With {@code -Dfeedcard.keep=DIR} the output is copied to DIR, to run the W3C validator on it by hand.
 */
class FixtureFeedsTest {
    static final String NASTY_BODY = """
            Intro with AT&T, 1 < 2, a bare ]]> marker, &nbsp;non-breaking&nbsp;space, &mdash; a dash, &copy; a sign, \
            &bogus; an unknown entity and a control\u000Bchar\u0001here.

            ![A picture](pic.png)

            <p>Raw <b>HTML</b> with <img src="raw.jpg" srcset="raw.jpg 1x, raw@2x.jpg 2x" alt="raw"> and \
            <a href="../other-post/">a sibling</a> and <a href="#notes">a fragment</a>.</p>

            <script>alert("x")</script>

            <iframe width="560" height="315" src="https://www.youtube.com/embed/dQw4w9WgXcQ" title="YouTube video player"></iframe>

            <iframe src="/widgets/map.html" title="Our office"></iframe>

            <div onclick="steal()" style="position:fixed">Click <a href="javascript:alert(1)">here</a></div>

            <svg width="10" height="10"><circle r="5"/></svg>

            <custom-note>Custom element text</custom-note>

            <video src="clip.mp4" poster="poster.jpg" controls></video>

            <blockquote cite="quotes/source.html">Quoted</blockquote>

            ## Notes

            Last words.
            """;

    @TempDir
    static Path dir;
    static Path out;
    static TestBlog site;
    static BuildResult result;

    @BeforeAll
    static void build() {
        site = new TestBlog(dir).set("languages", "en,ja");
        site.postWith("nasty", """
                title: "Using &lt;video&gt; & &lt;audio&gt; in HTML &mdash; a \\x01guide"
                date: 2024-05-01T10:00:00Z
                updated: 2024-05-02T08:30:00Z
                tags: ["en", "Deep Learning", "日本語", "C#", "C"]
                featuredImage: cover.png
                """, NASTY_BODY);
        site.image("nasty/cover.png", 1600, 900);
        site.postWith("spaced-tag", """
                title: Same tag, other spelling
                date: 2024-04-20
                tags: [deep-learning, c]
                image: https://images.example.net/photo.jpg
                """, "A post whose tags are written another way.\n");
        site.postWith("japanese", """
                title: 日本語の記事
                date: 2024-04-10
                tags: [ja, 日本語]
                """, "日本語の本文です。".repeat(60) + "\n");
        site.postWith("long-summary", """
                title: A long opening
                date: 2024-04-01
                tags: [en, writing]
                """, "Feed readers show a short summary of each post, and a summary that stops in the middle of a word looks broken. ".repeat(5) + "\n");
        site.postWith("more-marker", """
                title: More marker
                date: 2024-03-01
                """, "Before the marker.\n\n<!-- more -->\n\nAfter the marker.\n");
        site.postWith("draft", "title: Draft\ndate: 2024-02-01\ndraft: true\n", "Not yet.\n");
        site.postWith("unpublished", "title: Unpublished\ndate: 2024-02-02\npublished: false\n", "Not yet.\n");
        site.postWith("future", "title: Future\ndate: 2030-01-01\n", "Later.\n");
        out = dir.resolve("out");
        result = site.build(out);
    }

    @AfterAll
    static void keep() throws IOException {
        String keep = System.getProperty("feedcard.keep");
        if (keep == null || keep.isBlank()) return;
        Path target = Path.of(keep);
        try (Stream<Path> files = Files.walk(out)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                Path t = target.resolve(out.relativize(p).toString());
                Files.createDirectories(t.getParent());
                Files.copy(p, t, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    @Test
    void everyFeedFollowsTheValidatorsRules() throws Exception {
        assertEquals(List.of(), FeedRules.check(out, TestBlog.SITE_URL));
        for (Path file : FeedRules.feedFiles(out)) {
            if (file.getFileName().toString().equals("atom.xml")) assertEquals(List.of(), AtomSchema.errors(file), file.toString());
        }
    }

    @Test
    void draftsUnpublishedAndFuturePostsAreLeftOut() throws Exception {
        assertEquals(5, result.posts());
        assertEquals(3, result.skipped());
        for (Path file : FeedRules.feedFiles(out)) {
            String text = Files.readString(file);
            for (String slug : List.of("/draft/", "/unpublished/", "/future/")) assertFalse(text.contains(slug), file + " shows " + slug);
        }
        Path later = dir.resolve("later");
        site.build(later, Instant.parse("2030-01-02T00:00:00Z"));
        assertEquals("https://blog.example.org/future/", jsonItems(later.resolve("feed.json")).get(0).path("id").asText(),
                "once its date has passed, the future post leads the feed");
        assertFalse(Files.readString(later.resolve("feed.json")).contains("/draft/"));
    }

    @Test
    void titlesArePlainTextWithMarkupShownAndForbiddenCharactersRemoved() throws Exception {
        String expected = "Using <video> & <audio> in HTML \u2014 a guide";
        Element entry = atomEntry("nasty");
        Element title = FeedRules.first(entry, FeedRules.ATOM_NS, "title");
        assertEquals("html", title.getAttribute("type"), "a title that looks like markup is escaped HTML, which shows as the same text");
        assertEquals(expected, FeedRules.atomText(title));
        assertEquals("Using &lt;video&gt; &amp; &lt;audio&gt; in HTML \u2014 a guide", title.getTextContent());
        assertEquals(expected, FeedRules.text(rssItem("nasty"), null, "title"));
        assertEquals(expected, jsonItem("nasty").path("title").asText());
    }

    @Test
    void contentComesOutWellFormedWithEntitiesAndAbsoluteUrls() throws Exception {
        String html = FeedRules.text(atomEntry("nasty"), FeedRules.ATOM_NS, "content");
        org.jsoup.nodes.Document doc = Jsoup.parseBodyFragment(html);
        String text = doc.text();
        assertTrue(text.contains("AT&T, 1 < 2, a bare ]]> marker"), text);
        assertTrue(doc.body().wholeText().contains("\u00a0non-breaking\u00a0space"), html);
        assertTrue(text.contains("&bogus; an unknown entity"), "an unknown entity is shown as the text it is: " + text);
        assertTrue(text.contains("\u2014 a dash, \u00a9 a sign"), text);
        assertTrue(text.contains("controlchar"), "control characters are removed: " + text);
        assertFalse(html.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\t' && c != '\r'));
        String base = "https://blog.example.org/nasty/";
        assertEquals(base + "pic.png", doc.selectFirst("img[alt=A picture]").attr("src"));
        assertEquals(base + "raw.jpg 1x, " + base + "raw@2x.jpg 2x", doc.selectFirst("img[alt=raw]").attr("srcset"));
        assertEquals("https://blog.example.org/other-post/", doc.selectFirst("a:contains(a sibling)").attr("href"));
        assertEquals(base + "#notes", doc.selectFirst("a:contains(a fragment)").attr("href"));
        assertEquals(base + "poster.jpg", doc.selectFirst("video").attr("poster"));
        assertEquals(base + "quotes/source.html", doc.selectFirst("blockquote").attr("cite"));
        assertTrue(doc.select("script, iframe, svg, custom-note").isEmpty(), html);
        assertTrue(text.contains("Custom element text"), "an unknown element's text is kept");
        assertEquals("https://www.youtube.com/watch?v=dQw4w9WgXcQ", doc.selectFirst("a:has(img)").attr("href"));
        assertEquals("https://i.ytimg.com/vi/dQw4w9WgXcQ/hqdefault.jpg", doc.selectFirst("a:has(img) img").attr("src"));
        assertEquals("https://blog.example.org/widgets/map.html", doc.selectFirst("a:contains(Our office)").attr("href"));
        assertFalse(doc.selectFirst("a:contains(here)").hasAttr("href"), "javascript: links lose their href");
        assertFalse(html.contains("onclick") || html.contains("style="), html);
        assertEquals(html, FeedRules.text(rssItem("nasty"), FeedRules.CONTENT_NS, "encoded"));
        assertEquals(html, jsonItem("nasty").path("content_html").asText());
    }

    @Test
    void theCardIsTheEntryImageInEveryFormat() throws Exception {
        String url = TestBlog.cardUrl("https://blog.example.org/", out, "cards/nasty.jpg");
        long bytes = Files.size(out.resolve("cards/nasty.jpg"));
        for (Element parent : List.of(atomEntry("nasty"), rssItem("nasty"))) {
            Element thumbnail = FeedRules.first(parent, FeedRules.MEDIA_NS, "thumbnail");
            assertEquals(url, thumbnail.getAttribute("url"));
            assertEquals("1200", thumbnail.getAttribute("width"));
            assertEquals("630", thumbnail.getAttribute("height"));
            Element content = FeedRules.first(parent, FeedRules.MEDIA_NS, "content");
            assertEquals(url, content.getAttribute("url"));
            assertEquals("image", content.getAttribute("medium"));
            assertEquals("image/jpeg", content.getAttribute("type"));
            assertEquals("1200", content.getAttribute("width"));
            assertEquals("630", content.getAttribute("height"));
            assertEquals(String.valueOf(bytes), content.getAttribute("fileSize"));
        }
        Element enclosure = FeedRules.first(rssItem("nasty"), null, "enclosure");
        assertEquals(url, enclosure.getAttribute("url"));
        assertEquals(String.valueOf(bytes), enclosure.getAttribute("length"));
        assertEquals("image/jpeg", enclosure.getAttribute("type"));
        assertEquals(url, jsonItem("nasty").path("image").asText());
    }

    @Test
    void aRemoteImageOfUnknownSizeGetsNoEnclosure() throws Exception {
        String url = "https://images.example.net/photo.jpg";
        Element item = rssItem("spaced-tag");
        assertNull(FeedRules.first(item, null, "enclosure"), "an enclosure needs a byte length, which a remote image lacks");
        assertEquals(url, FeedRules.first(item, FeedRules.MEDIA_NS, "thumbnail").getAttribute("url"));
        Element content = FeedRules.first(atomEntry("spaced-tag"), FeedRules.MEDIA_NS, "content");
        assertEquals(url, content.getAttribute("url"));
        assertFalse(content.hasAttribute("width") || content.hasAttribute("fileSize"));
        assertEquals(url, jsonItem("spaced-tag").path("image").asText());
    }

    @Test
    void tagFeedsUseTheDocumentedSlugs() throws Exception {
        List<String> deep = ids(out.resolve("tags/deep-learning/feed.json"));
        assertEquals(List.of("https://blog.example.org/nasty/", "https://blog.example.org/spaced-tag/"), deep,
                "'Deep Learning' and 'deep-learning' are one tag");
        assertEquals(List.of("https://blog.example.org/nasty/", "https://blog.example.org/japanese/"), ids(out.resolve("tags/日本語/feed.json")));
        assertEquals(List.of("https://blog.example.org/nasty/", "https://blog.example.org/spaced-tag/"), ids(out.resolve("tags/c/feed.json")));
        String sharp = FeedPaths.slug("C#");
        assertTrue(sharp.matches("c-[0-9a-f]{8}"), sharp);
        assertEquals(List.of("https://blog.example.org/nasty/"), ids(out.resolve("tags/" + sharp + "/feed.json")));
        Element feed = FeedRules.parseXml(out.resolve("tags/日本語/atom.xml")).getDocumentElement();
        String self = FeedRules.children(feed, FeedRules.ATOM_NS, "link").stream().filter(l -> l.getAttribute("rel").equals("self"))
                .findFirst().orElseThrow().getAttribute("href");
        assertEquals("https://blog.example.org/tags/%E6%97%A5%E6%9C%AC%E8%AA%9E/atom.xml", self);
        JsonNode index = new ObjectMapper().readTree(out.resolve("tags.json").toFile());
        List<String> slugs = new ArrayList<>();
        index.path("tags").forEach(t -> slugs.add(t.path("slug").asText()));
        assertEquals(List.of("c", sharp, "deep-learning", "writing", "日本語"), slugs);
        assertEquals(2, index.path("tags").get(2).path("posts").asInt());
    }

    @Test
    void summariesStopAtAWordAndHonourTheMoreMarker() throws Exception {
        String summary = jsonItem("long-summary").path("summary").asText();
        assertTrue(summary.endsWith("\u2026"), summary);
        assertTrue(summary.length() <= 281, summary.length() + ": " + summary);
        String kept = summary.substring(0, summary.length() - 1);
        String original = "Feed readers show a short summary of each post, and a summary that stops in the middle of a word looks broken. ".repeat(5);
        assertTrue(original.startsWith(kept), kept);
        char next = original.charAt(kept.length());
        assertTrue(next == ' ' || next == '.', "the summary stops at a word's end, not inside one: '" + kept + "' then '" + next + "'");
        assertEquals("Before the marker.", jsonItem("more-marker").path("summary").asText());
        assertTrue(jsonItem("more-marker").path("content_html").asText().contains("After the marker."), "the content stays whole");
        String japanese = jsonItem("japanese").path("summary").asText();
        assertTrue(japanese.length() <= 281 && japanese.endsWith("\u2026"), japanese);
    }

    @Test
    void feedsDeclareTheirLanguageAndEntriesInAnotherLanguageSayTheirs() throws Exception {
        Element feed = FeedRules.parseXml(out.resolve("atom.xml")).getDocumentElement();
        assertEquals("en", feed.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang"));
        assertEquals("ja", atomEntry("japanese").getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang"));
        assertEquals("", atomEntry("nasty").getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang"));
        assertEquals("ja", FeedRules.text(rssItem("japanese"), FeedRules.DC_NS, "language"));
        assertEquals("ja", jsonItem("japanese").path("language").asText());
        assertEquals(List.of("https://blog.example.org/japanese/"), ids(out.resolve("lang/ja/feed.json")));
    }

    @Test
    void theFeedIsAsOldAsItsNewestEntry() throws Exception {
        Element feed = FeedRules.parseXml(out.resolve("atom.xml")).getDocumentElement();
        assertEquals("2024-05-02T08:30:00Z", FeedRules.text(feed, FeedRules.ATOM_NS, "updated"));
        Element channel = FeedRules.first(FeedRules.parseXml(out.resolve("rss.xml")).getDocumentElement(), null, "channel");
        assertEquals("Thu, 02 May 2024 08:30:00 GMT", FeedRules.text(channel, null, "lastBuildDate"));
        assertEquals("2024-05-01T10:00:00Z", jsonItem("nasty").path("date_published").asText());
        assertEquals("2024-05-02T08:30:00Z", jsonItem("nasty").path("date_modified").asText());
    }

    @Test
    void rssNamesTheAuthorInDcCreatorNeverInAuthor() throws Exception {
        Element item = rssItem("nasty");
        assertNull(FeedRules.first(item, null, "author"));
        assertEquals("Jane Doe", FeedRules.text(item, FeedRules.DC_NS, "creator"));
    }

    @Test
    void theSnippetAndTheIndexPointAtFilesTheBuildWrote() throws Exception {
        String snippet = Files.readString(out.resolve("feeds.html"));
        org.jsoup.nodes.Document doc = Jsoup.parse(snippet);
        assertEquals(3, doc.select("link[rel=alternate]").size());
        for (org.jsoup.nodes.Element link : doc.select("link[rel=alternate]")) {
            String path = link.attr("href").substring(TestBlog.SITE_URL.length());
            assertTrue(Files.isRegularFile(out.resolve(path)), path);
        }
        assertEquals(List.of("application/atom+xml", "application/rss+xml", "application/feed+json"), doc.select("link").eachAttr("type"));
    }

    static Element atomEntry(String slug) throws Exception {
        Element feed = FeedRules.parseXml(out.resolve("atom.xml")).getDocumentElement();
        for (Element e : FeedRules.children(feed, FeedRules.ATOM_NS, "entry")) {
            if (FeedRules.text(e, FeedRules.ATOM_NS, "id").equals(TestBlog.SITE_URL + slug + "/")) return e;
        }
        throw new AssertionError("no entry for " + slug);
    }

    static Element rssItem(String slug) throws Exception {
        Element channel = FeedRules.first(FeedRules.parseXml(out.resolve("rss.xml")).getDocumentElement(), null, "channel");
        for (Element e : FeedRules.children(channel, null, "item")) {
            if (FeedRules.text(e, null, "guid").equals(TestBlog.SITE_URL + slug + "/")) return e;
        }
        throw new AssertionError("no item for " + slug);
    }

    static JsonNode jsonItem(String slug) throws IOException {
        for (JsonNode item : jsonItems(out.resolve("feed.json"))) if (item.path("id").asText().equals(TestBlog.SITE_URL + slug + "/")) return item;
        throw new AssertionError("no JSON item for " + slug);
    }

    static List<JsonNode> jsonItems(Path file) throws IOException {
        List<JsonNode> items = new ArrayList<>();
        new ObjectMapper().readTree(file.toFile()).path("items").forEach(items::add);
        assertNotNull(items);
        return items;
    }

    static List<String> ids(Path file) throws IOException {
        return jsonItems(file).stream().map(i -> i.path("id").asText()).toList();
    }
}
