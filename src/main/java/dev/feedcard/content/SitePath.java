package dev.feedcard.content;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A path below the site root as front matter writes it (permalink, url), checked and percent-encoded. */
final class SitePath {
    private SitePath() {
    }

    /**
     * The path, starting with '/', for "/blog/my-post/", "blog/my-post/" or a full URL on the site itself.
     *
     * @param siteUrl the site's root URL, or null when unknown (full URLs are then refused)
     * @throws IllegalArgumentException saying why the value is not a path inside the site
     */
    static String of(String declared, URI siteUrl) {
        String path = declared.strip();
        String lower = path.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://") || path.startsWith("//")) {
            path = pathOnSite(path, siteUrl);
        } else if (lower.matches("[a-z][a-z0-9+.-]*:.*")) {
            throw new IllegalArgumentException("is not a path on the site");
        }
        if (path.contains("?") || path.contains("#") || path.contains("\\")) {
            throw new IllegalArgumentException("is not a plain path (it has '?', '#' or '\\')");
        }
        List<String> segments = new ArrayList<>();
        for (String segment : path.split("/")) {
            if (segment.isEmpty() || segment.equals(".")) continue;
            if (segment.equals("..")) throw new IllegalArgumentException("leads out of the site ('..')");
            segments.add(encode(segment));
        }
        String joined = "/" + String.join("/", segments);
        if (path.endsWith("/") && !segments.isEmpty()) joined += "/";
        return joined;
    }

    private static String pathOnSite(String url, URI siteUrl) {
        URI uri;
        try {
            uri = URI.create(url.startsWith("//") ? "https:" + url : url);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("is not a valid URL");
        }
        if (siteUrl == null || uri.getHost() == null || !uri.getHost().equalsIgnoreCase(siteUrl.getHost())) {
            throw new IllegalArgumentException("points outside the site" + (siteUrl == null ? "" : " (" + siteUrl + ")"));
        }
        String base = siteUrl.getRawPath() == null || siteUrl.getRawPath().isEmpty() ? "/" : siteUrl.getRawPath();
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        if (!path.startsWith(base)) throw new IllegalArgumentException("points outside the site (" + siteUrl + ")");
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalArgumentException("is not a plain path (it has '?' or '#')");
        }
        return "/" + path.substring(base.length());
    }

    /** Unreserved ASCII, sub-delimiters, ':' '@' and existing %XX escapes kept; everything else percent-encoded as UTF-8. */
    private static String encode(String segment) {
        StringBuilder sb = new StringBuilder();
        byte[] bytes = segment.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            int c = bytes[i] & 0xff;
            boolean escape = c == '%' && i + 2 < bytes.length && isHex(bytes[i + 1]) && isHex(bytes[i + 2]);
            if (escape || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~!$&'()*+,;=:@".indexOf(c) >= 0) {
                sb.append((char) c);
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16))).append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
            }
        }
        return sb.toString();
    }

    private static boolean isHex(byte b) {
        return b >= '0' && b <= '9' || b >= 'a' && b <= 'f' || b >= 'A' && b <= 'F';
    }
}
