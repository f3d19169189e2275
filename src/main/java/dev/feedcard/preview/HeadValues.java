package dev.feedcard.preview;

import dev.feedcard.meta.HeadTag;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The values of a page's head tags by property or name ("og:title", "twitter:card", "theme-color"), first one winning. */
final class HeadValues {
    private final Map<String, String> values = new LinkedHashMap<>();

    HeadValues(List<HeadTag> tags) {
        for (HeadTag tag : tags) {
            if (!"meta".equals(tag.element())) continue;
            String name = tag.attributes().getOrDefault("property", tag.attributes().get("name"));
            String content = tag.attributes().get("content");
            if (name != null && content != null) values.putIfAbsent(name, content);
        }
    }

    boolean isEmpty() {
        return values.isEmpty();
    }

    /** The first of {@code names} the page has a value for, or null. */
    String first(String... names) {
        for (String name : names) {
            String v = values.get(name);
            if (v != null && !v.isBlank()) return v;
        }
        return null;
    }
}
