package dev.feedcard.pages;

import dev.feedcard.config.Site;
import dev.feedcard.content.Post;
import dev.feedcard.output.OutputFolder;
import dev.feedcard.render.Permalinks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds a post's page in the folder a site generator built: the file its permalink is served from
 * ({@code /my-post/} from {@code my-post/index.html} or {@code my-post.html}, {@code /blog/my-post.html} from
 * itself), else {@code <slug>/index.html} or {@code <slug>.html}. Only regular files inside the folder count:
 * never a path that leads out of it, nor a link.
 */
public final class PageFinder {
    private final Path folder;
    private final Site site;

    public PageFinder(Path folder, Site site) {
        this.folder = folder.toAbsolutePath().normalize();
        this.site = site;
    }

    public Path folder() {
        return folder;
    }

    /**
     * Where the post's page was looked for and found.
     *
     * @param page the page, relative to the folder with '/' separators; null when none of the paths is a page
     * @param tried the paths looked at, in order
     */
    public record Lookup(String page, List<String> tried) {
        public boolean found() {
            return page != null;
        }
    }

    public Lookup find(Post post) throws IOException {
        List<String> tried = candidates(post);
        Path realFolder = folder.toRealPath();
        for (String path : tried) {
            Path file = folder.resolve(path).normalize();
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) continue;
            if (!file.getParent().toRealPath().startsWith(realFolder)) continue;
            return new Lookup(path, tried);
        }
        return new Lookup(null, tried);
    }

    /** The paths a post's page may have, in the order they are tried; none leads outside the folder. */
    List<String> candidates(Post post) {
        String permalink = decode(Permalinks.path(site, post));
        String path = permalink.replaceFirst("^/+", "");
        Set<String> candidates = new LinkedHashSet<>();
        if (path.isEmpty() || path.endsWith("/")) {
            candidates.add(path + "index.html");
            if (!path.isEmpty()) candidates.add(path.substring(0, path.length() - 1) + ".html");
        } else if (path.endsWith(".html") || path.endsWith(".htm")) {
            candidates.add(path);
        } else {
            candidates.add(path + ".html");
            candidates.add(path + "/index.html");
        }
        candidates.add(post.slug() + "/index.html");
        candidates.add(post.slug() + ".html");
        List<String> safe = new ArrayList<>();
        for (String c : candidates) if (OutputFolder.isSafe(c) && !c.contains("\\")) safe.add(c);
        return safe;
    }

    /** A URL path with its %XX escapes decoded as UTF-8, as the file names on disk are written. */
    private static String decode(String path) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '%' && i + 2 < path.length() && Character.digit(path.charAt(i + 1), 16) >= 0 && Character.digit(path.charAt(i + 2), 16) >= 0) {
                bytes.write(Character.digit(path.charAt(i + 1), 16) * 16 + Character.digit(path.charAt(i + 2), 16));
                i += 2;
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
