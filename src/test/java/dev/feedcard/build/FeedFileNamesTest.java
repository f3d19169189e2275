package dev.feedcard.build;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.feedcard.testing.TestBlog;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A site whose theme or generator writes its own rss.xml: feedcard's feeds take other names (rssFile, atomFile,
 * jsonFeedFile) and every file that points at a feed names it so.
 */
class FeedFileNamesTest {
    private static final String THEMES_FEED = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>theme</title></channel></rss>\n";

    private static TestBlog blog(Path dir) {
        TestBlog blog = new TestBlog(dir);
        blog.postWith("first", "title: First\ndate: 2024-05-01\ntags: [notes]", "Text.\n");
        blog.postWith("zweiter", "title: Zweiter\ndate: 2024-05-02\nlang: de\ntags: [notes]", "Text.\n");
        return blog;
    }

    @Test
    void aFeedFeedcardDidNotWriteStopsTheBuildWithAHintThatNamesTheSetting(@TempDir Path dir) throws Exception {
        TestBlog blog = blog(dir);
        Files.createDirectories(blog.out());
        Files.writeString(blog.out().resolve("rss.xml"), THEMES_FEED);
        TestBlog.Run run = blog.build();
        assertNotEquals(0, run.code(), run.toString());
        assertTrue(run.err().contains("already has rss.xml"), run.toString());
        assertTrue(run.err().contains("rssFile: feedcard-rss.xml") && run.err().contains("--rss-file feedcard-rss.xml"),
                "the hint names the setting and the flag: " + run);
        assertFalse(run.err().contains("--keep-going"), "--keep-going would not help, so it is not offered: " + run);
        assertEquals(THEMES_FEED, Files.readString(blog.out().resolve("rss.xml")));
    }

