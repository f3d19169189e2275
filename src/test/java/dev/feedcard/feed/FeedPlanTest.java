package dev.feedcard.feed;

import dev.feedcard.config.FeedSettings;
import dev.feedcard.config.Site;
import dev.feedcard.content.Post;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FeedPlanTest {
    static final Site SITE = new Site("Blog", URI.create("https://example.com/"), "Ann", "", "en", ZoneOffset.UTC, "/{slug}/");

    static Post post(int n, String language, String... tags) {
        return new Post("p" + n + ".md", "p" + n, "Post " + n, Instant.ofEpochSecond(1_700_000_000L - n * 86_400L),
                Instant.ofEpochSecond(1_700_000_000L - n * 86_400L), "", null, List.of(tags), language, "Text " + n, 1, false);
    }

    static FeedSettings limit(int limit) {
        return new FeedSettings(limit, false, List.of(), false, null, null, "", null);
    }

    @Test
    void theLimitAppliesToEveryFeedAndEachPostIsRenderedOnce() {
        List<Post> posts = new ArrayList<>();
        for (int i = 0; i < 50; i++) posts.add(post(i, i % 5 == 0 ? "ja" : "en", "all", "t" + (i % 10)));
        List<FeedPlan> plans = FeedPlan.of(posts, SITE, limit(3));
        assertEquals(1 + 2 + 11, plans.size());
        for (FeedPlan plan : plans) assertTrue(plan.posts().size() <= 3, plan.folder());
        FeedPlan all = plans.stream().filter(p -> p.folder().equals("tags/all/")).findFirst().orElseThrow();
        assertEquals(50, all.postCount());
        assertEquals(posts.subList(0, 3), all.posts());
        List<Post> shown = FeedPlan.shown(plans);
        assertEquals(shown.size(), shown.stream().distinct().count(), "no post is rendered twice");
        assertTrue(shown.size() < posts.size(), "posts no feed shows are not rendered");
        for (FeedPlan plan : plans) for (Post p : plan.posts()) assertTrue(shown.stream().anyMatch(s -> s == p));
    }

    @Test
    void limitZeroMeansEveryPost() {
        List<Post> posts = new ArrayList<>();
        for (int i = 0; i < 30; i++) posts.add(post(i, "en", "x"));
        assertEquals(30, FeedPlan.of(posts, SITE, limit(0)).get(0).posts().size());
    }

    @Test
    void feedsComeInAFixedOrderWithReadableTitles() {
        List<Post> posts = List.of(post(1, "ja", "Zeta", "alpha"), post(2, "en", "Alpha"));
        List<FeedPlan> plans = FeedPlan.of(posts, SITE, limit(20));
        assertEquals(List.of("", "lang/en/", "lang/ja/", "tags/alpha/", "tags/zeta/"), plans.stream().map(FeedPlan::folder).toList());
        assertEquals("Blog (日本語)", plans.get(2).title());
        assertEquals("Blog: alpha", plans.get(3).title(), "the newest post's spelling names the tag");
        assertEquals(2, plans.get(3).postCount());
        assertEquals(null, plans.get(3).language(), "a tag with posts in two languages declares none of its own");
        assertEquals("ja", plans.get(4).language());
        assertSame(posts.get(0), plans.get(4).posts().get(0));
    }
}
