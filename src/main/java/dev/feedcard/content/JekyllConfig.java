package dev.feedcard.content;

import dev.feedcard.report.Problem;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A Jekyll site's {@code _config.yml} as it bears on its posts: the front matter {@code defaults:}, each a {@code
 * scope: {path, type}} and the {@code values:} it gives the posts in that scope. They apply as Jekyll applies them:
 * every scope whose path holds the post (a folder of it, {@code *} matching within one folder's name) and whose type
 * is the post's (or that names none) gives its values; a longer path wins over a shorter one, a scope with a type over
 * one without, a later scope over an earlier one; mappings merge key by key; the post's own front matter wins over
 * them all.
 */
public final class JekyllConfig {
    private static final List<String> NAMES = List.of("_config.yml", "_config.yaml");
    /** How many folders above the content folder the site's _config.yml may be: for {@code _posts}, the one above. */
    private static final int LEVELS_UP = 1;
    private static final JekyllConfig NONE = new JekyllConfig(null, List.of(), List.of(), null);

    /** One entry of {@code defaults:}: a path below the site's folder ("" for all), a type (null for any) and its values. */
    private record Scope(String path, Pattern glob, String type, Map<String, Object> values) {
    }

    /**
     * The languages of a site that Jekyll's Polyglot translates ({@code languages:} and {@code default_lang:}), as its
     * configuration spells them; the default one first.
     */
    private record Polyglot(String defaultLanguage, List<String> languages) {
    }

    private final Path siteRoot;
    private final List<Scope> scopes;
    private final List<Problem> problems;
    /** null when the site does not name Polyglot's languages */
    private final Polyglot polyglot;

    private JekyllConfig(Path siteRoot, List<Scope> scopes, List<Problem> problems, Polyglot polyglot) {
        this.siteRoot = siteRoot;
        this.scopes = scopes;
        this.problems = problems;
        this.polyglot = polyglot;
    }

    /**
     * The Jekyll configuration of the site whose posts are in {@code contentRoot}: {@code _config.yml} (or .yaml) in
     * the content folder or in one of the {@value #LEVELS_UP} folders above it, the nearest first; null when there is none.
     */
    static Path file(Path contentRoot) {
        return NearestFile.of(contentRoot, LEVELS_UP, NAMES);
    }

    /** The defaults of the site whose posts are in {@code contentRoot}; none when it has no _config.yml. */
    static JekyllConfig of(Path contentRoot) {
        Path file = file(contentRoot);
        if (file == null) return NONE;
        String shown = contentRoot.toAbsolutePath().normalize().relativize(file).toString().replace('\\', '/');
        try {
            return read(file.getParent(), Files.readString(file, StandardCharsets.UTF_8), shown);
        } catch (IOException | RuntimeException e) {
            return new JekyllConfig(null, List.of(), List.of(Problem.warning(shown, 0, "cannot read the site's Jekyll configuration: "
                    + firstLine(e.getMessage()) + "; its front matter defaults (defaults:) are not applied", "fix the file, or check that it can be read")), null);
        }
    }

    /** The defaults in {@code yaml}, the text of the _config.yml in {@code siteRoot}, shown in messages as {@code shown}. */
    public static JekyllConfig read(Path siteRoot, String yaml, String shown) {
        Object doc;
        try {
            // Jekyll's YAML reader keeps the last of a repeated key
            LoadSettings settings = LoadSettings.builder().setLabel(shown).setAllowDuplicateKeys(true).setMaxAliasesForCollections(20)
                    .setAllowRecursiveKeys(false).build();
            doc = new Load(settings).loadFromString(yaml);
        } catch (RuntimeException e) {
            return new JekyllConfig(null, List.of(), List.of(Problem.warning(shown, 0, "the site's Jekyll configuration is not valid YAML: "
                    + firstLine(e.getMessage()) + "; its front matter defaults (defaults:) are not applied", "fix the YAML, as Jekyll needs too")), null);
        }
        List<Scope> scopes = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        if (doc instanceof Map<?, ?> config && config.get("defaults") instanceof List<?> sets) {
            for (Object set : sets) {
                if (!(set instanceof Map<?, ?> entry) || !(entry.get("values") instanceof Map<?, ?> values)) {
                    problems.add(Problem.warning(shown, 0, "an entry of 'defaults:' has no 'values:' mapping; it is passed over, as Jekyll does",
                            "give each entry 'scope:' and 'values:'"));
                    continue;
                }
                String path = "";
                String type = null;
                if (entry.get("scope") instanceof Map<?, ?> scope) {
                    if (scope.get("path") instanceof String p) path = p.strip().replaceAll("^(\\./)+|^/+|/+$", "");
                    if (scope.get("type") != null) type = plural(String.valueOf(scope.get("type")).strip());
                }
                scopes.add(new Scope(path, path.contains("*") ? glob(path) : null, type, stringKeys(values)));
            }
        }
        return new JekyllConfig(siteRoot, List.copyOf(scopes), List.copyOf(problems), doc instanceof Map<?, ?> config ? polyglot(config) : null);
    }

    /** Polyglot's languages, when the configuration names them and its default language; else null. */
    private static Polyglot polyglot(Map<?, ?> config) {
        if (!(config.get("default_lang") instanceof String defaultLanguage) || defaultLanguage.isBlank()) return null;
        if (!(config.get("languages") instanceof List<?> list)) return null;
        List<String> languages = new ArrayList<>();
        for (Object language : list) if (language instanceof String code && !code.isBlank()) languages.add(code.strip());
        return new Polyglot(defaultLanguage.strip(), List.copyOf(languages));
    }

    /**
     * The folder Jekyll's Polyglot writes a post in {@code language} below, as the site's configuration spells it
     * ("pt-BR"): none ("") for its default language, as Polyglot puts every other one under {@code /<lang>/}, however
     * the post gives its language (its front matter's {@code lang}, or its folder with {@code lang_from_path}); null
     * when the site does not use Polyglot.
     */
    String polyglotFolder(String language) {
        if (polyglot == null) return null;
        if (Languages.normalise(polyglot.defaultLanguage()).equals(language)) return "";
        for (String code : polyglot.languages()) if (Languages.normalise(code).equals(language)) return code;
        return language;
    }

    /** What is wrong with the configuration, as warnings (it cannot be read, an entry is not one Jekyll uses). */
    List<Problem> problems() {
        return problems;
    }

    /** The default values for the post in {@code file}; empty when the file is not below the site's folder. */
    Map<String, Object> defaultsFor(Path file) {
        if (siteRoot == null || scopes.isEmpty()) return Map.of();
        Path absolute = file.toAbsolutePath().normalize();
        if (!absolute.startsWith(siteRoot)) return Map.of();
        String relative = siteRoot.relativize(absolute).toString().replace('\\', '/');
        return defaultsFor(relative, typeOf(relative));
    }

    /**
     * The default values for a document at {@code relative} (below the site's folder, '/'-separated) of {@code type}
     * ("posts", "drafts", "pages", or a collection's name).
     */
    public Map<String, Object> defaultsFor(String relative, String type) {
        Map<String, Object> defaults = new LinkedHashMap<>();
        Scope winner = null;
        for (Scope scope : scopes) {
            if (!appliesTo(scope, relative, type)) continue;
            if (winner == null || outranks(scope, winner)) {
                deepMerge(defaults, scope.values());
                winner = scope;
            } else {
                Map<String, Object> under = new LinkedHashMap<>();
                deepMerge(under, scope.values());
                deepMerge(under, defaults);
                defaults = under;
            }
        }
        return defaults;
    }

    /** The type Jekyll gives the document at {@code relative}: posts in _posts, drafts in _drafts, a collection's name, else pages. */
    public static String typeOf(String relative) {
        String[] segments = relative.split("/");
        for (int i = 0; i < segments.length - 1; i++) {
            if (segments[i].equals("_posts")) return "posts";
            if (segments[i].equals("_drafts")) return "drafts";
        }
        return segments.length > 1 && segments[0].startsWith("_") && segments[0].length() > 1 ? segments[0].substring(1) : "pages";
    }

    private static boolean appliesTo(Scope scope, String relative, String type) {
        if (scope.type() != null && !scope.type().equals(type)) return false;
        if (scope.path().isEmpty()) return true;
        if (scope.glob() != null) return scope.glob().matcher(relative).matches();
        return relative.equals(scope.path()) || relative.startsWith(scope.path() + "/");
    }

    /** Jekyll's precedence: the longer path, else the one with a type, else the later one. */
    private static boolean outranks(Scope later, Scope earlier) {
        if (later.path().length() != earlier.path().length()) return later.path().length() > earlier.path().length();
        return later.type() != null || earlier.type() == null;
    }

    /** A scope path with {@code *} as a pattern that matches the paths it holds. */
    private static Pattern glob(String path) {
        StringBuilder regex = new StringBuilder();
        for (String part : path.split("\\*", -1)) {
            if (regex.length() > 0) regex.append("[^/]*");
            regex.append(Pattern.quote(part));
        }
        return Pattern.compile(regex + "(/.*)?");
    }

    /** Jekyll's old singular type names. */
    private static String plural(String type) {
        return switch (type) {
            case "post" -> "posts";
            case "page" -> "pages";
            case "draft" -> "drafts";
            default -> type;
        };
    }

    /**
     * Adds {@code over} to {@code into}, a mapping in both merged key by key and anything else replaced: how Jekyll
     * merges defaults with each other and with a post's front matter.
     */
    static void deepMerge(Map<String, Object> into, Map<String, Object> over) {
        for (Map.Entry<String, Object> e : over.entrySet()) {
            if (into.get(e.getKey()) instanceof Map<?, ?> mine && e.getValue() instanceof Map<?, ?> theirs) {
                Map<String, Object> merged = stringKeys(mine);
                deepMerge(merged, stringKeys(theirs));
                into.put(e.getKey(), merged);
            } else {
                into.put(e.getKey(), e.getValue());
            }
        }
    }

    private static Map<String, Object> stringKeys(Map<?, ?> map) {
        Map<String, Object> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(String.valueOf(k), v));
        return out;
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse("").strip();
    }
}
