package dev.feedcard.build;

import dev.feedcard.cache.CacheKey;
import dev.feedcard.cache.Codec;
import dev.feedcard.cache.DiskCache;
import dev.feedcard.cache.EntryReader;
import dev.feedcard.cache.EntryWriter;
import dev.feedcard.cache.FileStamp;
import dev.feedcard.cache.Fingerprint;
import dev.feedcard.cache.TypedCache;
import dev.feedcard.card.CardImage;
import dev.feedcard.config.FeedSettings;
import dev.feedcard.config.Site;
import dev.feedcard.content.Post;
import dev.feedcard.feed.FeedPlan;
import dev.feedcard.render.Permalinks;

import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Function;

/**
 * What the last build published for each feed, by everything the feed is made from (the site, the feed settings,
 * feedcard's version, the feed's own title and folder, and each entry's post, what its content and summary are
 * rendered from, its image and shown update time, which a post of the same time elsewhere can move), so that a
 * rebuild writes only the feeds whose entries changed. A feed is left as it is only when its files still hold
 * exactly the bytes that build wrote; anything else (a file edited, deleted or damaged) writes it again.
 */
public final class FeedCache {
    private static final int FORMAT = 3;

    /** Writes and reads the files published for a feed: by path, each file's fingerprint and stamp (if any). */
    private static final Codec<Map<String, PublishedFile>> CODEC = new Codec<>() {
        @Override
        public void write(EntryWriter out, Map<String, PublishedFile> files) {
            out.number(files.size());
            files.forEach((path, file) -> {
                out.text(path).text(file.fingerprint()).flag(file.stamp() != null);
                if (file.stamp() != null) out.stamp(file.stamp());
            });
        }

        @Override
        public Map<String, PublishedFile> read(EntryReader in) {
            Map<String, PublishedFile> files = new LinkedHashMap<>();
            for (int i = in.number(); i > 0; i--) files.put(in.text(), new PublishedFile(in.text(), in.flag() ? in.stamp() : null));
            return files;
        }
    };

    private final TypedCache<Map<String, PublishedFile>> records;
    /** By feed key, the files written for it in this build. */
    private final Map<CacheKey, Map<String, PublishedFile>> written = new ConcurrentHashMap<>();

    /**
     * A file published for a feed: the {@link Fingerprint} of its bytes and, once a later build found it
     * still holding them well after it was written, its stamp then (else null): while the file keeps that stamp it
     * holds the same bytes, and is not read again to know it.
     */
    record PublishedFile(String fingerprint, FileStamp stamp) {
    }

    FeedCache(DiskCache disk) {
        this.records = new TypedCache<>(disk, CODEC);
    }

    /**
     * Everything the feed's files are made from: known before any post is rendered, so that the posts of a feed the
     * last build published from the same inputs need not be rendered (or loaded) at all.
     *
     * @param entryKeys each post's {@link #entryKey}
     * @param settingsKey the {@link #settingsKey}
     */
    CacheKey key(FeedPlan plan, Function<Post, CacheKey> entryKeys, CacheKey settingsKey) {
        CacheKey.Builder key = CacheKey.of("feed files", FORMAT).key(settingsKey).value(plan.kind()).text(plan.name())
                .value(plan.folder()).text(plan.title()).text(plan.description()).text(plan.language()).number(plan.postCount());
        for (Post post : plan.posts()) key.key(entryKeys.apply(post));
        return key.build();
    }

    /** The key of the site's and the feeds' settings, which every feed's key holds: made once for all of them. */
    static CacheKey settingsKey(Site site, FeedSettings settings) {
        return CacheKey.of("feed settings", FORMAT).value(site).value(settings).build();
    }

    /**
     * The key of everything a post's entry is made from: its fields, what its content and summary are rendered from
     * (rendering is deterministic, so the same inputs stand for the same HTML without rendering it), its card and its
     * shown update time. Made once for each post however many feeds show it, it keeps the feeds' keys short.
     *
     * @param renderKey the post's key in the render cache ({@link RenderCache#key})
     * @param image the post's card as its entry shows it, or null
     * @param updated its shown update time ({@link dev.feedcard.feed.UpdateTimes})
     */
    static CacheKey entryKey(Post post, CacheKey renderKey, CardImage image, Instant updated) {
        return CacheKey.of("feed entry", FORMAT).text(post.file()).text(post.key()).text(post.title()).value(post.published())
                .value(post.updated()).text(post.description()).value(post.image()).value(post.tags()).text(post.language())
                .value(post.authors()).value(post.permalink()).key(renderKey).value(image)
                .value(updated).build();
    }

    /**
     * The files the last build wrote for a feed with this key, by path; null when none, or when they are not exactly
     * the feed's {@code paths}.
     */
    Map<String, PublishedFile> published(CacheKey key, Set<String> paths) {
        Map<String, PublishedFile> files = records.get(key);
        return files != null && files.keySet().equals(paths) ? files : null;
    }

    /**
     * Remembers, at the next {@link #commit}, one file written for the feed with this key, by its fingerprint; the
     * record of a feed some of whose files were not written does not match its paths, so it is written again.
     */
    void put(CacheKey key, String path, byte[] bytes) {
        written.computeIfAbsent(key, k -> {
            Map<String, PublishedFile> paths = new ConcurrentSkipListMap<>();
            records.put(k, paths);
            return paths;
        }).put(path, new PublishedFile(Fingerprint.of(bytes), null));
    }

    /**
     * True when every file, under the output folder {@code root}, still holds the bytes the last build wrote: its
     * stamp is the one recorded, or else its bytes have the recorded fingerprint. A file edited, replaced or deleted
     * since does not. The stamps of files read now, when they were written well before {@code checking}, are
     * recorded for the next build.
     */
    boolean stillHeld(Path root, CacheKey key, Map<String, PublishedFile> published, Instant checking) {
        Map<String, PublishedFile> checked = new TreeMap<>();
        boolean stamped = false;
        for (Map.Entry<String, PublishedFile> entry : published.entrySet()) {
            Path path = root.resolve(entry.getKey());
            PublishedFile file = entry.getValue();
            FileStamp.Look look = FileStamp.look(path);
            if (look == null || look.kind() != FileStamp.Kind.FILE) return false;
            FileStamp now = look.stamp();
            if (file.stamp() != null && file.stamp().equals(now)) {
                checked.put(entry.getKey(), file);
                continue;
            }
            if (!Fingerprint.of(path).equals(file.fingerprint())) return false;
            FileStamp settled = now != null && now.settledBefore(checking) ? now : null;
            stamped |= settled != null;
            checked.put(entry.getKey(), new PublishedFile(file.fingerprint(), settled));
        }
        if (stamped) records.put(key, checked);
        return true;
    }

    /** Stores the new records and removes those this build did not use: only once the build has published. */
    void commit() {
        records.commit();
    }

}
