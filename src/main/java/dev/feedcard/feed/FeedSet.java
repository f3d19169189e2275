package dev.feedcard.feed;

import java.util.List;

/**
 * One feed, written in each format into one folder of the output.
 *
 * @param folder where its files go, relative to the output folder: "" for the site's feed, "tags/x/" for a tag's
 * @param title the feed's title
 * @param language the language of its entries, or null when they mix languages
 * @param entries newest first, already limited
 */
public record FeedSet(String folder, String title, String description, String language, List<Entry> entries) {
    public FeedSet {
        entries = List.copyOf(entries);
    }

    public String atomPath() {
        return folder + "atom.xml";
    }

    public String rssPath() {
        return folder + "rss.xml";
    }
}
