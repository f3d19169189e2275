package dev.feedcard.preview;

import dev.feedcard.build.PublishedFeed;
import dev.feedcard.build.PublishedPost;
import dev.feedcard.build.SiteOutline;
import dev.feedcard.config.Site;
import dev.feedcard.meta.HeadTag;
import dev.feedcard.report.Problem;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PreviewPageTest {
    static final String LONG_TITLE = "A title that runs on and on about feeds, cards, head tags and every platform that reads them when shared";
    static final String LONG_DESCRIPTION = ("A description long enough to be cut by every platform that shows one. ").repeat(6).strip();

    static HeadTag meta(String property, String content) {
        return new HeadTag("meta", Map.of(property.startsWith("og:") || property.startsWith("article:") ? "property" : "name", property,
                "content", content), property);
    }

    /** Three posts, newest first: one with every head tag, one in Japanese without a card, one with a remote image. */
    static SiteOutline outline() {
        Site site = new Site("Test blog", URI.create("https://example.com/blog/"), "Ann", "", "en", ZoneId.of("UTC"), "/{slug}/");
        List<HeadTag> full = List.of(
                meta("og:title", LONG_TITLE), meta("og:description", LONG_DESCRIPTION), meta("og:url", "https://example.com/blog/long/"),
                meta("og:site_name", "Test blog"), meta("og:image", "https://example.com/blog/cards/long.jpg"),
                meta("twitter:card", "summary_large_image"), meta("theme-color", "#aa3300"),
                new HeadTag("link", Map.of("rel", "alternate", "type", "application/atom+xml", "href", "https://example.com/blog/atom.xml"),
                        "alternate application/atom+xml"));
        PublishedPost a = new PublishedPost("long/index.md", "long", LONG_TITLE, URI.create("https://example.com/blog/long/"),
                Instant.parse("2024-03-02T10:00:00Z"), Instant.parse("2024-03-02T10:00:00Z"), "The summary of the long post.",
                List.of("java", "testing"), "en", "cards/long.jpg", 1200, 630, full,
                List.of(Problem.warning("long/index.md", 0, "the featured image has no alt text; the title stands in for it", "describe it"),
                        Problem.warning("long/index.md", 2, "the title is longer than 70 characters", "X cuts it; shorten it")));
        PublishedPost b = new PublishedPost("aki.md", "aki", "東京の秋", URI.create("https://example.com/blog/aki/"),
                Instant.parse("2024-02-01T10:00:00Z"), Instant.parse("2024-02-01T10:00:00Z"), "紅葉を見に行きました。",
                List.of("旅行"), "ja", null, 0, 0, List.of(), List.of());
        PublishedPost c = new PublishedPost("remote.md", "remote", "Remote image", URI.create("https://example.com/blog/remote/"),
                Instant.parse("2024-01-01T10:00:00Z"), Instant.parse("2024-01-01T10:00:00Z"), "Uses a picture from elsewhere.",
                List.of("testing"), "en", null, 0, 0,
                List.of(meta("og:title", "Remote image"), meta("og:image", "https://cdn.example.org/pic.jpg")), List.of());
        List<Problem> problems = List.of(
                Problem.warning("long/index.md", 2, "the title is longer than 70 characters", "X cuts it; shorten it"),
                Problem.warning("broken.md", 3, "skipped: 'date' is not a date", "write it as 2024-05-01"));
        List<PublishedFeed> feeds = List.of(new PublishedFeed("atom.xml", "Test blog", "Atom"), new PublishedFeed("rss.xml", "Test blog", "RSS"),
                new PublishedFeed("tags/java/atom.xml", "Test blog: java", "Atom"));
        return new SiteOutline(site, List.of(a, b, c), feeds, problems);
    }

    private static Document page(PreviewPage.Live live) {
        return Jsoup.parse(new PreviewPage(outline()).html(live));
    }

    private static Element share(Element post, Platform platform) {
        return post.selectFirst(".shot-" + platform.id());
    }

    @Test
    void everyPostIsShownInOrderWithItsCardSummaryAndTags() {
        Document doc = page(null);
        List<Element> posts = doc.select("article.post");
        assertEquals(List.of("post-long", "post-aki", "post-remote"), posts.stream().map(Element::id).toList());
        Element a = posts.get(0);
        Element card = a.selectFirst(".published img.card");
        assertEquals("../cards/long.jpg", card.attr("src"), "the card as published, relative to preview/");
        assertEquals("1200", card.attr("width"));
        assertEquals("The summary of the long post.", a.selectFirst(".reader-summary").text());
        assertEquals("[\"java\",\"testing\"]", a.attr("data-tags"));
        assertEquals("ja", posts.get(1).attr("data-lang"));
        assertNotNull(posts.get(1).selectFirst(".no-card"), "a post without a card says so");
        assertEquals("2 Mar 2024", a.selectFirst("time").text());
        assertEquals("Test blog · Mar 2, 2024", a.selectFirst(".reader-source").text(), "the reader shows the date in the post's language");
        assertEquals("Test blog · 2024/02/01", posts.get(1).selectFirst(".reader-source").text());
    }

    @Test
    void sharesAreDrawnFromTheHeadTagsAndCutAsEachPlatformCutsThem() {
        Element a = page(null).getElementById("post-long");
        String x = share(a, Platform.X).selectFirst(".x-title").text();
        assertTrue(x.endsWith("…") && x.codePointCount(0, x.length()) <= 70, x);
        assertTrue(LONG_TITLE.startsWith(x.substring(0, x.length() - 1)), x);
        assertNull(share(a, Platform.X).selectFirst(".x-desc"), "a large X card shows no description");
        assertEquals("From example.com", share(a, Platform.X).selectFirst(".x-from").text());

        String fbTitle = share(a, Platform.FACEBOOK).selectFirst(".fb-title").text();
        assertTrue(fbTitle.length() <= 88 && fbTitle.length() > 70 && fbTitle.endsWith("…"), fbTitle);
        String fbDescription = share(a, Platform.FACEBOOK).selectFirst(".fb-desc").text();
        assertTrue(fbDescription.length() <= 300 && fbDescription.endsWith("…"), fbDescription);
        String linkedin = share(a, Platform.LINKEDIN).selectFirst(".li-title").text();
        assertTrue(LONG_TITLE.length() > 100 && linkedin.length() <= 100 && linkedin.length() > 88 && linkedin.endsWith("…"), linkedin);
        assertEquals(LONG_TITLE, share(a, Platform.SLACK).selectFirst(".sl-title").text(), "Slack shows the whole title");
        assertEquals("Test blog", share(a, Platform.SLACK).selectFirst(".sl-site").text());
        String discord = share(a, Platform.DISCORD).selectFirst(".dc-desc").text();
        assertTrue(discord.length() <= 350 && discord.endsWith("…"), discord);
        assertEquals("border-left-color: #aa3300", share(a, Platform.DISCORD).attr("style"), "Discord's colour bar is theme-color");
        for (Platform p : Platform.values()) {
            assertEquals("../cards/long.jpg", share(a, p).selectFirst("img").attr("src"), p + " shows the site's own og:image from the output");
        }
    }

    @Test
    void aPostWithoutHeadTagsIsShownFromItselfAndSaysSo() {
        Element b = page(null).getElementById("post-aki");
        assertEquals("東京の秋", share(b, Platform.FACEBOOK).selectFirst(".fb-title").text());
        assertTrue(b.selectFirst(".shares > .note").text().startsWith("No head tags were written"));
        assertTrue(share(b, Platform.X).hasClass("small"), "without twitter:card X draws a small card");
    }

    @Test
    void nothingIsFetchedFromTheNetwork() {
        Document doc = page(new PreviewPage.Live(3, List.of()));
        List<String> loaded = new ArrayList<>();
        for (Element e : doc.select("img[src], script[src], link[href], iframe, source, video, audio")) loaded.add(e.attr("src") + e.attr("href"));
        for (String url : loaded) assertFalse(url.matches("(?i)^(https?:)?//.*"), "loads " + url);
        assertTrue(doc.getElementById("post-remote").select(".noimg").text().contains("cdn.example.org"),
                "a remote image is named, not loaded");
        assertTrue(doc.select("style").first().data().contains(".share-grid"), "the CSS is inline");
    }

    @Test
    void warningsStandNextToTheirPostAndOtherProblemsAtTheTop() {
        Document doc = page(null);
        Element warnings = doc.getElementById("post-long").selectFirst(".problems");
        assertEquals(List.of("line 2: warning: the title is longer than 70 characters X cuts it; shorten it",
                "warning: the featured image has no alt text; the title stands in for it describe it"), warnings.select("li").eachText(),
                "the build's problems, then check's that the build did not already report");
        assertTrue(doc.getElementById("post-aki").selectFirst(".checked").text().contains("No warnings"));
        assertTrue(doc.getElementById("build-problems").text().contains("broken.md:3: warning: skipped: 'date' is not a date"));
    }

    @Test
    void filtersListEveryTagAndLanguageAndEveryFeedIsLinked() {
        Document doc = page(null);
        assertEquals(List.of("", "java", "testing", "旅行"), doc.select("#tag-filter option").eachAttr("value"));
        assertEquals("testing (2)", doc.selectFirst("#tag-filter option[value=testing]").text());
        assertEquals(List.of("", "en", "ja"), doc.select("#lang-filter option").eachAttr("value"));
        assertNotNull(doc.getElementById("search"));
        assertEquals(List.of("../atom.xml", "../rss.xml", "../tags/java/atom.xml"), doc.select("nav.feeds a").eachAttr("href"));
        assertEquals(List.of("../atom.xml", "../rss.xml"), doc.select("nav.feeds > a").eachAttr("href"), "the site's feeds first");
        assertEquals("Test blog: java Atom", doc.selectFirst(".more-feeds li[data-folder=tags/java/]").text(), "then one line per other feed");
    }

    @Test
    void onlyTheServedPageReloadsAndShowsBuildErrors() {
        Document written = page(null);
        assertFalse(written.html().contains("/_feedcard/version"));
        assertNull(written.getElementById("build-errors"));
        Document served = page(new PreviewPage.Live(7, List.of("a.md:1: error: broken")));
        assertEquals("7", served.selectFirst("html").attr("data-version"));
        assertTrue(served.html().contains("/_feedcard/version"));
        assertEquals("a.md:1: error: broken", served.select("#build-errors li").text());
    }
}
