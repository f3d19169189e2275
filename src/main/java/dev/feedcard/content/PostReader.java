package dev.feedcard.content;

import dev.feedcard.config.Config;
import dev.feedcard.config.ContentSettings;
import dev.feedcard.config.Handles;
import dev.feedcard.content.Keys.Field;
import dev.feedcard.report.Problem;
import dev.feedcard.report.ProblemException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Reads one post file into a {@link Post}, or the problems that keep it from being one. */
public final class PostReader {
    private static final long MAX_FILE_BYTES = 16L * 1024 * 1024;
    /**
     * The most tags a post may have (tags, categories and keywords together). Each tag gets three feeds, and each lists
     * the post with all its tags, so a post's share of the output grows with the square of its tags: 5,000 tags in a
     * 29 KB post made 1.7 GB. At 100, a post's tags cost at most 300 small feeds, and a post still has far more tags
     * than readers follow (blogs use a handful; WordPress's tag cloud shows 45 in all).
     */
    public static final int MAX_TAGS = 100;
    private static final Set<String> ELEVENTY_FILE_DATES = Set.of("last modified", "created", "git last modified", "git created");
    private static final String DATE_HINT = "write dates as 2024-05-01, 2024-05-01 14:30 or 2024-05-01T14:30:00+09:00";
    /**
     * Why a date before the year 1 or after 9999 (in UTC) is refused: RSS (RFC 822) and Atom (RFC 3339) write years in
     * four digits, and a feed that writes what a reader cannot parse loses the post's date without a word.
     */
    private static final String OUT_OF_RANGE = "is outside the dates feeds can hold (" + Dates.EARLIEST + " to " + Dates.LATEST + ")";
    private static final String RANGE_HINT = "write a date from the year 1 to 9999 (in UTC)";

    private final Path root;
    private final ZoneId zone;
    private final String siteLanguage;
    private final List<String> languageTags;
    private final boolean keepLanguageTags;
    private final Keys keys;
    private final ImageFinder images;
    private final URI siteUrl;
    private final AuthorReader authors;
    private final JekyllConfig jekyll;

    /**
     * A reader with the usual front matter names and no static folders.
     *
     * @param root the content folder
     * @param zone the zone of dates written without one
     * @param siteLanguage the language of posts that name none
     * @param languageTags tags that name a post's language
     */
    public PostReader(Path root, ZoneId zone, String siteLanguage, List<String> languageTags) {
        this(root, zone, siteLanguage, languageTags, ContentSettings.defaults(), null);
    }

    /** A reader for a build's content folder, site and content settings. */
    public PostReader(Config config) {
        this(config.content(), config.site().timeZone(), config.site().language(), config.feeds().languages(),
                config.contentSettings(), config.site().url(), config.feeds().keepLanguageTags());
    }

    /**
     * @param settings the static folders images are looked up in, and the site's own front matter names
     * @param siteUrl the site's root URL, to accept a front matter permalink written as a full URL; may be null
     */
    public PostReader(Path root, ZoneId zone, String siteLanguage, List<String> languageTags, ContentSettings settings, URI siteUrl) {
        this(root, zone, siteLanguage, languageTags, settings, siteUrl, false);
    }

    /**
     * @param keepLanguageTags keep the language tags among the post's topic tags too (they always set its language)
     */
    public PostReader(Path root, ZoneId zone, String siteLanguage, List<String> languageTags, ContentSettings settings, URI siteUrl,
                      boolean keepLanguageTags) {
        this.keepLanguageTags = keepLanguageTags;
        this.root = root.toAbsolutePath().normalize();
        this.zone = zone;
        this.siteLanguage = siteLanguage;
        this.languageTags = languageTags.stream().map(Languages::normalise).toList();
        this.keys = settings.frontMatter().isEmpty() ? Keys.defaults() : Keys.with(settings.frontMatter());
        this.images = new ImageFinder(this.root, settings.staticFolders());
        this.siteUrl = siteUrl;
        this.authors = new AuthorReader(this.root, siteUrl);
        this.jekyll = JekyllConfig.of(this.root);
    }

    /** The content folder the posts are read from. */
    public Path root() {
        return root;
    }

