package dev.feedcard.config;

import java.net.URI;
import java.util.List;
import java.util.Locale;

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
 */
public record FeedSettings(int limit, boolean summaryOnly, List<String> languages, boolean keepLanguageTags,
                           URI icon, URI logo, String rights, URI websub) {

    public FeedSettings {
        languages = List.copyOf(languages);
        rights = rights == null ? "" : rights;
    }

    static FeedSettings from(Settings s, Site site) {
        int limit = s.integer(Setting.LIMIT);
        if (limit < 0) throw s.wrong(Setting.LIMIT, "0 (every post) or a positive number");
        List<String> languages = s.list(Setting.LANGUAGES).stream().map(l -> l.toLowerCase(Locale.ROOT)).toList();
        return new FeedSettings(limit, s.bool(Setting.SUMMARY_ONLY), languages, s.bool(Setting.KEEP_LANGUAGE_TAGS),
                url(s, site, Setting.ICON, false), url(s, site, Setting.LOGO, false), s.string(Setting.RIGHTS),
                url(s, site, Setting.WEBSUB, true));
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
