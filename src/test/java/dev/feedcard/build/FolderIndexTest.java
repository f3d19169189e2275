package dev.feedcard.build;

import dev.feedcard.content.ContentScanner;
import dev.feedcard.content.FolderListings;
import dev.feedcard.cache.DiskCache;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FolderIndexTest {
    @TempDir
    Path dir;

    @Test
    void theListingsComeBackWholeForTheNextBuildAndADamagedEntryIsNone() throws Exception {
        Path content = dir.resolve("content");
        for (String post : List.of("a/index.md", "a/index.ja.md", "b/index.md", "posts/2024/c.md", "日本語/index.md")) {
            Files.createDirectories(content.resolve(post).getParent());
            Files.writeString(content.resolve(post), "---\ntitle: x\n---\n");
        }
        Instant later = Instant.now().plusSeconds(60);
        DiskCache disk = new DiskCache(dir.resolve("cache"));
        FolderListings listings = FolderIndex.load(disk, content, later);
        ContentScanner.scan(content, List.of(), listings);
        assertEquals(5, listings.current().size());
        FolderIndex.keep(disk, content, listings);
        disk.commit();

        FolderListings loaded = FolderIndex.load(new DiskCache(dir.resolve("cache")), content, later);
        assertEquals(listings.current(), loadedListings(loaded, content));
        assertTrue(FolderIndex.load(new DiskCache(dir.resolve("cache")), dir.resolve("elsewhere"), later).current().isEmpty(),
                "another content folder has other listings");

        try (Stream<Path> entries = Files.list(dir.resolve("cache"))) {
            Path entry = entries.findFirst().orElseThrow();
            byte[] bytes = Files.readAllBytes(entry);
            bytes[bytes.length - 1] ^= 1;
            Files.write(entry, bytes);
        }
        FolderListings damaged = FolderIndex.load(new DiskCache(dir.resolve("cache")), content, later);
        ContentScanner.scan(content, List.of(), damaged);
        assertTrue(damaged.changed(), "nothing came back, so every folder was listed");
        assertEquals(listings.current(), damaged.current());
    }

    /** The listings a scan with {@code loaded} takes over unchanged (all of them, when nothing changed). */
    private static Object loadedListings(FolderListings loaded, Path content) {
        ContentScanner.scan(content, List.of(), loaded);
        assertFalse(loaded.changed());
        return loaded.current();
    }
}