    /**
     * What is wrong with the site's authors file ({@code _data/authors.yml}) and its Jekyll configuration
     * ({@code _config.yml}), as warnings; none when it has neither.
     */
    public List<Problem> problems() {
        List<Problem> problems = new ArrayList<>(authors.problems());
        problems.addAll(jekyll.problems());
        return problems;
    }

    /**
     * The site's files besides its posts that a reader of the content folder {@code root} reads: its Jekyll
     * {@code _config.yml} and its authors file ({@code _data/authors.yml}), where it has them (often in the folder above
     * {@code _posts}); the posts read earlier hold what these files gave then, so a cache of posts is keyed by them.
     */
    public static List<Path> siteFiles(Path root) {
        List<Path> files = new ArrayList<>();
        for (Path file : new Path[] {JekyllConfig.file(root), AuthorReader.dataFile(root)}) {
            if (file != null) files.add(file);
        }
        return files;
    }

    /** The post in {@code file}, or a {@link ProblemException} for the first problem that makes it unusable. */
    public Post read(PostFile postFile) throws ProblemException {
        return read(postFile, bytes(postFile));
    }

    /** The bytes of a post's file, or a {@link ProblemException} when it cannot be read or is too large. */
    public static byte[] bytes(PostFile postFile) throws ProblemException {
        return readBytes(postFile.path(), postFile.name());
    }

    /** The post in {@code file}, which holds {@code bytes}, or a {@link ProblemException} for the first problem that makes it unusable. */
    public Post read(PostFile postFile, byte[] bytes) throws ProblemException {
        String name = postFile.name();
        // only the front matter is decoded (the Markdown is decoded when the post is rendered), but all of it is checked
        String text = decode(name, bytes, FrontMatter.endInBytes(bytes));
        // Hugo 0.123+ keeps a page's own fields under params: read there when the top level lacks them.
        FrontMatter fm = FrontMatter.parse(name, text).withFallback("params").withDefaults(jekyll.defaultsFor(postFile.path()));
        Map<String, Object> v = fm.values();

        String titleKey = keys.find(v, Field.TITLE);
        String writtenTitle = text(fm, name, titleKey);
        if (writtenTitle == null || writtenTitle.isBlank()) {
            String key = keys.names(Field.TITLE).get(0);
            throw new ProblemException(Problem.error(name, fm.lineOf(titleKey == null ? key : titleKey), "the post has no title",
                    "add a line such as " + example(fm, key, "My post") + " to the front matter"));
        }
        String title = HtmlText.shown(writtenTitle);
        if (title.isEmpty()) {
            throw new ProblemException(Problem.error(name, fm.lineOf(titleKey), "the title '" + Problem.visible(writtenTitle)
                    + "' shows no text: it is only HTML tags", "write the title as text; markup such as <em>text</em> may go around it"));
        }

        String dateKey = keys.find(v, Field.DATE);
        Instant published;
        if (dateKey != null) {
            published = date(fm, name, dateKey, postFile.path());
        } else if (postFile.dateFromName() != null) {
            published = Dates.parse(postFile.dateFromName(), zone).orElseThrow(() -> new ProblemException(Problem.error(name, 0,
                    "the date in the file's name (" + postFile.dateFromName() + ") is not a real date",
                    "rename the file with a real date, such as 2024-05-01-my-post.md, or add a date to the front matter")));
            if (!Dates.holdable(published)) {
                throw new ProblemException(Problem.error(name, 0, "the date in the file's name (" + postFile.dateFromName() + ") " + OUT_OF_RANGE,
                        "rename the file with a date from the year 1 to 9999, or add a date to the front matter"));
            }
        } else {
            throw new ProblemException(Problem.error(name, fm.lineOf(titleKey), "the post has no date",
                    "add a line such as " + example(fm, "date", "2024-05-01") + " to the front matter"));
        }
        String updatedKey = keys.find(v, Field.UPDATED);
        Instant updated = updatedKey == null ? published : date(fm, name, updatedKey, postFile.path());
        if (updated.isBefore(published)) updated = published;

        String descriptionKey = keys.find(v, Field.DESCRIPTION);
        String writtenDescription = text(fm, name, descriptionKey);
        List<String> allTags = tags(fm, name);
        String language = language(fm, name, allTags, postFile);
        List<String> tags = keepLanguageTags ? allTags
                : allTags.stream().filter(t -> !languageTags.contains(Languages.normalise(t))).toList();
        String slugKey = keys.find(v, Field.SLUG);
        String slug = text(fm, name, slugKey);
        if (slug == null || slug.isBlank()) {
            slug = postFile.slug();
            checkSlugFromName(name, slug);
        } else {
            checkSlug(fm, name, slugKey, slug);
        }
        checkSection(name, postFile.section());
        String polyglotFolder = jekyll.polyglotFolder(language);
        String languagePrefix = polyglotFolder != null ? polyglotFolder
                : postFile.languageFromPath() != null && postFile.languageFromPath().equals(language) && !language.equals(siteLanguage) ? language : "";

        List<Problem> warnings = new ArrayList<>(fm.warnings());
        hiddenTags(fm, name, titleKey, writtenTitle, warnings);
        hiddenTags(fm, name, descriptionKey, writtenDescription, warnings);
        List<Author> postAuthors = authors.read(fm, name, keys.find(v, Field.AUTHORS), warnings);
        return new Post(name, slug, title, published, updated, HtmlText.shown(writtenDescription),
                image(fm, name, postFile.path().getParent()), tags, language,
                PostBody.inFile(postFile.path(), bytes, text.length() - fm.body().length()), fm.bodyLine(), draft(v),
                postAuthors, permalink(fm, name), postFile.section(), languagePrefix, warnings,
                translationKey(fm, name, postFile, language), sharing(fm, name, warnings), mediaSubpath(fm, name),
                categories(fm.values(), name));
    }

