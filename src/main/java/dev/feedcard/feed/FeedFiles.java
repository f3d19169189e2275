package dev.feedcard.feed;

import dev.feedcard.config.FeedSettings;
import dev.feedcard.config.OutputLayout;
import dev.feedcard.config.Site;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** The files of the feeds: each feed in three formats, and the files all feeds share. Safe to share between threads. */
public final class FeedFiles {
    private final Site site;
    private final FeedSettings settings;
    /** The writers of the three formats, made when the first feed is written (a rebuild may write none). */
    private Writers writers;

    private record Writers(AtomFeed atom, RssFeed rss, JsonFeed json) {
    }

    /** The feed files of {@code site}, written with the feed {@code settings}. */
    public FeedFiles(Site site, FeedSettings settings) {
        this.site = site;
        this.settings = settings;
    }

    private synchronized Writers writers() {
        if (writers == null) {
            XmlFeeds.EntryContent entryContent = new XmlFeeds.EntryContent();
            writers = new Writers(new AtomFeed(site, settings, entryContent), new RssFeed(site, settings, entryContent), new JsonFeed(site, settings));
        }
        return writers;
    }

    /**
     * {@code atom.xml}, {@code rss.xml} and {@code feed.json} of one feed, by path in the output folder, each made
     * when it is asked for: a large site's feeds are written one after another, never all held at once.
     */
    public Map<String, Supplier<byte[]>> of(FeedSet set) {
        Map<String, Supplier<byte[]>> files = new LinkedHashMap<>();
        files.put(set.atomPath(), () -> writers().atom().write(set));
        files.put(set.rssPath(), () -> writers().rss().write(set));
        files.put(set.jsonPath(), () -> writers().json().write(set));
        return files;
    }

    /** True for a file this class writes: a feed in any format (by {@code names}), or one of the files all feeds share. */
    public static boolean isFeedFile(String path, OutputLayout.FeedNames names) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        if (names.contains(name)) return true;
        return path.equals(FeedStylesheet.FILE) || path.equals(TagIndex.FILE) || path.equals(FeedLinks.SNIPPET);
    }

    /** {@code feed.css}, {@code tags.json} and {@code feeds.html}. */
    public Map<String, byte[]> shared(List<? extends FeedInfo> feeds) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(FeedStylesheet.FILE, FeedStylesheet.bytes());
        files.put(TagIndex.FILE, TagIndex.write(site, feeds));
        files.put(FeedLinks.SNIPPET, new FeedLinks(site, feeds).snippet().getBytes(StandardCharsets.UTF_8));
        return files;
    }
}
