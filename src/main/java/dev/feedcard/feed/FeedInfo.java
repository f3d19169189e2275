package dev.feedcard.feed;

import dev.feedcard.config.OutputLayout;
/** What is known of a feed before and after its posts are rendered: enough to name it and link to it. */
public interface FeedInfo {
    String ATOM = OutputLayout.ATOM;
    String RSS = OutputLayout.RSS;
    String JSON = OutputLayout.JSON_FEED;

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

    default String atomPath() {
        return folder() + ATOM;
    }

    default String rssPath() {
        return folder() + RSS;
    }

    default String jsonPath() {
        return folder() + JSON;
    }
}
