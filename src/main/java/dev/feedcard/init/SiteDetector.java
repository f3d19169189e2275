package dev.feedcard.init;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import dev.feedcard.content.ContentScanner;
import dev.feedcard.content.JekyllConfig;
import dev.feedcard.content.PostFile;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Looks at a site's folder and works out which generator it belongs to, where its posts and public files are,
 * and what its own configuration says about the site (URL, title, language, time zone, permalinks). Reads files
 * only; never runs the generator or its JavaScript configuration.
 */
public final class SiteDetector {
    private static final List<String> HUGO_CONFIGS = List.of("hugo.toml", "hugo.yaml", "hugo.yml", "hugo.json",
            "config/_default/hugo.toml", "config/_default/hugo.yaml", "config/_default/config.toml", "config/_default/config.yaml",
            "config.toml", "config.yaml", "config.yml", "config.json");
    private static final List<String> ASTRO_CONFIGS = List.of("astro.config.mjs", "astro.config.js", "astro.config.ts",
            "astro.config.mts", "astro.config.cjs");
    private static final List<String> ELEVENTY_CONFIGS = List.of("eleventy.config.js", "eleventy.config.mjs", "eleventy.config.cjs",
            "eleventy.config.ts", ".eleventy.js", ".eleventy.cjs", ".eleventy.mjs");
    private static final List<String> GATSBY_CONFIGS = List.of("gatsby-config.js", "gatsby-config.ts", "gatsby-config.mjs");
    private static final List<String> NEXT_CONFIGS = List.of("next.config.js", "next.config.mjs", "next.config.ts", "next.config.cjs");
    private static final Pattern TOKEN = Pattern.compile(":([a-z_]+)");

    private final Path dir;
    private final List<String> evidence = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    private SiteDetector(Path dir) {
        this.dir = dir;
    }

    /** What the folder holds; a folder no generator claims is a plain Markdown folder. */
    public static SiteLayout detect(Path dir) {
        return new SiteDetector(dir).detect();
    }

    private SiteLayout detect() {
        String hugoConfig = firstFile(HUGO_CONFIGS);
        boolean hugoNamed = hugoConfig != null && (hugoConfig.contains("hugo.") || hugoConfig.startsWith("config/_default/"));
        if (hugoConfig != null && (hugoNamed || isDirectory("content"))) return hugo(hugoConfig);
        if (isFile("_config.yml") && (isDirectory(jekyllPosts(readStructured("_config.yml"))) || fileContains("Gemfile", "jekyll"))) return jekyll("_config.yml");
        String astro = firstFile(ASTRO_CONFIGS);
        if (astro != null || dependsOn("astro")) return astro(astro);
        String eleventy = firstFile(ELEVENTY_CONFIGS);
        if (eleventy != null || dependsOn("@11ty/eleventy")) return eleventy(eleventy);
        String gatsby = firstFile(GATSBY_CONFIGS);
        if (gatsby != null || dependsOn("gatsby")) return gatsby(gatsby);
        String next = firstFile(NEXT_CONFIGS);
        if (next != null || dependsOn("next")) return next(next);
        return plain();
    }

    // ---- generators

    private SiteLayout hugo(String configFile) {
        evidence.add(configFile);
        Map<String, Object> config = readStructured(configFile);
        String content = contentFolder(List.of("content/posts", "content/post", "content/blog", "content/articles", "content"), "content");
        String section = content.startsWith("content/") ? content.substring("content/".length()) : "";
        String permalink = hugoPermalink(config, section);
        String language = text(config, "defaultContentLanguage");
        if (language == null) language = text(config, "languageCode");
        String url = text(config, "baseURL");
        List<String> statics = existing("static");
        return layout(Generator.HUGO, content, statics, "public", url, url == null ? null : configFile, text(config, "title"),
                language, text(config, "timeZone"), permalink);
    }

