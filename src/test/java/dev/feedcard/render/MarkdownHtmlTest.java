package dev.feedcard.render;

import com.vladsch.flexmark.html.HtmlRendererOptions;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.feedcard.Fixtures;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link MarkdownHtml} writes what flexmark's own renderer writes, character for character. */
class MarkdownHtmlTest {
    private static final Markdown MARKDOWN = new Markdown();

    private static final URI PERMALINK = URI.create("https://example.com/blog/a-post/");
    /** Media sources below "media/" are on a CDN (as a media_subpath puts them), the others resolved as links. */
    private static final Function<String, String> MEDIA = src -> src.startsWith("media/") ? "https://cdn.example.com/" + src : null;

    /**
     * The writer's HTML of {@code text}, asserted to be flexmark's renderer's; and its feed HTML, when it writes one,
     * asserted to be what FeedHtml makes of flexmark's HTML with jsoup.
     */
    private static String sameAsFlexmark(String text) {
        Document document = MARKDOWN.parse(text);
        String ours = MarkdownHtml.of(document, new HtmlRendererOptions(document));
        assertNotNull(ours, () -> "the writer gave up on: " + text);
        String flexmark = MARKDOWN.flexmarkHtml(document);
        assertEquals(flexmark, ours, text);
        String feed = MarkdownHtml.feed(document, new HtmlRendererOptions(document), PERMALINK, "en", MEDIA);
        String cleaned = FeedHtml.of(flexmark, PERMALINK, "en", MEDIA);
        if (feed != null) assertEquals(cleaned, feed, text);
        assertEquals(cleaned, MARKDOWN.feedHtml(document, PERMALINK, "en", MEDIA), text);
        return ours;
    }

    /** The feed HTML the writer makes of {@code text}, parsing only its blocks of raw HTML; null when it leaves the whole post to jsoup. */
    private static String feedOf(String text) {
        Document document = MARKDOWN.parse(text);
        return MarkdownHtml.feed(document, new HtmlRendererOptions(document), PERMALINK, "en", MEDIA);
    }

    @Test
    void writesEveryKindOfNodeAsFlexmarkDoes() {
        List<String> texts = List.of(
                "# Title\n\nA *paragraph* with **strong**, `code  with   spaces`, ~~struck~~ and a [link](/a \"Its title\").",
                "Setext heading\n===\n\n## Closed ##\n\n###### Six",
                "- tight\n- list\n  - nested\n  - items\n- end",
                "- loose\n\n- list\n\n  with two paragraphs\n",
                "3. starts at three\n4. four\n\n1) parens\n2) two",
                "> a quote\n> > nested\n>\n> - list in it",
                "```java\nclass A { }\n  indented < & >\n```\n\n```\nno language\n```\n\n~~~ python extra words\nx = 1\n~~~",
                "    indented code\n    second line\n\n\n    after blank lines\n\nafter",
                "line one  \nhard break\\\nbackslash break\nsoft break",
                "***\n\n---\n\n___",
                "<div class=\"box\">\n<p>raw block</p>\n</div>\n\n<!-- a comment\nover lines -->\n\ntext <span>inline html</span> and <!-- inline comment --> end",
                "Entities: &copy; &amp; &#169; &#xA9; &nbsp; &bogus; AT&T a < b > c \"quoted\"",
                "![alt *emphasis*](/img.png \"Image title\") and ![](empty-alt.png)",
                "[ref link][ref], [collapsed][], [undefined][nowhere], ![image ref][ref] and [ref]\n\n[ref]: https://example.com/r?a=1&amp;b=2 \"Ref title\"\n[collapsed]: /c",
                "Autolinks: <https://example.com/x?y=1&amp;z=2>, https://example.com/bare, www.example.com and mail@example.com <me@example.org>",
                "Not links: [javascript](javascript:alert(1)), <javascript:alert(2)> and ![x](javascript:alert(3))",
                "| Left | Center | Right | None |\n|:---|:---:|---:|---|\n| a | **b** | `c` | d |\n| only one |\n[Caption]",
                "Text with a footnote[^1] and another[^note], the first again[^1], and a missing one[^nope].\n\n[^1]: The first, with *emphasis*.\n[^note]: A longer note.\n\n    With an indented paragraph.",
                "[\n ]\n\nfoo  \n     bar\n\n   leading spaces in a paragraph\n\ttab",
                "日本語の段落です。**強調**と`コード`。\n\n- 項目一\n- 項目二",
                "");
        for (String text : texts) sameAsFlexmark(text);
        assertTrue(sameAsFlexmark("Not links: [javascript](javascript:alert(1))").contains("Not links: javascript"));
    }

