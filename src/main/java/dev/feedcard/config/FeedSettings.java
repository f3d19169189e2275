package dev.feedcard.config;

import java.util.List;
import java.util.Locale;

/**
 * What goes into the feeds.
 *
 * @param limit entries per feed; 0 means every post
 * @param summaryOnly leave the full content out of the feeds
 * @param languages tags that name a post's language (the corpus's first tag: en, ja)
 */
public record FeedSettings(int limit, boolean summaryOnly, List<String> languages) {

    static FeedSettings from(Settings s) {
        int limit = s.integer("limit", 20);
        if (limit < 0) throw s.wrong("limit", "0 (every post) or a positive number");
        List<String> languages = s.list("languages").stream().map(l -> l.toLowerCase(Locale.ROOT)).toList();
        return new FeedSettings(limit, s.bool("summaryOnly", false), languages);
    }
}
