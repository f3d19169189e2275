package dev.feedcard.build;

import dev.feedcard.cache.CacheKey;
import dev.feedcard.config.Config;
import dev.feedcard.content.Post;
import dev.feedcard.content.PostBody;
import dev.feedcard.render.GeneratorSyntax;
import dev.feedcard.render.Permalinks;
import dev.feedcard.render.PostLinks;
import dev.feedcard.render.RenderedPost;
import dev.feedcard.render.Renderer;
import dev.feedcard.report.Problem;
import dev.feedcard.work.Cores;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The stage that renders the posts the feeds show, on every core, each once however often it is asked for, reusing
 * what earlier builds rendered from the same text. It holds the build's renderings.
 */
final class RenderPosts {
    private final Config config;
    private final RenderCache cache;
    private final Progress progress;
    private final Renderer renderer;
    private final Map<Post, RenderedPost> rendered = new IdentityHashMap<>();
    /** Posts' keys in the render cache, made once (see {@link #keysOf}). */
    private final Map<Post, CacheKey> keys = new IdentityHashMap<>();

    /**
     * @param cache the renderings of earlier builds, or null when they are not kept
     * @param published the build's posts, which links between posts ({@code relref}, {@code post_url}) lead to
     */
    RenderPosts(Config config, RenderCache cache, Progress progress, List<Post> published) {
        this.config = config;
        this.cache = cache;
        this.progress = progress;
        this.renderer = new Renderer(config.site(), PostLinks.of(published, config.site()));
    }

    /** The renderer of this build's posts, for a summary alone. */
    Renderer renderer() {
        return renderer;
    }

    /**
     * The warnings of the posts this build rendered whose generator syntax the feeds cannot show (see
     * {@link GeneratorSyntax}).
     */
    List<Problem> generatorSyntaxWarnings() {
        return renderer.warnings();
    }

    /**
     * Each of {@code posts}' key in the render cache ({@link RenderCache#key}), by post: made on every core for those
     * that have none yet, and kept for rendering them or keeping their renderings, so that it is made once.
     */
    Map<Post, CacheKey> keysOf(List<Post> posts) {
        List<Post> missing = posts.stream().filter(post -> !keys.containsKey(post)).toList();
        List<CacheKey> made = Cores.map(missing, this::keyOf);
        for (int i = 0; i < missing.size(); i++) keys.put(missing.get(i), made.get(i));
        return Collections.unmodifiableMap(keys);
    }

    private CacheKey keyOf(Post post) {
        CacheKey known = keys.get(post);
        return known != null ? known : RenderCache.key(post, Permalinks.url(config.site(), post));
    }

    /** The post as this build rendered it, or null when it did not. */
    RenderedPost of(Post post) {
        return rendered.get(post);
    }

    /**
     * Renders those of {@code posts} not rendered yet; a post that cannot be rendered is a problem (left out with
     * keep-going). Returns the posts that failed.
     *
     * @param done how many posts were rendered so far, for the progress line
     */
    List<Post> render(List<Post> posts, AtomicInteger done, List<Problem> problems) {
        List<Post> todo = posts.stream().filter(post -> !rendered.containsKey(post)).toList();
        int total = done.get() + todo.size();
        List<Object> results = Cores.map(todo, post -> {
            Object result;
            try {
                result = render(post);
            } catch (PostBody.FileChangedException e) {
                result = Problem.error(post.file(), 0, e.getMessage(), "build again once the file is saved");
            } catch (RuntimeException | StackOverflowError e) {
                result = PostProblems.unexpected(post.file(), "render", e);
            }
            progress.update("rendering", done.incrementAndGet(), total);
            return result;
        });
        List<Post> failed = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            if (results.get(i) instanceof RenderedPost r) {
                rendered.put(todo.get(i), r);
            } else {
                problems.add(PostProblems.skippedIfKeepGoing(config.keepGoing(), (Problem) results.get(i)));
                failed.add(todo.get(i));
            }
        }
        return failed;
    }

    /** Keeps in the render cache, unread, the renderings of those of {@code posts} this build did not render. */
    void keepUnrendered(List<Post> posts) {
        if (cache == null) return;
        for (Post post : posts) {
            if (!rendered.containsKey(post)) cache.keep(keyOf(post));
        }
    }

    /** The post as an earlier build rendered it, else rendered now (and kept for the next build). */
    private RenderedPost render(Post post) {
        if (cache == null) return renderer.render(post);
        return cache.reuse(post, Permalinks.of(config.site(), post), keyOf(post), () -> renderer.render(post));
    }
}
