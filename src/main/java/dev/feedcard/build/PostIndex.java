package dev.feedcard.build;

import dev.feedcard.config.Config;
import dev.feedcard.config.Version;
import dev.feedcard.content.Author;
import dev.feedcard.content.FeaturedImage;
import dev.feedcard.content.FileStamp;
import dev.feedcard.content.Post;
import dev.feedcard.content.PostBody;
import dev.feedcard.content.PostFile;
import dev.feedcard.content.PostReader;
import dev.feedcard.output.DiskCache;
import dev.feedcard.report.Problem;

import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The posts earlier builds read, by file, each with the fingerprint of the bytes it was read from, kept as one entry
 * of the cache: a rebuild takes a post whose file holds the same bytes from here instead of parsing its front matter
 * again (most of the time of reading ten thousand posts). The entry is filed under everything reading depends on
 * besides the file: the content folder, the site's time zone, language and URL, the language tags, the front matter
 * names and static folders, the site's authors file (whose handles the posts' authors were looked up in), and
 * feedcard's version.
 */
public final class PostIndex {
    private static final int FORMAT = 3;

    private final DiskCache disk;
    private final Map<String, Indexed> earlier;
    private final Map<String, Indexed> now = new ConcurrentHashMap<>();
    private final String key;
    private final Instant readingStarted;

    /**
     * A post, the fingerprint of its file's bytes, and the file's stamp when it was read, if that stamp stands for
     * those bytes (else null).
     */
    private record Indexed(String fingerprint, FileStamp stamp, Post post) {
    }

    /** @param readingStarted when this build began to list and read the posts */
    PostIndex(DiskCache disk, Config config, Instant readingStarted) {
        this.disk = disk;
        this.readingStarted = readingStarted;
        this.key = String.join("\n", "post index " + FORMAT, "feedcard " + Version.code(), config.content().toAbsolutePath().normalize().toString(),
                String.valueOf(config.site().timeZone()), config.site().language(), String.valueOf(config.site().url()),
                String.valueOf(config.feeds().languages()), String.valueOf(config.feeds().keepLanguageTags()),
                String.valueOf(config.contentSettings()), authorsFile(config));
        this.earlier = decode(disk.get(key));
    }

    /** The site's authors file and the fingerprint of its bytes, or "no authors file". */
    private static String authorsFile(Config config) {
        Path file = PostReader.authorsFile(config.content());
        return file == null ? "no authors file" : file + " " + DiskCache.fingerprint(file);
    }

    /**
     * The post an earlier build read from {@code file}, when the file's stamp is still the one it had then (so it
     * holds the same bytes, not read again); null when it is not, or was not known to stand for the bytes.
     */
    Post unchanged(PostFile file) {
        Indexed indexed = earlier.get(file.name());
        if (indexed == null || indexed.stamp() == null || !indexed.stamp().equals(file.stamp())) return null;
        now.put(file.name(), indexed);
        return indexed.post();
    }

    /** The post an earlier build read from {@code file} with these bytes (by their {@link PostBody#fingerprint}), or null. */
    Post get(PostFile file, String fingerprint) {
        Indexed indexed = earlier.get(file.name());
        if (indexed == null || !indexed.fingerprint().equals(fingerprint)) return null;
        now.put(file.name(), new Indexed(fingerprint, settled(file), indexed.post()));
        return indexed.post();
    }

    /** Remembers a post read in this build from {@code file} with these bytes, for the next one. */
    void put(Post post, PostFile file, String fingerprint) {
        now.put(post.file(), new Indexed(fingerprint, settled(file), post));
    }

    /** The file's stamp, when it was taken well after the file was last written; else null (the next build reads it). */
    private FileStamp settled(PostFile file) {
        return file.stamp() != null && file.stamp().settledBefore(readingStarted) ? file.stamp() : null;
    }

    /**
     * Files this build's posts at the next cache commit; the posts of files that are gone are forgotten. An index
     * whose every post came back unchanged is kept as it is, not written again.
     */
    void keep() {
        boolean same = now.size() == earlier.size() && now.entrySet().stream().allMatch(e -> earlier.get(e.getKey()) == e.getValue());
        if (same) {
            disk.keep(key);
            return;
        }
        Map<String, Indexed> posts = new TreeMap<>(now); // by file: the same posts give the same bytes
        disk.put(key, () -> encode(posts));
    }

