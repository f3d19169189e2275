package dev.feedcard.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the post files in a content folder: {@code <slug>/index.md} (one folder per post, images beside it)
 * and {@code <slug>.md} (flat files), at any depth. Files and folders that are not posts are passed over.
 */
public final class ContentScanner {
    private static final Pattern JEKYLL_NAME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})-(.+)");
    private static final Pattern INDEX = Pattern.compile("index(?:\\.([a-z]{2,3}(?:-[a-z0-9]+)?))?\\.(md|markdown)");
    private static final Set<String> NOT_POSTS = Set.of("readme", "license", "licence", "changelog", "contributing", "_index");
    private static final Set<String> SKIPPED_FOLDERS = Set.of("node_modules", "drafts", "_drafts");

    private ContentScanner() {
    }

    /** The post files below {@code root}, in a stable order. */
    public static List<PostFile> scan(Path root) {
        List<PostFile> found = new ArrayList<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
                    boolean hidden = !dir.equals(root) && (name.startsWith(".") || SKIPPED_FOLDERS.contains(name.toLowerCase(Locale.ROOT)));
                    return hidden ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    PostFile post = recognise(root, file);
                    if (post != null && attrs.isRegularFile()) found.add(post);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        found.sort(Comparator.comparing(PostFile::name));
        return found;
    }

    /** The post a file holds, or null when it is not a post file. */
    static PostFile recognise(Path root, Path file) {
        String fileName = file.getFileName().toString();
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (!lower.endsWith(".md") && !lower.endsWith(".markdown")) return null;
        if (fileName.startsWith(".")) return null;
        String stem = fileName.substring(0, fileName.lastIndexOf('.'));
        if (NOT_POSTS.contains(stem.toLowerCase(Locale.ROOT))) return null;

        String name = root.relativize(file).toString().replace('\\', '/');
        Matcher index = INDEX.matcher(lower);
        String slugSource;
        String language = null;
        if (index.matches()) {
            Path folder = file.getParent();
            if (folder == null || folder.equals(root)) return null;
            slugSource = folder.getFileName().toString();
            language = index.group(1);
        } else {
            slugSource = stem;
        }
        String date = null;
        Matcher jekyll = JEKYLL_NAME.matcher(slugSource);
        if (jekyll.matches()) {
            date = jekyll.group(1);
            slugSource = jekyll.group(2);
        }
        return new PostFile(file, name, slugSource, date, language);
    }
}
