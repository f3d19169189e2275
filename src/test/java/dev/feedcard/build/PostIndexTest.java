package dev.feedcard.build;

import dev.feedcard.cache.DiskCache;
import dev.feedcard.cache.Fingerprint;
import dev.feedcard.cli.Main;
import dev.feedcard.config.Config;
import dev.feedcard.config.Settings;
import dev.feedcard.content.ContentScanner;
import dev.feedcard.content.Post;
import dev.feedcard.content.PostFile;
import dev.feedcard.content.PostReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PostIndexTest {
    @TempDir
    Path dir;

    private Config config(Path content, String timeZone) {
        return Config.from(new Settings(Map.of("content", content.toString(), "timeZone", timeZone), "test"), Instant.EPOCH);
    }

    @Test
    void aPostReadOnceComesBackWholeForTheSameBytesAndSettingsOnly() throws Exception {
        Path content = Files.createDirectories(dir.resolve("content/hello"));
        Files.write(content.resolve("cover.png"), new byte[] {1});
        Files.writeString(content.resolve("index.md"), "---\ntitle: Hello\ndate: 2024-01-01\nupdated: 2024-02-01\ndescription: Greetings\n"
                + "tags: [ja, cats]\nauthor: Ann\nfeaturedImage: cover.png\nfeaturedImageFocus: top\n---\nThe text, 日本語.\n");
        Config config = config(dir.resolve("content"), "UTC");
        PostFile file = ContentScanner.scan(config.content()).get(0);
        byte[] bytes = PostReader.bytes(file);
        String fingerprint = Fingerprint.of(bytes);
        Post post = new PostReader(config).read(file, bytes);

        DiskCache disk = new DiskCache(dir.resolve("cache"));
        PostIndex first = new PostIndex(disk, config, Instant.now());
        assertNull(first.get(file, fingerprint), "nothing is kept yet");
        first.put(post, file, fingerprint);
        first.keep();
        assertNull(new PostIndex(new DiskCache(dir.resolve("cache")), config, Instant.now()).get(file, fingerprint), "kept only once the build commits");

        disk.commit();
        PostIndex next = new PostIndex(new DiskCache(dir.resolve("cache")), config, Instant.now());
        Post kept = next.get(file, fingerprint);
        assertEquals(post, kept, "every field as read, the featured image and the body's place included");
        assertEquals("The text, 日本語.\n", kept.markdown());
        assertNull(next.get(file, Fingerprint.of("other bytes".getBytes())), "other bytes are read again");
        assertNull(new PostIndex(new DiskCache(dir.resolve("cache")), config(dir.resolve("content"), "Asia/Tokyo"), Instant.now()).get(file, fingerprint),
                "other settings make another index");
    }

    @Test
    void aFileIsNotReadAgainWhileItsStampIsTheOneRecordedWellAfterItWasWritten() throws Exception {
        Path post = Files.createDirectories(dir.resolve("content/hello")).resolve("index.md");
        Files.writeString(post, "---\ntitle: Hello\ndate: 2024-01-01\n---\nThe text.\n");
        Config config = config(dir.resolve("content"), "UTC");
        PostFile file = ContentScanner.scan(config.content()).get(0);
        byte[] bytes = PostReader.bytes(file);
        String fingerprint = Fingerprint.of(bytes);
        Post read = new PostReader(config).read(file, bytes);
        Instant later = Instant.now().plusSeconds(60);

        // read just after it was written: its stamp might not show a write in the same tick of the file system's clock
        record(config, Instant.now(), read, file, fingerprint);
        assertNull(stored(config, later).unchanged(file), "a stamp too close to the reading is not kept");

        record(config, later, read, file, fingerprint);
        assertEquals(read, stored(config, later).unchanged(file), "the same stamp, recorded well after the write: not read again");

        Files.writeString(post, "---\ntitle: Jello\ndate: 2024-01-01\n---\nThe text.\n"); // the same size
        PostFile written = ContentScanner.scan(config.content()).get(0);
        assertNotEquals(file.stamp(), written.stamp());
        assertNull(stored(config, later.plusSeconds(60)).unchanged(written), "a file written since has another stamp, so it is read again");
    }

    /** Keeps, as a build that began to read at {@code readingStarted} does, the post read from {@code file}. */
    private void record(Config config, Instant readingStarted, Post post, PostFile file, String fingerprint) {
        DiskCache disk = new DiskCache(dir.resolve("stamped"));
        PostIndex index = new PostIndex(disk, config, readingStarted);
        index.put(post, file, fingerprint);
        index.keep();
        disk.commit();
    }

    private PostIndex stored(Config config, Instant readingStarted) {
        return new PostIndex(new DiskCache(dir.resolve("stamped")), config, readingStarted);
    }

    @Test
    void aRebuildNoticesWhatChangedBesideTheUnchangedPostFile() throws Exception {
        Path content = Files.createDirectories(dir.resolve("content"));
        Path out = dir.resolve("out");
        Path post = content.resolve("hello/index.md");
        Files.createDirectories(post.getParent());
        BufferedImage cover = new BufferedImage(1200, 630, BufferedImage.TYPE_INT_RGB);
        ImageIO.write(cover, "png", post.resolveSibling("cover.png").toFile());
        Files.writeString(post, "---\ntitle: Hello\ndate: 2024-01-01\nfeaturedImage: cover.png\n---\nThe text.\n");
        Files.writeString(content.resolve("edited.md"), "---\ntitle: Edited\ndate: Last Modified\n---\nText.\n");
        Files.setLastModifiedTime(content.resolve("edited.md"), FileTime.from(Instant.parse("2024-03-01T00:00:00Z")));
        assertEquals(0, build(content, out).code());
        assertEquals(1, Files.list(out.resolve(".feedcard/cache/read")).count(), "one index of every post read");
        assertTrue(Files.readString(out.resolve("atom.xml")).contains("2024-03-01T00:00:00Z"));

        // the same bytes, another file time: a date taken from the file's time follows it
        Files.setLastModifiedTime(content.resolve("edited.md"), FileTime.from(Instant.parse("2024-04-01T00:00:00Z")));
        assertEquals(0, build(content, out).code());
        String atom = Files.readString(out.resolve("atom.xml"));
        assertTrue(atom.contains("2024-04-01T00:00:00Z"), atom);

        // the same bytes, but the featured image is gone: the post is read again and the missing image named
        Files.delete(post.resolveSibling("cover.png"));
        Result gone = build(content, out);
        assertNotEquals(0, gone.code());
        assertTrue(gone.err().contains("the featured image 'cover.png' does not exist"), gone.err());
    }

    private record Result(int code, String err) {
    }

    private static Result build(Path content, Path out) {
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err, true), "build", "--content", content.toString(),
                "--out", out.toString(), "--site-url", "https://example.com");
        return new Result(code, err.toString());
    }
}
