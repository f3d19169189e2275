package dev.feedcard.config;

import java.nio.file.Path;
import java.time.Instant;

/**
 * Everything one build needs to know, read once from the configuration file and the flags.
 *
 * @param content the folder of posts
 * @param out the output folder
 * @param now the moment that decides which posts are in the future
 * @param keepGoing publish the good posts when some are broken, instead of changing nothing
 * @param feedsOnly write feeds only: no cards, no head tags
 * @param cardsOnly write cards and head tags only: no feeds (for a site whose generator writes its feeds)
 * @param contentSettings static folders and extra front matter names
 * @param pages the folder of pages a site generator built, whose posts' heads get their tags; null to leave pages alone
 */
public record Config(Path content, Path out, Site site, FeedSettings feeds, CardSettings cards, OutputSettings output,
                     Instant now, boolean keepGoing, boolean feedsOnly, boolean cardsOnly, ContentSettings contentSettings,
                     Path pages) {

    /**
     * The configuration the settings give; every setting is read here, and a key none of them reads is refused.
     *
     * @throws ConfigException naming the first setting that is unknown or cannot be used
     */
    public static Config from(Settings s, Instant now) {
        Site site = Site.from(s);
        boolean feedsOnly = s.bool(Setting.FEEDS_ONLY);
        boolean cardsOnly = s.bool(Setting.CARDS_ONLY);
        if (feedsOnly && cardsOnly) throw s.wrong(Setting.CARDS_ONLY, "false when feedsOnly is true (a build that writes neither feeds nor cards writes nothing)");
        Config config = new Config(
                Path.of(s.string(Setting.CONTENT)),
                Path.of(s.string(Setting.OUT)),
                site,
                FeedSettings.from(s, site),
                CardSettings.from(s),
                OutputSettings.from(s),
                now,
                s.bool(Setting.KEEP_GOING),
                feedsOnly,
                cardsOnly,
                ContentSettings.from(s),
                s.has(Setting.PAGES) ? Path.of(s.string(Setting.PAGES)) : null);
        s.refuseUnknownKeys();
        return config;
    }
}
