package dev.feedcard.render;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.SubSequence;
import dev.feedcard.Fixtures;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuickAutolinksTest {
    private static final Markdown QUICK = new Markdown();
    private static final Markdown FLEXMARK = new Markdown(AutolinkExtension.create());

    private static String html(Markdown markdown, String text) {
        return markdown.html(markdown.parse(text));
    }

    @Test
    void linksWhatFlexmarksOwnExtensionLinks() {
        List<String> texts = List.of(
                "See https://example.com/a_b_c?x=1&y=2 for more.",
                "Visit www.example.com or WWW.EXAMPLE.ORG today.",
                "Write to someone@example.com, or to ann&#64;example.com.",
                "A dot. Then www.example.com at the end",
                "Escaped: https\\://example.com and an entity: https&#58;//example.com",
                "日本語の文章 https://example.jp/記事 の後に。",
                "*emphasis around https://example.com/x* and `https://example.com/code` in code",
                "<https://example.com/angle> and [a link](https://example.com/inline) and ftp://files.example.com/x",
                "Plain text without any link at all, not even a dot",
                "Colons that start no link: note: 12:30, mailto:someone, urn:isbn:123 and javascript:void(0)",
                "| a | b |\n|---|---|\n| https://example.com/cell | mail@example.com |",
                "Escapes inside links: http\\:\\/\\/example.com/x, w\\ww.example.com, a\\@example.com and http:\\//example.com/y",
                "A formula $\\alpha \\cdot \\mathbf{x}_i$ and \\*stars\\* beside https://example.com/z and www\\.example.org");
        for (String text : texts) {
            assertEquals(html(FLEXMARK, text), html(QUICK, text), text);
        }
        assertTrue(html(QUICK, texts.get(0)).contains("<a href=\"https://example.com/a_b_c?x=1&amp;y=2\">"));
        assertTrue(html(QUICK, texts.get(1)).contains("<a href=\"http://www.example.com\">www.example.com</a>"), html(QUICK, texts.get(1)));
    }

    @Test
    void linksTheCorpusAsFlexmarksOwnExtensionDoes() throws IOException {
        List<Path> posts = Fixtures.corpusPosts();
        assertFalse(posts.isEmpty(), "the corpus is at " + Fixtures.corpus().toAbsolutePath());
        for (Path post : posts) {
            String text = Files.readString(post);
            assertEquals(html(FLEXMARK, text), html(QUICK, text), post.toString());
        }
    }

    @Test
    void passesOverOnlyTextThatCannotHoldALink() {
        assertFalse(QuickAutolinks.mayHoldLink("Nothing here. Or here."));
        assertFalse(QuickAutolinks.mayHoldLink("日本語だけ。"));
        assertFalse(QuickAutolinks.mayHoldLink("Note: a colon, and a time 12:30"), "a scheme is linked only before //");
        for (String text : List.of("a://b", "a@b", "x www.y", ". WwW.y", "&#64;", "a\\://b", "a:\\/\\/b", "w\\ww.x", "x\\@y")) {
            assertTrue(QuickAutolinks.mayHoldLink(text), text);
        }
        assertFalse(QuickAutolinks.mayHoldLink("$\\alpha + \\beta_{i}$ and \\*not emphasis\\*"), "escapes that hide no link");
    }

    @Test
    void aRunOfThePostIsLookedAtWithinItsBounds() {
        BasedSequence post = BasedSequence.of("See https://example.org/x, www.example.org or me@example.org.");
        assertInstanceOf(SubSequence.class, post.subSequence(4, 25), "a run of the post is read in the post's string");
        assertTrue(QuickAutolinks.mayHoldLink(post.subSequence(4, 25)));
        assertFalse(QuickAutolinks.mayHoldLink(post.subSequence(0, 10)), "'https:' without its '//'");
        assertFalse(QuickAutolinks.mayHoldLink(post.subSequence(28, 33)), "'ww.ex': the 'w' before it is outside the run");
        assertTrue(QuickAutolinks.mayHoldLink(post.subSequence(27, 33)));
        assertFalse(QuickAutolinks.mayHoldLink(post.subSequence(46, 48)), "'me', the '@' after it outside the run");
    }
}
