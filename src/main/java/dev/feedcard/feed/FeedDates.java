package dev.feedcard.feed;

import dev.feedcard.config.Site;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** What every format repeats about a feed: its dates, taken from its entries so that a rebuild changes nothing, and its author. */
final class FeedDates {
    private FeedDates() {
    }

    /** The newest entry's update time; for an empty feed, a fixed moment rather than the clock. */
    static Instant updated(FeedSet set) {
        return set.entries().stream().map(e -> e.rendered().post().updated()).max(Instant::compareTo).orElse(Instant.EPOCH)
                .truncatedTo(ChronoUnit.SECONDS);
    }

    /** The feed's author: the site's author, else the site's title. */
    static String authorName(Site site) {
        return site.author().isBlank() ? site.title() : site.author();
    }
}
