package dev.feedcard.render;

import dev.feedcard.config.Site;
import dev.feedcard.content.Post;
import dev.feedcard.work.Lazy;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The URLs of a build's posts by the names a generator's links give them: Hugo's {@code relref "/posts/my-post"}
 * or {@code "my-post.md"}, Jekyll's {@code post_url 2024-05-01-my-post} and {@code link _posts/2024-05-01-my-post.md}.
 * A name is a path below the content folder (with or without its extension, a bundle's folder standing for its
 * {@code index.md}), or its end, since the content folder may be a part of the generator's (Hugo's
 * {@code content/posts}).
 */
public final class PostLinks implements Function<String, String> {
    /** Made when a link is first looked up: most builds render no post that links to another. */
    private final Lazy<Map<String, String>> byName;

    private PostLinks(Collection<Post> posts, Site site) {
        this.byName = Lazy.of(() -> urlsByName(posts, site));
    }

    /** The links of {@code posts}, each to its absolute URL on {@code site}. */
    public static PostLinks of(Collection<Post> posts, Site site) {
        return new PostLinks(List.copyOf(posts), site);
    }

    private static Map<String, String> urlsByName(Collection<Post> posts, Site site) {
        Map<String, String> urls = new HashMap<>();
        for (Post post : posts) {
            String url = Permalinks.of(site, post).toString();
            String name = name(post.file());
            urls.putIfAbsent(name, url);
            int slash = name.lastIndexOf('/');
            if (slash >= 0) urls.putIfAbsent(name.substring(slash + 1), url);
        }
        return urls;
    }

    /** The URL of the post {@code target} names, or null when no post of this build has that name. */
    @Override
    public String apply(String target) {
        Map<String, String> byName = this.byName.get();
        String name = name(target);
        for (String tail = name; !tail.isEmpty(); ) {
            String url = byName.get(tail);
            if (url != null) return url;
            int slash = tail.indexOf('/');
            tail = slash < 0 ? "" : tail.substring(slash + 1);
        }
        return null;
    }

    /** A post's path as links name it: no leading "/" or "./", no extension, no "index", no Jekyll "_posts/". */
    private static String name(String path) {
        String name = path.replace('\\', '/').strip();
        while (name.startsWith("./") || name.startsWith("/")) name = name.substring(name.startsWith("/") ? 1 : 2);
        if (name.endsWith("/")) name = name.substring(0, name.length() - 1);
        name = name.replaceFirst("\\.(md|markdown|mdx|html)$", "");
        name = name.replaceFirst("(^|/)_?index$", "");
        if (name.startsWith("_posts/")) name = name.substring("_posts/".length());
        return name;
    }
}
