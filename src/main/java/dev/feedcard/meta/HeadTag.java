package dev.feedcard.meta;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One tag for a page's {@code <head>}: {@code <meta property="og:image" content="…">},
 * {@code <meta name="twitter:card" content="…">}, {@code <link rel="alternate" type="…" href="…">}, or an element
 * with text such as {@code <script type="application/ld+json">…</script>}.
 *
 * @param element "meta", "link" or "script"
 * @param attributes the tag's attributes in the order they are written (unescaped values)
 * @param key what makes two tags "the same" when a page already has one: "og:image", "twitter:card",
 *            for links "alternate application/atom+xml", for the post's JSON-LD {@value #JSON_LD_ARTICLE};
 *            tags with a repeatable key (article:tag) share it
 * @param text the element's content, written as it is (a script's JSON), or null for a void element (meta, link);
 *             it never holds a {@code <}, so it cannot end its element early
 */
public record HeadTag(String element, Map<String, String> attributes, String key, String text) {
    /** The key of a JSON-LD script that describes an article (BlogPosting, Article, NewsArticle ...). */
    public static final String JSON_LD_ARTICLE = "ld+json article";

    public HeadTag {
        attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
        if (text != null && text.indexOf('<') >= 0) {
            throw new IllegalArgumentException("the text of a <" + element + "> head tag must not hold '<' (write it as \\u003c): " + text);
        }
        if (text != null && element.toLowerCase(Locale.ROOT).matches("meta|link|base")) {
            throw new IllegalArgumentException("a <" + element + "> tag has no text");
        }
    }

    /** A void tag (meta, link): attributes only. */
    public HeadTag(String element, Map<String, String> attributes, String key) {
        this(element, attributes, key, null);
    }
}
