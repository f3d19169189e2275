package dev.feedcard.preview;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code Content-Type} of a served file, as a production web server configured for feeds sends it:
 * by the file's extension, and for {@code .xml} and {@code .json} by what the file is (an Atom feed, an RSS feed,
 * a JSON Feed), so that a feed reader pointed at the preview server sees the type it will see in production.
 */
final class MediaTypes {
    static final String ATOM = "application/atom+xml; charset=utf-8";
    static final String RSS = "application/rss+xml; charset=utf-8";
    static final String JSON_FEED = "application/feed+json; charset=utf-8";
    static final String XML = "application/xml; charset=utf-8";

    private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("htm", "text/html; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("mjs", "text/javascript; charset=utf-8"),
            Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("md", "text/markdown; charset=utf-8"),
            Map.entry("xsl", "text/xsl; charset=utf-8"),
            Map.entry("xslt", "text/xsl; charset=utf-8"),
            Map.entry("xml", "application/xml; charset=utf-8"),
            Map.entry("json", "application/json; charset=utf-8"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("png", "image/png"),
            Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"),
            Map.entry("avif", "image/avif"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("woff", "font/woff"),
            Map.entry("pdf", "application/pdf"));

    private MediaTypes() {
    }

    /**
     * The type to send for a file.
     *
     * @param name the file's name
     * @param head the file's first bytes (up to a few hundred are enough), to tell a feed from other XML or JSON
     */
    static String of(String name, byte[] head) {
        String lower = name.toLowerCase(Locale.ROOT);
        int dot = lower.lastIndexOf('.');
        String extension = dot < 0 ? "" : lower.substring(dot + 1);
        if (extension.equals("xml") || extension.equals("rss") || extension.equals("atom")) {
            String root = xmlRoot(head);
            if (root.equals("feed")) return ATOM;
            if (root.equals("rss")) return RSS;
            if (extension.equals("rss")) return RSS;
            if (extension.equals("atom")) return ATOM;
        }
        if (extension.equals("json") && isJsonFeed(head)) return JSON_FEED;
        return BY_EXTENSION.getOrDefault(extension, "application/octet-stream");
    }

    static boolean isXmlFeed(String type) {
        return type.equals(ATOM) || type.equals(RSS);
    }

    /** The local name of an XML document's root element, or "" when the bytes do not show one. */
    static String xmlRoot(byte[] head) {
        String text = new String(head, StandardCharsets.UTF_8);
        int i = 0;
        while (true) {
            i = text.indexOf('<', i);
            if (i < 0 || i + 1 >= text.length()) return "";
            char next = text.charAt(i + 1);
            if (next == '?' || next == '!') {
                int end = text.startsWith("<!--", i) ? text.indexOf("-->", i) : text.indexOf('>', i);
                if (end < 0) return "";
                i = end + 1;
                continue;
            }
            int end = i + 1;
            while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && text.charAt(end) != '>' && text.charAt(end) != '/') end++;
            String name = text.substring(i + 1, end);
            int colon = name.indexOf(':');
            return colon < 0 ? name : name.substring(colon + 1);
        }
    }

    private static boolean isJsonFeed(byte[] head) {
        String text = new String(head, StandardCharsets.UTF_8);
        return text.contains("jsonfeed.org/version/");
    }
}
