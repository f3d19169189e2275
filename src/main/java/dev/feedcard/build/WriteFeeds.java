package dev.feedcard.build;

import dev.feedcard.cache.CacheKey;
import dev.feedcard.config.Config;
import dev.feedcard.content.Post;
import dev.feedcard.feed.Entry;
import dev.feedcard.feed.FeedFiles;
import dev.feedcard.feed.FeedPlan;
import dev.feedcard.output.OutputFolder;
import dev.feedcard.report.Problem;
import dev.feedcard.work.Cores;

import java.io.IOException;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The stage that writes the planned feeds in every format, and the files they share: made while the output folder
 * is published, each remembered in the feed cache under its feed's key. A feed made from exactly what the last build
 * published it from is not made again, as long as its files still hold what that build wrote.
 */
final class WriteFeeds {
    private final boolean makesFeeds;
    private final FeedCache cache;
    private final RenderPosts rendering;
    private final PlanFeeds.Planned planned;
    private final FeedFiles writer;
    private final Function<Post, Entry> entries;

    /** @param cache the feeds earlier builds published, or null when they are not kept */
    WriteFeeds(Config config, Set<Product> products, FeedCache cache, RenderPosts rendering, PlanFeeds.Planned planned, Cards cards) {
        this.makesFeeds = products.contains(Product.FEEDS);
        this.cache = cache;
        this.rendering = rendering;
        this.planned = planned;
        this.writer = new FeedFiles(config.site(), config.feeds());
        this.entries = post -> new Entry(rendering.of(post), cards.imageOf(post, config.site()), planned.updated().get(post));
    }

    /** The files of every feed to be written (not those that may stay as the last build wrote them), then the files the feeds share. */
    Map<String, Supplier<byte[]>> files() {
        Map<String, Supplier<byte[]>> files = new LinkedHashMap<>();
        for (PlanFeeds.KeyedFeed feed : planned.feeds()) {
            if (feed.published() == null) write(feed, files);
        }
        if (makesFeeds) writer.shared(planned.plans()).forEach((path, bytes) -> files.put(path, () -> bytes));
        return files;
    }

    /** The paths of the unchanged feeds whose files, in the locked output folder, still hold what the last build wrote and are still feedcard's. */
    Set<String> kept(OutputFolder out) throws IOException {
        List<PlanFeeds.KeyedFeed> unchanged = unchanged();
        Set<String> owned = out.owned();
        Instant checking = Instant.now();
        List<Boolean> held = Cores.map(unchanged, feed -> owned.containsAll(feed.published().keySet())
                && cache.stillHeld(out.root(), feed.key(), feed.published(), checking));
        Set<String> kept = new HashSet<>();
        for (int i = 0; i < unchanged.size(); i++) if (held.get(i)) kept.addAll(unchanged.get(i).published().keySet());
        return kept;
    }

    /**
     * Adds to {@code files} the feeds that were to stay as the last build wrote them but whose files no longer hold
     * that ({@code kept} lacks them: edited or removed since), rendering their posts only now. False, with a problem,
     * when such a post no longer renders (a rare case: it did last time).
     */
    boolean addChangedSince(Set<String> kept, Map<String, Supplier<byte[]>> files, List<Problem> problems) {
        List<PlanFeeds.KeyedFeed> changed = unchanged().stream().filter(feed -> !kept.containsAll(feed.published().keySet())).toList();
        List<Post> unrendered = rendering.render(FeedPlan.shown(changed.stream().map(PlanFeeds.KeyedFeed::plan).toList()), new AtomicInteger(), problems);
        if (!unrendered.isEmpty()) {
            problems.add(Problem.error(unrendered.get(0).file(), 0, "a feed that shows this post has to be written again, and the post could not be rendered",
                    "fix the problem above, or build again"));
            return false;
        }
        for (PlanFeeds.KeyedFeed feed : changed) write(feed, files);
        return true;
    }

    /** The feeds made from exactly what the last build published them from. */
    private List<PlanFeeds.KeyedFeed> unchanged() {
        return planned.feeds().stream().filter(feed -> feed.published() != null).toList();
    }

    /**
     * Adds a feed's files, made from its rendered posts, to {@code files}, each remembered in the cache under the
     * feed's key (when there is one) once made.
     */
    private void write(PlanFeeds.KeyedFeed feed, Map<String, Supplier<byte[]>> files) {
        CacheKey key = feed.key();
        writer.of(feed.plan().toSet(entries)).forEach((path, make) -> files.put(path, key == null ? make : () -> {
            byte[] bytes = make.get();
            cache.put(key, path, bytes);
            return bytes;
        }));
    }
}
