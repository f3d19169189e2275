package dev.feedcard.pages;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.feedcard.meta.HeadTag;
import dev.feedcard.meta.HeadTags;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * What makes a head tag "the same" as another, so that a tag feedcard writes replaces the page's own instead of
 * adding a second one: a meta is known by its property or name ("og:image", "twitter:card"), a feed link by
 * "alternate" and its type ("alternate application/atom+xml"), another link by its rel ("canonical"), a JSON-LD
 * script that describes an article anywhere in it (a BlogPosting, an Article in its {@code @graph} ...) by
 * {@value HeadTag#JSON_LD_ARTICLE}; other JSON-LD (a BreadcrumbList, a WebSite) has no key and stays.
 */
final class TagKeys {
    /**
     * Media properties whose structured sub-properties (og:image:width, twitter:image:alt) describe the
     * media itself: when feedcard writes the image, the page's own sub-properties of its old image go too.
     */
    private static final Set<String> STRUCTURED = Set.of("og:image", "og:video", "og:audio", "twitter:image");

    private static final JsonFactory JSON = new JsonFactory();

    private TagKeys() {
    }

    /** The keys of an element already in a page; empty for tags feedcard never replaces (charset, viewport ...). */
    static Set<String> of(Element element) {
        return of(element.normalName(), element::attr, element::data);
    }

    /**
     * The keys of a tag feedcard writes: what its attributes make it (first), and its declared key. Both count, so
     * that a declared key more precise than the page can tell ("alternate application/atom+xml https://…/atom.xml")
     * still finds the page's own tag of that kind, and a second run finds the tag the first one wrote.
     */
    static Set<String> of(HeadTag tag) {
        Map<String, String> attributes = tag.attributes();
        Set<String> keys = of(tag.element().toLowerCase(Locale.ROOT), name -> attributes.getOrDefault(name, ""),
                () -> tag.text() == null ? "" : tag.text());
        if (tag.key() != null && !tag.key().isBlank()) keys.add(normalise(tag.key()));
        if (!keys.isEmpty()) return keys;
        // a tag with nothing to name it by is "the same" only as an identical tag, so a second run still finds it
        return Set.of(tag.element().toLowerCase(Locale.ROOT) + " " + attributes);
    }

    /** True when a page's tag with {@code existing} keys must give way to the tags with {@code written} keys. */
    static boolean replaces(Set<String> written, Set<String> existing) {
        for (String key : existing) {
            if (written.contains(key)) return true;
            for (String media : STRUCTURED) {
                if (key.startsWith(media + ":") && written.contains(media)) return true;
            }
        }
        return false;
    }

    private static Set<String> of(String element, UnaryOperator<String> attr, Supplier<String> text) {
        Set<String> keys = new LinkedHashSet<>();
        if (element.equals("script") && isJsonLd(attr.apply("type")) && describesAnArticle(text.get())) keys.add(HeadTag.JSON_LD_ARTICLE);
        if (element.equals("meta")) {
            addIfPresent(keys, attr.apply("property"));
            addIfPresent(keys, attr.apply("name"));
        } else if (element.equals("link")) {
            Set<String> rel = Arrays.stream(normalise(attr.apply("rel")).split(" "))
                    .filter(s -> !s.isEmpty()).collect(Collectors.toCollection(LinkedHashSet::new));
            String type = normalise(attr.apply("type"));
            if (rel.contains("alternate") && !type.isEmpty()) keys.add("alternate " + type);
            else if (!rel.isEmpty()) keys.add(String.join(" ", rel));
        }
        return keys;
    }

    /** True for a script type that says JSON-LD. */
    static boolean isJsonLd(String type) {
        return normalise(type).equals("application/ld+json");
    }

    /** True when some {@code @type} in the JSON is an article type; false for JSON that cannot be read to its end. */
    private static boolean describesAnArticle(String json) {
        try (JsonParser parser = JSON.createParser(json)) {
            boolean type = false;
            boolean article = false;
            // read to the end, so that JSON that breaks off after naming an article is left as it is
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.FIELD_NAME) {
                    type = parser.currentName().equals("@type");
                } else if (token == JsonToken.VALUE_STRING && type && HeadTags.ARTICLE_TYPES.contains(parser.getText())) {
                    article = true;
                } else if (token != JsonToken.START_ARRAY && token != JsonToken.END_ARRAY && token != JsonToken.VALUE_STRING) {
                    type = false;
                }
            }
            return article;
        } catch (IOException e) {
            return false;
        }
    }

    private static void addIfPresent(Set<String> keys, String value) {
        String key = normalise(value);
        if (!key.isEmpty()) keys.add(key);
    }

    private static String normalise(String value) {
        return value == null ? "" : value.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
