package dev.feedcard.feed;

import dev.feedcard.config.OutputLayout;

import java.util.List;

/**
 * One feed, written in each format into one folder of the output.
 *
 * @param kind every post, one tag's or one language's
 * @param name the tag as first written, or the language code; "" for the site's feed
 * @param folder where its files go, relative to the output folder: "" for the site's feed, "tags/x/" for a tag's
 * @param title the feed's title
 * @param description what the feed is about; "" for none
 * @param language the language of its entries, or null when they mix languages (the site's language is declared)
 * @param entries newest first, already limited
 * @param postCount how many published posts the feed stands for, before the limit
 * @param fileNames its files' names in each format
 */
public record FeedSet(FeedKind kind, String name, String folder, String title, String description, String language,
                      List<Entry> entries, int postCount, OutputLayout.FeedNames fileNames) implements FeedInfo {
    public FeedSet {
        entries = List.copyOf(entries);
    }
}
