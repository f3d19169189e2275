package dev.feedcard.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * How posts are read beyond the defaults.
 *
 * @param staticFolders folders that hold files served from the site root (Hugo's static/, Astro's and Next's public/,
 *                      Jekyll's site root): a featured image written as /assets/x.jpg or as a bare file name is looked up
 *                      in them
 * @param frontMatter extra front matter names for a field, tried before the usual names, such as title -> [headline]
 */
public record ContentSettings(List<Path> staticFolders, Map<String, List<String>> frontMatter) {

    /** The fields the {@code frontMatter} setting can name. */
    public static final Set<String> FIELDS = Set.of("title", "date", "updated", "description", "image", "imageAlt",
            "tags", "language", "draft", "slug", "permalink", "authors", "translationKey", "section", "twitterCreator", "fediverseCreator");

    public ContentSettings {
        staticFolders = List.copyOf(staticFolders);
        Map<String, List<String>> copy = new LinkedHashMap<>();
        frontMatter.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        frontMatter = Map.copyOf(copy);
    }

    /** No static folders and no front matter names of the user's own. */
    public static ContentSettings defaults() {
        return new ContentSettings(List.of(), Map.of());
    }

    static ContentSettings from(Settings s) {
        List<Path> folders = new ArrayList<>();
        for (String folder : s.list(Setting.STATIC)) {
            Path path = Path.of(folder);
            if (!Files.isDirectory(path)) {
                throw new ConfigException("the static folder '" + folder + "' does not exist"
                        + " (setting 'static' or --static names the folders a site serves from its root, such as static or public)");
            }
            folders.add(path);
        }
        Map<String, List<String>> mapping = new LinkedHashMap<>();
        for (Map.Entry<String, Object> entry : s.map(Setting.FRONT_MATTER).entrySet()) {
            String field = String.valueOf(entry.getKey());
            if (!FIELDS.contains(field)) {
                throw s.wrong(Setting.FRONT_MATTER, "a mapping from feedcard's names (" + String.join(", ", new TreeSet<>(FIELDS))
                        + ") to your front matter's names; '" + field + "' is not one of feedcard's names (did you mean '"
                        + Settings.nearest(field, new TreeSet<>(FIELDS)) + "'?)");
            }
            List<String> names = new ArrayList<>();
            if (entry.getValue() instanceof List<?> list) {
                for (Object name : list) if (name != null && !String.valueOf(name).isBlank()) names.add(String.valueOf(name).strip());
            } else if (entry.getValue() != null && !(entry.getValue() instanceof Map)) {
                for (String name : String.valueOf(entry.getValue()).split(",")) if (!name.isBlank()) names.add(name.strip());
            }
            if (names.isEmpty()) throw s.wrong(Setting.FRONT_MATTER, "a front matter name (or a list of names) for '" + field + "'");
            mapping.put(field, names);
        }
        return new ContentSettings(folders, mapping);
    }
}
