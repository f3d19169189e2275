package dev.feedcard.render;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlainTextTest {
    @Test
    void shortTextIsKept() {
        assertEquals("A short summary.", PlainText.shorten("A short summary.", 280));
    }

    @Test
    void cutsEnglishAtAWordBoundaryWithAnEllipsis() {
        String text = "word ".repeat(100).strip();
        String cut = PlainText.shorten(text, 280);
        assertTrue(cut.endsWith("word…"), cut);
        assertTrue(cut.codePointCount(0, cut.length()) <= 280);
    }

    @Test
    void cutsJapaneseAtACharacterBoundary() {
        String text = "日本語の文章は単語の間に空白がありません。".repeat(30);
        String cut = PlainText.shorten(text, 280);
        assertEquals(280, cut.codePointCount(0, cut.length()));
        assertTrue(cut.endsWith("…"));
    }

    @Test
    void neverSplitsAnEmojiSurrogatePair() {
        String text = "😀".repeat(400);
        String cut = PlainText.shorten(text, 280);
        assertFalse(cut.chars().anyMatch(c -> Character.isSurrogate((char) c) && cut.codePoints().noneMatch(cp -> cp == 0x1F600)));
        assertEquals(0, cut.replace("😀", "").replace("…", "").length());
    }

    @Test
    void removesCharactersXmlForbidsAndDecodesEntities() {
        assertEquals("a b & c — d", PlainText.clean("a\u0001 b &amp; c &mdash;\u000B d\uFFFE"));
    }
}
