package dev.feedcard.build;

import dev.feedcard.config.Version;
import dev.feedcard.content.Post;
import dev.feedcard.output.DiskCache;
import dev.feedcard.output.PackedCache;
import dev.feedcard.render.RenderedPost;

import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;

/**
 * The posts rendered by earlier builds, kept on disk, so that a rebuild renders only the posts whose text changed.
 * A rendering is reused only when everything it is made from is the same: the post's Markdown and description, its
 * permalink (which the content's URLs are resolved against) and feedcard's version.
 */
public final class RenderCache {
    private static final int FORMAT = 1;

    private final PackedCache packs;

    public RenderCache(PackedCache packs) {
        this.packs = packs;
    }

    static String key(Post post, URI permalink) {
        return String.join("\n", "rendered post " + FORMAT, "feedcard " + Version.code(), permalink.toString(),
                DiskCache.fingerprint(post.description()), post.body().fingerprint());
    }

    /** The post as an earlier build rendered it with this permalink, or null. */
    RenderedPost get(Post post, URI permalink) {
        byte[] stored = packs.get(key(post, permalink));
        if (stored == null) return null;
        ByteBuffer in = ByteBuffer.wrap(stored);
        try {
            if (in.getInt() != FORMAT) return null;
            String html = StoredText.read(in);
            String summary = StoredText.read(in);
            return in.hasRemaining() ? null : new RenderedPost(post, permalink, html, summary);
        } catch (IOException | RuntimeException | OutOfMemoryError e) {
            return null;
        }
    }

    /** Keeps the post's rendering with this permalink, if an earlier build stored one, without reading it. */
    void keep(Post post, URI permalink) {
        packs.keep(key(post, permalink));
    }

    void put(RenderedPost rendered) {
        packs.put(key(rendered.post(), rendered.permalink()), () -> encode(rendered));
    }

    private static byte[] encode(RenderedPost rendered) {
        return StoredText.entry(rendered.html().length() + 512, out -> {
            out.writeInt(FORMAT);
            StoredText.write(out, rendered.html());
            StoredText.write(out, rendered.summary());
        });
    }

    /** Stores the new renderings and removes those this build did not use: only once the build has published. */
    void commit() {
        packs.commit();
    }
}
