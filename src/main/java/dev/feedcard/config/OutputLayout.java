package dev.feedcard.config;

/**
 * Every path feedcard writes in the output folder, named in one place: the feeds of the site and of each tag and
 * language, the cards, the head tags, the lists beside them, the feed page's stylesheet and the preview. Each path is
 * relative to the output folder, with '/' between folders; a folder's path ends in '/'.
 */
public final class OutputLayout {
    /** An Atom feed's file name, in the site's folder and in each tag's and language's. */
    public static final String ATOM = "atom.xml";
    /** An RSS feed's file name. */
    public static final String RSS = "rss.xml";
    /** A JSON Feed's file name. */
    public static final String JSON_FEED = "feed.json";
    /** The stylesheet the Atom and RSS feeds name, which a browser shows them with. */
    public static final String FEED_STYLESHEET = "feed.css";
    /** The feeds' autodiscovery lines for the site's pages. */
    public static final String FEED_LINKS = "feeds.html";
    /** Every tag and language with its folder and feeds. */
    public static final String TAGS = "tags.json";
    /** Each post's card. */
    public static final String CARDS_JSON = "cards.json";
    /** The folder of the cards. */
    public static final String CARDS = "cards/";
    /** The folder of each post's head tags. */
    public static final String META = "meta/";
    /** The folder of the tags' feeds. */
    public static final String TAG_FEEDS = "tags/";
    /** The folder of the languages' feeds. */
    public static final String LANGUAGE_FEEDS = "lang/";
    /** The preview page ({@code build --preview}, {@code serve}). */
    public static final String PREVIEW = "preview/index.html";

    private OutputLayout() {
    }

    /** The card of the post whose key is {@code key}: {@code cards/my-post.jpg}. */
    public static String card(String key) {
        return CARDS + key + ".jpg";
    }

    /** The head tags of the post whose key is {@code key}: {@code meta/my-post.html}. */
    public static String headTags(String key) {
        return META + key + ".html";
    }

    /** The folder of a tag's feeds, by the tag's slug: {@code tags/deep-learning/}. */
    public static String tagFolder(String slug) {
        return TAG_FEEDS + slug + "/";
    }

    /** The folder of a language's feeds, by the language's slug: {@code lang/ja/}. */
    public static String languageFolder(String slug) {
        return LANGUAGE_FEEDS + slug + "/";
    }
}
