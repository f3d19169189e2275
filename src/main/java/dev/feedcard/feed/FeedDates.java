package dev.feedcard.feed;

import dev.feedcard.config.Site;

import java.time.Instant;

/** The feed's own dates, taken from its entries so that a rebuild with nothing new changes nothing. */
final class FeedDates {
    private FeedDates() {
    }

    /** The newest entry's update time; for an empty feed, a fixed moment rather than the clock. */
    static Instant updated(FeedSet set, Site site) {
        return set.entries().stream().map(e -> e.rendered().post().updated()).max(Instant::compareTo).orElse(Instant.EPOCH);
    }
}
