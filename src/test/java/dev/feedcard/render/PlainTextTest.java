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

    @Test
    void shortenStopsAtTheLastWordBoundary() {
        assertEquals("one two\u2026", PlainText.shorten("one two three", 12));
        assertEquals("one two three", PlainText.shorten("one two three", 13));
        assertEquals("日本語の文章です\u2026", PlainText.shorten("日本語の文章ですね。", 9), "spaceless scripts cut between characters");
        assertEquals("abcdefgh\u2026", PlainText.shorten("abcdefghijklmnop", 9), "a single word longer than the limit is all that is ever cut inside");
    }

    @Test
    void shortenNeverSplitsACharacterFromItsMarkOrASurrogatePair() {
        String s = PlainText.shorten("e\u0301".repeat(10), 6);
        assertTrue(s.matches("(e\u0301)+\u2026"), "an accent is not split from its letter: " + s);
        String emoji = PlainText.shorten("\uD83D\uDE00".repeat(10), 4);
        assertTrue(emoji.codePoints().noneMatch(c -> Character.isSurrogate((char) c)), emoji);
    }

    @Test
    void emojiAreWordsOfTheirOwnButZwjSequencesStayWhole() {
        String family = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67";
        String cut = PlainText.shorten("Hi " + family.repeat(20), 12);
        assertTrue(cut.endsWith(family + "\u2026"), cut);
        assertFalse(cut.contains("\u200D\u2026"), "no sequence is cut after its joiner");
    }
}
