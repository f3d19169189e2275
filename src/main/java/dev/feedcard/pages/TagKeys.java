package dev.feedcard.pages;

import dev.feedcard.meta.HeadTag;
import org.jsoup.nodes.Element;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * What makes a head tag "the same" as another, so that a tag feedcard writes replaces the page's own instead of
 * adding a second one: a meta is known by its property or name ("og:image", "twitter:card"), a feed link by
 * "alternate" and its type ("alternate application/atom+xml"), another link by its rel ("canonical").
 */
final class TagKeys {
    /**
     * Media properties whose structured sub-properties (og:image:width, twitter:image:alt) describe the
     * media itself: when feedcard writes the image, the page's own sub-properties of its old image go too.
     */
    private static final Set<String> STRUCTURED = Set.of("og:image", "og:video", "og:audio", "twitter:image");

    private TagKeys() {
    }

    /** The keys of an element already in a page; empty for tags feedcard never replaces (charset, viewport ...). */
    static Set<String> of(Element element) {
        return of(element.normalName(), element::attr);
    }

    /**
     * The keys of a tag feedcard writes: what its attributes make it (first), and its declared key. Both count, so
     * that a declared key more precise than the page can tell ("alternate application/atom+xml https://…/atom.xml")
     * still finds the page's own tag of that kind, and a second run finds the tag the first one wrote.
     */
    static Set<String> of(HeadTag tag) {
        Map<String, String> attributes = tag.attributes();
        Set<String> keys = of(tag.element().toLowerCase(Locale.ROOT), name -> attributes.getOrDefault(name, ""));
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

    private static Set<String> of(String element, UnaryOperator<String> attr) {
        Set<String> keys = new LinkedHashSet<>();
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

    private static void addIfPresent(Set<String> keys, String value) {
        String key = normalise(value);
        if (!key.isEmpty()) keys.add(key);
    }

    private static String normalise(String value) {
        return value == null ? "" : value.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
