package dev.feedcard.meta;

import dev.feedcard.card.CardImage;
import dev.feedcard.config.Site;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.feedcard.content.Author;
import dev.feedcard.content.FeaturedImage;
import dev.feedcard.content.Post;
import dev.feedcard.content.PostBody;
import dev.feedcard.content.Sharing;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
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
import static org.junit.jupiter.api.Assertions.assertThrows;
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
                URI.create("https://blog.example.org/sub/a/"), "Line one\nline <two> & \"three\"", card, FEEDS, List.of());
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
        for (HeadTag tag : new HeadTags(SITE).of(post("T", "en", List.of(), null), URI.create("https://x.org/a/"), "S", card, FEEDS, List.of())) {
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
        Document d = parse(new HeadTags(SITE).of(post(longTitle, "en", List.of(), null), URI.create("https://x.org/a/"), "S", card, FEEDS, List.of()));
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
        Document d = parse(new HeadTags(SITE).of(post("T", "ja", List.of(), featured), URI.create("https://x.org/a/"), "S", image, FEEDS, List.of()));
        assertEquals("http://cdn.example.net/pics/photo.PNG", meta(d, "og:image"));
        assertNull(meta(d, "og:image:secure_url"));
        assertEquals("image/png", meta(d, "og:image:type"));
        assertNull(meta(d, "og:image:width"));
        assertNull(meta(d, "og:image:height"));
        assertEquals("ja_JP", meta(d, "og:locale"));
    }

    @Test
    void withoutAnImageTheCardIsSmallAndTheDescriptionMayBeMissing() {
        Document d = parse(new HeadTags(SITE).of(post("T", "en", List.of(), null), URI.create("https://x.org/a/"), "", null, List.of(), List.of()));
        assertEquals("summary", meta(d, "twitter:card"));
        assertNull(meta(d, "og:image"));
        assertNull(meta(d, "og:description"));
        assertNull(meta(d, "description"));
        assertTrue(d.select("link[rel=alternate]").isEmpty());
    }

    private static Post post(String title, List<String> tags, List<Author> authors, Sharing sharing) {
        return new Post("posts/a.md", "a", title, Instant.parse("2024-05-01T10:00:00Z"), Instant.parse("2024-06-02T03:04:05.678Z"),
                "", null, tags, "pt-br", PostBody.of("text"), 5, false, authors, null, "", "", List.of(), null, sharing, "", List.of());
    }

    private static JsonNode jsonLd(Document d) throws Exception {
        Elements scripts = d.select("script");
        assertEquals(1, scripts.size(), d.html());
        assertEquals("head", scripts.get(0).parent().normalName());
        assertEquals("application/ld+json", scripts.get(0).attr("type"));
        return new ObjectMapper().readTree(scripts.get(0).data());
    }

    @Test
    void searchEnginesGetTheCanonicalUrlTheDescriptionTheAuthorsAndABlogPostingInJsonLd() throws Exception {
        String title = "Why </script><script>alert(1)</script> ends a script <!-- & \"more\"";
        CardImage card = new CardImage(URI.create("https://blog.example.org/sub/cards/a.jpg?v=1a2b3c4d"), 1200, 630, 81234, "image/jpeg", "A cat");
        List<Author> authors = List.of(new Author("Jane Doe", "https://jane.example/", "jane@example.com", null), Author.named("Kenji Sato"));
        Post post = post(title, List.of("java", "c++ & more"), authors, new Sharing("Engineering", "", ""));
        List<HeadTag> tags = new HeadTags(SITE, URI.create("https://blog.example.org/sub/logo.png")).of(post,
                URI.create("https://blog.example.org/sub/a/"), "Line one\nline <two>", card, FEEDS, List.of());
        String html = HeadTags.html(tags);
        Document d = parse(tags);

        assertEquals(0, d.body().childNodeSize(), "nothing leaves the head: " + d.body());
        assertEquals(List.of("https://blog.example.org/sub/a/"), d.select("link[rel=canonical]").eachAttr("href"));
        assertEquals(List.of("Line one line <two>"), d.select("meta[name=description]").eachAttr("content"));
        assertEquals(List.of("Jane Doe", "Kenji Sato"), d.select("meta[name=author]").eachAttr("content"));
        assertEquals(List.of("Engineering"), d.select("meta[property=article:section]").eachAttr("content"));
        assertFalse(html.contains("jane@example.com"), "e-mail addresses stay out of pages");
        assertEquals(1, html.split("</script>", -1).length - 1, "one script end tag, the JSON-LD's own: " + html);

        JsonNode ld = jsonLd(d);
        assertEquals("https://schema.org", ld.get("@context").asText());
        assertEquals("BlogPosting", ld.get("@type").asText());
        assertEquals(title, ld.get("headline").asText());
        assertEquals("Line one line <two>", ld.get("description").asText());
        assertEquals("2024-05-01T19:00:00+09:00", ld.get("datePublished").asText());
        assertEquals("2024-06-02T12:04:05+09:00", ld.get("dateModified").asText());
        assertEquals(meta(d, "og:image"), ld.get("image").asText());
        assertEquals(2, ld.get("author").size());
        assertEquals("Person", ld.get("author").get(0).get("@type").asText());
        assertEquals("Jane Doe", ld.get("author").get(0).get("name").asText());
        assertEquals("https://jane.example/", ld.get("author").get(0).get("url").asText());
        assertEquals("Kenji Sato", ld.get("author").get(1).get("name").asText());
        assertNull(ld.get("author").get(1).get("url"));
        assertEquals("Organization", ld.get("publisher").get("@type").asText());
        assertEquals("Tom & Jerry's \"blog\"", ld.get("publisher").get("name").asText());
        assertEquals("https://blog.example.org/sub/", ld.get("publisher").get("url").asText());
        assertEquals("ImageObject", ld.get("publisher").get("logo").get("@type").asText());
        assertEquals("https://blog.example.org/sub/logo.png", ld.get("publisher").get("logo").get("url").asText());
        assertEquals("WebPage", ld.get("mainEntityOfPage").get("@type").asText());
        assertEquals("https://blog.example.org/sub/a/", ld.get("mainEntityOfPage").get("@id").asText());
        assertEquals("https://blog.example.org/sub/a/", ld.get("url").asText());
        assertEquals("pt-br", ld.get("inLanguage").asText());
        assertEquals("Engineering", ld.get("articleSection").asText());
        assertEquals(List.of("java", "c++ & more"), List.of(ld.get("keywords").get(0).asText(), ld.get("keywords").get(1).asText()));
        assertEquals(2, ld.get("keywords").size());
    }

    @Test
    void jsonLdIsWrittenWithoutAnyCharacterHtmlReadsInAScript() {
        Post post = post("a </SCRIPT> b <!-- c --> d & e \u2028 f 😀", List.of("<tag>"), List.of(), Sharing.NONE);
        HeadTag script = new HeadTags(SITE).of(post, URI.create("https://x.org/a/"), "", null, List.of(), List.of()).stream()
                .filter(t -> t.element().equals("script")).findFirst().orElseThrow();
        assertFalse(script.text().matches("(?s).*[<>&\u2028].*"), script.text());
        assertTrue(script.text().contains("\\u003C/SCRIPT\\u003E") || script.text().contains("\\u003c/SCRIPT\\u003e"), script.text());
        assertTrue(script.text().contains("😀"), "characters beyond the BMP are written as they are: " + script.text());
        assertThrows(IllegalArgumentException.class, () -> new HeadTag("script", Map.of("type", "application/ld+json"), null, "</script>"));
    }

    @Test
    void theSitesAndThePostsAccountsGoToXAndMastodon() throws Exception {
        Site site = new Site("Blog", URI.create("https://x.org/"), "", "", "en", ZoneId.of("UTC"), "/{slug}/", "@blog", "@site@mastodon.social");
        Post own = post("T", List.of(), List.of(), new Sharing("", "@jane", "@jane@hachyderm.io"));
        Document d = parse(new HeadTags(site).of(own, URI.create("https://x.org/a/"), "S", null, List.of(), List.of()));
        assertEquals(List.of("@blog"), d.select("meta[name=twitter:site]").eachAttr("content"));
        assertEquals(List.of("@jane"), d.select("meta[name=twitter:creator]").eachAttr("content"));
        assertEquals(List.of("@jane@hachyderm.io"), d.select("meta[name=fediverse:creator]").eachAttr("content"));
        assertTrue(d.select("meta[property=article:section]").isEmpty());
        assertNull(jsonLd(d).get("articleSection"));
        assertNull(jsonLd(d).get("publisher").get("logo"), "no logo unless the site has one");

        Document siteOnly = parse(new HeadTags(site).of(post("T", List.of(), List.of(), Sharing.NONE), URI.create("https://x.org/a/"), "S", null, List.of(), List.of()));
        assertEquals(List.of("@site@mastodon.social"), siteOnly.select("meta[name=fediverse:creator]").eachAttr("content"));
        assertTrue(siteOnly.select("meta[name=twitter:creator]").isEmpty(), "the site's X account is not the post's creator");

        Document none = parse(new HeadTags(SITE).of(post("T", List.of(), List.of(), Sharing.NONE), URI.create("https://x.org/a/"), "S", null, List.of(), List.of()));
        assertTrue(none.select("meta[name^=twitter:site], meta[name^=twitter:creator], meta[name^=fediverse:]").isEmpty(), none.head().html());
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

    @Test
    void translationsAddTheirLocalesAsAlternatesAfterThePostsOwn() {
        Post post = post("A", "en", List.of(), null);
        URI permalink = URI.create("https://blog.example.org/sub/a/");
        List<HeadTag> tags = new HeadTags(SITE).of(post, permalink, "", null, FEEDS, List.of());
        Document d = parse(new HeadTags(SITE).of(post, permalink, "", null, FEEDS, List.of("es", "pt-br", "en-us", "es", "zh-hant")));
        assertEquals(List.of("es_ES", "pt_BR", "zh_TW"), d.select("meta[property=og:locale:alternate]").eachAttr("content"),
                "each once, and not the post's own (en-us is en_US)");
        List<String> order = d.select("meta").eachAttr("property");
        assertEquals(order.indexOf("og:locale") + 1, order.indexOf("og:locale:alternate"));
        assertEquals(tags.size() + 3, d.select("meta, link, script").size(), "every other tag is kept");
        assertEquals(tags, new HeadTags(SITE).of(post, permalink, "", null, FEEDS, List.of("en")), "the post's own language is no alternate");
    }
}
