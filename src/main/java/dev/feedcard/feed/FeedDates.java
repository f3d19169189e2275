package dev.feedcard.feed;

import dev.feedcard.config.Site;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What every format repeats about a feed: its dates, taken from its entries so that a rebuild changes nothing, and its author. */
final class FeedDates {
    private FeedDates() {
    }

    /** The newest entry's update time; for an empty feed, a fixed moment rather than the clock. */
    static Instant updated(FeedSet set) {
        return set.entries().stream().map(Entry::updated).max(Instant::compareTo).orElse(Instant.EPOCH)
                .truncatedTo(ChronoUnit.SECONDS);
    }

    /** An author written as "Name <address@example.com>", as package.json and git write them. */
    private static final Pattern NAME_AND_EMAIL = Pattern.compile("(.*?)\\s*<([^<>\\s@]+@[^<>\\s@]+)>\\s*");

    /**
     * The feed's author's name: the site's author without an e-mail address written after it, else the site's
     * title. Feeds give names and addresses in their own places (Atom's name and email); an address in a name is
     * what the W3C Feed Validation Service warns of ("name should not include email address").
     */
    static String authorName(Site site) {
        if (site.author().isBlank()) return site.title();
        Matcher m = NAME_AND_EMAIL.matcher(site.author().strip());
        if (!m.matches()) return site.author();
        return m.group(1).isBlank() ? m.group(2) : m.group(1);
    }

    /** The e-mail address written after the site's author's name ("Jane Doe <jane@example.com>"), or null. */
    static String authorEmail(Site site) {
        Matcher m = NAME_AND_EMAIL.matcher(site.author().strip());
        return m.matches() ? m.group(2) : null;
    }
}
