package dev.feedcard.feed;

import dev.feedcard.content.Dates;
import dev.feedcard.content.Post;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * When each post last changed, as the feeds say it (Atom {@code updated}, JSON Feed {@code date_modified}): its own
 * time to the second, except that no two posts share one. Posts dated by day alone (two on the same day are common)
 * would otherwise get equal times, which the W3C Feed Validation Service reports ("Two entries with the same value
 * for atom:updated") and which leaves readers unsure which entry changed. Of posts with equal times, the one a feed
 * lists first (by slug, as feeds order posts of the same date) gets the latest: each is moved one second after the
 * one before it, never earlier than its own time (nor later than {@link Dates#LATEST}, which posts sharing the last
 * second of 9999 then share). The same post gets the same time in every feed and every build.
 */
public final class UpdateTimes {
    private UpdateTimes() {
    }

    /** The time each post is shown as last changed, for every post of the site (a tag's or language's feed included). */
    public static Map<Post, Instant> of(List<Post> posts) {
        List<Post> oldestFirst = new ArrayList<>(posts);
        oldestFirst.sort(Comparator.comparing(UpdateTimes::ownTime).thenComparing(Post::published)
                .thenComparing(Post::slug, Comparator.reverseOrder()));
        Map<Post, Instant> times = new IdentityHashMap<>();
        Instant previous = null;
        for (Post post : oldestFirst) {
            Instant time = ownTime(post);
            // never past the last second feeds can hold: posts that share the very end of 9999 share it in the feeds
            if (previous != null && !time.isAfter(previous)) time = min(previous.plusSeconds(1), Dates.LATEST);
            times.put(post, time);
            previous = time;
        }
        return times;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static Instant ownTime(Post post) {
        return post.updated().truncatedTo(ChronoUnit.SECONDS);
    }
}
