package dev.feedcard.build;

import dev.feedcard.card.CardImage;
import dev.feedcard.config.FeedSettings;
import dev.feedcard.config.Site;
import dev.feedcard.config.Version;
import dev.feedcard.content.FileStamp;
import dev.feedcard.content.Post;
import dev.feedcard.feed.FeedPlan;
import dev.feedcard.output.DiskCache;
import dev.feedcard.render.Permalinks;

import java.nio.charset.StandardCharsets;
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
    private static final String FORMAT = "feed files 2";

    private final DiskCache disk;
    /** By feed key, the files written for it in this build. */
    private final Map<String, Map<String, PublishedFile>> written = new ConcurrentHashMap<>();

    /**
     * A file published for a feed: the {@link DiskCache#fingerprint} of its bytes and, once a later build found it
     * still holding them well after it was written, its stamp then (else null): while the file keeps that stamp it
     * holds the same bytes, and is not read again to know it.
     */
    record PublishedFile(String fingerprint, FileStamp stamp) {
    }

    FeedCache(DiskCache disk) {
        this.disk = disk;
    }

    /**
     * Everything the feed's files are made from, as one string: known before any post is rendered, so that the posts
     * of a feed the last build published from the same inputs need not be rendered (or loaded) at all.
     *
     * @param entryKeys each post's {@link #entryKey}
     */
    String key(FeedPlan plan, Function<Post, String> entryKeys, Site site, FeedSettings settings) {
        StringBuilder key = new StringBuilder(FORMAT).append('\n').append("feedcard ").append(Version.code()).append('\n')
                .append(site).append('\n').append(settings).append('\n')
                .append(plan.kind()).append('\n').append(plan.name()).append('\n').append(plan.folder()).append('\n')
                .append(plan.title()).append('\n').append(plan.description()).append('\n').append(plan.language()).append('\n')
                .append(plan.postCount()).append('\n');
        for (Post post : plan.posts()) key.append(entryKeys.apply(post)).append('\n');
        return key.toString();
    }

    /**
     * The {@link DiskCache#fingerprint} of everything a post's entry is made from: its fields, what its content and
     * summary are rendered from (rendering is deterministic, so the same inputs stand for the same HTML without
     * rendering it), its card and its shown update time. Made once for each post however many feeds show it, it
     * keeps the feeds' keys short.
     *
     * @param image the post's card as its entry shows it, or null
     * @param updated its shown update time ({@link dev.feedcard.feed.UpdateTimes})
     */
    static String entryKey(Post post, CardImage image, Instant updated, Site site) {
        return DiskCache.fingerprint(String.join("\n", metadata(post), RenderCache.key(post, Permalinks.of(site, post)), String.valueOf(image),
                String.valueOf(updated)));
    }

    /**
     * The files the last build wrote for a feed with this key, by path; null when none, or when they are not exactly
     * the feed's {@code paths}.
     */
    Map<String, PublishedFile> published(String key, Set<String> paths) {
        byte[] stored = disk.get(key);
        if (stored == null) return null;
        Map<String, PublishedFile> files = new LinkedHashMap<>();
        try {
            for (String line : new String(stored, StandardCharsets.UTF_8).split("\n")) {
                String[] fields = line.split("\t", -1);
                if (fields.length != 3) return null;
                files.put(fields[0], new PublishedFile(fields[1], fields[2].isEmpty() ? null : stampOf(fields[2])));
            }
        } catch (RuntimeException e) {
            return null; // not a record this version writes: the feed is written again
        }
        return files.keySet().equals(paths) ? files : null;
    }

    /**
     * Remembers, at the next {@link #commit}, one file written for the feed with this key, by its fingerprint; the
     * record of a feed some of whose files were not written does not match its paths, so it is written again.
     */
    void put(String key, String path, byte[] bytes) {
        written.computeIfAbsent(key, k -> {
            Map<String, PublishedFile> paths = new ConcurrentSkipListMap<>();
            disk.put(k, () -> record(paths));
            return paths;
        }).put(path, new PublishedFile(DiskCache.fingerprint(bytes), null));
    }

    private static byte[] record(Map<String, PublishedFile> files) {
        StringBuilder value = new StringBuilder();
        files.forEach((path, file) -> value.append(path).append('\t').append(file.fingerprint()).append('\t')
                .append(file.stamp() == null ? "" : textOf(file.stamp())).append('\n'));
        return value.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String textOf(FileStamp stamp) {
        return stamp.size() + " " + stamp.modified() + " " + stamp.changed() + " " + stamp.identity();
    }

    private static FileStamp stampOf(String text) {
        String[] parts = text.split(" ", 4);
        return new FileStamp(Long.parseLong(parts[0]), Long.parseLong(parts[1]), Long.parseLong(parts[2]), parts[3]);
    }

    /**
     * True when every file, under the output folder {@code root}, still holds the bytes the last build wrote: its
     * stamp is the one recorded, or else its bytes have the recorded fingerprint. A file edited, replaced or deleted
     * since does not. The stamps of files read now, when they were written well before {@code checking}, are
     * recorded for the next build.
     */
    boolean stillHeld(Path root, String key, Map<String, PublishedFile> published, Instant checking) {
        Map<String, PublishedFile> checked = new TreeMap<>();
        boolean stamped = false;
        for (Map.Entry<String, PublishedFile> entry : published.entrySet()) {
            Path path = root.resolve(entry.getKey());
            PublishedFile file = entry.getValue();
            Map<String, Object> look = FileStamp.look(path);
            if (look == null || !(Boolean) look.get("isRegularFile")) return false;
            FileStamp now = FileStamp.of(look);
            if (file.stamp() != null && file.stamp().equals(now)) {
                checked.put(entry.getKey(), file);
                continue;
            }
            if (!DiskCache.fingerprint(path).equals(file.fingerprint())) return false;
            FileStamp settled = now != null && now.settledBefore(checking) ? now : null;
            stamped |= settled != null;
            checked.put(entry.getKey(), new PublishedFile(file.fingerprint(), settled));
        }
        if (stamped) disk.put(key, () -> record(checked));
        return true;
    }

    /** Stores the new records and removes those this build did not use: only once the build has published. */
    void commit() {
        disk.commit();
    }

    /** Every field of the post a feed can show; the Markdown is covered by the key of its rendering. */
    private static String metadata(Post post) {
        return String.join("\u0001", post.file(), post.key(), post.title(), String.valueOf(post.published()),
                String.valueOf(post.updated()), post.description(), String.valueOf(post.image()), String.valueOf(post.tags()),
                post.language(), String.valueOf(post.authors()), String.valueOf(post.permalink()));
    }
}
