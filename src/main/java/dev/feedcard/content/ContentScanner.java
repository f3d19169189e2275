package dev.feedcard.content;

import dev.feedcard.work.Cores;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
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

    private final Set<String> languageCodes;
    private final FolderListings listings;

    private ContentScanner(Collection<String> languageCodes, FolderListings listings) {
        this.listings = listings;
        this.languageCodes = Set.copyOf(languageCodes.stream().map(Languages::normalise).toList());
    }

    /** The post files below {@code root}, in a stable order; any known language code names a language folder. */
    public static List<PostFile> scan(Path root) {
        return scan(root, List.of(), null);
    }

    /**
     * The post files below {@code root}, in a stable order.
     *
     * @param languageCodes when not empty, only these codes name a language folder or a translation's file name
     * @param listings what earlier builds found in the folders, to take instead of listing a folder that has not
     *                 changed, and where this scan's listings are kept; null to list every folder
     */
    public static List<PostFile> scan(Path root, Collection<String> languageCodes, FolderListings listings) {
        ContentScanner scanner = new ContentScanner(languageCodes, listings);
        List<PostFile> found = Collections.synchronizedList(new ArrayList<>());
        try {
            scanner.scanFolder(root, List.of(), null, found);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<PostFile> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparing(PostFile::name));
        return sorted;
    }

    /** A content folder found in a folder: where it is, its name and its stamp (null when unknown). */
    private record Subfolder(Path path, String name, FileStamp stamp) {
    }

    /**
     * Adds the post files in {@code folder} and its content folders to {@code found}; links are not followed, and
     * folders that cannot be listed are passed over. A folder whose stamp is the one it had when an earlier build
     * listed it is not listed again: only the post files and content folders found then are looked at. Sibling
     * folders are scanned on every core.
     *
     * @param folders the names of the folders from the content folder down to {@code folder}
     * @param stamp the folder's stamp, taken before listing it; null for the content folder, which is always listed
     */
    private void scanFolder(Path folder, List<String> folders, FileStamp stamp, List<PostFile> found) throws IOException {
        String path = String.join("/", folders);
        FolderListings.Listing known = listings == null ? null : listings.unchanged(path, stamp);
        List<String> names = new ArrayList<>();
        if (known != null) {
            names.addAll(known.postFiles());
            names.addAll(known.folders());
        } else {
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
                for (Path entry : entries) names.add(entry.getFileName().toString());
            }
        }
        List<String> postFiles = new ArrayList<>();
        List<Subfolder> subfolders = new ArrayList<>();
        for (String name : names) {
            boolean postName = isPostName(name);
            if (!postName && !isContentFolder(name)) continue;
            Path entry = folder.resolve(name);
            Map<String, Object> look = FileStamp.look(entry);
            if (look == null) continue;
            if ((Boolean) look.get("isDirectory")) {
                if (isContentFolder(name)) subfolders.add(new Subfolder(entry, name, FileStamp.of(look)));
            } else if (postName && (Boolean) look.get("isRegularFile")) {
                postFiles.add(name);
                PostFile post = recognise(entry, name, folders, FileStamp.of(look));
                if (post != null) found.add(post);
            }
        }
        if (known == null && listings != null) listings.listed(path, stamp, postFiles, subfolders.stream().map(Subfolder::name).toList());
        Cores.forEach(subfolders, subfolder -> {
            List<String> below = new ArrayList<>(folders.size() + 1);
            below.addAll(folders);
            below.add(subfolder.name());
            try {
                scanFolder(subfolder.path(), below, subfolder.stamp(), found);
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

    /** True for a name a post file may have: Markdown, not hidden, not a partial. */
    private static boolean isPostName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (!lower.endsWith(".md") && !lower.endsWith(".markdown")) return false;
        return !fileName.startsWith(".") && !fileName.startsWith("_");
    }

    /**
     * The post in {@code file}, named {@code fileName} in the folders {@code folders} below the content folder, or
     * null when it is not a post file.
     */
    private PostFile recognise(Path file, String fileName, List<String> folders, FileStamp stamp) {
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

        int sectionStart = 0;
        int sectionEnd = folders.size();
        String slugSource;
        if (stem.equalsIgnoreCase("index")) {
            if (folders.isEmpty()) return null;
            slugSource = folders.get(--sectionEnd);
        } else {
            slugSource = stem;
        }
        if (sectionStart < sectionEnd && isLanguage(folders.get(0))) {
            if (language == null) language = Languages.normalise(folders.get(0));
            sectionStart++;
        }
        String date = null;
        if (!slugSource.isEmpty() && Character.isDigit(slugSource.charAt(0))) {
            Matcher jekyll = JEKYLL_NAME.matcher(slugSource);
            if (jekyll.matches()) {
                date = jekyll.group(1);
                slugSource = jekyll.group(2);
            }
        }
        String name = folders.isEmpty() ? fileName : String.join("/", folders) + "/" + fileName;
        return new PostFile(file, name, slugSource, date, language, String.join("/", folders.subList(sectionStart, sectionEnd)), stamp);
    }

    private boolean isLanguage(String name) {
        if (!Languages.isCode(name)) return false;
        return languageCodes.isEmpty() || languageCodes.contains(Languages.normalise(name));
    }
}
