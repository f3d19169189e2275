package dev.feedcard.build;

import dev.feedcard.config.Config;
import dev.feedcard.config.Version;
import dev.feedcard.content.FeaturedImage;
import dev.feedcard.content.Post;
import dev.feedcard.content.PostBody;
import dev.feedcard.output.DiskCache;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
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
 * names and static folders, and feedcard's version.
 */
public final class PostIndex {
    private static final int FORMAT = 1;

    private final DiskCache disk;
    private final Map<String, Indexed> earlier;
    private final Map<String, Indexed> now = new ConcurrentHashMap<>();
    private final String key;

    /** A post and the fingerprint of its file's bytes. */
    private record Indexed(String fingerprint, Post post) {
    }

    PostIndex(DiskCache disk, Config config) {
        this.disk = disk;
        this.key = String.join("\n", "post index " + FORMAT, "feedcard " + Version.code(), config.content().toAbsolutePath().normalize().toString(),
                String.valueOf(config.site().timeZone()), config.site().language(), String.valueOf(config.site().url()),
                String.valueOf(config.feeds().languages()), String.valueOf(config.feeds().keepLanguageTags()),
                String.valueOf(config.contentSettings()));
        this.earlier = decode(disk.get(key));
    }

    /** The post an earlier build read from a file with these bytes (by their {@link PostBody#fingerprint}), or null. */
    Post get(String file, String fingerprint) {
        Indexed indexed = earlier.get(file);
        if (indexed == null || !indexed.fingerprint().equals(fingerprint)) return null;
        now.put(file, indexed);
        return indexed.post();
    }

    /** Remembers a post read in this build, for the next one. */
    void put(Post post, String fingerprint) {
        now.put(post.file(), new Indexed(fingerprint, post));
    }

    /** Files this build's posts at the next cache commit; the posts of files that are gone are forgotten. */
    void keep() {
        Map<String, Indexed> posts = new TreeMap<>(now); // by file: the same posts give the same bytes
        disk.put(key, () -> encode(posts));
    }

    private static byte[] encode(Map<String, Indexed> posts) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(posts.size() * 512);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(FORMAT);
            out.writeInt(posts.size());
            for (Indexed indexed : posts.values()) {
                Post p = indexed.post();
                StoredText.write(out, indexed.fingerprint());
                for (String text : List.of(p.file(), p.slug(), p.title(), p.description(), p.language(), p.section(), p.languagePrefix())) StoredText.write(out, text);
                StoredText.write(out, p.permalink());
                out.writeLong(p.published().getEpochSecond());
                out.writeInt(p.published().getNano());
                out.writeLong(p.updated().getEpochSecond());
                out.writeInt(p.updated().getNano());
                writeList(out, p.tags());
                writeList(out, p.authors());
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
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The posts in a stored index; none when there is none, or it is damaged or of another format. */
    private static Map<String, Indexed> decode(byte[] stored) {
        if (stored == null) return Map.of();
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(stored))) {
            if (in.readInt() != FORMAT) return Map.of();
            int count = in.readInt();
            Map<String, Indexed> posts = new HashMap<>();
            for (int i = 0; i < count; i++) {
                String fingerprint = StoredText.read(in);
                String file = StoredText.read(in);
                String slug = StoredText.read(in);
                String title = StoredText.read(in);
                String description = StoredText.read(in);
                String language = StoredText.read(in);
                String section = StoredText.read(in);
                String languagePrefix = StoredText.read(in);
                String permalink = StoredText.read(in);
                Instant published = Instant.ofEpochSecond(in.readLong(), in.readInt());
                Instant updated = Instant.ofEpochSecond(in.readLong(), in.readInt());
                List<String> tags = readList(in);
                List<String> authors = readList(in);
                int bodyLine = in.readInt();
                boolean draft = in.readBoolean();
                PostBody body = PostBody.stored(new PostBody.Stored(Path.of(StoredText.read(in)), in.readInt(), fingerprint));
                FeaturedImage image = null;
                if (in.readBoolean()) {
                    String declared = StoredText.read(in);
                    String imageFile = StoredText.read(in);
                    String remote = StoredText.read(in);
                    image = new FeaturedImage(declared, imageFile == null ? null : Path.of(imageFile), remote == null ? null : URI.create(remote),
                            StoredText.read(in), StoredText.read(in), StoredText.read(in));
                }
                posts.put(file, new Indexed(fingerprint, new Post(file, slug, title, published, updated, description, image, tags, language,
                        body, bodyLine, draft, authors, permalink, section, languagePrefix)));
            }
            return in.available() == 0 ? posts : Map.of();
        } catch (IOException | RuntimeException | OutOfMemoryError e) {
            return Map.of();
        }
    }

    private static void writeList(DataOutputStream out, List<String> texts) throws IOException {
        out.writeInt(texts.size());
        for (String text : texts) StoredText.write(out, text);
    }

    private static List<String> readList(DataInputStream in) throws IOException {
        int size = in.readInt();
        if (size < 0 || size > in.available()) throw new IOException("cut short");
        List<String> texts = new ArrayList<>(size);
        for (int i = 0; i < size; i++) texts.add(StoredText.read(in));
        return texts;
    }
}
