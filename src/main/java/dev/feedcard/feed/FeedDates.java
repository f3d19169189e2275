package dev.feedcard.feed;

import dev.feedcard.config.Site;
import dev.feedcard.content.Author;
import dev.feedcard.content.Post;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/** What every format repeats about a feed: its dates, taken from its entries so that a rebuild changes nothing, and its authors. */
final class FeedDates {
    private FeedDates() {
    }

    /** The newest entry's update time; for an empty feed, a fixed moment rather than the clock. */
    static Instant updated(FeedSet set) {
        return set.entries().stream().map(Entry::updated).max(Instant::compareTo).orElse(Instant.EPOCH)
                .truncatedTo(ChronoUnit.SECONDS);
    }

    /**
     * RFC 3339 in UTC, to the second (Atom, JSON Feed): java.time's proleptic Gregorian calendar, as the post gives
     * the date, with the year in four digits (posts are dated from 0001 to 9999, see {@link dev.feedcard.content.Dates#holdable}).
     */
    private static final DateTimeFormatter RFC_3339 = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    /** RFC 822 with a four-digit year (RFC 1123), in GMT (RSS), as Rome writes it but in the proleptic Gregorian calendar. */
    private static final DateTimeFormatter RFC_822 = DateTimeFormatter.ofPattern("EEE, dd MMM uuuu HH:mm:ss 'GMT'", Locale.US)
            .withZone(ZoneOffset.UTC);

    /** {@code instant} as Atom and JSON Feed write it: 2024-05-01T14:30:00Z. */
    static String rfc3339(Instant instant) {
        return RFC_3339.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    /** {@code instant} as RSS writes it: Wed, 01 May 2024 14:30:00 GMT. */
    static String rfc822(Instant instant) {
        return RFC_822.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    /**
     * The site's author: its name without an e-mail address written after it ("Jane Doe <jane@example.com>"), else
     * the site's title. Feeds give names and addresses in their own places (Atom's name and email); an address in a
     * name is what the W3C Feed Validation Service warns of ("name should not include email address").
     */
    static Author siteAuthor(Site site) {
        return site.author().isBlank() ? Author.named(site.title()) : Author.parse(site.author());
    }

    /** A post's authors, else the site's author: readers show an entry's own author, not the feed's. */
    static List<Author> authors(Post post, Site site) {
        return post.authors().isEmpty() ? List.of(siteAuthor(site)) : post.authors();
    }
}
