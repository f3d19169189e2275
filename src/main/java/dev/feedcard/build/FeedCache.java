package dev.feedcard.build;

import dev.feedcard.card.CardImage;
import dev.feedcard.config.FeedSettings;
import dev.feedcard.config.Site;
import dev.feedcard.config.Version;
import dev.feedcard.content.Post;
import dev.feedcard.feed.FeedPlan;
import dev.feedcard.output.DiskCache;
import dev.feedcard.render.Permalinks;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
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
    private static final String FORMAT = "feed files 1";

    private final DiskCache disk;
    /** By feed key, the fingerprints of the files written for it in this build. */
    private final Map<String, Map<String, String>> written = new ConcurrentHashMap<>();

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
     * The files the last build wrote for a feed with this key, by path with their {@link DiskCache#fingerprint};
     * null when none, or when they are not exactly the feed's {@code paths}.
     */
    Map<String, String> published(String key, Set<String> paths) {
        byte[] stored = disk.get(key);
        if (stored == null) return null;
        Map<String, String> files = new LinkedHashMap<>();
        for (String line : new String(stored, StandardCharsets.UTF_8).split("\n")) {
            int tab = line.indexOf('\t');
            if (tab < 0) return null;
            files.put(line.substring(0, tab), line.substring(tab + 1));
        }
        return files.keySet().equals(paths) ? files : null;
    }

    /**
     * Remembers, at the next {@link #commit}, one file written for the feed with this key, by its fingerprint; the
     * record of a feed some of whose files were not written does not match its paths, so it is written again.
     */
    void put(String key, String path, byte[] bytes) {
        Map<String, String> files = written.computeIfAbsent(key, k -> {
            Map<String, String> paths = new ConcurrentSkipListMap<>();
            disk.put(k, () -> record(paths));
            return paths;
        });
        files.put(path, DiskCache.fingerprint(bytes));
    }

    private static byte[] record(Map<String, String> files) {
        StringBuilder value = new StringBuilder();
        files.forEach((path, fingerprint) -> value.append(path).append('\t').append(fingerprint).append('\n'));
        return value.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * True when every file, under the output folder {@code root}, still holds the bytes the last build wrote (by
     * their fingerprint): a file edited, replaced or deleted since does not.
     */
    static boolean stillHeld(Path root, Map<String, String> published) {
        for (Map.Entry<String, String> file : published.entrySet()) {
            Path path = root.resolve(file.getKey());
            if (!Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) return false;
            if (!DiskCache.fingerprint(path).equals(file.getValue())) return false;
        }
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