    private String hugoPermalink(Map<String, Object> config, String section) {
        String fallback = section.isEmpty() ? "/{section}/{slug}/" : "/" + section + "/{section}/{slug}/";
        Object permalinks = get(config, "permalinks");
        if (permalinks instanceof Map<?, ?> map) {
            Object page = get(asStringMap(map), "page");
            Map<String, Object> patterns = page instanceof Map<?, ?> pageMap ? asStringMap(pageMap) : asStringMap(map);
            Object pattern = get(patterns, section.isEmpty() ? "posts" : section);
            if (pattern instanceof String hugo) {
                Map<String, String> tokens = new LinkedHashMap<>();
                for (String t : List.of("year", "month", "day")) tokens.put(t, "{" + t + "}");
                for (String t : List.of("title", "slug", "filename", "contentbasename", "slugorfilename", "slugorcontentbasename")) tokens.put(t, "{slug}");
                tokens.put("section", section.isEmpty() ? "{section}" : section);
                tokens.put("sections", section.isEmpty() ? "{section}" : section + "/{section}");
                String converted = convertTokens(hugo, tokens);
                if (converted != null) return converted;
                notes.add("Hugo's permalink '" + hugo + "' has parts feedcard cannot fill; check 'permalink' in feedcard.yml.");
            }
        }
        return fallback;
    }

    private SiteLayout jekyll(String configFile) {
        evidence.add(configFile);
        Map<String, Object> config = readStructured(configFile);
        String posts = jekyllPosts(config);
        String content = contentFolder(List.of(posts), posts);
        String url = text(config, "url");
        String base = text(config, "baseurl");
        if (url != null && base != null && !base.isBlank()) url = url.replaceAll("/+$", "") + "/" + base.replaceAll("^/+", "");
        String permalink = jekyllPermalink(postsPermalink(configFile, text(config, "permalink"), content));
        return layout(Generator.JEKYLL, content, List.of("."), "_site", url, url == null ? null : configFile,
                text(config, "title"), text(config, "lang") != null ? text(config, "lang") : text(config, "default_lang"), // Polyglot's
                text(config, "timezone"), permalink);
    }

    /** Where Jekyll keeps the posts: {@code _posts}, below the {@code collections_dir} when its {@code config} names one. */
    private static String jekyllPosts(Map<String, Object> config) {
        String collections = text(config, "collections_dir");
        if (collections == null || collections.isBlank()) return "_posts";
        String folder = collections.strip().replaceAll("^(\\./)+|^/+|/+$", "");
        return folder.isEmpty() || folder.equals(".") ? "_posts" : folder + "/_posts";
    }

