package dev.feedcard.build;

import dev.feedcard.cache.CacheKey;
import dev.feedcard.cache.Codec;
import dev.feedcard.cache.DiskCache;
import dev.feedcard.cache.EntryReader;
import dev.feedcard.cache.EntryWriter;
import dev.feedcard.cache.FileStamp;
import dev.feedcard.cache.Fingerprint;
import dev.feedcard.cache.TypedCache;
import dev.feedcard.config.Config;
import dev.feedcard.content.Author;
import dev.feedcard.content.Sharing;
import dev.feedcard.content.FeaturedImage;
import dev.feedcard.content.Post;
import dev.feedcard.content.PostBody;
import dev.feedcard.content.PostFile;
import dev.feedcard.content.PostReader;
import dev.feedcard.report.Problem;

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
 * names and static folders, the site's authors file (whose handles the posts' authors were looked up in), and
 * feedcard's version.
 */
public final class PostIndex {
    private static final int FORMAT = 10;

    private final TypedCache<Map<String, Indexed>> disk;
    private final Map<String, Indexed> earlier;
    private final Map<String, Indexed> now = new ConcurrentHashMap<>();
    private final CacheKey key;
    private final Instant readingStarted;

    /**
     * A post, the fingerprint of its file's bytes, and the file's stamp when it was read, if that stamp stands for
     * those bytes (else null).
     */
    private record Indexed(String fingerprint, FileStamp stamp, Post post) {
    }

    /** @param readingStarted when this build began to list and read the posts */
    PostIndex(DiskCache disk, Config config, Instant readingStarted) {
        this.disk = new TypedCache<>(disk, CODEC);
        this.readingStarted = readingStarted;
        this.key = CacheKey.of("post index", FORMAT).value(config.content().toAbsolutePath().normalize()).value(config.site().timeZone())
                .text(config.site().language()).value(config.site().url()).value(config.feeds().languages())
                .value(config.feeds().keepLanguageTags()).value(config.contentSettings()).text(siteFiles(config)).build();
        Map<String, Indexed> stored = this.disk.get(key);
        this.earlier = stored == null ? Map.of() : stored;
    }

    /**
     * The site's own files the posts are read with ({@link PostReader#siteFiles}: Jekyll's _config.yml, the authors
     * file), each with the fingerprint of its bytes, one a line; "" when it has none.
     */
    private static String siteFiles(Config config) {
        StringBuilder files = new StringBuilder();
        for (Path file : PostReader.siteFiles(config.content())) files.append(file).append(' ').append(Fingerprint.of(file)).append('\n');
        return files.toString();
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

    /** The post an earlier build read from {@code file} with these bytes (by their {@link dev.feedcard.cache.Fingerprint}), or null. */
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
        disk.put(key, new TreeMap<>(now)); // by file: the same posts give the same bytes
    }

    /** Writes and reads the posts of an index, each with its file's fingerprint and stamp. */
    private static final Codec<Map<String, Indexed>> CODEC = new Codec<>() {
        @Override
        public void write(EntryWriter out, Map<String, Indexed> posts) {
            out.number(posts.size());
            for (Indexed indexed : posts.values()) {
                Post p = indexed.post();
                out.text(indexed.fingerprint());
                FileStamp stamp = indexed.stamp();
                out.flag(stamp != null);
                if (stamp != null) out.stamp(stamp);
                for (String text : List.of(p.file(), p.slug(), p.title(), p.description(), p.language(), p.section(), p.languagePrefix(), p.translationKey(), p.mediaSubpath())) out.text(text);
                out.text(p.permalink()).instant(p.published()).instant(p.updated()).texts(p.tags()).texts(p.categories());
                out.number(p.authors().size());
                for (Author author : p.authors()) {
                    out.text(author.name()).text(author.url()).text(author.email()).text(author.avatar()).text(author.twitter()).text(author.fediverse());
                }
                out.number(p.warnings().size());
                for (Problem warning : p.warnings()) out.number(warning.line()).text(warning.message()).text(warning.hint());
                out.text(p.sharing().articleSection()).text(p.sharing().twitterCreator()).text(p.sharing().fediverseCreator());
                out.number(p.bodyLine()).flag(p.draft());
                PostBody.Stored body = p.body().stored();
                out.text(body.file().toString()).number(body.offset());
                FeaturedImage image = p.image();
                out.flag(image != null);
                if (image != null) {
                    out.text(image.declared()).text(image.file() == null ? null : image.file().toString())
                            .text(image.remote() == null ? null : image.remote().toString()).text(image.alt()).text(image.focus()).text(image.fit())
                            .number(image.line()).text(image.unusable()).text(image.unusableHint());
                }
            }
        }

        @Override
        public Map<String, Indexed> read(EntryReader in) {
            int count = in.number();
            Map<String, Indexed> posts = new HashMap<>();
            for (int i = 0; i < count; i++) {
                String fingerprint = in.text();
                FileStamp stamp = in.flag() ? in.stamp() : null;
                String file = in.text();
                String slug = in.text();
                String title = in.text();
                String description = in.text();
                String language = in.text();
                String section = in.text();
                String languagePrefix = in.text();
                String translationKey = in.text();
                String mediaSubpath = in.text();
                String permalink = in.text();
                Instant published = in.instant();
                Instant updated = in.instant();
                List<String> tags = in.texts();
                List<String> categories = in.texts();
                List<Author> authors = new ArrayList<>();
                for (int a = in.number(); a > 0; a--) authors.add(new Author(in.text(), in.text(), in.text(), in.text(), in.text(), in.text()));
                List<Problem> warnings = new ArrayList<>();
                for (int w = in.number(); w > 0; w--) warnings.add(Problem.warning(file, in.number(), in.text(), in.text()));
                Sharing sharing = new Sharing(in.text(), in.text(), in.text());
                int bodyLine = in.number();
                boolean draft = in.flag();
                PostBody body = PostBody.stored(new PostBody.Stored(Path.of(in.text()), in.number(), fingerprint));
                FeaturedImage image = null;
                if (in.flag()) {
                    String declared = in.text();
                    String imageFile = in.text();
                    String remote = in.text();
                    image = new FeaturedImage(declared, imageFile == null ? null : Path.of(imageFile), remote == null ? null : URI.create(remote),
                            in.text(), in.text(), in.text(), in.number(), in.text(), in.text());
                }
                posts.put(file, new Indexed(fingerprint, stamp, new Post(file, slug, title, published, updated, description, image, tags, language,
                        body, bodyLine, draft, authors, permalink, section, languagePrefix, warnings, translationKey, sharing, mediaSubpath, categories)));
            }
            return posts;
        }
    };
}
