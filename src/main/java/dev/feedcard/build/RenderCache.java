package dev.feedcard.build;

import dev.feedcard.cache.CacheKey;
import dev.feedcard.cache.Codec;
import dev.feedcard.cache.EntryReader;
import dev.feedcard.cache.EntryWriter;
import dev.feedcard.cache.PackedCache;
import dev.feedcard.cache.TypedCache;
import dev.feedcard.content.Post;
import dev.feedcard.render.RenderedPost;

import java.net.URI;
import java.util.function.Supplier;

/**
 * The posts rendered by earlier builds, kept on disk, so that a rebuild renders only the posts whose text changed.
 * A rendering is reused only when everything it is made from is the same: the post's Markdown, description and
 * language (the words of an embed's link), its permalink (which the content's URLs are resolved against), its media
 * subpath (which its media's URLs are resolved below) and feedcard's version.
 */
public final class RenderCache {
    private static final int FORMAT = 4;

    /** What a rendering keeps of a rendered post: its HTML and summary. */
    private record Rendering(String html, String summary) {
    }

    private static final Codec<Rendering> CODEC = new Codec<>() {
        @Override
        public void write(EntryWriter out, Rendering rendering) {
            out.text(rendering.html()).text(rendering.summary());
        }

        @Override
        public Rendering read(EntryReader in) {
            return new Rendering(in.text(), in.text());
        }
    };

    private final TypedCache<Rendering> renderings;

    public RenderCache(PackedCache packs) {
        this.renderings = new TypedCache<>(packs, CODEC);
    }

    /** What a post's rendering is made from: its permalink (the URL's text), description, language, body and media folder. */
    static CacheKey key(Post post, String permalink) {
        return CacheKey.of("rendered post", FORMAT).text(permalink).text(post.description()).text(post.language()).text(post.body().fingerprint()).text(post.mediaSubpath()).build();
    }

    /**
     * The post as an earlier build rendered it with this permalink (its {@link #key}); else {@code render}'s, kept for
     * the next build.
     */
    RenderedPost reuse(Post post, URI permalink, CacheKey key, Supplier<RenderedPost> render) {
        Rendering rendering = renderings.reuse(key, () -> {
            RenderedPost rendered = render.get();
            return new Rendering(rendered.html(), rendered.summary());
        });
        return new RenderedPost(post, permalink, rendering.html(), rendering.summary());
    }

    /** Keeps the rendering with this {@link #key}, if an earlier build stored one, without reading it. */
    void keep(CacheKey key) {
        renderings.keep(key);
    }

    /** Stores the new renderings and removes those this build did not use: only once the build has published. */
    void commit() {
        renderings.commit();
    }
}
