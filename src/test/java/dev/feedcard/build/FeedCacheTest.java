package dev.feedcard.build;

import dev.feedcard.cache.CacheKey;
import dev.feedcard.cache.DiskCache;
import dev.feedcard.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FeedCacheTest {
    private static final CacheKey KEY = CacheKey.of("a feed", 1).text("atom.xml").build();
    private static final FileTime LONG_AGO = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));

    @Test
    void aRebuildWritesOnlyTheFeedsOfTheChangedPostAndRestoresFeedsChangedByHand(@TempDir Path dir) throws Exception {
        Path content = catsAndDogs(dir);
        Path out = dir.resolve("out");
        assertEquals(0, build(content, out));
        assertEquals(4, stored(out.resolve(".feedcard/cache/feeds")), "one record per feed: the site's, each tag's and the language's");
        byte[] catsFeed = Files.readAllBytes(out.resolve("tags/cats/atom.xml"));
        for (String feed : new String[] {"atom.xml", "tags/cats/atom.xml", "tags/dogs/atom.xml", "tags/dogs/feed.json"}) {
            Files.setLastModifiedTime(out.resolve(feed), LONG_AGO);
        }

        Files.writeString(content.resolve("dogs.md"), "---\ntitle: Dogs\ndate: 2024-01-02\ntags: [dogs]\n---\nAbout dogs, again.\n");
        assertEquals(0, build(content, out));
        assertEquals(LONG_AGO, Files.getLastModifiedTime(out.resolve("tags/cats/atom.xml")), "a feed without the changed post is left alone");
        assertTrue(Files.getLastModifiedTime(out.resolve("tags/dogs/atom.xml")).compareTo(LONG_AGO) > 0);
        assertTrue(Files.readString(out.resolve("tags/dogs/feed.json")).contains("About dogs, again."));
        assertTrue(Files.readString(out.resolve("atom.xml")).contains("About dogs, again."));
        assertEquals(4, stored(out.resolve(".feedcard/cache/feeds")), "the records of the old dogs feeds were replaced");

        Files.writeString(out.resolve("tags/cats/atom.xml"), "<feed>edited by hand</feed>");
        Files.delete(out.resolve("tags/cats/rss.xml"));
        assertEquals(0, build(content, out));
        assertEquals(new String(catsFeed, java.nio.charset.StandardCharsets.UTF_8), Files.readString(out.resolve("tags/cats/atom.xml")),
                "a feed whose file no longer holds what feedcard wrote is written again");
        assertTrue(Files.exists(out.resolve("tags/cats/rss.xml")));
        assertFalse(Files.readString(out.resolve("tags/cats/rss.xml")).isEmpty());
    }

    @Test
    void aPublishedFileIsNotReadAgainWhileItKeepsTheStampRecordedWellAfterItWasWritten(@TempDir Path dir) throws Exception {
        Path root = Files.createDirectories(dir.resolve("out"));
        Path feed = root.resolve("atom.xml");
        byte[] bytes = "<feed/>".getBytes(StandardCharsets.UTF_8);
        Files.write(feed, bytes);
        FeedCache written = new FeedCache(new DiskCache(dir.resolve("cache")));
        written.put(KEY, "atom.xml", bytes);
        written.commit();

        FeedCache next = new FeedCache(new DiskCache(dir.resolve("cache")));
        Map<String, FeedCache.PublishedFile> published = next.published(KEY, Set.of("atom.xml"));
        assertNull(published.get("atom.xml").stamp(), "just written: its stamp might not show a write in the same clock tick");
        assertTrue(next.stillHeld(root, KEY, published, Instant.now()), "read, and it holds the bytes");
        Instant later = Instant.now().plusSeconds(60);
        assertTrue(next.stillHeld(root, KEY, published, later));
        next.commit();

        FeedCache third = new FeedCache(new DiskCache(dir.resolve("cache")));
        Map<String, FeedCache.PublishedFile> stamped = third.published(KEY, Set.of("atom.xml"));
        FeedCache.PublishedFile file = stamped.get("atom.xml");
        assertNotNull(file.stamp(), "checked well after it was written: its stamp now stands for its bytes");
        assertTrue(third.stillHeld(root, KEY, Map.of("atom.xml", new FeedCache.PublishedFile("not its fingerprint", file.stamp())), later),
                "the same stamp: not read (reading would not find that fingerprint)");

        Files.write(feed, "<feed?>".getBytes(StandardCharsets.UTF_8)); // the same size
        assertFalse(third.stillHeld(root, KEY, stamped, later), "written since: another stamp, so read, and other bytes");
        Files.delete(feed);
        assertFalse(third.stillHeld(root, KEY, stamped, later));
    }

    @Test
    void aFeedWhoseEntryTimeMovedBecauseOfAPostElsewhereIsWrittenAgain(@TempDir Path dir) throws Exception {
        Path content = dir.resolve("content");
        Path out = dir.resolve("out");
        Files.createDirectories(content);
        Files.writeString(content.resolve("cats.md"), "---\ntitle: Cats\ndate: 2024-01-01T00:00:00Z\ntags: [cats]\n---\nAbout cats.\n");
        assertEquals(0, build(content, out));
        assertTrue(Files.readString(out.resolve("tags/cats/atom.xml")).contains("<updated>2024-01-01T00:00:00Z</updated>"));

        // a post of the same day in another tag, listed after cats: the cats entry becomes the later by a second
        Files.writeString(content.resolve("dogs.md"), "---\ntitle: Dogs\ndate: 2024-01-01T00:00:00Z\ntags: [dogs]\n---\nAbout dogs.\n");
        assertEquals(0, build(content, out));
        assertTrue(Files.readString(out.resolve("atom.xml")).contains("<updated>2024-01-01T00:00:01Z</updated>"));
        assertTrue(Files.readString(out.resolve("tags/cats/atom.xml")).contains("<updated>2024-01-01T00:00:01Z</updated>"),
                "the cats feed shows the time the site's feed shows, though its own post did not change");
        assertTrue(Files.readString(out.resolve("tags/cats/feed.json")).contains("\"date_modified\": \"2024-01-01T00:00:01Z\""));
    }

    @Test
    void aRebuildDoesNotLoadTheRenderingsOfFeedsLeftAsTheyWereButKeepsThem(@TempDir Path dir) throws Exception {
        Path content = catsAndDogs(dir);
        Path out = dir.resolve("out");
        assertEquals(0, build(content, out));
        Path renderings = out.resolve(".feedcard/cache/posts");
        assertEquals(2, stored(renderings));
        // damaged entries: a build that read one would find it unusable, render the post again and store it anew
        List<Path> entries;
        try (Stream<Path> files = Files.list(renderings)) {
            entries = files.toList();
        }
        for (Path entry : entries) Files.writeString(entry, "damaged");

        assertEquals(0, build(content, out));
        for (Path entry : entries) {
            assertEquals("damaged", Files.readString(entry), "the rendering was neither read nor dropped: its feeds did not change");
        }

        Files.delete(out.resolve("tags/cats/rss.xml"));
        assertEquals(0, build(content, out));
        assertTrue(Files.readString(out.resolve("tags/cats/rss.xml")).contains("About cats."),
                "a feed removed by hand is written again, from its post rendered anew");
    }

    /** A content folder with two posts, each with a tag of its own. */
    private static Path catsAndDogs(Path dir) throws Exception {
        Path content = Files.createDirectories(dir.resolve("content"));
        Files.writeString(content.resolve("cats.md"), "---\ntitle: Cats\ndate: 2024-01-01\ntags: [cats]\n---\nAbout cats.\n");
        Files.writeString(content.resolve("dogs.md"), "---\ntitle: Dogs\ndate: 2024-01-02\ntags: [dogs]\n---\nAbout dogs.\n");
        return content;
    }

    private static int build(Path content, Path out) {
        return Main.run("build", "--content", content.toString(), "--out", out.toString(), "--feeds-only", "-q");
    }

    private static long stored(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(".bin")).count();
        }
    }
}
