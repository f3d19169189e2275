package dev.feedcard.cache;

import org.junit.jupiter.api.Test;

import dev.feedcard.config.Config;
import dev.feedcard.config.Settings;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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
        assertNotEquals(key().value(Instant.EPOCH).build(), key().value(Instant.ofEpochSecond(0, 1)).build(), "an instant is keyed to the nanosecond");
        assertNotEquals(key().value(Instant.EPOCH).build(), key().number(0).build(), "an instant is more than its seconds");
        assertNotEquals(key().value((Instant) null).build(), key().value(Instant.EPOCH).build());
        CacheKey inner = key().text("x").build();
        assertNotEquals(key().key(inner).build(), key().text(inner.hex()).build(), "a key is not its text");
    }

    record Inner(String name, List<Integer> numbers) {
    }

    record Outer(Inner inner, List<Inner> list, Map<String, Inner> map, Object none, Named named) {
    }

    record Named(String name) {
        @Override
        public String toString() {
            return "named " + name;
        }
    }

    @Test
    void aValueIsKeyedByTheTextItsToStringGives() {
        Outer outer = new Outer(new Inner("a", List.of(1, 2)), List.of(new Inner("b", List.of()), new Inner(null, List.of(3))),
                new TreeMap<>(Map.of("k", new Inner("c", List.of(4)), "l", new Inner("d", List.of()))), null, new Named("n"));
        assertEquals(outer.toString(), CacheKey.textOf(outer));
        assertEquals("named n", CacheKey.textOf(new Named("n")), "a record's own toString() is called");
        Config config = Config.from(new Settings(Map.of("siteUrl", "https://example.org/blog/", "language", "ja", "languages", "en, ja",
                "frontMatter", Map.of("title", "headline", "date", List.of("created", "written")), "static", "src, content"), "test"), Instant.EPOCH);
        for (Object settings : List.of(config.site(), config.feeds(), config.contentSettings(), config.cards(), config.output())) {
            assertEquals(settings.toString(), CacheKey.textOf(settings), settings.getClass().getName());
        }
        assertEquals(key().value(outer).build(), key().text(outer.toString()).build());
    }

    @Test
    void theKindAndFormatArePartOfEveryKey() {
        assertNotEquals(CacheKey.of("test", 1).text("a").build(), CacheKey.of("test", 2).text("a").build(), "a new format is a miss");
        assertNotEquals(CacheKey.of("test", 1).text("a").build(), CacheKey.of("other", 1).text("a").build());
    }
}
