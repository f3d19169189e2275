package dev.feedcard.build;

import dev.feedcard.output.DiskCache;
import dev.feedcard.output.PackedCache;

import java.nio.file.Path;

/**
 * What a build reuses of earlier builds: the posts it read (the folder of their {@link PostIndex}), cards, rendered
 * posts and the feeds it published. Each may be null (not kept).
 */
public record BuildCaches(DiskCache readPosts, CardCache cards, RenderCache rendered, FeedCache feeds) {

    /** Nothing kept: every build starts afresh. */
    public static BuildCaches none() {
        return new BuildCaches(null, null, null, null);
    }

    /** Cards kept in memory only, for the rebuilds of one {@code feedcard serve} session. */
    public static BuildCaches inMemory(CardCache cards) {
        return new BuildCaches(null, cards, null, null);
    }

    /** Everything kept on disk between builds, in {@code folder}: {@code read/}, {@code cards/}, {@code posts/} and {@code feeds/}. */
    public static BuildCaches onDisk(Path folder) {
        return new BuildCaches(new DiskCache(folder.resolve("read")), new CardCache(new DiskCache(folder.resolve("cards"))),
                new RenderCache(new PackedCache(folder.resolve("posts"))), new FeedCache(new DiskCache(folder.resolve("feeds"))));
    }

    /** Writes what this build made and forgets what it did not use: only once the build has published. */
    void commit() {
        if (readPosts != null) readPosts.commit();
        if (cards != null) cards.commitDisk();
        if (rendered != null) rendered.commit();
        if (feeds != null) feeds.commit();
    }
}
