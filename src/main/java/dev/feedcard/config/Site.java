package dev.feedcard.config;

import java.net.URI;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who publishes the site and where: the values every feed, card and head tag repeats.
 *
 * @param url the site's root URL, always ending in a slash
 * @param permalink the path of a post below the root, with {slug}, {year}, {month}, {day}, {lang}, {section}, {categories}
 * @param twitterSite the site's X (Twitter) account as "@handle" (twitter:site), or "" for none
 * @param fediverseCreator the fediverse account that wrote the posts, "@user@server" (fediverse:creator), or "" for none
 */
public record Site(String title, URI url, String author, String description, String language,
                   ZoneId timeZone, String permalink, String twitterSite, String fediverseCreator) {

    public Site {
        twitterSite = twitterSite == null ? "" : twitterSite;
        fediverseCreator = fediverseCreator == null ? "" : fediverseCreator;
    }

    /** A site without social accounts. */
    public Site(String title, URI url, String author, String description, String language, ZoneId timeZone, String permalink) {
        this(title, url, author, description, language, timeZone, permalink, "", "");
    }

    static Site from(Settings s) {
        URI url = siteUrl(s);
        String permalink = permalink(s);
        ZoneId zone;
        try {
            zone = ZoneId.of(s.string(Setting.TIME_ZONE));
        } catch (DateTimeException e) {
            throw s.wrong(Setting.TIME_ZONE, "a time zone such as UTC, Europe/Paris or Asia/Tokyo");
        }
        String language = s.string(Setting.LANGUAGE);
        if (!language.matches("[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*")) throw s.wrong(Setting.LANGUAGE, "a language code such as en or ja");
        return new Site(
                s.string(Setting.TITLE),
                url,
                s.string(Setting.AUTHOR),
                s.string(Setting.DESCRIPTION),
                language.replace('_', '-').toLowerCase(Locale.ROOT),
                zone,
                permalink,
                handle(s, Setting.TWITTER_SITE, Handles.twitter(s.string(Setting.TWITTER_SITE)), "an X handle such as @jane (letters, digits and _, at most 15)"),
                handle(s, Setting.FEDIVERSE_CREATOR, Handles.fediverse(s.string(Setting.FEDIVERSE_CREATOR)), "a fediverse account such as @jane@mastodon.social"));
    }

    /** A handle setting's normalised value; "" when it is not set; refused when it is set but not a handle. */
    private static String handle(Settings s, Setting<String> setting, String normalised, String expected) {
        if (s.string(setting).isBlank()) return "";
        if (normalised == null) throw s.wrong(setting, expected);
        return normalised;
    }

    /** The placeholders a permalink pattern may hold. */
    public static final List<String> PLACEHOLDERS = List.of("{slug}", "{year}", "{month}", "{day}", "{lang}", "{section}", "{categories}");

    /**
     * The permalink pattern, starting with '/': a path below the site's root with {slug} in it, whose other characters
     * a URL path can hold as they are, and without '.' or '..' segments (which would move the post elsewhere, or out of
     * the site, once the URL is resolved).
     */
    private static String permalink(Settings s) {
        String permalink = s.string(Setting.PERMALINK);
        if (!permalink.contains("{slug}")) throw s.wrong(Setting.PERMALINK, "a path containing {slug}, such as /{slug}/ or /blog/{year}/{slug}/");
        if (!permalink.startsWith("/")) permalink = "/" + permalink;
        String literal = permalink;
        for (String placeholder : PLACEHOLDERS) literal = literal.replace(placeholder, "x");
        Matcher unknown = Pattern.compile("\\{[^}/]*}").matcher(literal);
        if (unknown.find()) {
            throw s.wrong(Setting.PERMALINK, "a path whose placeholders are " + String.join(", ", PLACEHOLDERS) + " ('" + unknown.group()
                    + "' is not one of them)");
        }
        for (int i = 0; i < literal.length(); i++) {
            char c = literal.charAt(i);
            boolean escape = c == '%' && i + 2 < literal.length() && isHex(literal.charAt(i + 1)) && isHex(literal.charAt(i + 2));
            if (c == '%' && !escape || !isPathCharacter(c)) {
                throw s.wrong(Setting.PERMALINK, "a URL path: '" + (Character.isISOControl(c) ? String.format("\\u%04x", (int) c) : String.valueOf(c))
                        + "' cannot be part of one (use '-' instead of a space, and no '?' or '#')");
            }
        }
        for (String segment : literal.split("/")) {
            String decoded = segment.replace("%2e", ".").replace("%2E", ".");
            if (decoded.equals(".") || decoded.equals("..")) {
                throw s.wrong(Setting.PERMALINK, "a path without '" + decoded + "' segments (they would move posts elsewhere on the site,"
                        + " or out of it, once the URL is resolved)");
            }
        }
        return permalink;
    }

    /**
     * True for what a URL path holds as it is: unreserved and sub-delimiter characters, ':', '@', '/', '%' (of %XX),
     * and letters beyond ASCII (as java.net.URI takes them).
     */
    private static boolean isPathCharacter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~!$&'()*+,;=:@/%".indexOf(c) >= 0
                || c > 127 && !Character.isISOControl(c) && !Character.isSpaceChar(c);
    }

    private static boolean isHex(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }

    private static URI siteUrl(Settings s) {
        String raw = s.string(Setting.SITE_URL);
        URI url;
        try {
            url = URI.create(raw.endsWith("/") ? raw : raw + "/");
        } catch (IllegalArgumentException e) {
            throw s.wrong(Setting.SITE_URL, "an absolute http or https URL such as https://example.com");
        }
        if (!"https".equals(url.getScheme()) && !"http".equals(url.getScheme()) || url.getHost() == null) {
            throw s.wrong(Setting.SITE_URL, "an absolute http or https URL such as https://example.com");
        }
        return url;
    }

    /** An absolute URL for a path below the site root ("atom.xml", "cards/x.jpg", "/a/b/"). */
    public URI resolve(String path) {
        String p = path.startsWith("/") ? path.substring(1) : path;
        return url.resolve(p);
    }

    /**
     * The text of {@link #resolve}{@code (path)}, made without parsing the path as a URI when it plainly is a path
     * below the root (letters, digits, "-._~!$&'()*+,;=@", '/' between non-empty segments other than "." and "..",
     * and %XX): then it is the root's URL followed by the path, as resolving gives it. A build resolves every post's
     * path, and parsing 10,000 of them took a rebuild some 20 ms.
     */
    public String urlOf(String path) {
        String p = path.startsWith("/") ? path.substring(1) : path;
        boolean plainRoot = url.getRawQuery() == null && url.getRawFragment() == null && !url.getRawPath().contains("/.");
        return plainRoot && isPlainRelativePath(p) ? url + p : url.resolve(p).toString();
    }

    /** True for a non-empty relative path that {@link URI#resolve} appends to a root ending in '/' as it is. */
    static boolean isPlainRelativePath(String p) {
        if (p.isEmpty()) return false;
        int segmentStart = 0;
        for (int i = 0; i <= p.length(); i++) {
            char c = i < p.length() ? p.charAt(i) : '/';
            if (c == '/') {
                int length = i - segmentStart;
                boolean last = i == p.length();
                if (length == 0 && !last) return false; // "//", or a leading '/'
                if (length == 1 && p.charAt(segmentStart) == '.' || length == 2 && p.startsWith("..", segmentStart)) return false;
                segmentStart = i + 1;
            } else if (c == '%') {
                if (i + 2 >= p.length() || !isHex(p.charAt(i + 1)) || !isHex(p.charAt(i + 2))) return false;
                i += 2;
            } else if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~!$&'()*+,;=@".indexOf(c) >= 0)) {
                return false;
            }
        }
        return true;
    }
}
