package dev.feedcard.config;

/**
 * Every path feedcard writes in the output folder, named in one place: the feeds of the site and of each tag and
 * language, the cards, the head tags, the lists beside them, the feed page's stylesheet and the preview. Each path is
 * relative to the output folder, with '/' between folders; a folder's path ends in '/'.
 */
public final class OutputLayout {
    /**
     * The file names of a feed in each format, the same in the site's folder and in each tag's and language's; the
     * settings atomFile, rssFile and jsonFeedFile, so that feedcard's feeds can stand beside a theme's own.
     *
     * @param atom the Atom feed's name ({@code atom.xml})
     * @param rss the RSS feed's name ({@code rss.xml})
     * @param json the JSON Feed's name ({@code feed.json})
     */
    public record FeedNames(String atom, String rss, String json) {
        /** atom.xml, rss.xml and feed.json. */
        public static final FeedNames DEFAULT = new FeedNames("atom.xml", "rss.xml", "feed.json");

        /** True when {@code name} is the name of a feed in one of the formats. */
        public boolean contains(String name) {
            return name.equals(atom) || name.equals(rss) || name.equals(json);
        }

        /** The setting that names the format whose file is called {@code name}; null when none is. */
        public Setting<String> settingOf(String name) {
            if (name.equals(atom)) return Setting.ATOM_FILE;
            if (name.equals(rss)) return Setting.RSS_FILE;
            if (name.equals(json)) return Setting.JSON_FEED_FILE;
            return null;
        }
    }

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
    /** feedcard's own folder, never published: the list of the files it wrote, its lock and, by default, its cache. */
    public static final String OWN = ".feedcard/";
    /** The files feedcard wrote into the output folder, which it alone may replace or remove. */
    public static final String MANIFEST = OWN + "manifest.txt";
    /** The lock one build at a time holds on the output folder. */
    public static final String LOCK = OWN + "lock";
    /** The cache, unless the cache setting puts it elsewhere. */
    public static final String CACHE = OWN + "cache";

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
