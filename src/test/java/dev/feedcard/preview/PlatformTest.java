package dev.feedcard.preview;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class PlatformTest {
    @Test
    void textThatFitsIsKept() {
        assertEquals("Short title", Platform.shorten("  Short   title ", 70));
        assertNull(Platform.shorten(null, 70));
    }

    @Test
    void longTextIsCutAtAWordWithAnEllipsis() {
        assertEquals("The quick brown fox…", Platform.shorten("The quick brown fox jumps over the lazy dog", 24));
        assertEquals("Feeds and cards…", Platform.shorten("Feeds and cards, written by one tool", 18), "no comma before the ellipsis");
    }

    @Test
    void textWithoutSpacesIsCutAtTheLimitCountingCodePoints() {
        assertEquals("東京の秋は赤と黄…", Platform.shorten("東京の秋は赤と黄色に染まります", 9));
        assertEquals("😀😀😀😀…", Platform.shorten("😀😀😀😀😀😀😀", 5), "emoji count as one character each");
    }
}
