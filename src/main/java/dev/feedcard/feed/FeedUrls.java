package dev.feedcard.feed;

import dev.feedcard.config.Site;

/** Public URLs of output files, and the language a feed declares. */
final class FeedUrls {
    private FeedUrls() {
    }

    /** The public URL of a file of the output folder ("tags/日本/atom.xml" becomes ".../tags/%E6%97%A5%E6%9C%AC/atom.xml"). */
    static String of(Site site, String outputPath) {
        return site.resolve(FeedPaths.urlPath(outputPath)).toString();
    }

    /** The language a feed declares: its entries' one language, else the site's. */
    static String language(FeedSet set, Site site) {
        return set.language() != null ? set.language() : site.language();
    }
}
