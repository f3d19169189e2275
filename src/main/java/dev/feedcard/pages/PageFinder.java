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

    /** Looks for the pages of {@code site}'s posts in the built site's {@code folder}. */
    public PageFinder(Path folder, Site site) {
        this.folder = folder.toAbsolutePath().normalize();
        this.site = site;
    }

    /** The built site's folder, absolute. */
    public Path folder() {
        return folder;
    }

    /**
     * Where the post's page was looked for and found.
     *
     * @param page the page, relative to the folder with '/' separators; null when none of the paths is a page
     * @param byPermalink true when the page is where the post's permalink says, false when only its slug led there
     * @param tried the paths looked at, in order
     */
    public record Lookup(String page, boolean byPermalink, List<String> tried) {
        /** Whether the page was found. */
        public boolean found() {
            return page != null;
        }
    }

    /** Where the post's page is: from its permalink first, then from its slug. */
    public Lookup find(Post post) throws IOException {
        List<String> byPermalink = fromPermalink(post);
        List<String> tried = new ArrayList<>(byPermalink);
        for (String path : fromSlug(post)) if (!tried.contains(path)) tried.add(path);
        Path realFolder = folder.toRealPath();
        for (String path : tried) {
            Path file = folder.resolve(path).normalize();
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) continue;
            if (!file.getParent().toRealPath().startsWith(realFolder)) continue;
            return new Lookup(path, byPermalink.contains(path), List.copyOf(tried));
        }
        return new Lookup(null, false, List.copyOf(tried));
    }

    /** The files the post's permalink is served from, in the order they are tried. */
    private List<String> fromPermalink(Post post) {
        String path = decode(Permalinks.path(site, post)).replaceFirst("^/+", "");
        List<String> candidates = new ArrayList<>();
        if (path.isEmpty() || path.endsWith("/")) {
            candidates.add(path + "index.html");
            if (!path.isEmpty()) candidates.add(path.substring(0, path.length() - 1) + ".html");
        } else if (path.endsWith(".html") || path.endsWith(".htm")) {
            candidates.add(path);
        } else {
            candidates.add(path + ".html");
            candidates.add(path + "/index.html");
        }
        return safe(candidates);
    }

    /** Where generators put a page named after the post's slug alone. */
    private List<String> fromSlug(Post post) {
        return safe(List.of(post.slug() + "/index.html", post.slug() + ".html"));
    }

    /** Only paths that stay inside the folder. */
    private static List<String> safe(List<String> paths) {
        Set<String> safe = new LinkedHashSet<>();
        for (String p : paths) if (OutputFolder.isSafe(p) && !p.contains("\\")) safe.add(p);
        return List.copyOf(safe);
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