    /**
     * Jekyll's categories of the post in {@code file} (see {@link Post#categories}), as Jekyll reads them: the folders
     * above a {@code _posts} folder, then the front matter's {@code categories}, a text split at white space or a
     * list, and its {@code category}, as written.
     */
    static List<String> categories(Map<String, Object> values, String file) {
        Set<String> categories = new LinkedHashSet<>();
        List<String> folders = List.of(file.split("/"));
        int posts = folders.subList(0, folders.size() - 1).lastIndexOf("_posts");
        if (posts > 0) categories.addAll(folders.subList(0, posts));
        for (String key : List.of("categories", "category")) {
            Object value = values.get(key);
            if (value instanceof String text) {
                categories.addAll(key.equals("categories") ? List.of(text.strip().split("\\s+")) : List.of(text));
            } else if (value instanceof List<?> list) {
                for (Object item : list) if (item != null) categories.add(item.toString());
            } else if (value != null && !(value instanceof Map)) {
                categories.add(value.toString());
            }
        }
        categories.removeIf(String::isBlank);
        return List.copyOf(categories);
    }

    /**
     * What pairs the post with its translations: the front matter's translation key (translationKey, page_id, ...),
     * else its file's name without its language ({@link PostFile#nameWithoutLanguage}).
     */
    private String translationKey(FrontMatter fm, String name, PostFile postFile, String language) throws ProblemException {
        String declared = text(fm, name, keys.find(fm.values(), Field.TRANSLATION));
        if (declared != null && !declared.isBlank()) return "key:" + declared;
        return "file:" + postFile.nameWithoutLanguage(language);
    }

    /** The post's section and its writer's accounts; a value that cannot be used is left out with a warning. */
    private Sharing sharing(FrontMatter fm, String name, List<Problem> warnings) {
        return new Sharing(sharingText(fm, name, Field.SECTION, warnings),
                handle(fm, name, Field.TWITTER_CREATOR, Handles.twitter(sharingText(fm, name, Field.TWITTER_CREATOR, warnings)),
                        "an X handle such as @jane (letters, digits and _, at most 15)", warnings),
                handle(fm, name, Field.FEDIVERSE_CREATOR, Handles.fediverse(sharingText(fm, name, Field.FEDIVERSE_CREATOR, warnings)),
                        "a fediverse account such as @jane@mastodon.social", warnings));
    }

