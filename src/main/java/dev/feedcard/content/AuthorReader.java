package dev.feedcard.content;

import dev.feedcard.config.Handles;
import dev.feedcard.report.Problem;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * Reads a post's authors from its front matter: a name ("Jane Doe", or "Jane Doe &lt;jane@example.com&gt;"), a list of
 * names, objects with a name, URL, e-mail and picture, and handles ("jdoe") that the site's own authors file
 * ({@code _data/authors.yml}, as Jekyll and Eleventy sites keep it) maps to such objects.
 */
final class AuthorReader {
    /** Where a site keeps its authors by handle, looked for in the content folder and the folders above it. */
    private static final List<String> DATA_FILES = List.of("_data/authors.yml", "_data/authors.yaml", "_data/authors.json");
    /** How many folders above the content folder the data file is looked for in (a Jekyll site's _posts is one below). */
    private static final int LEVELS_UP = 3;
    private static final long MAX_DATA_BYTES = 1024 * 1024;
    private static final String NAMELESS_HINT = "give the author a name, such as 'name: Jane Doe'";

    private final URI siteUrl;
    private final Map<String, Author> byHandle = new LinkedHashMap<>();
    private final List<Problem> problems = new ArrayList<>();

    /**
     * @param root the content folder (absolute), where the site's authors file is looked for, and above it
     * @param siteUrl the site's root URL, against which an author's page written as a path is resolved; may be null
     */
    AuthorReader(Path root, URI siteUrl) {
        this.siteUrl = siteUrl;
        Path data = dataFile(root);
        if (data != null) readData(data, root.relativize(data).toString().replace('\\', '/'));
    }

    /**
     * The site's authors file: {@code _data/authors.yml} (or .yaml, .json) in the content folder or in one of the
     * {@value #LEVELS_UP} folders above it, the nearest first; null when there is none.
     */
    static Path dataFile(Path root) {
        return NearestFile.of(root, LEVELS_UP, DATA_FILES);
    }

    /** What is wrong with the site's authors file (warnings): the handles it cannot give are shown as written. */
    List<Problem> problems() {
        return List.copyOf(problems);
    }

    /**
     * The authors under {@code key} in the front matter, in its order, without repeats; an author left out (one
     * without a name) or a link left off (not a URL, not an e-mail address) is a warning at the key's line.
     */
    List<Author> read(FrontMatter fm, String file, String key, List<Problem> warnings) {
        List<Author> authors = new ArrayList<>();
        if (key == null) return authors;
        int line = fm.lineOf(key);
        Consumer<String> warn = message -> warnings.add(Problem.warning(file, line, message, NAMELESS_HINT));
        Object value = fm.values().get(key);
        for (Object item : value instanceof List<?> list ? list : List.of(value)) {
            Author author = null;
            if (item instanceof Map<?, ?> map) {
                String handle = text(map, "id", "handle", "username");
                Author known = handle == null ? null : byHandle.get(handle);
                author = text(map, "name", "title") == null && known != null ? known : author(map, handle, link -> warnings.add(
                        Problem.warning(file, line, "the author's " + link + ", so it is left off", "write a full URL, an e-mail address, or an account such as @jane or @jane@mastodon.social")));
                if (author == null) warn.accept("an author has no name, so it is left out");
            } else if (item instanceof List) {
                warn.accept("an author is a list, so it is left out");
            } else if (item != null && !(item instanceof Boolean) && !String.valueOf(item).isBlank()) {
                String text = String.valueOf(item).strip();
                author = byHandle.containsKey(text) ? byHandle.get(text) : Author.parse(text);
            }
            if (author != null && !authors.contains(author)) authors.add(author);
        }
        return authors;
    }