    /**
     * The permalink Jekyll gives the posts: the one the front matter defaults ({@code defaults:} in _config.yml) give
     * them, else the site's {@code permalink} style. When the defaults give different posts different ones, the most
     * common, with a note.
     */
    private String postsPermalink(String configFile, String siteStyle, String content) {
        JekyllConfig defaults = JekyllConfig.read(dir, read(configFile), configFile);
        Map<String, Integer> counts = new LinkedHashMap<>();
        List<String> documents = new ArrayList<>();
        Path site = dir.toAbsolutePath().normalize();
        try {
            if (isDirectory(content)) {
                for (PostFile post : ContentScanner.scan(site.resolve(content))) {
                    documents.add(site.relativize(post.path().toAbsolutePath().normalize()).toString().replace('\\', '/'));
                }
            }
        } catch (UncheckedIOException e) {
            documents.clear();
        }
        if (documents.isEmpty()) documents.add(content + "/post.md");
        for (String document : documents) {
            Object fromDefaults = defaults.defaultsFor(document, JekyllConfig.typeOf(document)).get("permalink");
            String permalink = fromDefaults instanceof String p && !p.isBlank() ? p.strip() : siteStyle;
            counts.merge(permalink == null ? "date" : permalink, 1, Integer::sum);
        }
        List<Map.Entry<String, Integer>> ranked = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey())).toList();
        String chosen = ranked.get(0).getKey();
        if (ranked.size() > 1) {
            notes.add("Jekyll's front matter defaults give posts different permalinks: " + String.join(", ", ranked.stream()
                    .map(e -> "'" + e.getKey() + "' (" + e.getValue() + (e.getValue() == 1 ? " post)" : " posts)")).toList())
                    + "; feedcard uses '" + chosen + "' for all: give the others a 'permalink' in their front matter.");
        }
        return chosen;
    }

    private String jekyllPermalink(String style) {
        String pattern = switch (style) {
            case "date" -> "/:categories/:year/:month/:day/:title:output_ext";
            case "pretty" -> "/:categories/:year/:month/:day/:title/";
            case "none" -> "/:categories/:title:output_ext";
            case "ordinal", "weekdate" -> null;
            default -> style;
        };
        if (pattern == null) {
            notes.add("Jekyll's permalink style '" + style + "' has parts feedcard cannot fill; check 'permalink' in feedcard.yml.");
            return "/{year}/{month}/{day}/{slug}.html";
        }
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("categories", "{categories}");
        for (String t : List.of("year", "month", "day")) tokens.put(t, "{" + t + "}");
        tokens.put("i_month", "{month}");
        tokens.put("i_day", "{day}");
        tokens.put("title", "{slug}");
        tokens.put("slug", "{slug}");
        tokens.put("output_ext", ".html");
        String converted = convertTokens(pattern, tokens);
        if (converted == null) {
            notes.add("Jekyll's permalink '" + style + "' has parts feedcard cannot fill; check 'permalink' in feedcard.yml.");
            return "/{year}/{month}/{day}/{slug}.html";
        }
        return converted;
    }

    private SiteLayout astro(String configFile) {
        evidence.add(configFile != null ? configFile : "package.json (astro)");
        String content = contentFolder(List.of("src/content/blog", "src/content/posts", "src/content/post", "src/data/blog",
                "src/content", "src/pages/blog", "src/pages/posts"), "src/content/blog");
        String url = configFile == null ? null : jsString(configFile, "site");
        List<String> statics = existing("public", "src/assets");
        return layout(Generator.ASTRO, content, statics, "dist", url, url == null ? null : configFile, null, null, null,
                "/" + lastSegment(content, "blog") + "/{section}/{slug}/");
    }

    private SiteLayout eleventy(String configFile) {
        evidence.add(configFile != null ? configFile : "package.json (@11ty/eleventy)");
        String content = contentFolder(List.of("content/blog", "content/posts", "src/posts", "src/blog", "posts", "blog",
                "src/content/posts", "content", "src"), "posts");
        String url = null;
        String source = null;
        for (String data : List.of("_data/metadata.js", "_data/metadata.json", "src/_data/metadata.js", "src/_data/metadata.json",
                "_data/site.js", "_data/site.json", "src/_data/site.js", "src/_data/site.json", "content/_data/metadata.js")) {
            if (!isFile(data)) continue;
            url = jsString(data, "url");
            if (url != null) {
                source = data;
                break;
            }
        }
        String last = lastSegment(content, "");
        String permalink = List.of("blog", "posts", "post", "articles").contains(last) ? "/" + last + "/{section}/{slug}/" : "/{section}/{slug}/";
        EleventyPermalink.Found fromData = EleventyPermalink.find(dir.toAbsolutePath().normalize(), content, configFile);
        if (fromData != null) {
            evidence.add(fromData.file());
            if (fromData.note() != null) notes.add(fromData.note());
            if (fromData.pattern() != null) permalink = fromData.pattern();
        }
        return layout(Generator.ELEVENTY, content, existing("public"), "_site", url, source,
                source == null ? null : jsString(source, "title"), source == null ? null : jsString(source, "language"), null, permalink);
    }

    private SiteLayout gatsby(String configFile) {
        evidence.add(configFile != null ? configFile : "package.json (gatsby)");
        String content = contentFolder(List.of("content/blog", "content/posts", "src/posts", "src/content/posts", "src/pages/posts",
                "posts", "blog", "content"), "content/blog");
        String url = configFile == null ? null : jsString(configFile, "siteUrl");
        String title = configFile == null ? null : jsString(configFile, "title");
        return layout(Generator.GATSBY, content, existing("static"), "public", url, url == null ? null : configFile, title,
                null, null, "/{section}/{slug}/");
    }

    private SiteLayout next(String configFile) {
        evidence.add(configFile != null ? configFile : "package.json (next)");
        String content = contentFolder(List.of("_posts", "posts", "content/posts", "content/blog", "data/blog", "src/posts",
                "src/content/posts", "blog", "content"), "_posts");
        String last = lastSegment(content, "posts");
        String prefix = last.equals("_posts") || last.equals("content") ? "posts" : last;
        notes.add("Next.js takes a post's URL from its app/ or pages/ route; check that 'permalink' matches it (such as app/"
                + prefix + "/[slug]).");
        String url = null;
        String source = null;
        for (String env : List.of(".env.production", ".env", ".env.local")) {
            url = envValue(env, "NEXT_PUBLIC_SITE_URL", "SITE_URL", "NEXT_PUBLIC_BASE_URL");
            if (url != null) {
                source = env;
                break;
            }
        }
        return layout(Generator.NEXT, content, existing("public"), "out", url, source, null, null, null, "/" + prefix + "/{slug}");
    }

    private SiteLayout plain() {
        String content = contentFolder(List.of("content/posts", "content/blog", "content", "posts", "blog", "_posts", "."), "content");
        return layout(Generator.PLAIN, content, existing("public", "static"), "out", null, null, null, null, null, "/{slug}/");
    }

    private SiteLayout layout(Generator generator, String content, List<String> statics, String out, String url, String urlSource,
                              String title, String language, String timeZone, String permalink) {
        int posts = countPosts(content);
        if (isDirectory(content)) evidence.add(content + "/");
        for (String s : statics) if (!s.equals(".")) evidence.add(s + "/");
        if (posts == 0) notes.add("No posts were found in " + content + "/; set 'content' to the folder of your posts.");
        if (url != null && !url.matches("https?://[^\\s/]+.*")) {
            notes.add("The site URL '" + url + "' is not a full http(s) URL; set 'siteUrl' in feedcard.yml.");
            url = null;
            urlSource = null;
        }
        if (language != null && !language.matches("[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*")) language = null;
        if (timeZone != null && !isZone(timeZone)) timeZone = null;
        return new SiteLayout(generator, evidence, content, posts, statics, out, url, urlSource, title,
                language == null ? null : language.replace('_', '-').toLowerCase(Locale.ROOT), timeZone, permalink, notes);
    }

    // ---- helpers

    /** The first candidate folder with posts in it, else the first that exists, else the fallback. */
    private String contentFolder(List<String> candidates, String fallback) {
        String firstExisting = null;
        for (String candidate : candidates) {
            if (!isDirectory(candidate)) continue;
            if (firstExisting == null) firstExisting = candidate;
            if (countPosts(candidate) > 0) return candidate;
        }
        return firstExisting != null ? firstExisting : fallback;
    }

    private int countPosts(String folder) {
        if (!isDirectory(folder)) return 0;
        try {
            return ContentScanner.scan(dir.resolve(folder)).size();
        } catch (UncheckedIOException e) {
            return 0;
        }
    }

    private static String convertTokens(String pattern, Map<String, String> tokens) {
        Matcher m = TOKEN.matcher(pattern);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String replacement = tokens.get(m.group(1));
            if (replacement == null) return null;
            m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(sb);
        String path = ("/" + sb).replaceAll("/{2,}", "/");
        return path.contains("{slug}") ? path : null;
    }

    private static String lastSegment(String folder, String fallback) {
        if (folder.equals(".")) return fallback;
        int slash = folder.lastIndexOf('/');
        return slash < 0 ? folder : folder.substring(slash + 1);
    }

    private List<String> existing(String... folders) {
        List<String> found = new ArrayList<>();
        for (String f : folders) if (isDirectory(f)) found.add(f);
        return found;
    }

    private String firstFile(List<String> names) {
        for (String name : names) if (isFile(name)) return name;
        return null;
    }

    private boolean isFile(String name) {
        return Files.isRegularFile(dir.resolve(name));
    }

    private boolean isDirectory(String name) {
        return Files.isDirectory(dir.resolve(name));
    }

    private String read(String name) {
        try {
            return Files.readString(dir.resolve(name), StandardCharsets.UTF_8);
        } catch (IOException | UncheckedIOException e) {
            notes.add("Could not read " + name + " (" + e.getMessage() + ").");
            return "";
        }
    }

    private boolean fileContains(String name, String text) {
        return isFile(name) && read(name).contains(text);
    }

    private boolean dependsOn(String packageName) {
        if (!isFile("package.json")) return false;
        boolean found = Pattern.compile("\"" + Pattern.quote(packageName) + "\"\\s*:").matcher(read("package.json")).find();
        if (found) evidence.add("package.json");
        return found;
    }

    /** A generator's TOML, YAML or JSON configuration as a map; empty (with a note) when it cannot be read. */
    private Map<String, Object> readStructured(String name) {
        String text = read(name);
        try {
            Object value;
            if (name.endsWith(".toml")) {
                value = new TomlMapper().readValue(text, Map.class);
            } else if (name.endsWith(".json")) {
                value = new ObjectMapper().readValue(text, Map.class);
            } else {
                value = new Load(LoadSettings.builder().setMaxAliasesForCollections(20).build()).loadFromString(text);
            }
            return value instanceof Map<?, ?> map ? asStringMap(map) : Map.of();
        } catch (IOException | RuntimeException e) {
            notes.add("Could not read " + name + " (" + String.valueOf(e.getMessage()).lines().findFirst().orElse("") + "); check the settings below.");
            return Map.of();
        }
    }

    private static Map<String, Object> asStringMap(Map<?, ?> map) {
        Map<String, Object> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(String.valueOf(k), v));
        return out;
    }

    /** A key, compared without case as Hugo does. */
    private static Object get(Map<String, Object> map, String key) {
        for (Map.Entry<String, Object> e : map.entrySet()) if (e.getKey().equalsIgnoreCase(key)) return e.getValue();
        return null;
    }

    private static String text(Map<String, Object> map, String key) {
        Object value = get(map, key);
        return value instanceof String s && !s.isBlank() ? s.strip() : null;
    }

    /** The first string a JavaScript or JSON file gives a key ({@code site: 'https://…'}, {@code "url": "…"}). */
    private String jsString(String file, String key) {
        Matcher m = Pattern.compile("(?<![\\w$])[\"']?" + Pattern.quote(key) + "[\"']?\\s*:\\s*([\"'`])([^\"'`\\n]*)\\1").matcher(read(file));
        return m.find() && !m.group(2).isBlank() ? m.group(2).strip() : null;
    }

    private String envValue(String file, String... keys) {
        if (!isFile(file)) return null;
        for (String line : read(file).split("\n")) {
            for (String key : keys) {
                Matcher m = Pattern.compile("^\\s*" + key + "\\s*=\\s*[\"']?([^\"'\\s]+)").matcher(line);
                if (m.find()) return m.group(1);
            }
        }
        return null;
    }

    private static boolean isZone(String zone) {
        try {
            java.time.ZoneId.of(zone);
            return true;
        } catch (java.time.DateTimeException e) {
            return false;
        }
    }
}