    /** A field's text; the first item of a list (Jekyll's categories); "" with a warning for a mapping. */
    private String sharingText(FrontMatter fm, String name, Field field, List<Problem> warnings) {
        String key = keys.find(fm.values(), field);
        if (key == null) return "";
        Object value = fm.values().get(key);
        if (value instanceof List<?> list) value = list.isEmpty() ? "" : list.get(0);
        if (value instanceof Map || value instanceof Collection || value instanceof byte[]) {
            warnings.add(Problem.warning(name, fm.lineOf(key), "'" + key + "' is not text, so it is left out", "write it as one line of text"));
            return "";
        }
        return String.valueOf(value).strip();
    }

    /** A handle as the head tags write it, "" when the front matter has none, and "" with a warning when it is no handle. */
    private String handle(FrontMatter fm, String name, Field field, String normalised, String expected, List<Problem> warnings) {
        String key = keys.find(fm.values(), field);
        if (key == null) return "";
        if (normalised != null) return normalised;
        Object value = fm.values().get(key);
        if (value instanceof Map || value instanceof Collection || value instanceof byte[]) return ""; // warned as not text
        warnings.add(Problem.warning(name, fm.lineOf(key), "'" + key + "' is '" + Problem.visible(String.valueOf(value).strip())
                + "', not an account, so it is left out", "write " + expected));
        return "";
    }

    /**
     * True when a date of {@code post}, just read from {@code postFile}, is the file's own time (Eleventy's "Last
     * Modified" or "Created"), which changes without the file's bytes.
     */
    public boolean datedByItsFile(Post post, PostFile postFile) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(postFile.path(), BasicFileAttributes.class);
            for (Instant fileTime : List.of(attributes.lastModifiedTime().toInstant(), attributes.creationTime().toInstant())) {
                if (post.published().equals(fileTime) || post.updated().equals(fileTime)) return true;
            }
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    /** True when the featured image of {@code post}, read from {@code postFile} earlier, would be found where it was. */
    public boolean findsSameImage(Post post, PostFile postFile) {
        FeaturedImage image = post.image();
        if (image == null || image.remote() != null) return true;
        try {
            return java.util.Objects.equals(images.find(image.declared(), postFile.path().getParent()), image.file());
        } catch (ImageFinder.NotFound e) {
            return image.file() == null && java.util.Objects.equals(e.getMessage(), image.unusable());
        }
    }

    private static String example(FrontMatter fm, String key, String value) {
        return switch (fm.format()) {
            case YAML -> "'" + key + ": " + value + "'";
            case TOML -> "'" + key + " = \"" + value + "\"'";
            case JSON -> "'\"" + key + "\": \"" + value + "\",'";
        };
    }

    private static byte[] readBytes(Path path, String name) throws ProblemException {
        try (SeekableByteChannel channel = Files.newByteChannel(path)) {
            long size = channel.size();
            if (size > MAX_FILE_BYTES) {
                throw new ProblemException(Problem.error(name, 0, "the file is larger than " + MAX_FILE_BYTES / (1024 * 1024) + " MB",
                        "split the post, or move what is not text out of it"));
            }
            // read with the one open that sized it; a file that grew meanwhile is read to its end
            InputStream in = Channels.newInputStream(channel);
            byte[] bytes = in.readNBytes((int) size);
            int next = in.read();
            if (next < 0) return bytes;
            ByteArrayOutputStream grown = new ByteArrayOutputStream();
            grown.write(bytes);
            grown.write(next);
            in.transferTo(grown);
            return grown.toByteArray();
        } catch (IOException e) {
            throw new ProblemException(Problem.error(name, 0, "cannot read the file: " + e.getMessage(), "check that the file exists and can be read"));
        }
    }

    /** UTF-8 text with its BOM dropped and line endings made \n. */
    static String decode(String name, byte[] bytes) throws ProblemException {
        return decode(name, bytes, bytes.length);
    }

