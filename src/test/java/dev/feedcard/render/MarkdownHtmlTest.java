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
        String feed = MarkdownHtml.feed(document, new HtmlRendererOptions(document), PERMALINK, MEDIA);
        String cleaned = FeedHtml.of(flexmark, PERMALINK, "en", MEDIA);
        if (feed != null) assertEquals(cleaned, feed, text);
        assertEquals(cleaned, MARKDOWN.feedHtml(document, PERMALINK, "en", MEDIA), text);
        return ours;
    }

    /** The feed HTML the writer makes of {@code text} without an HTML parser; null when it leaves it to one. */
    private static String feedOf(String text) {
        Document document = MARKDOWN.parse(text);
        return MarkdownHtml.feed(document, new HtmlRendererOptions(document), PERMALINK, MEDIA);
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
        assertNull(feedOf("Text with <span>raw HTML</span>."), "raw HTML is left to jsoup");
        assertNull(feedOf("<div>\nA block\n</div>"), "a raw HTML block too");
        assertNull(feedOf(texts.get(7)), "a link inside a link is left to jsoup, which takes the two apart");
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
        assertNull(feedOf("A<br clear=\"all\">B"), "a line break with attributes is left to jsoup");
        assertNull(feedOf("A</br>B"), "and one written as an end tag");
        assertNull(feedOf("<br>\nText in the same HTML block"), "and an HTML block with more than line breaks");
        assertNull(feedOf("A<br><!-- note -->B"), "and a comment");
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
        assertTrue(straight > 40, straight + " of the corpus's posts have no raw HTML and are written straight to feed HTML");
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
