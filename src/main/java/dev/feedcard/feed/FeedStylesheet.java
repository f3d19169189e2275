package dev.feedcard.feed;

import dev.feedcard.config.Site;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * {@value #FILE}: the XSLT that makes a browser show {@code atom.xml} and {@code rss.xml} as a readable page (what a
 * feed is, the address to copy into a reader, the latest entries). One stylesheet serves both formats.
 */
public final class FeedStylesheet {
    public static final String FILE = "feed.xsl";

    private FeedStylesheet() {
    }

    /**
     * The stylesheet's address as the feeds name it: a path from the site's root ("/feed.xsl", or "/blog/feed.xsl"
     * for a site below a folder), so it works from tag and language folders alike and stays on the feed's own
     * origin, as browsers require for XSLT.
     */
    public static String href(Site site) {
        String path = site.url().getRawPath();
        if (path == null || path.isEmpty()) path = "/";
        return path + FILE;
    }

    /** The stylesheet's bytes, as the jar holds them. */
    public static byte[] bytes() {
        try (InputStream in = FeedStylesheet.class.getResourceAsStream(FILE)) {
            if (in == null) throw new IllegalStateException(FILE + " is missing from feedcard's jar");
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