    @Test
    void writesTheFeedHtmlOfAPostWithoutRawHtmlAsJsoupWritesIt() {
        List<String> texts = List.of(
                "[relative](../other/ \"A title\") [absolute](https://example.org/x?a=1&b=2) [anchor](#part) [mail](mailto:me@example.com)",
                "![on the CDN](media/photo.jpg) ![beside the post](photo.jpg \"Its title\") ![elsewhere](https://example.org/i.png)",
                "[vb](vbscript:msgbox(1)) [html](data:text/html,x) and ![img](data:text/html;base64,AAA=)",
                "A no-break\u00a0space, \"quotes\", 'apostrophes', & < > in text and [in a title](/x \"a \\\"b\\\" & <c>\")",
                "Entities in a URL: [x](/q?a=1&amp;b=2) [y](/q?c=&copy;) and in text: &amp;amp; &lt;b&gt;",
                "line  \nbreak and\n\n---\n\n* * *",
                "Footnotes[^a] and a footnote after a link's text: [note[^a]](/x).\n\n[^a]: The note.",
                "A link inside a link: [a <https://example.org/> b](/y).",
                "| a | b |\n|:-:|--:|\n| [l](/l) | ![i](i.png) |");
        for (String text : texts) sameAsFlexmark(text);
        assertNotNull(feedOf(texts.get(0)), "a post without raw HTML is written straight");
        assertTrue(feedOf(texts.get(0)).contains("href=\"https://example.com/blog/other/\""), feedOf(texts.get(0)));
        assertTrue(feedOf(texts.get(1)).contains("src=\"https://cdn.example.com/media/photo.jpg\""), feedOf(texts.get(1)));
    }

    @Test
    void writesRawLineBreaksAloneAsJsoupWritesThem() {
        List<String> texts = List.of(
                "A line<br>and the next<br/>and <BR /> another, <br \n/> over a line.",
                "Before\n\n<br>\n\nAfter",
                "Before\n\n<br>\n<br/>\n  <br >\n\nAfter",
                "- an item<br>two lines\n- <br>\n\n> quoted<br>\n>\n> <br>",
                "# A heading<br>on two lines\n\n| a<br>b | c |\n|---|---|\n| d<br/>e | [f<br>g](/f) |",
                "Text<br>with a [link](../x/) and ![an image](photo.jpg)");
        for (String text : texts) {
            sameAsFlexmark(text);
            assertNotNull(feedOf(text), () -> "written straight: " + text);
        }
        assertEquals("<p>A<br>B</p>\n", feedOf("A<br/>B"));
        // line breaks with more around them are cleaned by jsoup, block by block
        for (String text : List.of("A<br clear=\"all\">B", "A</br>B", "<br>\nText in the same HTML block", "A<br><!-- note -->B")) sameAsFlexmark(text);
    }

    /**
     * Raw HTML that an HTML parser reads differently alone than in the whole post: elements, formatting, comments,
     * scripts and attributes left open across blocks, tables, forms, frames, embeds, raw HTML in lists, quotes and
     * footnotes. Each post's feed HTML is what jsoup makes of the whole post.
     */
    @Test
    void cleansRawHtmlBlockByBlockAsJsoupCleansTheWholePost() {
        List<String> texts = List.of(
                "Text with <span>raw HTML</span>.",
                "<div>\nA block\n</div>\n\nAfter it.",
                "<div style=\"text-align: center;\"><small>From\n<a href=\"../x/\">a page</a></small></div>\n\n*After*",
                "<div>\nopen\n\nMarkdown *inside* it\n\n</div>\n\nAfter",
                "<p><b>bold\n\nthe next paragraph</b> and **more**",
                "Text <b>bold to the end\n\n**still bold?**\n\n- a list",
                "<!-- a comment never closed\n\nText\n\n# Heading",
                "<!-- a comment -->\n\nText <!-- inline --> here",
                "<script>\nvar a = 1;\n\n*not markdown*\n\n</script>\n\nAfter",
                "<table><tr><td>\n\nA cell with *markdown*\n\n</td></tr></table>\n\nAfter",
                "<table>\n\nText in a table\n\n</table>",
                "- an item <span>x</span>\n- <div>open in an item\n- third\n\nAfter the list",
                "> quoted <em>raw\n>\n> still quoted</em>\n\nout",
                "Text[^1] and more[^2].\n\n[^1]: A note with <b>bold</b>.\n[^2]: A note <div>left open",
                "<form action=\"/x\">\n\nText\n\n</form>\n\n<form>\n\nMore",
                "<frameset><frame src=\"a.html\"></frameset>\n\nText",
                "Text first\n\n<div>\n\n<frameset><frame src=\"a.html\"></frameset>\n\nMore *text*\n\n</div>",
                "</body>\n\nText after the body's end\n\n</html>\n\nMore",
                "<template>\n\n*in a template*\n\n</template>\n\nAfter",
                "<iframe src=\"https://www.youtube.com/embed/abcdefgh\" title=\"A talk\"></iframe>\n\nText <iframe src=\"https://example.org/e\"></iframe> inline",
                "[A link <iframe src=\"https://example.org/e\"></iframe> around an embed](/x)",
                "<a href=\"/x\">a link left open\n\n[a link](/y) and text\n\nmore",
                "<a href=\"/x\n\nan attribute left open\" title=\"t\">x</a>",
                "<textarea>\n\n# Not a heading\n\n</textarea>\n\n# A heading",
                "Entities &not\n\nin a paragraph, &amp and &copy",
                "# A <em>heading</em>\n\n| a <b>b</b> | c |\n|---|---|\n| <i>d | e |",
                "<p>a paragraph <div>a div inside</div> after</p>\n\nText",
                "<math><annotation encoding=\"application/x-tex\">x^2</annotation></math>\n\n<svg><circle/></svg> text",
                "<ul>\n<li>raw list\n\n- markdown list\n\n</ul>",
                "<details><summary>More</summary>\n\nHidden *text*\n\n</details>",
                "<img src=\"photo.jpg\" onerror=\"alert(1)\" style=\"x\"><img src=\"media/m.jpg\">\n\n![md](photo.jpg)",
                "Text\n\n<div>the last block, open");
        for (String text : texts) {
            sameAsFlexmark(text);
            if (!text.contains("frameset")) assertNotNull(feedOf(text), () -> "written without flexmark's renderer: " + text);
        }
    }

