package dev.feedcard.cache;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PackedCacheTest {
    @Test
    void valuesAreFiledInOnePackAndReadBackByTheNextBuild(@TempDir Path dir) throws Exception {
        PackedCache first = new PackedCache(dir);
        for (int i = 0; i < 100; i++) {
            int n = i;
            first.put(key("key " + n), () -> bytes("value " + n));
        }
        assertNull(new PackedCache(dir).get(key("key 1")), "nothing is filed before the commit");
        first.commit();
        onlyPack(dir); // a hundred values, two files

        PackedCache next = new PackedCache(dir);
        assertArrayEquals(bytes("value 42"), next.get(key("key 42")));
        assertNull(next.get(key("key 100")));
        assertEquals(100, next.keys().size());
    }

    @Test
    void aCommitDropsWhatTheBuildDidNotUseAndWritesNothingWhenNothingChanged(@TempDir Path dir) throws Exception {
        PackedCache first = new PackedCache(dir);
        for (String key : List.of("a", "b", "c")) first.put(key(key), () -> bytes(key));
        first.commit();

        PackedCache same = new PackedCache(dir);
        same.keep(key("a"));
        same.get(key("b"));
        same.keep(key("c"));
        Map<String, FileTime> times = times(dir);
        Thread.sleep(20);
        same.commit();
        assertEquals(times, times(dir), "nothing added or dropped: no file written");

        PackedCache fewer = new PackedCache(dir);
        fewer.keep(key("a"));
        fewer.commit();
        PackedCache after = new PackedCache(dir);
        assertEquals(Set.of(key("a")), after.keys());
        assertArrayEquals(bytes("a"), after.get(key("a")));
    }

    @Test
    void smallOrMostlyUnusedPacksAreFoldedIntoTheNextSoPacksDoNotPileUp(@TempDir Path dir) throws Exception {
        for (int build = 0; build < 10; build++) {
            PackedCache cache = new PackedCache(dir);
            for (CacheKey key : cache.keys()) cache.keep(key);
            String key = "post " + build;
            cache.put(key(key), () -> bytes(key));
            cache.commit();
        }
        onlyPack(dir); // each small pack went into the next
        PackedCache cache = new PackedCache(dir);
        assertEquals(10, cache.keys().size());
        for (int build = 0; build < 10; build++) assertArrayEquals(bytes("post " + build), cache.get(key("post " + build)));
    }

    @Test
    void aDamagedPackOrIndexIsAMissNeverAWrongValue(@TempDir Path dir) throws Exception {
        PackedCache first = new PackedCache(dir);
        first.put(key("one"), () -> bytes("the first value"));
        first.put(key("two"), () -> bytes("the second value"));
        first.commit();

        Path pack = onlyPack(dir);
        byte[] packed = Files.readAllBytes(pack);
        String text = new String(packed, StandardCharsets.UTF_8);
        packed[text.indexOf("first")] ^= 0x20;
        Files.write(pack, packed);
        PackedCache damaged = new PackedCache(dir);
        assertNull(damaged.get(key("one")), "a changed byte fails the value's checksum");
        assertArrayEquals(bytes("the second value"), damaged.get(key("two")));

        Files.write(pack, new byte[3]);
        assertNull(new PackedCache(dir).get(key("two")), "a pack cut short");
        Files.delete(pack);
        assertNull(new PackedCache(dir).get(key("two")), "a pack removed by another build");

        Path index = dir.resolve(PackedCache.INDEX);
        byte[] indexBytes = Files.readAllBytes(index);
        indexBytes[indexBytes.length / 2] ^= 1;
        Files.write(index, indexBytes);
        assertTrue(new PackedCache(dir).keys().isEmpty(), "a damaged index is an empty cache");

        PackedCache again = new PackedCache(dir);
        again.put(key("three"), () -> bytes("made again"));
        again.commit();
        assertArrayEquals(bytes("made again"), new PackedCache(dir).get(key("three")), "a damaged cache is written afresh");
    }

    @Test
    void filesOfAnOlderLayoutAreRemoved(@TempDir Path dir) throws Exception {
        Files.write(dir.resolve("0123abcd".repeat(8) + ".bin"), bytes("an entry of the file-per-value cache, named by its key's SHA-256"));
        PackedCache cache = new PackedCache(dir);
        cache.put(key("new"), () -> bytes("value"));
        cache.commit();
        onlyPack(dir);
    }

    @Test
    void theSameValuesMakeTheSamePackHoweverTheyWereAdded(@TempDir Path one, @TempDir Path other) throws Exception {
        PackedCache first = new PackedCache(one);
        for (String key : List.of("a", "b", "c")) first.put(key(key), () -> bytes(key));
        first.commit();
        PackedCache second = new PackedCache(other);
        for (String key : List.of("c", "a", "b")) second.put(key(key), () -> bytes(key));
        second.commit();
        assertEquals(names(one), names(other));
        assertArrayEquals(Files.readAllBytes(onlyPack(one)), Files.readAllBytes(onlyPack(other)));
        assertArrayEquals(Files.readAllBytes(one.resolve(PackedCache.INDEX)), Files.readAllBytes(other.resolve(PackedCache.INDEX)));
    }

    private static CacheKey key(String name) {
        return CacheKey.of("test value", 1).text(name).build();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** The one pack in {@code dir}, where the index is the only other file. */
    private static Path onlyPack(Path dir) throws Exception {
        Set<String> names = names(dir);
        assertEquals(2, names.size(), names.toString());
        assertTrue(names.contains(PackedCache.INDEX), names.toString());
        return dir.resolve(names.stream().filter(name -> name.startsWith("pack-")).findFirst().orElseThrow());
    }

    private static Set<String> names(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        }
    }

    private static Map<String, FileTime> times(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.collect(Collectors.toMap(p -> p.getFileName().toString(), p -> {
                try {
                    return Files.getLastModifiedTime(p);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
    }
}
