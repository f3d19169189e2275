package dev.feedcard.pages;

import dev.feedcard.meta.HeadTag;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.feedcard.pages.PostTags.lines;
import static dev.feedcard.pages.PostTags.oneLine;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PagePatcherTest {
    private static final List<HeadTag> TAGS = PostTags.deepLearning();
    private final PagePatcher patcher = new PagePatcher();

    @Test
    void gatsbyHelmetTagsAreReplacedOnTheMinifiedLine() throws Exception {
        String patched = patch(GeneratorPages.GATSBY, TAGS);

        String expected = insertBefore(without(GeneratorPages.GATSBY, GeneratorPages.GATSBY_REPLACED), "</head>", oneLine(TAGS, "/>"));
        assertEquals(expected, patched);
        assertHeadHoldsExactly(patched, TAGS);
        // what the post does not write stays, helmet attributes and all
        assertTrue(patched.contains("<meta data-react-helmet=\"true\" name=\"twitter:creator\" content=\"@shion_honda\"/>"));
        assertTrue(patched.contains("<link rel=\"sitemap\" type=\"application/xml\" href=\"/sitemap-index.xml\"/>"));
        assertTrue(patched.contains("<pre><code>  x = f(y)\n\tz = 2</code></pre>"));
        assertPatchingAgainChangesNothing(patched);
    }

    @Test
    void hugoOpenGraphLinesAreReplacedByLinesInTheHeadsIndentation() throws Exception {
        String patched = patch(GeneratorPages.HUGO, TAGS);

        String expected = insertBefore(without(GeneratorPages.HUGO, GeneratorPages.HUGO_REPLACED), "  </head>\n", lines(TAGS, ">", "    ", "\n"));
        assertEquals(expected, patched);
        assertHeadHoldsExactly(patched, TAGS);
        assertTrue(patched.contains("\n  <meta property=\"og:locale\" content=\"en_us\">\n"));
        assertTrue(patched.contains("\n    <meta property=\"article:modified_time\" content=\"2023-01-13T22:01:03+00:00\">\n"));
        assertPatchingAgainChangesNothing(patched);
    }

    @Test
    void aPrettyHeadWithoutOpenGraphGetsTheTagsInItsOwnTabIndentation() throws Exception {
        String patched = patch(GeneratorPages.HUGO_PLAIN, TAGS);

        assertEquals(insertBefore(GeneratorPages.HUGO_PLAIN, "</head>\n", lines(TAGS, ">", "\t", "\n")), patched);
        assertHeadHoldsExactly(patched, TAGS);
        assertPatchingAgainChangesNothing(patched);
    }

    @Test
    void jekyllSeoTagBlockKeepsItsCommentsAndTheTagsJoinTheLineOfTheEndTag() throws Exception {
        String patched = patch(GeneratorPages.JEKYLL, TAGS);

        String expected = insertBefore(without(GeneratorPages.JEKYLL, GeneratorPages.JEKYLL_REPLACED), "</head>", oneLine(TAGS, ">"));
        assertEquals(expected, patched);
        assertHeadHoldsExactly(patched, TAGS);
        assertTrue(patched.contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><!-- Begin Jekyll SEO tag v2.8.0 -->\n<title>"));
        assertTrue(patched.contains("\n<meta property=\"og:locale\" content=\"en_US\" />\n<meta name=\"description\""));
        assertTrue(patched.contains("<!-- End Jekyll SEO tag -->\n<link rel=\"stylesheet\" href=\"/assets/main.css\"><meta property=\"og:title\""));
        assertPatchingAgainChangesNothing(patched);
    }

    @Test
    void theGeneratorsCanonicalDescriptionAuthorAndArticleJsonLdGiveWayAndItsOtherJsonLdStays() throws Exception {
        String breadcrumbs = "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"BreadcrumbList\","
                + "\"itemListElement\":[{\"@type\":\"ListItem\",\"position\":1,\"name\":\"BlogPosting\"}]}</script>\n";
        String page = GeneratorPages.JEKYLL.replace("<!-- End Jekyll SEO tag -->", breadcrumbs + "<!-- End Jekyll SEO tag -->");
        List<HeadTag> tags = PostTags.deepLearningForSearch();
        String patched = patch(page, tags);

        String[] replaced = new String[GeneratorPages.JEKYLL_REPLACED.length + 4];
        System.arraycopy(GeneratorPages.JEKYLL_REPLACED, 0, replaced, 0, GeneratorPages.JEKYLL_REPLACED.length);
        replaced[replaced.length - 4] = "<meta name=\"author\" content=\"Shion Honda\" />\n";
        replaced[replaced.length - 3] = "<meta name=\"description\" content=\"A look back at the year.\" />\n";
        replaced[replaced.length - 2] = "<link rel=\"canonical\" href=\"https://example.com/2023/01/13/deep-learning-2022.html\" />\n";
        replaced[replaced.length - 1] = "<script type=\"application/ld+json\">\n{\"@context\":\"https://schema.org\",\"@type\":\"BlogPosting\","
                + "\"headline\":\"Deep Learning in 2022\",\"url\":\"https://example.com/2023/01/13/deep-learning-2022.html\"}</script>\n";
        assertEquals(insertBefore(without(page, replaced), "</head>", oneLine(tags, ">")), patched);
        assertHeadHoldsExactly(patched, tags);
        Document d = Jsoup.parse(patched);
        assertEquals(2, d.select("script[type=application/ld+json]").size(), "the page's breadcrumbs and the post's article");
        assertTrue(patched.contains(breadcrumbs + "<!-- End Jekyll SEO tag -->"), "the breadcrumbs stay where they were");
        assertEquals("Deep Learning in 2022: \"Scaling\" & Friends",
                new com.fasterxml.jackson.databind.ObjectMapper().readTree(d.select("script").last().data()).get("headline").asText());
        assertPatchingAgainChangesNothing(patched, tags);
    }

    @Test
    void anArticleInAJsonLdGraphGivesWayButJsonLdThatCannotBeReadOrSitsInTheBodyStays() throws Exception {
        String graph = "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"WebSite\"},"
                + "{\"@type\":[\"Article\",\"Thing\"],\"headline\":\"Old\"}]}</script>";
        String broken = "<script type=\"application/ld+json\">{\"@type\":\"BlogPosting\",</script>";
        String inBody = "<script type=\"application/ld+json\">{\"@type\":\"BlogPosting\"}</script>";
        String script = "<script>var x = '<meta name=\"description\" content=\"no\">';</script>";
        String page = "<!DOCTYPE html><html><head><meta charset=\"utf-8\">" + graph + broken + script + "<title>T</title></head><body>"
                + inBody + "<p>x</p></body></html>";
        List<HeadTag> tags = PostTags.deepLearningForSearch();
        String patched = patch(page, tags);

        assertEquals(insertBefore(without(page, graph), "</head>", oneLine(tags, ">")), patched);
        assertPatchingAgainChangesNothing(patched, tags);
    }

    @Test
    void astroMinifiedHeadWithoutOpenGraphGetsTheTagsBeforeItsEnd() throws Exception {
        String patched = patch(GeneratorPages.ASTRO, TAGS);

        assertEquals(insertBefore(GeneratorPages.ASTRO, "</head>", oneLine(TAGS, ">")), patched);
        assertHeadHoldsExactly(patched, TAGS);
        assertPatchingAgainChangesNothing(patched);
    }

    @Test
    void crlfLineBreaksAndTheByteOrderMarkAreKept() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        String crlf = GeneratorPages.HUGO.replace("\n", "\r\n");
        byte[] page = concat(bom, crlf.getBytes(StandardCharsets.UTF_8));

        byte[] patched = patcher.patch(page, TAGS);

        String[] replaced = java.util.Arrays.stream(GeneratorPages.HUGO_REPLACED).map(l -> l.replace("\n", "\r\n")).toArray(String[]::new);
        String expected = insertBefore(without(crlf, replaced), "  </head>\r\n", lines(TAGS, ">", "    ", "\r\n"));
        assertArrayEquals(concat(bom, expected.getBytes(StandardCharsets.UTF_8)), patched);
        assertArrayEquals(patched, patcher.patch(patched, TAGS));
    }

    @Test
    void withoutAnEndTagTheTagsGoRightAfterTheCharsetDeclarationWhichStaysInTheFirst1024Bytes() throws Exception {
        String page = "<!DOCTYPE html>\n<html>\n<head>\n  <meta charset=utf-8>\n  <title>Omitted end tag</title>\n<body>\n<p>hi\n";

        String patched = patch(page, TAGS);

        assertEquals(insertBefore(page, "  <title>", lines(TAGS, ">", "  ", "\n")), patched);
        assertTrue(lines(TAGS, ">", "  ", "\n").length() > 1024, "the tags alone are longer than the prescan's 1024 bytes");
        assertCharsetWithinTheFirst1024Bytes(patched);
        assertHeadHoldsExactly(patched, TAGS);
        assertPatchingAgainChangesNothing(patched);

        String minified = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Omitted end tag</title><body><p>hi";
        patched = patch(minified, TAGS);
        assertEquals(insertBefore(minified, "<title>", oneLine(TAGS, ">")), patched);
        assertCharsetWithinTheFirst1024Bytes(patched);
        assertPatchingAgainChangesNothing(patched);

        String implied = "<html>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n<title>Implied head</title>\n<body><p>hi</p>\n";
        patched = patch(implied, TAGS);
        assertEquals(insertBefore(implied, "<title>", lines(TAGS, ">", "", "\n")), patched);
        assertTrue(patched.getBytes(StandardCharsets.UTF_8).length > 1024 && patched.indexOf("http-equiv") < 1024, patched);
        assertPatchingAgainChangesNothing(patched);
    }

    /** Browsers look for the encoding declaration in the first 1024 bytes only (the HTML prescan). */
    private static void assertCharsetWithinTheFirst1024Bytes(String page) {
        byte[] bytes = page.getBytes(StandardCharsets.UTF_8);
        String first = new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.ISO_8859_1);
        assertTrue(bytes.length > 1024 && first.contains("<meta charset"), "no <meta charset in the first 1024 bytes:\n" + page);
    }

    @Test
    void anOpenGraphMetaInTheBodyIsLeftWhereItIsAndOnlyTheHeadsAreReplaced() throws Exception {
        String bodyTag = "<meta property=\"og:image\" content=\"/in-the-body.jpg\">";
        String withEnd = "<!DOCTYPE html>\n<html>\n<head>\n  <meta charset=utf-8>\n  <meta property=\"og:image\" content=\"/old.jpg\">\n</head>\n"
                + "<body>\n<p>hi</p>\n" + bodyTag + "\n</body>\n</html>\n";
        String withoutEnd = "<!DOCTYPE html>\n<html>\n<head>\n  <meta charset=utf-8>\n  <meta property=\"og:image\" content=\"/old.jpg\">\n"
                + "<body>\n<p>hi</p>\n" + bodyTag + "\n";
        for (String page : List.of(withEnd, withoutEnd)) {
            String patched = patch(page, TAGS);

            assertTrue(patched.endsWith(page.substring(page.indexOf("<body>"))), "the body changed:\n" + patched);
            assertTrue(!patched.contains("/old.jpg"), "the head's own og:image is replaced:\n" + patched);
            Elements images = Jsoup.parse(patched).select("meta[property=og:image]");
            assertEquals("head", images.first().parent().normalName());
            assertEquals("/in-the-body.jpg", images.last().attr("content"));
            assertEquals("body", images.last().parent().normalName());
            assertPatchingAgainChangesNothing(patched);
        }
    }

    @Test
    void aPageWithHtmlButNoHeadGetsOne() throws Exception {
        String pretty = "<!DOCTYPE html>\n<html lang=en>\n<body>\n<p>hi</p>\n</body>\n</html>\n";
        String patched = patch(pretty, TAGS);
        assertEquals(insertBefore(pretty, "<body>", "<head>\n" + lines(TAGS, ">", "  ", "\n") + "</head>\n"), patched);
        assertHeadHoldsExactly(patched, TAGS);
        assertPatchingAgainChangesNothing(patched);

        String minified = "<!DOCTYPE html><html><body><p>hi</p></body></html>";
        patched = patch(minified, TAGS);
        assertEquals(insertBefore(minified, "<body>", "<head>" + oneLine(TAGS, ">") + "</head>"), patched);
        assertPatchingAgainChangesNothing(patched);
    }

    @Test
    void aHeadTheParserImpliesFromItsContentGetsTheTagsAfterHtml() throws Exception {
        String page = "<html>\n<title>Implied head</title>\n<body><p>hi</p>\n";

        String patched = patch(page, TAGS);

        assertEquals(insertBefore(page, "<title>", lines(TAGS, ">", "", "\n")), patched);
        assertHeadHoldsExactly(patched, TAGS);
        assertPatchingAgainChangesNothing(patched);
    }

    @Test
    void tagsAStrayElementPushedOutOfTheHeadAreStillReplaced() throws Exception {
        String page = "<html><head><meta charset=utf-8><div>oops</div><meta property=\"og:image\" content=\"/old.jpg\"></head><body><p>hi</p></body></html>";

        String patched = patch(page, TAGS);

        assertEquals(insertBefore(page.replace("<meta property=\"og:image\" content=\"/old.jpg\">", ""), "<div>", oneLine(TAGS, ">")), patched);
        assertEquals(1, Jsoup.parse(patched).select("meta[property=og:image]").size());
        assertPatchingAgainChangesNothing(patched);
    }

    @Test
    void templatesAndSvgKeepTheirOwnMetaElements() throws Exception {
        String page = "<html><head><template><meta property=\"og:image\" content=\"t.jpg\"></template></head>"
                + "<body><svg><metadata><meta property=\"og:image\" content=\"s.jpg\"/></metadata></svg></body></html>";

        String patched = patch(page, List.of(PostTags.property("og:image", "https://example.com/c.jpg")));

        assertEquals(insertBefore(page, "</head>", "<meta property=\"og:image\" content=\"https://example.com/c.jpg\">"), patched);
    }

    @Test
    void tagsAreWrittenWithEscapedValuesOnOneLine() {
        Map<String, String> a = new LinkedHashMap<>();
        a.put("property", "og:title");
        a.put("content", "a & \"b\" <c>\nd");
        assertEquals("<meta property=\"og:title\" content=\"a &amp; &quot;b&quot; &lt;c&gt;&#10;d\">",
                PagePatcher.html(new HeadTag("meta", a, "og:title"), ">"));
    }

    @Test
    void tagsWithoutAKeyAreKnownByTheirAttributesSoASecondRunFindsThem() throws Exception {
        Map<String, String> a = new LinkedHashMap<>();
        a.put("property", "og:see_also");
        a.put("content", "https://example.com/other/");
        List<HeadTag> tags = List.of(new HeadTag("meta", a, null));
        String page = "<html><head><meta property=\"og:see_also\" content=\"/old/\"></head></html>";

        String patched = patch(page, tags);

        assertEquals("<html><head><meta property=\"og:see_also\" content=\"https://example.com/other/\"></head></html>", patched);
        assertPatchingAgainChangesNothing(patched, tags);
    }

    @Test
    void aFeedLinkWithAKeyNamingItsUrlStillReplacesThePagesFeedLinkOfItsType() throws Exception {
        Map<String, String> a = new LinkedHashMap<>();
        a.put("rel", "alternate");
        a.put("type", "application/atom+xml");
        a.put("href", "https://example.com/atom.xml");
        List<HeadTag> tags = List.of(new HeadTag("link", a, "alternate application/atom+xml https://example.com/atom.xml"));
        String page = "<html><head><link rel=\"alternate\" type=\"application/atom+xml\" href=\"/feed.xml\"></head></html>";

        String patched = patch(page, tags);

        assertEquals("<html><head><link rel=\"alternate\" type=\"application/atom+xml\" href=\"https://example.com/atom.xml\"></head></html>", patched);
        assertPatchingAgainChangesNothing(patched, tags);
    }

    @Test
    void noTagsLeaveThePageAsItWas() throws Exception {
        byte[] page = GeneratorPages.HUGO.getBytes(StandardCharsets.UTF_8);
        assertArrayEquals(page, patcher.patch(page, List.of()));
    }

    @Test
    void pagesThatAreNotUtf8HtmlAreRefusedWithTheReason() {
        assertRefused("<p>just a fragment</p>".getBytes(StandardCharsets.UTF_8), "neither an <html> nor a <head>");
        assertRefused(new byte[]{(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13}, "binary");
        assertRefused("<html><head><title>caf\u00e9</title></head></html>".getBytes(StandardCharsets.ISO_8859_1), "not UTF-8");
        assertRefused("<html><head></head></html>".getBytes(StandardCharsets.UTF_16), "UTF-16");
        assertRefused("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=Shift_JIS\"></head></html>".getBytes(StandardCharsets.UTF_8),
                "Shift_JIS");
        assertRefused("<html><head><meta charset=\"windows-1252\"></head></html>".getBytes(StandardCharsets.UTF_8), "windows-1252");
    }

    private void assertRefused(byte[] page, String reason) {
        UnusablePageException e = assertThrows(UnusablePageException.class, () -> patcher.patch(page, TAGS));
        assertTrue(e.getMessage().contains(reason), e.getMessage());
    }

    private String patch(String page, List<HeadTag> tags) throws UnusablePageException {
        return new String(patcher.patch(page.getBytes(StandardCharsets.UTF_8), tags), StandardCharsets.UTF_8);
    }

    private void assertPatchingAgainChangesNothing(String patched) throws UnusablePageException {
        assertPatchingAgainChangesNothing(patched, TAGS);
    }

    private void assertPatchingAgainChangesNothing(String patched, List<HeadTag> tags) throws UnusablePageException {
        byte[] bytes = patched.getBytes(StandardCharsets.UTF_8);
        assertArrayEquals(bytes, patcher.patch(bytes, tags), "a second patch changed the page");
    }

    /** The text without each part, which must occur exactly once. */
    static String without(String text, String... parts) {
        for (String part : parts) {
            int at = text.indexOf(part);
            assertTrue(at >= 0 && text.indexOf(part, at + 1) < 0, "expected exactly once in the page: " + part);
            text = text.substring(0, at) + text.substring(at + part.length());
        }
        return text;
    }

    static String insertBefore(String text, String anchor, String insertion) {
        int at = text.indexOf(anchor);
        assertTrue(at >= 0 && text.indexOf(anchor, at + 1) < 0, "expected exactly once in the page: " + anchor);
        return text.substring(0, at) + insertion + text.substring(at);
    }

    /**
     * Parsed by jsoup: for every kind of tag the tags have (a meta's property or name, a feed link's type, another link's rel, a script's
     * type; of JSON-LD, the articles), the page holds exactly those tags (same attributes and text, same number) and no other with the key, all in the head.
     */
    static void assertHeadHoldsExactly(String page, List<HeadTag> tags) {
        Document doc = Jsoup.parse(page);
        Map<String, List<Map<String, String>>> expected = new LinkedHashMap<>();
        for (HeadTag t : tags) {
            String key = t.element().equals("script") ? "script " + t.attributes().get("type")
                    : t.element().equals("link") && "alternate".equals(t.attributes().get("rel")) ? "alternate " + t.attributes().get("type")
                    : t.element().equals("link") ? "link " + t.attributes().get("rel")
                    : t.attributes().getOrDefault("property", t.attributes().get("name"));
            Map<String, String> attributes = new LinkedHashMap<>(t.attributes());
            if (t.text() != null) attributes.put("(text)", t.text());
            expected.computeIfAbsent(key, k -> new ArrayList<>()).add(attributes);
        }
        for (Map.Entry<String, List<Map<String, String>>> e : expected.entrySet()) {
            String key = e.getKey();
            Elements found = key.startsWith("alternate ")
                    ? doc.select("link[rel~=(?i)\\balternate\\b][type=" + key.substring("alternate ".length()) + "]")
                    : key.startsWith("link ") ? doc.select("link[rel=" + key.substring("link ".length()) + "]")
                    : key.startsWith("script ") ? doc.select("script[type=" + key.substring("script ".length()) + "]")
                    : doc.select("meta[property=" + key + "], meta[name=" + key + "]");
            List<Map<String, String>> actual = new ArrayList<>();
            for (Element el : found) {
                if (el.normalName().equals("script") && !TagKeys.of(el).contains(HeadTag.JSON_LD_ARTICLE)) continue; // breadcrumbs ...
                assertEquals("head", el.parent().normalName(), key + " outside the head");
                Map<String, String> attributes = new LinkedHashMap<>();
                el.attributes().forEach(at -> attributes.put(at.getKey(), at.getValue()));
                if (el.normalName().equals("script")) attributes.put("(text)", el.data());
                actual.add(attributes);
            }
            assertEquals(e.getValue(), actual, "the page's " + key + " tags");
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
