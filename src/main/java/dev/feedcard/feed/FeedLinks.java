package dev.feedcard.feed;

import dev.feedcard.config.OutputLayout;
import dev.feedcard.config.Site;
import dev.feedcard.content.Post;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The feeds a page can announce in its {@code <head>}: the site's, and for a post also its language's and its tags'.
 * Made from the same plans the feeds are written from, so every link points at a file the build writes.
 */
public final class FeedLinks {
    /** The file with the site's autodiscovery links, for pasting into the site's {@code <head>}. */
    public static final String SNIPPET = OutputLayout.FEED_LINKS;

    private final Site site;
    private final FeedInfo siteFeed;
    private final Map<String, FeedInfo> languages = new HashMap<>();
    private final Map<String, FeedInfo> tags = new HashMap<>();

    /** @param feeds the feeds of one build ({@link FeedPlan#of} or the {@link FeedSet}s made from them); empty for none */
    public FeedLinks(Site site, List<? extends FeedInfo> feeds) {
        this.site = site;
        FeedInfo main = null;
        for (FeedInfo feed : feeds) {
            switch (feed.kind()) {
                case SITE -> main = feed;
                case LANGUAGE -> languages.put(feed.name(), feed);
                case TAG -> tags.put(FeedPaths.tagKey(feed.name()), feed);
            }
        }
        if (main == null && !feeds.isEmpty()) throw new IllegalArgumentException("the feeds have no site feed");
        this.siteFeed = main;
    }

    /** The site's feeds: Atom, RSS, JSON Feed; none when the build writes no feeds (--cards-only). */
    public List<FeedLink> site() {
        return siteFeed == null ? List.of() : links(siteFeed);
    }

    /**
     * The feeds a post's page announces: the site's, then the post's language's (three formats each). Its tags' feeds
     * are not announced on every post (a post with eight tags would carry thirty links); {@code feeds.html}, tags.json
     * and the preview list them.
     */
    public List<FeedLink> forPost(Post post) {
        List<FeedLink> links = new ArrayList<>(site());
        FeedInfo language = languages.get(post.language());
        if (language != null) links.addAll(links(language));
        return links;
    }

    /** One feed's three links. */
    public List<FeedLink> links(FeedInfo feed) {
        String title = dev.feedcard.render.PlainText.clean(feed.title());
        String hreflang = feed.kind() == FeedKind.SITE ? null : feed.language();
        return List.of(
                new FeedLink(feed.kind(), FeedLink.ATOM, title + " (Atom)", FeedUrls.of(site, feed.atomPath()), hreflang),
                new FeedLink(feed.kind(), FeedLink.RSS, title + " (RSS)", FeedUrls.of(site, feed.rssPath()), hreflang),
                new FeedLink(feed.kind(), FeedLink.JSON, title + " (JSON Feed)", FeedUrls.of(site, feed.jsonPath()), hreflang));
    }

    /**
     * The content of {@value #SNIPPET}: the site's three feeds as {@code <link rel="alternate">} lines, then, inside an
     * HTML comment (so that pasting the whole file announces the site's feeds only), the lines of each language's
     * and each tag's feed, for the pages of that language or tag.
     */
    public String snippet() {
        StringBuilder sb = new StringBuilder("<!-- feedcard: paste into the <head> of every page of the site -->\n");
        for (FeedLink link : site()) sb.append(link.toHtml()).append('\n');
        List<FeedInfo> others = new ArrayList<>();
        others.addAll(new TreeMap<>(languages).values());
        others.addAll(tags.values().stream().sorted(Comparator.comparing(FeedInfo::folder)).toList());
        if (others.isEmpty()) return sb.toString();
        sb.append("<!-- each language's and each tag's feeds (tags.json lists them too), for the <head> of that language's or tag's own page:\n");
        // the lines hold no '<' or '>' inside their values (escaped), so none can end the comment early
        for (FeedInfo feed : others) {
            for (FeedLink link : links(feed)) sb.append(link.toHtml()).append('\n');
        }
        return sb.append("-->\n").toString();
    }
}
