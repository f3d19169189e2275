package dev.feedcard.build;

/**
 * One feed file a build wrote.
 *
 * @param path its path in the output folder ("atom.xml", "tags/java/rss.xml")
 * @param title the feed's title
 * @param format "Atom", "RSS" or "JSON Feed"
 */
public record PublishedFeed(String path, String title, String format) {
}
