package dev.feedcard.render;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.feedcard.Fixtures;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Markdown's parser, with its own inline matches, makes the tree flexmark's own parser makes, node for node. */
class InlineMatchesTest {
    private static final Markdown MARKDOWN = new Markdown();

    /** Each node's kind and every segment of its text (where a link's text, address and title lie), in tree order. */
    private static String tree(Node node) {
        StringBuilder out = new StringBuilder();
        tree(node, 0, out);
        return out.toString();
    }

    private static void tree(Node node, int depth, StringBuilder out) {
        out.append("  ".repeat(depth)).append(node.getClass().getSimpleName());
        for (BasedSequence segment : node.getSegments()) {
            out.append(' ').append(segment.getStartOffset()).append('-').append(segment.getEndOffset());
        }
        out.append('\n');
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) tree(child, depth + 1, out);
    }

    private static void sameTree(String markdown) {
        assertEquals(tree(MARKDOWN.parseAsFlexmarkDoes(markdown)), tree(MARKDOWN.parse(markdown)), markdown);
    }

    @Test
    void linksTitlesReferencesAndTablesAreFoundWhereFlexmarkFindsThem() {
        List<String> texts = List.of(
                "[a](/x \"title\") [b]( /y 'other' ) [c](<z w> (third)) ![d](i.png \"t\")\n[e]\n\n[e]: https://example.org/e \"E\"\n",
                "[ref][r1] and [collapsed][] and [shortcut]\n\n[r1]: </a b>\n  'spread\nover lines'\n[collapsed]: /c\n[shortcut]: /s\n",
                "| a | b |\n|---|:-:|\n| [x](/x) | `y|z` |\n\nText [after](/after \"t\")  \nhard break\\\nand more.",
                "Footnote[^1] and ~~struck~~ https://example.org/bare <https://example.org/angle> mail@example.org\n\n[^1]: The note, [linked](/n).\n",
                "[unclosed](/x \"title\n\n[not a link] (/x) [empty]() [spaces](  /s  )\n");
        for (String text : texts) sameTree(text);
    }

    @Test
    void everyCorpusPostGetsFlexmarksTree() throws IOException {
        List<Path> posts = Fixtures.corpusPosts();
        assertTrue(posts.size() > 100, "the corpus has its posts");
        List<String> withLinks = new ArrayList<>();
        for (Path post : posts) {
            String text = Files.readString(post);
            sameTree(text);
            if (text.contains("](")) withLinks.add(post.toString());
        }
        assertTrue(withLinks.size() > 50, withLinks.size() + " posts with links");
    }
}
