package dev.feedcard.content;

import dev.feedcard.report.Problem;
import dev.feedcard.report.ProblemException;

import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Reads one post file into a {@link Post}, or the problems that keep it from being one. */
public final class PostReader {
    private static final long MAX_FILE_BYTES = 16L * 1024 * 1024;

    private final Path root;
    private final ZoneId zone;
    private final String siteLanguage;
    private final List<String> languageTags;

    /**
     * @param root the content folder
     * @param zone the zone of dates written without one
     * @param siteLanguage the language of posts that name none
     * @param languageTags tags that name a post's language
     */
    public PostReader(Path root, ZoneId zone, String siteLanguage, List<String> languageTags) {
        this.root = root.toAbsolutePath().normalize();
        this.zone = zone;
        this.siteLanguage = siteLanguage;
        this.languageTags = List.copyOf(languageTags);
    }

    public Path root() {
        return root;
    }

    /** The post in {@code file}, or a {@link ProblemException} for the first problem that makes it unusable. */
    public Post read(PostFile postFile) throws ProblemException {
        String name = postFile.name();
        String text = decode(name, readBytes(postFile.path(), name));
        FrontMatter fm = FrontMatter.parse(name, text);
        Map<String, Object> v = fm.values();

        String title = requiredText(fm, name, "title");
        Object dateValue = first(v, Keys.DATE);
        if (dateValue == null) {
            if (postFile.dateFromName() == null) {
                throw new ProblemException(Problem.error(name, fm.lineOf("title"), "the post has no date",
                        "add a line such as 'date: 2024-05-01' to the front matter"));
            }
            dateValue = postFile.dateFromName();
        }
        Instant published = date(fm, name, firstKey(v, Keys.DATE), dateValue);
        Object updatedValue = first(v, Keys.UPDATED);
        Instant updated = updatedValue == null ? published : date(fm, name, firstKey(v, Keys.UPDATED), updatedValue);
        if (updated.isBefore(published)) updated = published;

        String description = optionalText(fm, name, Keys.DESCRIPTION);
        List<String> allTags = tags(v);
        String language = language(v, allTags, postFile);
        List<String> tags = allTags.stream().filter(t -> !languageTags.contains(t.toLowerCase(Locale.ROOT))).toList();
        String slug = Optional.ofNullable(optionalText(fm, name, List.of("slug"))).filter(s -> !s.isBlank()).orElse(postFile.slug());

        return new Post(name, slug, title, published, updated, description == null ? "" : description,
                image(fm, name, postFile.path().getParent()), tags, language, fm.body(), fm.bodyLine(), draft(v));
    }

    private static byte[] readBytes(Path path, String name) throws ProblemException {
        try {
            if (Files.size(path) > MAX_FILE_BYTES) {
                throw new ProblemException(Problem.error(name, 0, "the file is larger than " + MAX_FILE_BYTES / (1024 * 1024) + " MB",
                        "split the post, or move what is not text out of it"));
            }
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new ProblemException(Problem.error(name, 0, "cannot read the file: " + e.getMessage(), "check that the file exists and can be read"));
        }
    }