    @SuppressWarnings("unchecked")
    private void readData(Path data, String name) {
        Object doc;
        try {
            if (Files.size(data) > MAX_DATA_BYTES) {
                problems.add(Problem.warning(name, 0, "the authors file is larger than 1 MB, so its handles are shown as written",
                        "keep one entry per author: name, url, email"));
                return;
            }
            LoadSettings settings = LoadSettings.builder().setLabel(name).setAllowDuplicateKeys(false).setMaxAliasesForCollections(20).build();
            doc = new Load(settings).loadFromString(Files.readString(data));
        } catch (IOException | YamlEngineException e) {
            problems.add(Problem.warning(name, 0, "cannot read the authors file (" + firstLine(String.valueOf(e.getMessage()))
                    + "), so its handles are shown as written", "fix the file: one entry per handle, with name, url and email"));
            return;
        }
        if (!(doc instanceof Map<?, ?> entries)) {
            if (doc != null) {
                problems.add(Problem.warning(name, 0, "the authors file is not a mapping of handles, so its handles are shown as written",
                        "write one entry per handle, such as 'jdoe:' and under it 'name: Jane Doe'"));
            }
            return;
        }
        ((Map<Object, Object>) entries).forEach((k, v) -> {
            String handle = String.valueOf(k).strip();
            Author author = v instanceof Map<?, ?> map ? author(map, handle, link -> problems.add(Problem.warning(name, 0,
                    "the author '" + handle + "''s " + link + ", so it is left off", "write a full URL, an e-mail address, or an account such as @jane or @jane@mastodon.social")))
                    : v instanceof String text && !text.isBlank() ? Author.parse(text) : Author.named(handle);
            byHandle.put(handle, author);
        });
    }

    /**
     * The author an object gives: its name (else {@code fallbackName}, else null), page, e-mail address and picture;
     * a link that is not one goes to {@code dropped} ("url 'x' is not a URL").
     */
    private Author author(Map<?, ?> map, String fallbackName, Consumer<String> dropped) {
        String name = text(map, "name", "title");
        if (name == null) name = fallbackName;
        if (name == null) return null;
        String email = text(map, "email", "mail");
        if (email != null && email.toLowerCase(Locale.ROOT).startsWith("mailto:")) email = email.substring("mailto:".length());
        if (email != null && !Author.isEmail(email)) {
            dropped.accept("email '" + email + "' is not an e-mail address");
            email = null;
        }
        return new Author(name, link(map, dropped, "url", "uri", "web", "website", "homepage", "link"), email,
                link(map, dropped, "avatar", "picture", "image"),
                account(map, dropped, Handles::twitter, "an X account", "twitter"),
                account(map, dropped, Handles::fediverse, "a fediverse account", "fediverse", "mastodon"));
    }

    /** The first of the keys' values as an account ("@jane", "@jane@mastodon.social"), or null. */
    private static String account(Map<?, ?> map, Consumer<String> dropped, UnaryOperator<String> normalise, String what, String... keys) {
        for (String key : keys) {
            String written = text(map, key);
            if (written == null) continue;
            String account = normalise.apply(written);
            if (account == null) dropped.accept(key + " '" + written + "' is not " + what);
            return account;
        }
        return null;
    }

    /** The first of the keys' values as an absolute http(s) URL (a path is resolved against the site's URL), or null. */
    private String link(Map<?, ?> map, Consumer<String> dropped, String... keys) {
        String key = null;
        for (int i = 0; i < keys.length && key == null; i++) if (text(map, keys[i]) != null) key = keys[i];
        if (key == null) return null;
        String written = text(map, key);
        String declared = written.startsWith("//") ? "https:" + written : written;
        try {
            URI uri = URI.create(declared);
            if (!uri.isAbsolute()) {
                if (siteUrl == null) return null; // a path on a site whose URL is not known
                uri = siteUrl.resolve(declared.startsWith("/") ? declared.substring(1) : declared);
            }
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) return uri.toString();
        } catch (IllegalArgumentException e) {
            // reported below
        }
        dropped.accept(key + " '" + written + "' is not a URL");
        return null;
    }

    /** The first of the keys with a value that is text (or a number), stripped; null when none has one. */
    private static String text(Map<?, ?> map, String... keys) {
        for (String key : keys) {
            Object value = map.get(key);
            if (value != null && !(value instanceof Map) && !(value instanceof List) && !(value instanceof Boolean)
                    && !(value instanceof byte[]) && !String.valueOf(value).isBlank()) {
                return String.valueOf(value).strip();
            }
        }
        return null;
    }

    private static String firstLine(String s) {
        return s.lines().findFirst().orElse("").strip();
    }
}
