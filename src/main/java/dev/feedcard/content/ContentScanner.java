package dev.feedcard.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the post files in a content folder, at any depth:
 * <ul>
 * <li>one folder per post: {@code <slug>/index.md}, and Hugo's translations {@code <slug>/index.ja.md};</li>
 * <li>flat files: {@code <slug>.md}, {@code <slug>.markdown}, and Hugo's translations {@code <slug>.ja.md};</li>
 * <li>Jekyll names: {@code 2024-05-01-<slug>.md} (the date, when the front matter gives none, and the slug);</li>
 * <li>nested folders: {@code posts/2023/<slug>.md} (the folders are the post's section), and a first folder named by
 *     a language code ({@code ja/<slug>.md}) gives the post's language.</li>
 * </ul>
 * Files that are not posts are passed over: Hugo's {@code _index.md} list pages, README, LICENSE and CHANGELOG files,
 * a folder's own {@code index.md} at the top, files whose name starts with '_' or '.', and the folders
 * {@code drafts}, {@code _drafts}, {@code node_modules}, folders whose name starts with '.', and folders whose name
 * starts with '_' other than Jekyll's {@code _posts} (layouts, includes, data, the built site).
 */
public final class ContentScanner {
    private static final Pattern JEKYLL_NAME = Pattern.compile("(\\d{4}-\\d{1,2}-\\d{1,2})-(.+)");
    private static final Set<String> NOT_POSTS = Set.of("readme", "license", "licence", "changelog", "contributing",
            "code_of_conduct", "security", "index", "_index");
    private static final Set<String> SKIPPED_FOLDERS = Set.of("node_modules", "drafts", "_drafts");
    private static final Set<String> KEPT_UNDERSCORE_FOLDERS = Set.of("_posts");

    private final Path root;
    private final Set<String> languageCodes;

    private ContentScanner(Path root, Collection<String> languageCodes) {
        this.root = root;
        this.languageCodes = Set.copyOf(languageCodes.stream().map(Languages::normalise).toList());
    }

    /** The post files below {@code root}, in a stable order; any known language code names a language folder. */
    public static List<PostFile> scan(Path root) {
        return scan(root, List.of());
    }

    /**
     * The post files below {@code root}, in a stable order.
     *
     * @param languageCodes when not empty, only these codes name a language folder or a translation's file name
     */
    public static List<PostFile> scan(Path root, Collection<String> languageCodes) {
        ContentScanner scanner = new ContentScanner(root, languageCodes);
        List<PostFile> found = Collections.synchronizedList(new ArrayList<>());
        try {
            scanner.scanFolder(root, found);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<PostFile> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparing(PostFile::name));
        return sorted;
    }

    /**
     * Adds the post files in {@code folder} and its content folders to {@code found}; links are not followed, and
     * folders that cannot be listed are passed over. Sibling folders are listed on every core: listing ten thousand
     * post folders on one core took half a second of a two-to-three-second rebuild.
     */
    private void scanFolder(Path folder, List<PostFile> found) throws IOException {
        List<Path> subfolders = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                // one look at each entry: a post file's includes its stamp (which costs more), any other's does not
                Map<String, Object> stamped;
                boolean directory;
                boolean regular;
                try {
                    stamped = isPostName(name) ? FileStamp.attributes(entry) : null;
                    if (stamped != null) {
                        directory = (Boolean) stamped.get("isDirectory");
                        regular = (Boolean) stamped.get("isRegularFile");
                    } else {
                        BasicFileAttributes attributes = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                        directory = attributes.isDirectory();
                        regular = attributes.isRegularFile();
                    }
                } catch (IOException e) {
                    continue;
                }
                if (directory) {
                    if (isContentFolder(name)) subfolders.add(entry);
                } else if (regular) {
                    PostFile post = recognise(entry, FileStamp.of(stamped));
                    if (post != null) found.add(post);
                }
            }
        }
        (subfolders.size() > 1 ? subfolders.parallelStream() : subfolders.stream()).forEach(subfolder -> {
            try {
                scanFolder(subfolder, found);
            } catch (IOException e) {
                // a folder that cannot be listed holds no posts feedcard can read
            }
        });
    }

    private static boolean isContentFolder(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (name.startsWith(".") || SKIPPED_FOLDERS.contains(lower)) return false;
        return !name.startsWith("_") || KEPT_UNDERSCORE_FOLDERS.contains(lower);
    }

    /** The post a file holds, or null when it is not a post file. */
    static PostFile recognise(Path root, Path file) {
        return new ContentScanner(root, List.of()).recognise(file, (FileStamp) null);
    }

    /** True for a name a post file may have: Markdown, not hidden, not a partial. */
    private static boolean isPostName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (!lower.endsWith(".md") && !lower.endsWith(".markdown")) return false;
        return !fileName.startsWith(".") && !fileName.startsWith("_");
    }

    private PostFile recognise(Path file, FileStamp stamp) {
        String fileName = file.getFileName().toString();
        if (!isPostName(fileName)) return null;
        String stem = fileName.substring(0, fileName.lastIndexOf('.'));

        // Hugo's translations: index.ja.md, my-post.ja.md
        String language = null;
        int dot = stem.lastIndexOf('.');
        if (dot > 0 && isLanguage(stem.substring(dot + 1))) {
            language = Languages.normalise(stem.substring(dot + 1));
            stem = stem.substring(0, dot);
        }
        if (NOT_POSTS.contains(stem.toLowerCase(Locale.ROOT)) && !stem.equalsIgnoreCase("index")) return null;

        Path relative = root.relativize(file);
        List<String> folders = new ArrayList<>();
        for (int i = 0; i < relative.getNameCount() - 1; i++) folders.add(relative.getName(i).toString());

        String slugSource;
        if (stem.equalsIgnoreCase("index")) {
            if (folders.isEmpty()) return null;
            slugSource = folders.remove(folders.size() - 1);
        } else {
            slugSource = stem;
        }
        if (!folders.isEmpty() && isLanguage(folders.get(0))) {
            if (language == null) language = Languages.normalise(folders.get(0));
            folders.remove(0);
        }
        String date = null;
        Matcher jekyll = JEKYLL_NAME.matcher(slugSource);
        if (jekyll.matches()) {
            date = jekyll.group(1);
            slugSource = jekyll.group(2);
        }
        String name = relative.toString().replace('\\', '/');
        return new PostFile(file, name, slugSource, date, language, String.join("/", folders), stamp);
    }

    private boolean isLanguage(String name) {
        if (!Languages.isCode(name)) return false;
        return languageCodes.isEmpty() || languageCodes.contains(Languages.normalise(name));
    }
}