    /** UTF-8 text with its BOM dropped and line endings made \n. */
    private static String decode(String name, byte[] bytes) throws ProblemException {
        if (bytes.length == 0) {
            throw new ProblemException(Problem.error(name, 0, "the file is empty", "write the post's front matter and text, or delete the file"));
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ProblemException(Problem.error(name, 0, "the file is not UTF-8 text",
                    "save it as UTF-8 (most editors offer 'Save with encoding'), or remove it if it is not a post"));
        }
        if (text.indexOf('\0') >= 0) {
            throw new ProblemException(Problem.error(name, 0, "the file is not text (it contains NUL bytes)", "remove it from the content folder, or save it as UTF-8 text"));
        }
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static Object first(Map<String, Object> v, List<String> keys) {
        String key = firstKey(v, keys);
        return key == null ? null : v.get(key);
    }

    private static String firstKey(Map<String, Object> v, List<String> keys) {
        for (String k : keys) if (v.get(k) != null && !(v.get(k) instanceof Boolean)) return k;
        return null;
    }

    private static String requiredText(FrontMatter fm, String name, String key) throws ProblemException {
        String text = optionalText(fm, name, List.of(key));
        if (text == null || text.isBlank()) {
            throw new ProblemException(Problem.error(name, fm.lineOf(key), "the post has no " + key,
                    "add a line such as '" + key + ": \"My post\"' to the front matter"));
        }
        return text;
    }

    private static String optionalText(FrontMatter fm, String name, List<String> keys) throws ProblemException {
        String key = firstKey(fm.values(), keys);
        if (key == null) return null;
        Object value = fm.values().get(key);
        if (value instanceof Map || value instanceof List) {
            throw new ProblemException(Problem.error(name, fm.lineOf(key), "'" + key + "' is a " + (value instanceof Map ? "mapping" : "list") + ", not text",
                    "write it as one line of text, in quotes if it contains ': ' or starts with '[' or '{'"));
        }
        return String.valueOf(value).strip();
    }

    private Instant date(FrontMatter fm, String name, String key, Object value) throws ProblemException {
        return Dates.parse(value, zone).orElseThrow(() -> new ProblemException(Problem.error(name,
                key == null ? 0 : fm.lineOf(key), "'" + value + "' is not a date",
                "write dates as 2024-05-01, 2024-05-01 14:30 or 2024-05-01T14:30:00+09:00")));
    }

    private static List<String> tags(Map<String, Object> v) {
        List<String> tags = new ArrayList<>();
        for (String key : Keys.TAGS) {
            Object value = v.get(key);
            if (value instanceof List<?> list) {
                for (Object item : list) if (item != null && !(item instanceof Map) && !(item instanceof List)) add(tags, String.valueOf(item));
            } else if (value != null && !(value instanceof Map)) {
                for (String part : String.valueOf(value).split(",")) add(tags, part);
            }
        }
        return tags;
    }

    private static void add(List<String> tags, String tag) {
        String t = tag.strip();
        if (!t.isEmpty() && !tags.contains(t)) tags.add(t);
    }

    private String language(Map<String, Object> v, List<String> tags, PostFile postFile) {
        Object declared = first(v, Keys.LANGUAGE);
        if (declared != null && !(declared instanceof Map) && !(declared instanceof List) && !String.valueOf(declared).isBlank()) {
            return normaliseLanguage(String.valueOf(declared));
        }
        for (String tag : tags) {
            if (languageTags.contains(tag.toLowerCase(Locale.ROOT))) return tag.toLowerCase(Locale.ROOT);
        }
        if (postFile.languageFromPath() != null) return postFile.languageFromPath();
        return siteLanguage;
    }

    static String normaliseLanguage(String value) {
        return value.strip().replace('_', '-').toLowerCase(Locale.ROOT);
    }

    private static boolean draft(Map<String, Object> v) {
        return Boolean.TRUE.equals(v.get("draft")) || "true".equals(String.valueOf(v.get("draft")))
                || Boolean.FALSE.equals(v.get("published")) || "false".equals(String.valueOf(v.get("published")));
    }

    private FeaturedImage image(FrontMatter fm, String name, Path postFolder) throws ProblemException {
        Map<String, Object> v = fm.values();
        String key = firstKey(v, Keys.IMAGE);
        if (key == null) return null;
        Object value = v.get(key);
        String alt = null;
        if (value instanceof List<?> list) value = list.isEmpty() ? null : list.get(0);
        if (value instanceof Map<?, ?> map) {
            Object path = Optional.<Object>ofNullable(map.get("path")).or(() -> Optional.ofNullable(map.get("image")))
                    .or(() -> Optional.ofNullable(map.get("src"))).or(() -> Optional.ofNullable(map.get("url"))).orElse(null);
            alt = map.get("alt") == null ? null : String.valueOf(map.get("alt"));
            value = path;
        }
        if (value == null || value instanceof Map || value instanceof List || String.valueOf(value).isBlank()) return null;
        String declared = String.valueOf(value).strip();
        if (alt == null) alt = optionalText(fm, name, Keys.IMAGE_ALT);
        String focus = optionalText(fm, name, List.of("featuredImageFocus", "imageFocus"));
        String fit = optionalText(fm, name, List.of("featuredImageFit", "imageFit"));
        if (declared.startsWith("http://") || declared.startsWith("https://")) {
            try {
                return new FeaturedImage(declared, null, URI.create(declared), alt, focus, fit);
            } catch (IllegalArgumentException e) {
                throw new ProblemException(Problem.error(name, fm.lineOf(key), "'" + declared + "' is not a valid URL", "fix the image's URL"));
            }
        }
        Path file = locate(fm, name, key, declared, postFolder);
        return new FeaturedImage(declared, file, null, alt, focus, fit);
    }

    /** The image file, looked up beside the post and then in the content folder, never outside the content folder. */
    private Path locate(FrontMatter fm, String name, String key, String declared, Path postFolder) throws ProblemException {
        String relative = declared.startsWith("/") ? declared.substring(1) : declared;
        Path asGiven = Path.of(declared);
        List<Path> candidates = new ArrayList<>();
        if (!asGiven.isAbsolute() && !declared.startsWith("/")) candidates.add(postFolder.resolve(relative));
        candidates.add(root.resolve(relative));
        for (Path candidate : candidates) {
            Path normal = candidate.toAbsolutePath().normalize();
            if (!normal.startsWith(root)) {
                throw new ProblemException(Problem.error(name, fm.lineOf(key), "the featured image '" + declared + "' is outside the content folder",
                        "keep images inside the content folder, beside the post or below the folder"));
            }
            if (Files.isRegularFile(normal)) {
                try {
                    if (!normal.toRealPath().startsWith(root.toRealPath())) {
                        throw new ProblemException(Problem.error(name, fm.lineOf(key), "the featured image '" + declared + "' links to a file outside the content folder",
                                "copy the image into the content folder instead of linking to it"));
                    }
                } catch (IOException e) {
                    continue;
                }
                return normal;
            }
        }
        throw new ProblemException(Problem.error(name, fm.lineOf(key), "the featured image '" + declared + "' does not exist",
                "looked for " + String.join(" and ", candidates.stream().map(p -> root.relativize(p.toAbsolutePath().normalize()).toString()).toList())
                        + " in the content folder; fix the path or add the image"));
    }

}
