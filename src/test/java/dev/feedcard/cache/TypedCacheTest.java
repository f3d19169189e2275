package dev.feedcard.cache;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** {@code reuse(key, make)}: made once, reused by the next builds, made again when its entry is damaged. */
class TypedCacheTest {
    private static final Codec<List<String>> TEXTS = new Codec<>() {
        @Override
        public void write(EntryWriter out, List<String> value) {
            out.texts(value);
        }

        @Override
        public List<String> read(EntryReader in) {
            return in.texts();
        }
    };
    private static final CacheKey KEY = CacheKey.of("test texts", 1).text("one").build();

    @TempDir
    Path dir;

    private TypedCache<List<String>> build() {
        return new TypedCache<>(new DiskCache(dir), TEXTS);
    }

    @Test
    void aValueIsMadeOnceThenReused() {
        AtomicInteger made = new AtomicInteger();
        TypedCache<List<String>> first = build();
        assertEquals(List.of("a", "b"), first.reuse(KEY, () -> {
            made.incrementAndGet();
            return List.of("a", "b");
        }));
        first.commit();

        TypedCache<List<String>> second = build();
        assertEquals(List.of("a", "b"), second.reuse(KEY, () -> List.of("made " + made.incrementAndGet())));
        assertEquals(1, made.get(), "the next build reuses it");
        second.commit();
        assertEquals(List.of("a", "b"), build().get(KEY), "a value reused is kept");
    }

    @Test
    void aDamagedEntryIsMadeAgain() throws Exception {
        TypedCache<List<String>> first = build();
        first.reuse(KEY, () -> List.of("first"));
        first.commit();
        Path entry = onlyEntry();
        byte[] bytes = Files.readAllBytes(entry);
        bytes[bytes.length - 1] ^= 1;
        Files.write(entry, bytes);

        TypedCache<List<String>> next = build();
        assertEquals(List.of("again"), next.reuse(KEY, () -> List.of("again")));
        next.commit();
        assertEquals(List.of("again"), build().get(KEY));

        Files.write(onlyEntry(), new byte[] {1, 2, 3});
        assertEquals(List.of("third"), build().reuse(KEY, () -> List.of("third")), "an entry cut short is made again");
    }

    @Test
    void aValueThatCannotBeReadWholeIsNone() {
        assertNull(TEXTS.decode(new EntryWriter().texts(List.of("a")).text("left over").toBytes()), "bytes left over");
        assertNull(TEXTS.decode(new EntryWriter().number(Integer.MAX_VALUE).toBytes()), "a length beyond the entry");
        assertNull(TEXTS.decode(null));
    }

    @Test
    void whatFailsToBeMadeIsNotKept() {
        TypedCache<List<String>> first = build();
        assertThrows(IllegalStateException.class, () -> first.reuse(KEY, () -> {
            throw new IllegalStateException("cannot be made");
        }));
        first.commit();
        assertNull(build().get(KEY));
    }

    private Path onlyEntry() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".bin")).reduce((a, b) -> {
                throw new AssertionError("more than one entry");
            }).orElseThrow();
        }
    }
}
