package dev.feedcard.build;

import dev.feedcard.cache.CacheKey;
import dev.feedcard.config.Config;
import dev.feedcard.content.Post;
import dev.feedcard.content.Translations;
import dev.feedcard.feed.FeedPlan;
import dev.feedcard.feed.UpdateTimes;
import dev.feedcard.report.Problem;
import dev.feedcard.work.Cores;

import java.time.Instant;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The stage that pairs the published posts with their translations ({@link Translations}, once for the whole build)
 * and plans the feeds (the site's, one per language, one per tag), each keyed by everything its files
 * are made from, and has the posts rendered that the feeds to be written show: the newest of each, up to the limit.
 * The posts of a feed whose files the last build wrote from the same inputs are not rendered, nor loaded from the
 * render cache. With keep-going, a post that cannot be rendered is left out (of every feed, and of the build) and
 * the next post takes its place.
 */
final class PlanFeeds {
    /**
     * The planned feeds.
     *
     * @param published the posts to publish: those read, less those that could not be rendered (with keep-going)
     * @param leftOut how many posts could not be rendered and were left out
     * @param feeds every feed, with its key and what the last build published for it (none when the build makes no feeds)
     * @param updated each shown post's update time, as the feeds show it
     * @param translations which published posts are translations of one another
     */
    record Planned(List<Post> published, int leftOut, List<KeyedFeed> feeds, Map<Post, Instant> updated, Translations translations) {
        Planned {
            published = List.copyOf(published);
            feeds = List.copyOf(feeds);
            updated = Collections.unmodifiableMap(updated);
        }

        List<FeedPlan> plans() {
            return feeds.stream().map(KeyedFeed::plan).toList();
        }
    }

    /**
     * A feed, its key in the feed cache (null without one), and the files the last build published from the same
     * inputs, by path (null when none: the feed is written).
     */
    record KeyedFeed(FeedPlan plan, CacheKey key, Map<String, FeedCache.PublishedFile> published) {
    }

    private final Config config;
    private final FeedCache cache;
    private final boolean makesFeeds;
    private final RenderPosts rendering;

    /** @param cache the feeds earlier builds published, or null when they are not kept */
    PlanFeeds(Config config, FeedCache cache, Set<Product> products, RenderPosts rendering) {
        this.config = config;
        this.cache = cache;
        this.makesFeeds = products.contains(Product.FEEDS);
        this.rendering = rendering;
    }

    /** The feeds of the published {@code posts}, with the posts they show rendered. */
    Planned plan(List<Post> posts, Cards cards, List<Problem> problems) {
        List<Post> published = posts;
        AtomicInteger done = new AtomicInteger();
        while (true) {
            Planned planned = keyedFeeds(published, posts.size() - published.size(), cards);
            List<Post> todo = FeedPlan.shown(planned.feeds().stream().filter(feed -> feed.published() == null).map(KeyedFeed::plan).toList());
            List<Post> failed = rendering.render(todo, done, problems);
            if (failed.isEmpty() || !config.keepGoing()) {
                rendering.keepUnrendered(FeedPlan.shown(planned.plans()));
                problems.addAll(planned.translations().problems());
                return planned;
            }
            published = published.stream().filter(post -> !failed.contains(post)).toList();
        }
    }

    /** Every feed of the published {@code posts} with its key in the feed cache and what the last build published for it. */
    private Planned keyedFeeds(List<Post> posts, int leftOut, Cards cards) {
        Translations translations = Translations.of(posts, config.site().language(), config.feeds().languages());
        if (!makesFeeds) return new Planned(posts, leftOut, List.of(), Map.of(), translations);
        Map<Post, Instant> updated = UpdateTimes.of(posts);
        List<FeedPlan> plans = FeedPlan.of(posts, translations, config.site(), config.feeds());
        if (cache == null) {
            return new Planned(posts, leftOut, plans.stream().map(plan -> new KeyedFeed(plan, null, null)).toList(), updated, translations);
        }
        List<Post> shown = FeedPlan.shown(plans);
        Map<Post, CacheKey> renderKeys = rendering.keysOf(shown);
        List<CacheKey> keys = Cores.map(shown, post -> FeedCache.entryKey(post, renderKeys.get(post), cards.imageOf(post, config.site()), updated.get(post)));
        Map<Post, CacheKey> entryKeys = new IdentityHashMap<>();
        for (int i = 0; i < shown.size(); i++) entryKeys.put(shown.get(i), keys.get(i));
        CacheKey settingsKey = FeedCache.settingsKey(config.site(), config.feeds());
        List<KeyedFeed> feeds = Cores.map(plans, plan -> {
            CacheKey key = cache.key(plan, entryKeys::get, settingsKey);
            return new KeyedFeed(plan, key, cache.published(key, Set.of(plan.atomPath(), plan.rssPath(), plan.jsonPath())));
        });
        return new Planned(posts, leftOut, feeds, updated, translations);
    }
}
