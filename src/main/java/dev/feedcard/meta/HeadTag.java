package dev.feedcard.meta;

import java.util.Map;

/**
 * One tag for a page's {@code <head>}: {@code <meta property="og:image" content="…">},
 * {@code <meta name="twitter:card" content="…">} or {@code <link rel="alternate" type="…" href="…">}.
 *
 * @param element "meta" or "link"
 * @param attributes the tag's attributes in the order they are written (unescaped values)
 * @param key what makes two tags "the same" when a page already has one: "og:image", "twitter:card",
 *            or for links "alternate application/atom+xml"; tags with a repeatable key (article:tag) share it
 */
public record HeadTag(String element, Map<String, String> attributes, String key) {
    public HeadTag {
        attributes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(attributes));
    }
}