    private static byte[] encode(Map<String, Indexed> posts) {
        return StoredText.entry(posts.size() * 512, out -> {
            out.writeInt(FORMAT);
            out.writeInt(posts.size());
            for (Indexed indexed : posts.values()) {
                Post p = indexed.post();
                StoredText.write(out, indexed.fingerprint());
                FileStamp stamp = indexed.stamp();
                out.writeBoolean(stamp != null);
                if (stamp != null) StoredText.writeStamp(out, stamp);
                for (String text : List.of(p.file(), p.slug(), p.title(), p.description(), p.language(), p.section(), p.languagePrefix())) StoredText.write(out, text);
                StoredText.write(out, p.permalink());
                out.writeLong(p.published().getEpochSecond());
                out.writeInt(p.published().getNano());
                out.writeLong(p.updated().getEpochSecond());
                out.writeInt(p.updated().getNano());
                StoredText.writeList(out, p.tags());
                out.writeInt(p.authors().size());
                for (Author author : p.authors()) {
                    for (String text : new String[]{author.name(), author.url(), author.email(), author.avatar()}) StoredText.write(out, text);
                }
                out.writeInt(p.warnings().size());
                for (Problem warning : p.warnings()) {
                    out.writeInt(warning.line());
                    StoredText.write(out, warning.message());
                    StoredText.write(out, warning.hint());
                }
                out.writeInt(p.bodyLine());
                out.writeBoolean(p.draft());
                PostBody.Stored body = p.body().stored();
                StoredText.write(out, body.file().toString());
                out.writeInt(body.offset());
                FeaturedImage image = p.image();
                out.writeBoolean(image != null);
                if (image != null) {
                    StoredText.write(out, image.declared());
                    StoredText.write(out, image.file() == null ? null : image.file().toString());
                    StoredText.write(out, image.remote() == null ? null : image.remote().toString());
                    StoredText.write(out, image.alt());
                    StoredText.write(out, image.focus());
                    StoredText.write(out, image.fit());
                }
            }
        });
    }

    /** The posts in a stored index; none when there is none, or it is damaged or of another format. */
    private static Map<String, Indexed> decode(byte[] stored) {
        if (stored == null) return Map.of();
        ByteBuffer in = ByteBuffer.wrap(stored);
        try {
            if (in.getInt() != FORMAT) return Map.of();
            int count = in.getInt();
            Map<String, Indexed> posts = new HashMap<>();
            for (int i = 0; i < count; i++) {
                String fingerprint = StoredText.read(in);
                FileStamp stamp = in.get() != 0 ? StoredText.readStamp(in) : null;
                String file = StoredText.read(in);
                String slug = StoredText.read(in);
                String title = StoredText.read(in);
                String description = StoredText.read(in);
                String language = StoredText.read(in);
                String section = StoredText.read(in);
                String languagePrefix = StoredText.read(in);
                String permalink = StoredText.read(in);
                Instant published = Instant.ofEpochSecond(in.getLong(), in.getInt());
                Instant updated = Instant.ofEpochSecond(in.getLong(), in.getInt());
                List<String> tags = StoredText.readList(in);
                List<Author> authors = new ArrayList<>();
                for (int a = StoredText.count(in); a > 0; a--) {
                    authors.add(new Author(StoredText.read(in), StoredText.read(in), StoredText.read(in), StoredText.read(in)));
                }
                List<Problem> warnings = new ArrayList<>();
                for (int w = StoredText.count(in); w > 0; w--) warnings.add(Problem.warning(file, in.getInt(), StoredText.read(in), StoredText.read(in)));
                int bodyLine = in.getInt();
                boolean draft = in.get() != 0;
                PostBody body = PostBody.stored(new PostBody.Stored(Path.of(StoredText.read(in)), in.getInt(), fingerprint));
                FeaturedImage image = null;
                if (in.get() != 0) {
                    String declared = StoredText.read(in);
                    String imageFile = StoredText.read(in);
                    String remote = StoredText.read(in);
                    image = new FeaturedImage(declared, imageFile == null ? null : Path.of(imageFile), remote == null ? null : URI.create(remote),
                            StoredText.read(in), StoredText.read(in), StoredText.read(in));
                }
                posts.put(file, new Indexed(fingerprint, stamp, new Post(file, slug, title, published, updated, description, image, tags, language,
                        body, bodyLine, draft, authors, permalink, section, languagePrefix, warnings)));
            }
            return in.hasRemaining() ? Map.of() : posts;
        } catch (IOException | RuntimeException | OutOfMemoryError e) {
            return Map.of();
        }
    }
}
