package dev.feedcard.cache;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A key stands for exactly its parts: different parts never make one key. */
class CacheKeyTest {
    private static CacheKey.Builder key() {
        return CacheKey.of("test", 1);
    }

    @Test
    void theSamePartsMakeTheSameKeyOf64HexDigits() {
        CacheKey one = key().text("a").number(7).flag(true).value(List.of("x")).build();
        CacheKey two = key().text("a").number(7).flag(true).value(List.of("x")).build();
        assertEquals(one, two);
        assertEquals(one.hashCode(), two.hashCode());
        assertTrue(one.hex().matches("[0-9a-f]{64}"), one.hex());
        assertEquals(one, CacheKey.ofHex(one.hex()));
    }

    @Test
    void distinctPartsNeverCollide() {
        assertNotEquals(key().text("ab").text("c").build(), key().text("a").text("bc").build());
        assertNotEquals(key().text("a\nb").build(), key().text("a").text("b").build(), "no separator can be forged by a text");
        assertNotEquals(key().text("").build(), key().build(), "an empty text is a part");
        assertNotEquals(key().text(null).build(), key().text("null").build(), "none is not the text \"null\"");
        assertNotEquals(key().number(1).build(), key().text("1").build(), "a number is not its text");
        assertNotEquals(key().flag(true).build(), key().flag(false).build());
        CacheKey inner = key().text("x").build();
        assertNotEquals(key().key(inner).build(), key().text(inner.hex()).build(), "a key is not its text");
    }

    @Test
    void theKindAndFormatArePartOfEveryKey() {
        assertNotEquals(CacheKey.of("test", 1).text("a").build(), CacheKey.of("test", 2).text("a").build(), "a new format is a miss");
        assertNotEquals(CacheKey.of("test", 1).text("a").build(), CacheKey.of("other", 1).text("a").build());
    }
}