    /**
     * Posts put together at random from blocks of Markdown and raw HTML, open and closed: the feed HTML written block
     * by block is what jsoup makes of the whole post, whatever is left open where.
     */
    @Test
    void cleansRandomMixesOfRawHtmlAsJsoupCleansTheWholePost() {
        List<String> blocks = List.of(
                "A paragraph with *emphasis* and a [link](../x/).", "<div>", "</div>", "<div class=\"c\">closed</div>",
                "<small>small", "</small>", "Text <b>bold", "</b> text", "<p>raw paragraph", "</p>", "<!-- comment -->",
                "<!-- open comment", "-->", "<script>x()</script>", "<script>", "</script>", "<table><tr><td>cell",
                "</td></tr></table>", "- item\n- <i>item", "> quote <em>x", "# Heading <span>y</span>", "```\n<div>code</div>\n```",
                "<iframe src=\"https://www.youtube.com/embed/abcdefgh\"></iframe>", "<a href=\"/a\">link", "</a>",
                "Footnote[^n] here.", "[^n]: The note <b>bold", "<br>", "x<br clear=\"all\">y", "| a | b |\n|---|---|\n| <u>c | d |",
                "<form>", "<frameset><frame src=\"f.html\"></frameset>", "&not in text", "<textarea>", "</textarea>", "<li>item", "<h2>head", "</h2>", "<ruby>漢<rt>kan</rt></ruby>",
                "<title>t", "</title>", "<plaintext>", "<select><option>o", "<style>", "</style>", "<b><i>misnested</b></i>", "<!DOCTYPE html>",
                "<![CDATA[x<y]]>", "<body class=\"x\">", "</body>", "<template>", "<svg><circle/>", "<caption>c", "<tr><td>x", "<p><p>x");
        java.util.Random random = new java.util.Random(20261205);
        int posts = 3000;
        int byBlocks = 0;
        for (int post = 0; post < posts; post++) {
            StringBuilder text = new StringBuilder();
            int count = 1 + random.nextInt(7);
            for (int i = 0; i < count; i++) text.append(blocks.get(random.nextInt(blocks.size()))).append(random.nextInt(4) == 0 ? "\n" : "\n\n");
            sameAsFlexmark(text.toString());
            if (feedOf(text.toString()) != null) byBlocks++;
        }
        assertTrue(byBlocks > posts * 9 / 10, byBlocks + " of " + posts + " posts written block by block (the others, with frames, by jsoup whole)");
    }

    @Test
    void writesEveryCorpusPostAsFlexmarkDoes() throws IOException {
        List<Path> posts = Fixtures.corpusPosts();
        assertTrue(posts.size() > 100, "the corpus has its posts");
        int straight = 0;
        for (Path post : posts) {
            String text = Files.readString(post);
            String body = text.substring(text.indexOf("\n---", 3) + 4);
            sameAsFlexmark(body);
            if (feedOf(body) != null) straight++;
        }
        assertEquals(posts.size(), straight, "every corpus post is written to feed HTML block by block, its raw HTML cleaned part by part");
    }

    /** A node of an extension the writer does not know. */
    private static final class Unknown extends Block {
        @Override
        public BasedSequence[] getSegments() {
            return EMPTY_SEGMENTS;
        }
    }

    @Test
    void tablesAreFoundWithOrWithoutAPipeElsewhereInThePost() {
        String table = "| Tool | Feeds |\n|------|------:|\n| feedcard | 3 |\n";
        assertTrue(MARKDOWN.flexmarkHtml(MARKDOWN.parse(table)).contains("<td align=\"right\">3</td>"), table);
        String withoutPipes = "Setext heading\n---\n\nA line\n- - -\n\n:--- :---:\n";
        String html = MARKDOWN.flexmarkHtml(MARKDOWN.parse(withoutPipes));
        assertTrue(html.startsWith("<h2>Setext heading</h2>") && !html.contains("<table"), html);
    }

    @Test
    void leavesToFlexmarkTheNodesItDoesNotKnow() {
        Document document = MARKDOWN.parse("A paragraph.\n");
        assertNotNull(MarkdownHtml.of(document, new HtmlRendererOptions(document)));
        document.appendChild(new Unknown());
        assertNull(MarkdownHtml.of(document, new HtmlRendererOptions(document)));
    }
}
