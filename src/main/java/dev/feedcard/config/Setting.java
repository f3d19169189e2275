package dev.feedcard.config;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * One setting, declared once: its key in feedcard.yml, its flag, its kind, its default and its help text. {@link Settings}
 * reads a setting's value with the default declared here, the command line (cli/BuildOptions) makes an option of each
 * flag, and the tables of docs/command-line.md and docs/configuration.md are written from these declarations (by the
 * test code's SettingTables; SettingTablesTest fails when they differ).
 *
 * @param <T> what {@link Settings} reads the value as; Void for a flag that is no setting of the file
 */
public final class Setting<T> {

    /** What a setting's value is, which decides how the file and the command line take it. */
    public enum Kind {
        /** A single value, as written. */
        TEXT("text"),
        /** A file or folder. */
        PATH("path"),
        /** Folders; on the command line, one flag per folder. */
        PATHS("list of paths"),
        /** A whole number. */
        NUMBER("whole number"),
        /** true or false; on the command line, a flag without a value. */
        SWITCH("true or false"),
        /** A YAML list or a comma-separated string. */
        LIST("list"),
        /** A mapping of names to values; on the command line, one NAME=VALUE flag per entry. */
        MAPPING("mapping");

        private final String description;

        Kind(String description) {
            this.description = description;
        }

        /** The kind in words, as the configuration table names it. */
        public String description() {
            return description;
        }
    }

    private static final List<Setting<?>> DECLARED = new ArrayList<>();

    // the site and its posts
    public static final Setting<String> CONTENT = path("content", "--content", "DIR", "content", "The folder of posts");
    public static final Setting<String> OUT = path("out", "--out", "DIR", "out", "The output folder");
    public static final Setting<Void> CONFIG = declare(null, "--config", "FILE", Kind.PATH, null,
            "`" + ConfigFile.DEFAULT_NAME + "` when the current folder has one", "The configuration file");
    public static final Setting<String> SITE_URL = text("siteUrl", "--site-url", "URL", "https://example.com/",
            "The site's public URL; every link in the feeds starts with it");
    public static final Setting<String> TITLE = text("title", "--title", "TEXT", "My blog", "The site's title");
    public static final Setting<String> AUTHOR = text("author", "--author", "NAME", "", "The site's author");
    public static final Setting<String> TWITTER_SITE = text("twitterSite", "--twitter-site", "@HANDLE", "",
            "The site's X (Twitter) account, for `twitter:site` (`@jane`, `jane` or `https://x.com/jane`)");
    public static final Setting<String> FEDIVERSE_CREATOR = text("fediverseCreator", "--fediverse-creator", "@USER@SERVER", "",
            "The fediverse account credited with the posts on Mastodon (`fediverse:creator`), unless a post names its own");
    public static final Setting<String> DESCRIPTION = text("description", "--description", "TEXT", "",
            "What the site is about (the feeds' subtitle)");
    public static final Setting<String> LANGUAGE = text("language", "--language", "CODE", "en", "The site's language");
    public static final Setting<List<String>> LANGUAGES = declare("languages", "--languages", "CODES", Kind.LIST, List.of(), null,
            "Tags that name a post's language (`en,ja`); they are not written as topic tags");
    public static final Setting<String> TIME_ZONE = text("timeZone", "--time-zone", "ZONE", "UTC", "The zone of dates written without one");
    public static final Setting<String> PERMALINK = text("permalink", "--permalink", "PATTERN", "/{slug}/",
            "A post's path below the site: `{slug}`, `{year}`, `{month}`, `{day}`, `{lang}`, `{section}`, `{categories}` (Jekyll's)");
    public static final Setting<List<String>> STATIC = declare("static", "--static", "DIR", Kind.PATHS, List.of(), null,
            "A folder the site serves from its root (`static`, `public`), where images such as `/assets/x.jpg` are; repeatable");
    public static final Setting<Map<String, Object>> FRONT_MATTER = declare("frontMatter", "--front-matter", "FIELD=NAME",
            Kind.MAPPING, Map.of(), null, "Read a field from another front matter name, such as `title=headline` or `date=created`; repeatable");

    // the feeds
    public static final Setting<Integer> LIMIT = number("limit", "--limit", "N", 20, "Entries per feed, `0` for every post");
    public static final Setting<Boolean> SUMMARY_ONLY = toggle("summaryOnly", "--summary-only", "Leave the full content out of the feeds");
    public static final Setting<Boolean> KEEP_LANGUAGE_TAGS = toggle("keepLanguageTags", "--keep-language-tags",
            "Also write the `--languages` tags as topic tags (categories, tag feeds)");
    public static final Setting<String> ICON = text("icon", "--icon", "URL", "",
            "A small square image for the feeds (Atom icon, JSON Feed favicon): a URL or a path below the site's root");
    public static final Setting<String> LOGO = text("logo", "--logo", "URL", "",
            "A larger image for the feeds (Atom logo, RSS image, JSON Feed icon) and the publisher's logo in the posts' JSON-LD: a URL or a path below the site's root");
    public static final Setting<String> RIGHTS = text("rights", "--rights", "TEXT", "",
            "The feeds' copyright line, such as \"© 2024 Jane Doe\"");
    public static final Setting<String> WEBSUB = text("websub", "--websub", "URL", "",
            "A WebSub hub the feeds announce, such as `https://pubsubhubbub.appspot.com/`");
    public static final Setting<String> ATOM_FILE = text("atomFile", "--atom-file", "NAME", OutputLayout.FeedNames.DEFAULT.atom(),
            "The Atom feeds' file name, in the site's folder and each tag's and language's (such as `feedcard-atom.xml` beside a theme's own `atom.xml`)");
    public static final Setting<String> RSS_FILE = text("rssFile", "--rss-file", "NAME", OutputLayout.FeedNames.DEFAULT.rss(),
            "The RSS feeds' file name (such as `feedcard-rss.xml` beside a theme's own `rss.xml`)");
    public static final Setting<String> JSON_FEED_FILE = text("jsonFeedFile", "--json-feed-file", "NAME", OutputLayout.FeedNames.DEFAULT.json(),
            "The JSON Feeds' file name");

    // the build
    public static final Setting<Void> NOW = declare(null, "--now", "DATE", Kind.TEXT, null, "`SOURCE_DATE_EPOCH`, else the clock",
            "The moment that decides which posts are in the future: posts dated after it are left out");
    public static final Setting<Boolean> KEEP_GOING = toggle("keepGoing", "--keep-going",
            "Publish the good posts and skip the broken ones (exit 0); a post whose image cannot be used gets a drawn card");
    public static final Setting<Boolean> FEEDS_ONLY = toggle("feedsOnly", "--feeds-only",
            "Write feeds only: no cards, no head tags (the cards and head tags of earlier builds stay)");
    public static final Setting<Boolean> CARDS_ONLY = toggle("cardsOnly", "--cards-only",
            "Write cards and head tags only, for a site whose generator writes its feeds: no feeds (the feeds of earlier builds stay), and the head tags link to none");
    public static final Setting<String> PAGES = path("pages", "--pages", "DIR", "",
            "The site generator's built pages (`public`, `_site`, `dist`): each post's page gets its head tags and the feed links");
    public static final Setting<String> CACHE = declare("cache", "--cache", "DIR", Kind.PATH, "", "`" + OutputSettings.DEFAULT_CACHE + "` in the output folder",
            "Where the posts read, cards, rendered posts and feed records are kept between builds");
    public static final Setting<Integer> LOCK_TIMEOUT = number("lockTimeout", "--lock-timeout", "SECONDS", 120,
            "How long to wait for another feedcard build writing into the same output folder");

    // the cards
    public static final Setting<Integer> CARD_WIDTH = number("cardWidth", "--card-width", "PX", 1200, "The card's width in pixels, 200-4096");
    public static final Setting<Integer> CARD_HEIGHT = number("cardHeight", "--card-height", "PX", 630, "The card's height in pixels, 200-4096");
    public static final Setting<Integer> CARD_QUALITY = number("cardQuality", "--card-quality", "Q", 85,
            "The JPEG quality to start from, 30-100");
    public static final Setting<Integer> CARD_MAX_BYTES = number("cardMaxBytes", "--card-max-bytes", "BYTES", 900_000,
            "The largest card in bytes; quality is lowered until it fits (Bluesky takes at most 1,000,000)");
    public static final Setting<Integer> MAX_PIXELS = number("maxPixels", "--max-pixels", "N", 100_000_000,
            "Refuse images with more pixels than this before decoding them");
    public static final Setting<String> CARD_FIT = text("cardFit", "--card-fit", "FIT", "cover",
            "`cover` (fill the card, cropping) or `contain` (whole image, padded)");
    public static final Setting<String> CARD_BACKGROUND = text("cardBackground", "--card-background", "COLOR", "#ffffff",
            "The colour behind transparent images");
    public static final Setting<String> CARD_CONTAIN_BACKGROUND = text("cardContainBackground", "--card-contain-background", "BLUR|COLOR",
            "blur", "What pads a contained image: `blur` or a colour");
    public static final Setting<String> CARD_TITLE_BACKGROUND = text("cardTitleBackground", "--card-title-background", "COLOR", "#1b2433",
            "The background of drawn title cards");
    public static final Setting<String> CARD_TITLE_COLOR = text("cardTitleColor", "--card-title-color", "COLOR", "#ffffff",
            "The title's colour on drawn cards (the date and tags are a little dimmer)");
    public static final Setting<String> CARD_ACCENT_COLOR = text("cardAccentColor", "--card-accent-color", "COLOR", "#f2b33d",
            "The site name's and the left rule's colour on drawn cards");
    public static final Setting<String> CARD_TITLE_IMAGE = text("cardTitleImage", "--card-title-image", "FILE", "",
            "An image (relative to the content folder) behind the text of drawn cards, darkened with their background");
    public static final Setting<Boolean> CARD_TITLE_OVERLAY = toggle("cardTitleOverlay", "--card-title-overlay",
            "Also draw the title (and site name) over the bottom of featured images");

    private final String key;
    private final String flag;
    private final String label;
    private final Kind kind;
    private final T fallback;
    private final String shownDefault;
    private final String help;

    private Setting(String key, String flag, String label, Kind kind, T fallback, String shownDefault, String help) {
        this.key = key;
        this.flag = flag;
        this.label = label;
        this.kind = kind;
        this.fallback = fallback;
        this.shownDefault = shownDefault;
        this.help = help;
    }

    private static <T> Setting<T> declare(String key, String flag, String label, Kind kind, T fallback, String shownDefault, String help) {
        Setting<T> setting = new Setting<>(key, flag, label, kind, fallback, shownDefault, help);
        DECLARED.add(setting);
        return setting;
    }

    private static Setting<String> text(String key, String flag, String label, String fallback, String help) {
        return declare(key, flag, label, Kind.TEXT, fallback, fallback.isEmpty() ? null : fallback, help);
    }

    private static Setting<String> path(String key, String flag, String label, String fallback, String help) {
        return declare(key, flag, label, Kind.PATH, fallback, fallback.isEmpty() ? null : fallback, help);
    }

    private static Setting<Integer> number(String key, String flag, String label, int fallback, String help) {
        return declare(key, flag, label, Kind.NUMBER, fallback, String.valueOf(fallback), help);
    }

    private static Setting<Boolean> toggle(String key, String flag, String help) {
        return declare(key, flag, null, Kind.SWITCH, false, null, help);
    }

    /** Every setting and flag-only option, in the order the documentation lists them. */
    public static List<Setting<?>> all() {
        return Collections.unmodifiableList(DECLARED);
    }

    /** The key in feedcard.yml, or null for a flag that is no setting of the file (--config, --now). */
    public String key() {
        return key;
    }

    /** The command-line flag, such as --site-url. */
    public String flag() {
        return flag;
    }

    /** What the flag's value is, such as DIR or URL; null for a switch, which takes none. */
    public String label() {
        return label;
    }

    public Kind kind() {
        return kind;
    }

    /** The value when neither the file nor a flag gives one. */
    public T fallback() {
        return fallback;
    }

    /** The default as help and documentation show it (code between backticks), or null when there is none worth showing. */
    public String shownDefault() {
        return shownDefault;
    }

    /** What the setting does, in one line without a final full stop; code (values, names) is between backticks. */
    public String help() {
        return help;
    }
}
