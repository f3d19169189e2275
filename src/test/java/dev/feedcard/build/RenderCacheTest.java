package dev.feedcard.build;

import dev.feedcard.cache.CacheKey;
import dev.feedcard.cache.EntryWriter;
import dev.feedcard.cache.PackedCache;
import dev.feedcard.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RenderCacheTest {
    @Test
    void aRebuildReusesRenderedPostsUntilTheirTextOrPermalinkChanges(@TempDir Path dir) throws Exception {
        Path content = dir.resolve("content");
        Path out = dir.resolve("out");
        Files.createDirectories(content);
        Files.writeString(content.resolve("one.md"), "---\ntitle: One\ndate: 2024-01-01\n---\nThe first post, with [a link](/about/).\n");
        Files.writeString(content.resolve("two.md"), "---\ntitle: Two\ndate: 2024-01-02\n---\nThe second post.\n");
        Path cache = out.resolve(".feedcard/cache/posts");

        assertEquals(0, build(content, out, "https://example.com"));
        assertEquals(2, new PackedCache(cache).keys().size(), "one stored rendering per post in a feed");
        assertTrue(atom(out).contains("href=\"https://example.com/about/\""));

        // Replace every stored rendering: a rebuild that shows them has read the cache instead of rendering again.
        // (The feeds' own records go, or the rebuild would rightly keep the feeds, made from the same posts.)
        replaceAll(cache, rendering("<p>kept from the last build</p>", "kept"));
        deleteFeedRecords(out);
        assertEquals(0, build(content, out, "https://example.com"));
        assertEquals(2, countOf(atom(out), "kept from the last build"), "nothing changed, so nothing was rendered again");

        Files.writeString(content.resolve("two.md"), "---\ntitle: Two\ndate: 2024-01-02\n---\nThe second post, rewritten.\n");
        assertEquals(0, build(content, out, "https://example.com"));
        assertTrue(atom(out).contains("The second post, rewritten."), "a changed post is rendered again");
        assertEquals(1, countOf(atom(out), "kept from the last build"), "only the changed post was rendered again");
        assertEquals(2, new PackedCache(cache).keys().size(), "the changed post's old rendering was removed");

        assertEquals(0, build(content, out, "https://blog.example.org"));
        assertFalse(atom(out).contains("kept from the last build"), "a new permalink resolves the content's URLs again");
        assertTrue(atom(out).contains("href=\"https://blog.example.org/about/\""));

        replaceAll(cache, new byte[] {0, 0, 0, 1, 0x7f});
        deleteFeedRecords(out);
        assertEquals(0, build(content, out, "https://blog.example.org"));
        assertTrue(atom(out).contains("The first post, with"), "a damaged stored rendering is rendered again");

        // A crash of the machine can leave a pack whose bytes are not those written: the checksums tell.
        String clean = atom(out);
        for (Path pack : packs(cache)) {
            byte[] bytes = Files.readAllBytes(pack);
            bytes[20] ^= 0x20; // a letter of the stored HTML changes case (or a space becomes a NUL)
            Files.write(pack, bytes);
        }
        deleteFeedRecords(out);
        assertEquals(0, build(content, out, "https://blog.example.org"));
        assertEquals(clean, atom(out), "a stored rendering with a changed byte is rendered again");
    }

    /** Files {@code value} under every key of the cache, as a build would. */
    private static void replaceAll(Path cache, byte[] value) {
        PackedCache packs = new PackedCache(cache);
        for (CacheKey key : packs.keys()) packs.put(key, () -> value);
        packs.commit();
    }

    private static void deleteFeedRecords(Path out) throws Exception {
        for (Path file : stored(out.resolve(".feedcard/cache/feeds"))) Files.delete(file);
    }

    private static int build(Path content, Path out, String site) {
        return Main.run("build", "--content", content.toString(), "--out", out.toString(), "--site-url", site, "-q");
    }

    private static String atom(Path out) throws Exception {
        return Files.readString(out.resolve("atom.xml"));
    }

    private static int countOf(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    private static byte[] rendering(String html, String summary) {
        return new EntryWriter().text(html).text(summary).toBytes();
    }

    private static List<Path> stored(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(".bin")).sorted().toList();
        }
    }

    private static List<Path> packs(Path folder) throws Exception {
        return stored(folder).stream().filter(p -> p.getFileName().toString().startsWith("pack-")).toList();
    }
}