    /**
     * The first {@code length} bytes (ending at a line break, or the whole file) as {@link #decode(String, byte[])}
     * gives them; the whole file is checked to be UTF-8 text.
     */
    static String decode(String name, byte[] bytes, int length) throws ProblemException {
        if (bytes.length == 0) {
            throw new ProblemException(Problem.error(name, 0, "the file is empty", "write the post's front matter and text, or delete the file"));
        }
        switch (Utf8Bytes.of(bytes)) {
            case NOT_UTF8 -> throw new ProblemException(Problem.error(name, 0, "the file is not UTF-8 text",
                    "save it as UTF-8 (most editors offer 'Save with encoding'), or remove it if it is not a post"));
            case HAS_NUL -> throw new ProblemException(Problem.error(name, 0, "the file is not text (it contains NUL bytes)",
                    "remove it from the content folder, or save it as UTF-8 text"));
            case TEXT -> {
            }
        }
        String text = new String(bytes, 0, length, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /**
     * A warning when the title or description written under {@code key} has tags that are no HTML element, such as
     * {@code List<String>}: a browser shows nothing for them, and neither do the feeds, cards and head tags.
     */
    private static void hiddenTags(FrontMatter fm, String name, String key, String written, List<Problem> warnings) {
        List<String> unknown = HtmlText.unknownTags(written);
        if (unknown.isEmpty()) return;
        String first = unknown.get(0);
        warnings.add(Problem.warning(name, fm.lineOf(key), "'" + key + "' has " + String.join(", ", unknown)
                        + ", read as HTML: it is left out of the text that feeds, cards and head tags show",
                "to show it as text, write &lt;" + first.substring(1, first.length() - 1) + "&gt; instead"));
    }

    /** The text under {@code key}, stripped; null when the key is null. A list or mapping is an error. */
    private static String text(FrontMatter fm, String name, String key) throws ProblemException {
        if (key == null) return null;
        Object value = fm.values().get(key);
        if (value instanceof Map || value instanceof java.util.Collection) {
            throw new ProblemException(Problem.error(name, fm.lineOf(key), "'" + key + "' is a " + (value instanceof Map ? "mapping" : "list") + ", not text",
                    "write it as one line of text, in quotes if it contains ': ' or starts with '[' or '{'"));
        }
        if (value instanceof byte[]) {
            throw new ProblemException(Problem.error(name, fm.lineOf(key), "'" + key + "' is binary data, not text",
                    "write it as text, without a !!binary tag"));
        }
        return String.valueOf(value).strip();
    }

    /** A slug from the front matter becomes one part of the post's URL and the name of its card: no way up or across. */
    private static void checkSlug(FrontMatter fm, String name, String key, String slug) throws ProblemException {
        if (!isOneSegment(slug)) {
            throw new ProblemException(Problem.error(name, fm.lineOf(key), "the slug '" + Problem.visible(slug) + "' cannot be part of a URL",
                    "use one word of letters, digits, '-' and '_', such as 'my-first-post'"));
        }
    }

    /** A slug the file's or folder's name gives is held to the same rule as one in the front matter. */
    private static void checkSlugFromName(String name, String slug) throws ProblemException {
        if (!isOneSegment(slug)) {
            throw new ProblemException(Problem.error(name, 0, "the slug '" + Problem.visible(slug) + "' cannot be part of a URL",
                    "rename the file (or its folder) to letters, digits, '-' and '_', such as 'my-first-post', or give it 'slug: my-first-post' in its front matter"));
        }
    }

    /** The folders between the content folder and the post become parts of its URL and of its card's path too. */
    private static void checkSection(String name, String section) throws ProblemException {
        for (String folder : section.split("/")) {
            if (!folder.isEmpty() && !isOneSegment(folder)) {
                throw new ProblemException(Problem.error(name, 0, "the folder '" + Problem.visible(folder) + "' cannot be part of a URL",
                        "rename the folder to letters, digits, '-' and '_'"));
            }
        }
    }

    /** True when {@code text} can be one segment of a URL path and of a file path: no way up or across, no control characters. */
    private static boolean isOneSegment(String text) {
        return !text.equals(".") && !text.equals("..") && text.indexOf('/') < 0 && text.indexOf('\\') < 0
                && text.codePoints().noneMatch(Character::isISOControl);
    }

    /** The date under {@code key}, which every feed format can hold. */
    private Instant date(FrontMatter fm, String name, String key, Path file) throws ProblemException {
        Instant date = anyDate(fm, name, key, file);
        if (!Dates.holdable(date)) {
            throw new ProblemException(Problem.error(name, fm.lineOf(key), "'" + String.valueOf(fm.values().get(key)).strip() + "' " + OUT_OF_RANGE,
                    RANGE_HINT));
        }
        return date;
    }

    private Instant anyDate(FrontMatter fm, String name, String key, Path file) throws ProblemException {
        Object value = fm.values().get(key);
        if (value instanceof String text && ELEVENTY_FILE_DATES.contains(text.strip().toLowerCase(Locale.ROOT))) {
            // Eleventy's "Last Modified", "Created" and their git forms: the file's own time, as Eleventy takes it without git.
            try {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                return (text.toLowerCase(Locale.ROOT).contains("created") ? attributes.creationTime() : attributes.lastModifiedTime()).toInstant();
            } catch (IOException e) {
                throw new ProblemException(Problem.error(name, fm.lineOf(key), "cannot read the file's time for '" + text + "': " + e.getMessage(), DATE_HINT));
            }
        }
        if (value instanceof Map || value instanceof List) {
            throw new ProblemException(Problem.error(name, fm.lineOf(key), "'" + key + "' is a " + (value instanceof Map ? "mapping" : "list") + ", not a date",
                    DATE_HINT));
        }
        return Dates.parse(value, zone).orElseThrow(() -> new ProblemException(Problem.error(name,
                fm.lineOf(key), "'" + value + "' is not a date", DATE_HINT)));
    }

    /**
     * Tags, categories and keywords together, each a list or a comma-separated string, without repeats; at most
     * {@link #MAX_TAGS}, else an error at the line of the key that goes past them.
     */
    private List<String> tags(FrontMatter fm, String name) throws ProblemException {
        Set<String> tags = new LinkedHashSet<>();
        String keyPastLimit = null;
        for (String key : keys.names(Field.TAGS)) {
            Object value = fm.values().get(key);
            if (value instanceof List<?> list) {
                for (Object item : list) if (item != null && !(item instanceof Map) && !(item instanceof List)) add(tags, String.valueOf(item));
            } else if (value != null && !(value instanceof Map) && !(value instanceof Boolean)) {
                for (String part : String.valueOf(value).split(",")) add(tags, part);
            }
            if (keyPastLimit == null && tags.size() > MAX_TAGS) keyPastLimit = key;
        }
        if (keyPastLimit != null) {
            throw new ProblemException(Problem.error(name, fm.lineOf(keyPastLimit), "the post has " + tags.size() + " tags, more than the "
                    + MAX_TAGS + " a post may have", "keep the tags readers would follow: each tag gets feeds of its own, which list the post with all its tags"));
        }
        return new ArrayList<>(tags);
    }

    private static void add(Collection<String> tags, String tag) {
        String t = tag.strip();
        if (!t.isEmpty() && !tags.contains(t)) tags.add(t);
    }

    private String language(FrontMatter fm, String name, List<String> tags, PostFile postFile) throws ProblemException {
        String key = keys.find(fm.values(), Field.LANGUAGE);
        String declared = text(fm, name, key);
        if (declared != null && !declared.isBlank()) {
            if (!declared.matches("[A-Za-z]{2,3}([-_][A-Za-z0-9]{1,8})*")) {
                throw new ProblemException(Problem.error(name, fm.lineOf(key), "'" + key + ": " + declared + "' is not a language code",
                        "write a language code such as en, ja or pt-BR"));
            }
            return Languages.normalise(declared);
        }
        for (String tag : tags) {
            if (languageTags.contains(Languages.normalise(tag))) return Languages.normalise(tag);
        }
        if (postFile.languageFromPath() != null) return postFile.languageFromPath();
        return siteLanguage;
    }

    /**
     * Drafts: draft: true, published: false, and Eleventy's permalink: false and eleventyExcludeFromCollections: true
     * (pages Eleventy does not write or list).
     */
    private boolean draft(Map<String, Object> v) {
        String draftKey = keys.findSwitch(v, Field.DRAFT);
        if (draftKey != null && isTrue(v.get(draftKey))) return true;
        if (isFalse(v.get("published"))) return true;
        String permalinkKey = keys.findSwitch(v, Field.PERMALINK);
        if (permalinkKey != null && isFalse(v.get(permalinkKey))) return true;
        return isTrue(v.get("eleventyExcludeFromCollections"));
    }

    private static boolean isTrue(Object value) {
        return Boolean.TRUE.equals(value) || value != null && "true".equalsIgnoreCase(String.valueOf(value).strip());
    }

    private static boolean isFalse(Object value) {
        return Boolean.FALSE.equals(value) || value != null && "false".equalsIgnoreCase(String.valueOf(value).strip());
    }

    /** The path a permalink or url key gives, kept inside the site; null when there is none or it is a template. */
    private String permalink(FrontMatter fm, String name) throws ProblemException {
        String key = keys.find(fm.values(), Field.PERMALINK);
        String declared = text(fm, name, key);
        if (declared == null || declared.isBlank()) return null;
        // Templates (Eleventy's {{ ... }}, Jekyll's :title) need the generator to fill them: the site's pattern is used instead.
        if (declared.contains("{{") || declared.contains("{%") || declared.matches(".*(^|/):[a-z_]+.*")) return null;
        try {
            return SitePath.of(declared, siteUrl);
        } catch (IllegalArgumentException e) {
            throw new ProblemException(Problem.error(name, fm.lineOf(key), "'" + key + ": " + declared + "' " + e.getMessage(),
                    "write the post's path below the site root, such as /blog/my-post/"));
        }
    }

    private FeaturedImage image(FrontMatter fm, String name, Path postFolder) throws ProblemException {
        Map<String, Object> v = fm.values();
        String key = keys.find(v, Field.IMAGE);
        if (key == null) return null;
        Object value = v.get(key);
        String alt = null;
        if (value instanceof List<?> list) value = list.stream().filter(item -> item != null).findFirst().orElse(null);
        if (value instanceof Map<?, ?> map) {
            // jekyll-seo-tag's image: {path, alt}, Hugo themes' cover: {image, alt}, Next.js's ogImage: {url}
            Object altValue = firstPresent(map, "alt", "alternative", "caption");
            alt = altValue instanceof String s && !s.isBlank() ? s.strip() : null;
            value = firstPresent(map, "path", "image", "src", "url", "file");
        }
        if (value == null || value instanceof Map || value instanceof List || String.valueOf(value).isBlank()) return null;
        String declared = String.valueOf(value).strip();
        if (alt == null) alt = text(fm, name, keys.find(v, Field.IMAGE_ALT));
        if (alt != null) alt = HtmlText.shown(alt).isEmpty() ? null : HtmlText.shown(alt);
        String focus = text(fm, name, firstKey(v, "featuredImageFocus", "imageFocus"));
        String fit = text(fm, name, firstKey(v, "featuredImageFit", "imageFit"));
        if (declared.startsWith("//")) declared = "https:" + declared;
        String belowSubpath = MediaSubpath.below(mediaSubpath(fm, name), declared);
        if (belowSubpath != null) declared = belowSubpath;
        String lower = declared.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            try {
                URI uri = URI.create(declared);
                if (uri.getHost() == null) throw new IllegalArgumentException("no host");
                return new FeaturedImage(declared, null, uri, alt, focus, fit, fm.lineOf(key), null, null);
            } catch (IllegalArgumentException e) {
                return new FeaturedImage(declared, null, null, alt, focus, fit, fm.lineOf(key), "'" + declared + "' is not a valid URL", "fix the image's URL");
            }
        }
        try {
            return new FeaturedImage(declared, images.find(declared, postFolder), null, alt, focus, fit, fm.lineOf(key), null, null);
        } catch (ImageFinder.NotFound e) {
            // a problem of the image, not of the post: the card stage draws a title card (with keep-going) or stops the build
            return new FeaturedImage(declared, null, null, alt, focus, fit, fm.lineOf(key), e.getMessage(), e.hint());
        }
    }

    /** Jekyll Chirpy's {@code media_subpath} (older: {@code img_path}) as the front matter gives it, or "" when none. */
    private static String mediaSubpath(FrontMatter fm, String name) throws ProblemException {
        String subpath = text(fm, name, firstKey(fm.values(), "media_subpath", "img_path"));
        return subpath == null ? "" : subpath.strip();
    }

    private static Object firstPresent(Map<?, ?> map, String... keys) {
        for (String k : keys) {
            Object value = map.get(k);
            if (value != null && !(value instanceof Boolean)) return value;
        }
        return null;
    }

    private static String firstKey(Map<String, Object> v, String... names) {
        for (String k : names) if (v.get(k) != null && !(v.get(k) instanceof Boolean)) return k;
        return null;
    }
}
