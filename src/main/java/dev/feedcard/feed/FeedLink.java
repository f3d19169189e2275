package dev.feedcard.feed;

import dev.feedcard.meta.HeadTag;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One feed in one format, as a page's {@code <head>} announces it:
 * {@code <link rel="alternate" type="application/atom+xml" title="…" href="…">}.
 *
 * @param kind the site's feed, a language's or a tag's
 * @param type the media type: application/atom+xml, application/rss+xml or application/feed+json
 * @param title what a reader shows for it, such as "My blog (Atom)"
 * @param href its absolute URL
 * @param hreflang the language of its entries, or null when they mix languages
 */
public record FeedLink(FeedKind kind, String type, String title, String href, String hreflang) {
    public static final String ATOM = "application/atom+xml";
    public static final String RSS = "application/rss+xml";
    public static final String JSON = "application/feed+json";

    /** The link as a head tag; its key ("alternate TYPE HREF") is unique to the feed and format. */
    public HeadTag toHeadTag() {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("rel", "alternate");
        attributes.put("type", type);
        attributes.put("title", title);
        attributes.put("href", href);
        if (hreflang != null) attributes.put("hreflang", hreflang);
        return new HeadTag("link", attributes, "alternate " + type + " " + href);
    }

    /** The link as one line of HTML, attribute values escaped. */
    public String toHtml() {
        StringBuilder sb = new StringBuilder("<link");
        toHeadTag().attributes().forEach((k, v) -> sb.append(' ').append(k).append("=\"").append(escape(v)).append('"'));
        return sb.append('>').toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
