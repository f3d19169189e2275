package dev.feedcard.render;

import com.vladsch.flexmark.html.HtmlRendererOptions;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.feedcard.Fixtures;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link MarkdownHtml} writes what flexmark's own renderer writes, character for character. */
class MarkdownHtmlTest {
    private static final Markdown MARKDOWN = new Markdown();

    /** The writer's HTML of {@code text}, asserted to be flexmark's renderer's. */
    private static String sameAsFlexmark(String text) {
        Document document = MARKDOWN.parse(text);
        String ours = MarkdownHtml.of(document, new HtmlRendererOptions(document));
        assertNotNull(ours, () -> "the writer gave up on: " + text);
        assertEquals(MARKDOWN.flexmarkHtml(document), ours, text);
        return ours;
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
    void writesEveryCorpusPostAsFlexmarkDoes() throws IOException {
        List<Path> posts;
        try (Stream<Path> files = Files.walk(Fixtures.corpus())) {
            posts = files.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().toList();
        }
        assertTrue(posts.size() > 100, "the corpus has its posts");
        for (Path post : posts) {
            String text = Files.readString(post);
            sameAsFlexmark(text.substring(text.indexOf("\n---", 3) + 4));
        }
    }

    /** A node of an extension the writer does not know. */
    private static final class Unknown extends Block {
        @Override
        public BasedSequence[] getSegments() {
            return EMPTY_SEGMENTS;
        }
    }

    @Test
    void leavesToFlexmarkTheNodesItDoesNotKnow() {
        Document document = MARKDOWN.parse("A paragraph.\n");
        assertNotNull(MarkdownHtml.of(document, new HtmlRendererOptions(document)));
        document.appendChild(new Unknown());
        assertNull(MarkdownHtml.of(document, new HtmlRendererOptions(document)));
    }
}
