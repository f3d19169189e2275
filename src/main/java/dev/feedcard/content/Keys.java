package dev.feedcard.content;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The front matter names that mean the same thing across generators, in order of preference, plus the names a site
 * adds in its {@code frontMatter} setting (tried first).
 */
public final class Keys {

    /** What a post's front matter can say; {@link #setting()} is the name the {@code frontMatter} setting uses. */
    public enum Field {
        TITLE("title", "title"),
        DATE("date", "date", "pubDate", "publishDate", "pubdate", "published"),
        UPDATED("updated", "updated", "lastmod", "last_modified_at", "updatedDate", "modified", "lastModified", "dateModified"),
        DESCRIPTION("description", "description", "summary", "excerpt", "subtitle"),
        IMAGE("image", "ogImage", "og_image", "featuredImage", "featured_image", "image", "images", "cover", "coverImage",
                "cover_image", "heroImage", "thumbnail"),
        IMAGE_ALT("imageAlt", "imageAlt", "image_alt", "featuredImageAlt", "coverAlt", "coverImageAlt", "heroImageAlt",
                "thumbnailAlt", "ogImageAlt"),
        TAGS("tags", "tags", "categories", "category", "keywords"),
        LANGUAGE("language", "lang", "language", "locale"),
        DRAFT("draft", "draft"),
        SLUG("slug", "slug"),
        PERMALINK("permalink", "permalink", "url"),
        AUTHORS("authors", "authors", "author"),
        /** What pairs translations whose files are named differently: Hugo's translationKey, Polyglot's page_id. */
        TRANSLATION("translationKey", "translationKey", "translation_key", "page_id", "lang_id", "lang_ref"),
        SECTION("section", "section", "articleSection", "category"),
        TWITTER_CREATOR("twitterCreator", "twitter_creator", "twitterCreator"),
        FEDIVERSE_CREATOR("fediverseCreator", "fediverse_creator", "fediverseCreator", "fediverse");

        private final String setting;
        private final List<String> names;

        Field(String setting, String... names) {
            this.setting = setting;
            this.names = List.of(names);
        }

        /** The field's name in the {@code frontMatter} setting, such as "imageAlt". */
        public String setting() {
            return setting;
        }

        static Field ofSetting(String setting) {
            for (Field f : values()) if (f.setting.equals(setting)) return f;
            throw new IllegalArgumentException("no front matter field '" + setting + "'");
        }
    }

    private static final Keys DEFAULTS = new Keys(new EnumMap<>(Field.class));

    private final Map<Field, List<String>> names;

    private Keys(Map<Field, List<String>> names) {
        this.names = names;
    }

    /** The names the common generators use. */
    public static Keys defaults() {
        return DEFAULTS;
    }

    /**
     * The defaults with a site's own names put first.
     *
     * @param mapping feedcard's field name (title, date, image, ...) to the site's front matter names
     */
    public static Keys with(Map<String, List<String>> mapping) {
        Map<Field, List<String>> names = new EnumMap<>(Field.class);
        mapping.forEach((setting, extra) -> {
            Field field = Field.ofSetting(setting);
            List<String> all = new ArrayList<>(extra);
            for (String name : field.names) if (!all.contains(name)) all.add(name);
            names.put(field, List.copyOf(all));
        });
        return new Keys(names);
    }

    /** The names of a field, most preferred first. */
    public List<String> names(Field field) {
        return names.getOrDefault(field, field.names);
    }

    /** The first name of the field the front matter uses with a value (not null, not a yes/no, not blank), or null. */
    String find(Map<String, Object> values, Field field) {
        for (String name : names(field)) {
            Object value = values.get(name);
            if (value != null && !(value instanceof Boolean) && !(value instanceof CharSequence text && text.toString().isBlank())) return name;
        }
        return null;
    }

    /** The name under which the front matter sets a field to true or false, or null. */
    String findSwitch(Map<String, Object> values, Field field) {
        for (String name : names(field)) {
            Object value = values.get(name);
            if (value instanceof Boolean) return name;
            if (value != null) {
                String text = String.valueOf(value).strip().toLowerCase(Locale.ROOT);
                if (text.equals("true") || text.equals("false")) return name;
            }
        }
        return null;
    }
}
