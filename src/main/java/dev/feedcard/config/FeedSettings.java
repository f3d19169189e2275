package dev.feedcard.config;

import java.net.URI;
import java.util.List;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * What goes into the feeds.
 *
 * @param limit entries per feed; 0 means every post
 * @param summaryOnly leave the full content out of the feeds
 * @param languages tags that name a post's language (the corpus's first tag: en, ja)
 * @param keepLanguageTags also list the language tags as topic tags (categories, per-tag feeds)
 * @param icon a small square image for the feeds (Atom icon, JSON Feed favicon), absolute URL; null when not set
 * @param logo a larger image for the feeds (Atom logo, RSS image, JSON Feed icon), absolute URL; null when not set
 * @param rights the copyright line (Atom rights, RSS copyright); "" when not set
 * @param websub the WebSub hub that readers may subscribe to for pushed updates, absolute URL; null when not set
 * @param fileNames the feeds' file names in each format
 */
public record FeedSettings(int limit, boolean summaryOnly, List<String> languages, boolean keepLanguageTags,
                           URI icon, URI logo, String rights, URI websub, OutputLayout.FeedNames fileNames) {
    /** A file name of the output folder's top that a feed cannot take: the files all feeds share and the folders. */
    private static final Set<String> TAKEN = Set.of(OutputLayout.FEED_STYLESHEET, OutputLayout.FEED_LINKS, OutputLayout.TAGS,
            OutputLayout.CARDS_JSON);
    /** A feed's file name: letters, digits, '.', '-' and '_', with an extension, not starting with a dot. */
    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]*\\.[A-Za-z0-9]+");

    public FeedSettings {
        languages = List.copyOf(languages);
        rights = rights == null ? "" : rights;
        fileNames = fileNames == null ? OutputLayout.FeedNames.DEFAULT : fileNames;
    }

    /** Settings with the default file names. */
    public FeedSettings(int limit, boolean summaryOnly, List<String> languages, boolean keepLanguageTags,
                        URI icon, URI logo, String rights, URI websub) {
        this(limit, summaryOnly, languages, keepLanguageTags, icon, logo, rights, websub, OutputLayout.FeedNames.DEFAULT);
    }

    static FeedSettings from(Settings s, Site site) {
        int limit = s.integer(Setting.LIMIT);
        if (limit < 0) throw s.wrong(Setting.LIMIT, "0 (every post) or a positive number");
        List<String> languages = s.list(Setting.LANGUAGES).stream().map(l -> l.toLowerCase(Locale.ROOT)).toList();
        return new FeedSettings(limit, s.bool(Setting.SUMMARY_ONLY), languages, s.bool(Setting.KEEP_LANGUAGE_TAGS),
                url(s, site, Setting.ICON, false), url(s, site, Setting.LOGO, false), s.string(Setting.RIGHTS),
                url(s, site, Setting.WEBSUB, true), fileNames(s));
    }

    /** The three file names: each a plain file name of its own, none that of a file all feeds share. */
    private static OutputLayout.FeedNames fileNames(Settings s) {
        List<Setting<String>> keys = List.of(Setting.ATOM_FILE, Setting.RSS_FILE, Setting.JSON_FEED_FILE);
        Map<String, Setting<String>> seen = new HashMap<>();
        for (Setting<String> key : keys) {
            String name = s.string(key);
            if (!FILE_NAME.matcher(name).matches()) {
                throw s.wrong(key, "a file name with an extension, of letters, digits, '.', '-' and '_' (such as feedcard-" + key.fallback() + ")");
            }
            if (TAKEN.contains(name.toLowerCase(Locale.ROOT))) throw s.wrong(key, "a name other than those of " + String.join(", ", new TreeSet<>(TAKEN)));
            Setting<String> other = seen.putIfAbsent(name.toLowerCase(Locale.ROOT), key);
            if (other != null) {
                // the one of the two that was set is the one to change
                Setting<String> changed = name.equals(key.fallback()) ? other : key;
                throw s.wrong(changed, "a name other than " + (changed == key ? other : key).key() + "'s");
            }
        }
        return new OutputLayout.FeedNames(s.string(Setting.ATOM_FILE), s.string(Setting.RSS_FILE), s.string(Setting.JSON_FEED_FILE));
    }

    /** A URL setting: absolute http(s), or (for images) a path below the site's root. */
    private static URI url(Settings s, Site site, Setting<String> key, boolean mustBeAbsolute) {
        String raw = s.string(key);
        if (raw.isEmpty()) return null;
        String expected = mustBeAbsolute ? "an absolute http or https URL such as https://pubsubhubbub.appspot.com/"
                : "an absolute http or https URL, or a path below the site's root such as /icon.png";
        URI uri;
        try {
            uri = new URI(raw);
        } catch (java.net.URISyntaxException e) {
            throw s.wrong(key, expected);
        }
        if (uri.isAbsolute()) {
            if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme()) || uri.getHost() == null) throw s.wrong(key, expected);
            return uri;
        }
        if (mustBeAbsolute || uri.getRawAuthority() != null) throw s.wrong(key, expected);
        return site.resolve(uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
    }
}
