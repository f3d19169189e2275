package dev.feedcard.render;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.ParseErrorList;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FeedHtmlTest {
    private static final URI POST = URI.create("https://example.com/my-post/");

    @Test
    void everyUrlBecomesAbsoluteAgainstThePermalink() {
        String html = FeedHtml.of("""
                <p><a href="../other/">other</a> <a href="#part">part</a> <img src="fig.png">
                <img srcset="a.png 1x, /b.png 2x"> <a href="https://elsewhere.example/x">x</a></p>""", POST, "en");
        Document doc = Jsoup.parseBodyFragment(html);
        assertEquals("https://example.com/other/", doc.select("a").get(0).attr("href"));
        assertEquals("https://example.com/my-post/#part", doc.select("a").get(1).attr("href"));
        assertEquals("https://example.com/my-post/fig.png", doc.select("img").get(0).attr("src"));
        assertEquals("https://example.com/my-post/a.png 1x, https://example.com/b.png 2x", doc.select("img").get(1).attr("srcset"));
        assertEquals("https://elsewhere.example/x", doc.select("a").get(2).attr("href"));
    }

    @Test
    void aYouTubeEmbedBecomesALinkWithItsThumbnail() {
        String html = FeedHtml.of("<iframe src=\"https://www.youtube.com/embed/6lGMCAzBzOQ\"></iframe><script>alert(1)</script>", POST, "en");
        Document doc = Jsoup.parseBodyFragment(html);
        assertTrue(doc.select("iframe, script").isEmpty());
        assertEquals("https://www.youtube.com/watch?v=6lGMCAzBzOQ", doc.select("a").first().attr("href"));
        assertEquals("https://i.ytimg.com/vi/6lGMCAzBzOQ/hqdefault.jpg", doc.select("img").attr("src"));
    }

    static final URI BASE = URI.create("https://example.com/blog/my-post/");

    /**
     * A part of a post that leaves nothing open is cleaned as the same part of the whole post; one that leaves
     * something open, which would change how an HTML parser reads what follows it, is refused.
     */
    @Test
    void aPartIsCleanedAloneOnlyWhenItLeavesNothingOpen() {
        List<String> closed = List.of("<div class=\"c\" style=\"x\">closed <a href=\"../a/\">link</a></div>\n", "Text &not; &amp and <br>\n",
                "<!-- a comment -->\n", "<p>a</p><p>b</p>\n", "<script>x()</script><iframe src=\"https://example.org/e\"></iframe>\n", "</div></p>\n");
        for (String part : closed) {
            String alone = FeedHtml.ofPart(part, BASE, "en", src -> null);
            assertEquals(FeedHtml.of(part, BASE, "en"), alone, part);
            String after = "<p>after</p>\n";
            assertEquals(FeedHtml.of(part + after, BASE, "en"), alone + FeedHtml.of(after, BASE, "en"), part);
        }
        List<String> open = List.of("<div>open\n", "<p><b>bold</p>\n", "<!-- never closed\n", "<script>\n", "<textarea>\n",
                "<title>\n", "<p>a paragraph not ended\n", "<table><tr><td>cell\n", "<a href=\"/x\n", "<form></form>\n", "<frameset></frameset>\n", "<select>\n");
        for (String part : open) assertEquals(null, FeedHtml.ofPart(part, BASE, "en", src -> null), part);
    }

    private static Document feedHtml(String html) {
        return Jsoup.parseBodyFragment(FeedHtml.of(html, BASE, "en"));
    }

    @Test
    void everyUrlIsResolvedAgainstThePermalink() {
        Document d = feedHtml("<a href=\"img/a b.png\">1</a><a href=\"/top\">2</a><a href=\"#sec\">3</a><a href=\"../other/\">4</a>"
                + "<img src=\"x.png\" srcset=\"x.png 1x, x@2x.png 2x\"><video poster=\"p.jpg\" src=\"v.mp4\"></video>"
                + "<a href=\"mailto:a@b.c\">5</a><a href=\"https://elsewhere.org/x?a=1&amp;b=2\">6</a>");
        assertEquals("https://example.com/blog/my-post/img/a%20b.png", d.select("a").get(0).attr("href"));
        assertEquals("https://example.com/top", d.select("a").get(1).attr("href"));
        assertEquals("https://example.com/blog/my-post/#sec", d.select("a").get(2).attr("href"));
        assertEquals("https://example.com/blog/other/", d.select("a").get(3).attr("href"));
        assertEquals("https://example.com/blog/my-post/x.png 1x, https://example.com/blog/my-post/x@2x.png 2x", d.selectFirst("img").attr("srcset"));
        assertEquals("https://example.com/blog/my-post/p.jpg", d.selectFirst("video").attr("poster"));
        assertEquals("mailto:a@b.c", d.select("a").get(4).attr("href"));
        assertEquals("https://elsewhere.org/x?a=1&b=2", d.select("a").get(5).attr("href"));
    }

    @Test
    void embedsBecomeLinksAndScriptsGo() {
        Document d = feedHtml("<iframe src=\"https://www.youtube-nocookie.com/embed/abcdefghijk?start=3\"></iframe>"
                + "<iframe src=\"https://player.vimeo.com/video/12345\"></iframe><object data=\"movie.swf\"></object>"
                + "<script>x()</script><embed src=\"javascript:alert(1)\"><p onmouseover=\"x()\" style=\"color:red\">t</p>");
        assertEquals("https://www.youtube.com/watch?v=abcdefghijk", d.select("a").get(0).attr("href"));
        assertEquals("https://i.ytimg.com/vi/abcdefghijk/hqdefault.jpg", d.selectFirst("img").attr("src"));
        assertTrue(d.select("a").eachAttr("href").contains("https://vimeo.com/12345"));
        assertTrue(d.select("a").eachAttr("href").contains("https://example.com/blog/my-post/movie.swf"));
        assertTrue(d.select("script, iframe, object, embed, [onmouseover], [style]").isEmpty(), d.body().html());
        assertEquals("t", d.select("p").last().text());
    }

    @Test
    void unknownElementsKeepTheirTextAndSvgAndFormsGo() {
        Document d = feedHtml("<my-widget><b>kept</b></my-widget><svg><text>gone</text></svg><math><annotation encoding=\"application/x-tex\">x^2</annotation><mi>x</mi></math><form><input name=q><label>Label</label></form>");
        assertEquals("keptx^2Label", d.text());
        assertFalse(d.body().html().contains("svg"));
        assertEquals(1, d.select("b").size());
    }

    @Test
    void scriptUrlsLoseTheirAttributeHoweverTheyAreWritten() {
        Document d = feedHtml("<a href=\" JaVaScRiPt:alert(1)\">1</a><a href=\"java&#9;script:x()\">2</a><img src=\"vbscript:x\">"
                + "<a href=\"data:text/html;base64,PHNjcmlwdD4=\">3</a><a href=\"https://ok.example/javascript:\">4</a>");
        assertEquals(List.of("", "", "", "https://ok.example/javascript:"), d.select("a").stream().map(a -> a.attr("href")).toList());
        assertFalse(d.selectFirst("img").hasAttr("src"));
    }

    /** The errors an HTML5 parser reports for a fragment (the W3C validator flags any as "Invalid HTML"). */
    static List<String> parseErrors(String html) {
        ParseErrorList errors = ParseErrorList.tracking(20);
        Parser.parseFragment(html, Document.createShell("").body(), "", errors);
        return errors.stream().map(Object::toString).toList();
    }

    @Test
    void anEmbedInsideAParagraphASpanOrALinkLeavesValidHtml() {
        String html = FeedHtml.of("""
                <p>Watch <iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ"></iframe> this.</p>
                <p><span>a <object data="movie.swf"></object> b</span></p>
                <p><a href="page.html"><iframe src="/widget.html" title="Widget"></iframe></a></p>
                <a href="video.html"><iframe src="https://www.youtube.com/embed/abcdefghijk"></iframe></a>
                <div><iframe src="https://player.vimeo.com/video/12345"></iframe></div>""", BASE, "en");
        assertEquals(List.of(), parseErrors(html), html);
        Document d = Jsoup.parseBodyFragment(html);
        assertEquals(5, d.select("body > p, body > a, body > div").size(), "no paragraph was closed early: " + html);
        assertEquals("Watch Watch the video on YouTube this.", d.select("body > p").get(0).text());
        assertEquals("https://www.youtube.com/watch?v=dQw4w9WgXcQ", d.select("body > p").get(0).selectFirst("a:has(img)").attr("href"));
        assertEquals("https://example.com/blog/my-post/movie.swf", d.select("body > p").get(1).selectFirst("a").attr("href"));
        assertTrue(d.select("a a").isEmpty(), "no link inside a link: " + html);
        assertEquals("Widget", d.selectFirst("a[href$=page.html]").text(), "an embed inside a link shows its title");
        assertEquals("https://i.ytimg.com/vi/abcdefghijk/hqdefault.jpg", d.selectFirst("a[href$=video.html] img").attr("src"));
        assertEquals("https://vimeo.com/12345", d.selectFirst("div > p > a").attr("href"), "a paragraph where one may start");
    }
}
