package dev.feedcard.meta;

import dev.feedcard.card.CardImage;
import dev.feedcard.config.Site;
import dev.feedcard.content.FeaturedImage;
import dev.feedcard.content.Post;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The head tags as a page carries them, read back with an HTML parser. */
class HeadTagsTest {
    static final Site SITE = new Site("Tom & Jerry's \"blog\"", URI.create("https://blog.example.org/sub/"), "Tom", "", "en",
            ZoneId.of("Asia/Tokyo"), "/{slug}/");
    static final List<HeadTag> FEEDS = List.of(link("application/atom+xml", "Tom & Jerry (Atom)", "https://blog.example.org/sub/atom.xml"),
            link("application/rss+xml", "Tom & Jerry (RSS)", "https://blog.example.org/sub/rss.xml"));

    private static HeadTag link(String type, String title, String href) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("rel", "alternate");
        attributes.put("type", type);
        attributes.put("title", title);
        attributes.put("href", href);
        return new HeadTag("link", attributes, "alternate " + type + " " + href);
    }

    private static Post post(String title, String language, List<String> tags, FeaturedImage image) {
        return new Post("posts/a.md", "a", title, Instant.parse("2024-05-01T10:00:00Z"), Instant.parse("2024-06-02T03:04:05.678Z"),
                "", image, tags, language, "text", 5, false);
    }

    private static Document parse(List<HeadTag> tags) {
        return Jsoup.parse("<html><head>" + HeadTags.html(tags) + "</head><body></body></html>");
    }

    private static String meta(Document d, String key) {
        Element e = d.selectFirst("meta[property=" + key + "], meta[name=" + key + "]");
        return e == null ? null : e.attr("content");
    }

    @Test
    void everyTagOfACardPostParsesBackWithItsValue() {
        String title = "Cats & dogs: <script>alert(\"x\")</script> 'quoted'";
        CardImage card = new CardImage(URI.create("https://blog.example.org/sub/cards/a.jpg"), 1200, 630, 81234, "image/jpeg", "A cat \"looking\" at a dog");
        List<HeadTag> tags = new HeadTags(SITE).of(post(title, "en", List.of("pets", "c++ & more"), null),
                URI.create("https://blog.example.org/sub/a/"), "Line one\nline <two> & \"three\"", card, FEEDS);
        String html = HeadTags.html(tags);
        assertFalse(html.contains("<script>"), html);
        Document d = parse(tags);

        assertEquals(0, d.body().childrenSize(), "every tag stays in the head: " + d.body());
        assertEquals("article", meta(d, "og:type"));
        assertEquals("Tom & Jerry's \"blog\"", meta(d, "og:site_name"));
        assertEquals(title, meta(d, "og:title"));
        assertEquals("Line one line <two> & \"three\"", meta(d, "og:description"));
        assertEquals("https://blog.example.org/sub/a/", meta(d, "og:url"));
        assertEquals("en_US", meta(d, "og:locale"));
        assertEquals("https://blog.example.org/sub/cards/a.jpg", meta(d, "og:image"));
        assertEquals("https://blog.example.org/sub/cards/a.jpg", meta(d, "og:image:secure_url"));
        assertEquals("image/jpeg", meta(d, "og:image:type"));
        assertEquals("1200", meta(d, "og:image:width"));
        assertEquals("630", meta(d, "og:image:height"));
        assertEquals("A cat \"looking\" at a dog", meta(d, "og:image:alt"));
        assertEquals("2024-05-01T19:00:00+09:00", meta(d, "article:published_time"));
        assertEquals("2024-06-02T12:04:05+09:00", meta(d, "article:modified_time"));
        assertEquals(List.of("pets", "c++ & more"), d.select("meta[property=article:tag]").eachAttr("content"));
        assertEquals("summary_large_image", meta(d, "twitter:card"));
        assertEquals(title, meta(d, "twitter:title"));
        assertEquals("Line one line <two> & \"three\"", meta(d, "twitter:description"));
        assertEquals("https://blog.example.org/sub/cards/a.jpg", meta(d, "twitter:image"));
        assertEquals("A cat \"looking\" at a dog", meta(d, "twitter:image:alt"));

        List<Element> links = d.select("link[rel=alternate]");
        assertEquals(2, links.size());
        assertEquals("application/atom+xml", links.get(0).attr("type"));
        assertEquals("Tom & Jerry (Atom)", links.get(0).attr("title"));
        assertEquals("https://blog.example.org/sub/atom.xml", links.get(0).attr("href"));
        assertEquals("application/rss+xml", links.get(1).attr("type"));
        assertEquals("https://blog.example.org/sub/rss.xml", links.get(1).attr("href"));

        for (Element e : d.select("meta[content^=http], link[href]")) {
            String url = e.hasAttr("href") ? e.attr("href") : e.attr("content");
            assertTrue(URI.create(url).isAbsolute(), url);
        }
    }

    @Test
    void openGraphUsesPropertyAndXAndHtmlUseName() {
        CardImage card = new CardImage(URI.create("https://x.org/c.jpg"), 1200, 630, 1, "image/jpeg", "alt");
        for (HeadTag tag : new HeadTags(SITE).of(post("T", "en", List.of(), null), URI.create("https://x.org/a/"), "S", card, FEEDS)) {
            if (!tag.element().equals("meta")) continue;
            String key = tag.key();
            boolean named = key.startsWith("twitter:") || key.equals("author") || key.equals("description") || key.startsWith("fediverse:");
            assertEquals(key, tag.attributes().get(named ? "name" : "property"), tag.toString());
        }
    }

    @Test
    void altTextFallsBackToTheTitleAndXGetsAtMost420Characters() {
        String longTitle = "word ".repeat(150).strip();
        CardImage card = new CardImage(URI.create("https://x.org/c.jpg"), 1200, 630, 1, "image/jpeg", null);
        Document d = parse(new HeadTags(SITE).of(post(longTitle, "en", List.of(), null), URI.create("https://x.org/a/"), "S", card, FEEDS));
        assertEquals(longTitle, meta(d, "og:image:alt"));
        String alt = meta(d, "twitter:image:alt");
        assertTrue(alt.codePointCount(0, alt.length()) <= HeadTags.TWITTER_ALT_LIMIT, alt.length() + " characters");
        assertTrue(alt.endsWith("…"), alt);
        assertTrue(longTitle.startsWith(alt.substring(0, alt.length() - 1)));
    }

    @Test
    void remoteHttpImageHasNoSecureUrlAndNoSize() {
        URI remote = URI.create("http://cdn.example.net/pics/photo.PNG");
        CardImage image = new CardImage(remote, 0, 0, 0, null, "A photo");
        FeaturedImage featured = new FeaturedImage(remote.toString(), null, remote, "A photo", null, null);
        Document d = parse(new HeadTags(SITE).of(post("T", "ja", List.of(), featured), URI.create("https://x.org/a/"), "S", image, FEEDS));
        assertEquals("http://cdn.example.net/pics/photo.PNG", meta(d, "og:image"));
        assertNull(meta(d, "og:image:secure_url"));
        assertEquals("image/png", meta(d, "og:image:type"));
        assertNull(meta(d, "og:image:width"));
        assertNull(meta(d, "og:image:height"));
        assertEquals("ja_JP", meta(d, "og:locale"));
    }

    @Test
    void withoutAnImageTheCardIsSmallAndTheDescriptionMayBeMissing() {
        Document d = parse(new HeadTags(SITE).of(post("T", "en", List.of(), null), URI.create("https://x.org/a/"), "", null, List.of()));
        assertEquals("summary", meta(d, "twitter:card"));
        assertNull(meta(d, "og:image"));
        assertNull(meta(d, "og:description"));
        assertNull(meta(d, "description"));
        assertTrue(d.select("link[rel=alternate]").isEmpty());
    }

    @Test
    void locales() {
        assertEquals("en_US", HeadTags.locale("en"));
        assertEquals("en_GB", HeadTags.locale("en-gb"));
        assertEquals("ja_JP", HeadTags.locale("ja"));
        assertEquals("pt_BR", HeadTags.locale("pt"));
        assertEquals("pt_PT", HeadTags.locale("pt-PT"));
        assertEquals("fr_FR", HeadTags.locale("fr"));
        assertEquals("zh_TW", HeadTags.locale("zh-Hant"));
        assertEquals("zh_TW", HeadTags.locale("zh_TW"));
        assertEquals("ko_KR", HeadTags.locale("ko"));
        assertEquals("sv_SE", HeadTags.locale("sv"));
    }
}