    @Test
    void renamedFeedsStandBesideTheThemesAndEveryLinkNamesThem(@TempDir Path dir) throws Exception {
        TestBlog blog = blog(dir);
        Files.createDirectories(blog.out());
        Files.writeString(blog.out().resolve("rss.xml"), THEMES_FEED);
        TestBlog.Run run = blog.build("--rss-file", "feedcard-rss.xml", "--atom-file", "feedcard-atom.xml", "--json-feed-file", "feedcard.json",
                "--preview");
        assertEquals(0, run.code(), run.toString());
        Path out = blog.out();
        assertEquals(THEMES_FEED, Files.readString(out.resolve("rss.xml")), "the theme's feed is left as it was");
        for (String folder : List.of("", "tags/notes/", "lang/de/", "lang/en/")) {
            for (String name : List.of("feedcard-rss.xml", "feedcard-atom.xml", "feedcard.json")) {
                assertTrue(Files.isRegularFile(out.resolve(folder + name)), folder + name);
            }
            assertFalse(Files.exists(out.resolve(folder + "atom.xml")) || Files.exists(out.resolve(folder + "feed.json")), folder);
        }

        org.w3c.dom.Document rss = TestBlog.parseXml(Files.readAllBytes(out.resolve("tags/notes/feedcard-rss.xml")));
        org.w3c.dom.Element self = (org.w3c.dom.Element) rss.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "link").item(0);
        assertEquals(TestBlog.SITE_URL + "tags/notes/feedcard-rss.xml", self.getAttribute("href"), "the self link is the feed's own address");
        assertTrue(Files.readString(out.resolve("tags/notes/feedcard-rss.xml")).contains("href=\"../../feed.css\""), "the feed page's stylesheet is found");
        org.w3c.dom.Document atom = TestBlog.parseXml(Files.readAllBytes(out.resolve("feedcard-atom.xml")));
        assertEquals(TestBlog.SITE_URL + "feedcard-atom.xml", atom.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "id").item(0).getTextContent());
        JsonNode json = new ObjectMapper().readTree(out.resolve("feedcard.json").toFile());
        assertEquals(TestBlog.SITE_URL + "feedcard.json", json.get("feed_url").asText());

        Document feedsHtml = Jsoup.parse(Files.readString(out.resolve("feeds.html")));
        assertEquals(List.of(TestBlog.SITE_URL + "feedcard-atom.xml", TestBlog.SITE_URL + "feedcard-rss.xml", TestBlog.SITE_URL + "feedcard.json"),
                feedsHtml.select("link[rel=alternate]").eachAttr("href"));
        Document head = Jsoup.parse(Files.readString(out.resolve("meta/zweiter.html")));
        List<String> alternates = head.select("link[rel=alternate]").eachAttr("href");
        assertTrue(alternates.contains(TestBlog.SITE_URL + "lang/de/feedcard-rss.xml") && alternates.contains(TestBlog.SITE_URL + "feedcard.json"),
                alternates.toString());
        assertTrue(alternates.stream().noneMatch(href -> href.endsWith("/rss.xml") || href.endsWith("/atom.xml")), alternates.toString());
        JsonNode tags = new ObjectMapper().readTree(out.resolve("tags.json").toFile());
        assertTrue(tags.toString().contains(TestBlog.SITE_URL + "tags/notes/feedcard-atom.xml"), tags.toString());
        assertFalse(tags.toString().contains("/rss.xml\""), tags.toString());
        Document preview = Jsoup.parse(Files.readString(out.resolve("preview/index.html")));
        List<String> previewLinks = preview.select("nav.feeds a").eachAttr("href");
        assertTrue(previewLinks.stream().anyMatch(href -> href.endsWith("feedcard-rss.xml")), previewLinks.toString());
        assertTrue(previewLinks.stream().noneMatch(href -> href.endsWith("/rss.xml") || href.equals("rss.xml")), previewLinks.toString());

        TestBlog.Run renamed = blog.build("--rss-file", "blog.rss", "--atom-file", "feedcard-atom.xml", "--json-feed-file", "feedcard.json");
        assertEquals(0, renamed.code(), renamed.toString());
        assertFalse(Files.exists(out.resolve("feedcard-rss.xml")) || Files.exists(out.resolve("tags/notes/feedcard-rss.xml")),
                "the feeds of the old name are removed as stale files");
        assertTrue(Files.isRegularFile(out.resolve("tags/notes/blog.rss")));
        assertEquals(THEMES_FEED, Files.readString(out.resolve("rss.xml")), "the theme's feed is never touched");
    }

    @Test
    void aFeedInAStaticFolderIsAWarningThatNamesTheSetting(@TempDir Path dir) throws Exception {
        TestBlog blog = blog(dir);
        blog.siteFile("static/rss.xml", THEMES_FEED);
        TestBlog.Run run = blog.build("--static", blog.path("static").toString());
        assertEquals(0, run.code(), run.toString());
        assertTrue(run.err().contains("warning") && run.err().contains("has rss.xml") && run.err().contains("--rss-file feedcard-rss.xml"), run.toString());
        TestBlog.Run renamed = blog.build("--static", blog.path("static").toString(), "--rss-file", "feedcard-rss.xml");
        assertEquals(0, renamed.code(), renamed.toString());
        assertFalse(renamed.err().contains("has rss.xml"), renamed.toString());
    }

    @Test
    void aNameThatIsNoPlainFileNameOrIsTakenIsRefused(@TempDir Path dir) {
        TestBlog blog = blog(dir);
        for (List<String> flags : List.of(List.of("--rss-file", "../rss.xml"), List.of("--rss-file", "feeds/rss.xml"),
                List.of("--atom-file", "rss.xml"), List.of("--json-feed-file", "feed.css"), List.of("--atom-file", "atom"))) {
            TestBlog.Run run = blog.build(flags.toArray(String[]::new));
            assertEquals(2, run.code(), flags + ": " + run);
            String key = switch (flags.get(0)) {
                case "--rss-file" -> "rssFile";
                case "--atom-file" -> "atomFile";
                default -> "jsonFeedFile";
            };
            assertTrue(run.err().contains("'" + key + "'"), flags + ": " + run);
            assertFalse(Files.exists(blog.out().resolve("feed.json")), "nothing is written");
        }
    }
}
