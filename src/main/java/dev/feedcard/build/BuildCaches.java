package dev.feedcard.build;

import dev.feedcard.cache.CacheFolder;
import dev.feedcard.cache.DiskCache;
import dev.feedcard.cache.PackedCache;
import dev.feedcard.work.Cores;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

/**
 * What a build reuses of earlier builds: the posts it read (the folder of their {@link PostIndex}), cards, rendered
 * posts and the feeds it published. Each may be null (not kept).
 *
 * @param folder the {@link CacheFolder} they are kept in on disk, or null when none is
 */
public record BuildCaches(Path folder, DiskCache readPosts, CardCache cards, RenderCache rendered, FeedCache feeds) {

    /** Nothing kept: every build starts afresh. */
    public static BuildCaches none() {
        return new BuildCaches(null, null, null, null, null);
    }

    /** Cards kept in memory only, for the rebuilds of one {@code feedcard serve} session. */
    public static BuildCaches inMemory(CardCache cards) {
        return new BuildCaches(null, null, cards, null, null);
    }

    /**
     * Everything kept on disk between builds, in {@code folder}: {@code read/}, {@code cards/}, {@code posts/} and
     * {@code feeds/}; the folder must have passed {@link CacheFolder#check}.
     */
    public static BuildCaches onDisk(Path folder) {
        return new BuildCaches(folder, new DiskCache(folder.resolve("read")), new CardCache(new DiskCache(folder.resolve("cards"))),
                new RenderCache(new PackedCache(folder.resolve("posts"))), new FeedCache(new DiskCache(folder.resolve("feeds"))));
    }

    /**
     * Writes what this build made and forgets what it did not use: only once the build has published. A folder that
     * cannot be marked as a cache keeps nothing (the next build makes it all again).
     */
    void commit() {
        try {
            if (folder != null) CacheFolder.mark(folder);
        } catch (IOException e) {
            return;
        }
        // the rendered posts' pack is written by one thread, beside the other caches, which write their entries on every core
        CompletableFuture<Void> pack = rendered == null ? null : Cores.inBackground(() -> {
            rendered.commit();
            return null;
        });
        if (readPosts != null) readPosts.commit();
        if (cards != null) cards.commitDisk();
        if (feeds != null) feeds.commit();
        if (pack != null) pack.join();
    }
}
