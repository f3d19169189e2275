package dev.feedcard.render;

import dev.feedcard.config.Site;
import dev.feedcard.content.Post;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/** Where a post lives on the site: the permalink pattern filled in with its slug and date. */
public final class Permalinks {
    private Permalinks() {
    }

    /**
     * The post's path below the site root, such as "/my-post/" or "/2024/05/my-post/": the path its front matter
     * gives (permalink, url), else the site's pattern filled in with {slug}, {year}, {month}, {day}, {lang},
     * {section} (the folders between the content folder and the post) and {categories} (Jekyll's; see
     * {@link #categoriesPath}); empty segments collapse. A post whose file
     * or folder name gives a language other than the site's (index.ja.md, ja/...) goes under "/ja" when the pattern
     * has no {lang}.
     */
    public static String path(Site site, Post post) {
        if (post.permalink() != null) return post.permalink();
        String pattern = site.permalink();
        String path = pattern.replace("{slug}", encodeSegment(post.slug()));
        if (path.contains("{year}") || path.contains("{month}") || path.contains("{day}")) {
            ZonedDateTime date = post.published().atZone(site.timeZone());
            path = path.replace("{year}", zeroPadded(date.getYear(), 4))
                    .replace("{month}", zeroPadded(date.getMonthValue(), 2))
                    .replace("{day}", zeroPadded(date.getDayOfMonth(), 2));
        }
        path = path.replace("{lang}", post.language()).replace("{section}", encodePath(post.section()));
        if (path.contains("{categories}")) path = path.replace("{categories}", categoriesPath(post.categories()));
        if (path.contains("//")) path = REPEATED_SLASHES.matcher(path).replaceAll("/");
        if (!post.languagePrefix().isEmpty() && !pattern.contains("{lang}")) {
            path = "/" + encodeSegment(post.languagePrefix()) + path;
        }
        return path;
    }

    private static final Pattern REPEATED_SLASHES = Pattern.compile("/{2,}");

    /** {@code n} in decimal with leading zeros to at least {@code digits} digits (a year, a month, a day). */
    private static String zeroPadded(int n, int digits) {
        String s = Integer.toString(n);
        return s.length() >= digits || n < 0 ? s : "0".repeat(digits - s.length()) + s;
    }

    /**
     * Jekyll's {@code :categories}: the categories in lower case, without repeats, joined by '/' (a '/' in one stays
     * one), escaped as Jekyll escapes a URL's path (RFC 3986's path characters kept: {@code news,} stays so); empty,
     * '.' and '..' segments are dropped.
     */
    static String categoriesPath(List<String> categories) {
        Set<String> lowered = new LinkedHashSet<>();
        for (String category : categories) lowered.add(category.toLowerCase(Locale.ROOT));
        StringJoiner path = new StringJoiner("/");
        for (String segment : String.join("/", lowered).split("/")) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) continue;
            path.add(percentEncoded(segment, "-._~!$&'()*+,;=:@"));
        }
        return path.toString();
    }

    /** A '/'-separated path made safe for a URL, segment by segment; empty segments are dropped. */
    public static String encodePath(String path) {
        StringBuilder sb = new StringBuilder();
        for (String segment : path.split("/")) {
            if (segment.isEmpty()) continue;
            if (sb.length() > 0) sb.append('/');
            sb.append(encodeSegment(segment));
        }
        return sb.toString();
    }

    /** The post's absolute URL on the site. */
    public static URI of(Site site, Post post) {
        return site.resolve(path(site, post));
    }

    /** The text of the post's absolute URL on the site ({@link #of}), made without parsing a URI where it can be. */
    public static String url(Site site, Post post) {
        return site.urlOf(path(site, post));
    }

    /** A slug made safe for a URL path: unreserved ASCII kept, everything else percent-encoded as UTF-8. */
    public static String encodeSegment(String segment) {
        return percentEncoded(segment, "-._~");
    }

    /** {@code segment} with ASCII letters, digits and the {@code kept} characters as they are, all else percent-encoded as UTF-8. */
    private static String percentEncoded(String segment, String kept) {
        StringBuilder sb = new StringBuilder();
        for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c < 128 && kept.indexOf(c) >= 0) {
                sb.append((char) c);
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16))).append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
            }
        }
        return sb.toString();
    }
}
