package dev.feedcard.config;

import java.net.URI;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Locale;

/**
 * Who publishes the site and where: the values every feed, card and head tag repeats.
 *
 * @param url the site's root URL, always ending in a slash
 * @param permalink the path of a post below the root, with {slug}, {year}, {month}, {day}, {lang}, {section}
 */
public record Site(String title, URI url, String author, String description, String language,
                   ZoneId timeZone, String permalink) {

    public static final String DEFAULT_URL = "https://example.com/";

    static Site from(Settings s) {
        URI url = siteUrl(s);
        String permalink = s.string("permalink", "/{slug}/");
        if (!permalink.contains("{slug}")) throw s.wrong("permalink", "a path containing {slug}, such as /{slug}/ or /blog/{year}/{slug}/");
        if (!permalink.startsWith("/")) permalink = "/" + permalink;
        ZoneId zone;
        try {
            zone = ZoneId.of(s.string("timeZone", "UTC"));
        } catch (DateTimeException e) {
            throw s.wrong("timeZone", "a time zone such as UTC, Europe/Paris or Asia/Tokyo");
        }
        String language = s.string("language", "en");
        if (!language.matches("[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*")) throw s.wrong("language", "a language code such as en or ja");
        return new Site(
                s.string("title", "My blog"),
                url,
                s.string("author", ""),
                s.string("description", ""),
                language.replace('_', '-').toLowerCase(Locale.ROOT),
                zone,
                permalink);
    }

    private static URI siteUrl(Settings s) {
        String raw = s.string("siteUrl", DEFAULT_URL);
        URI url;
        try {
            url = URI.create(raw.endsWith("/") ? raw : raw + "/");
        } catch (IllegalArgumentException e) {
            throw s.wrong("siteUrl", "an absolute http or https URL such as https://example.com");
        }
        if (!"https".equals(url.getScheme()) && !"http".equals(url.getScheme()) || url.getHost() == null) {
            throw s.wrong("siteUrl", "an absolute http or https URL such as https://example.com");
        }
        return url;
    }

    /** An absolute URL for a path below the site root ("atom.xml", "cards/x.jpg", "/a/b/"). */
    public URI resolve(String path) {
        String p = path.startsWith("/") ? path.substring(1) : path;
        return url.resolve(p);
    }
}
