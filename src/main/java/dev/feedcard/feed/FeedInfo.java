package dev.feedcard.feed;

import dev.feedcard.config.OutputLayout;

/** What is known of a feed before and after its posts are rendered: enough to name it and link to it. */
public interface FeedInfo {

    FeedKind kind();

    /** The tag as first written, or the language code; "" for the site's feed. */
    String name();

    /** Its folder in the output, "" or ending in '/'. */
    String folder();

    String title();

    /** Its entries' one language, or null when they mix languages. */
    String language();

    /** How many published posts it stands for, before the limit. */
    int postCount();

    /** Its files' names in each format (the settings atomFile, rssFile, jsonFeedFile). */
    OutputLayout.FeedNames fileNames();

    /** Its Atom feed's path in the output folder ("tags/java/atom.xml"). */
    default String atomPath() {
        return folder() + fileNames().atom();
    }

    /** Its RSS feed's path in the output folder. */
    default String rssPath() {
        return folder() + fileNames().rss();
    }

    /** Its JSON Feed's path in the output folder. */
    default String jsonPath() {
        return folder() + fileNames().json();
    }
}
