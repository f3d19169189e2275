package dev.feedcard.pages;

import dev.feedcard.meta.HeadTag;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Hand-made head tags for a post, as the meta stage makes them, and the HTML a page should end up with. */
final class PostTags {
    private PostTags() {
    }

    static HeadTag meta(String attribute, String key, String content) {
        Map<String, String> a = new LinkedHashMap<>();
        a.put(attribute, key);
        a.put("content", content);
        return new HeadTag("meta", a, key);
    }

    static HeadTag property(String key, String content) {
        return meta("property", key, content);
    }

    static HeadTag name(String key, String content) {
        return meta("name", key, content);
    }

    static HeadTag feed(String type, String title, String href) {
        Map<String, String> a = new LinkedHashMap<>();
        a.put("rel", "alternate");
        a.put("type", type);
        a.put("title", title);
        a.put("href", href);
        return new HeadTag("link", a, "alternate " + type);
    }

    static HeadTag link(String rel, String href) {
        Map<String, String> a = new LinkedHashMap<>();
        a.put("rel", rel);
        a.put("href", href);
        return new HeadTag("link", a, rel);
    }

    static HeadTag jsonLd(String json) {
        return new HeadTag("script", Map.of("type", "application/ld+json"), HeadTag.JSON_LD_ARTICLE, json);
    }

    /** {@link #deepLearning()} with what search engines read: the canonical URL, the description, the author, the JSON-LD. */
    static List<HeadTag> deepLearningForSearch() {
        List<HeadTag> tags = new ArrayList<>();
        tags.add(link("canonical", "https://example.com/deep-learning-2022/"));
        tags.add(name("description", "A look back at the year <in short>."));
        tags.addAll(deepLearning());
        tags.add(name("author", "Shion Honda"));
        tags.add(jsonLd("{\"@context\":\"https://schema.org\",\"@type\":\"BlogPosting\",\"headline\":\"Deep Learning in 2022: \\\"Scaling\\\" \\u0026 Friends\"}"));
        return tags;
    }

    /** The tags of the post "Deep Learning in 2022", with values that need escaping. */
    static List<HeadTag> deepLearning() {
        List<HeadTag> tags = new ArrayList<>();
        tags.add(property("og:title", "Deep Learning in 2022: \"Scaling\" & Friends"));
        tags.add(property("og:description", "A look back at the year <in short>."));
        tags.add(property("og:url", "https://example.com/deep-learning-2022/"));
        tags.add(property("og:type", "article"));
        tags.add(property("og:site_name", "Hippocampus's Garden"));
        tags.add(property("og:image", "https://example.com/cards/deep-learning-2022.jpg"));
        tags.add(property("og:image:width", "1200"));
        tags.add(property("og:image:height", "630"));
        tags.add(property("og:image:alt", "A neural network drawn in chalk"));
        tags.add(property("article:published_time", "2023-01-13T22:01:03Z"));
        tags.add(property("article:tag", "deep-learning"));
        tags.add(property("article:tag", "review"));
        tags.add(name("twitter:card", "summary_large_image"));
        tags.add(name("twitter:title", "Deep Learning in 2022: \"Scaling\" & Friends"));
        tags.add(name("twitter:image", "https://example.com/cards/deep-learning-2022.jpg"));
        tags.add(name("twitter:image:alt", "A neural network drawn in chalk"));
        tags.add(feed("application/atom+xml", "Hippocampus's Garden", "https://example.com/atom.xml"));
        tags.add(feed("application/rss+xml", "Hippocampus's Garden", "https://example.com/rss.xml"));
        return tags;
    }

    /**
     * The HTML of the tags, written out here independently of the patcher: double-quoted attributes, with
     * {@code &}, {@code "}, {@code <} and {@code >} escaped; an element with text (JSON-LD) with its text and end tag.
     */
    static String html(HeadTag tag, String closing) {
        StringBuilder sb = new StringBuilder("<" + tag.element());
        tag.attributes().forEach((k, v) -> sb.append(' ').append(k).append("=\"")
                .append(v.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;")).append('"'));
        if (tag.text() != null) return sb.append('>').append(tag.text()).append("</").append(tag.element()).append('>').toString();
        return sb.append(closing).toString();
    }

    static String oneLine(List<HeadTag> tags, String closing) {
        StringBuilder sb = new StringBuilder();
        for (HeadTag t : tags) sb.append(html(t, closing));
        return sb.toString();
    }

    static String lines(List<HeadTag> tags, String closing, String indent, String newline) {
        StringBuilder sb = new StringBuilder();
        for (HeadTag t : tags) sb.append(indent).append(html(t, closing)).append(newline);
        return sb.toString();
    }
}
