package dev.feedcard.cli;

import dev.feedcard.config.Config;
import dev.feedcard.config.ConfigException;
import dev.feedcard.config.ConfigFile;
import dev.feedcard.content.Dates;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The options every command that reads the content shares; each setting of the configuration file is also a flag. */
final class BuildOptions {
    @Option(names = "--content", paramLabel = "DIR", description = "The folder of posts (default: content).")
    Path content;

    @Option(names = "--out", paramLabel = "DIR", description = "The output folder (default: out).")
    Path out;

    @Option(names = "--pages", paramLabel = "DIR", description = "The site generator's built pages (public, _site, dist): "
            + "each post's page gets its head tags and the feed links.")
    Path pages;

    @Option(names = "--config", paramLabel = "FILE", description = "The configuration file (default: feedcard.yml when there is one).")
    Path config;

    @Option(names = "--site-url", paramLabel = "URL", description = "The site's public URL, such as https://example.com.")
    String siteUrl;

    @Option(names = "--title", paramLabel = "TEXT", description = "The site's title.")
    String title;

    @Option(names = "--author", paramLabel = "NAME", description = "The site's author.")
    String author;

    @Option(names = "--description", paramLabel = "TEXT", description = "What the site is about (the feeds' subtitle).")
    String description;

    @Option(names = "--language", paramLabel = "CODE", description = "The site's language (default: en).")
    String language;

    @Option(names = "--languages", paramLabel = "CODES", description = "Tags that name a post's language, such as en,ja.")
    String languages;

    @Option(names = "--time-zone", paramLabel = "ZONE", description = "The zone of dates written without one (default: UTC).")
    String timeZone;

    @Option(names = "--permalink", paramLabel = "PATTERN", description = "A post's path: {slug}, {year}, {month}, {day} (default: /{slug}/).")
    String permalink;

    @Option(names = "--limit", paramLabel = "N", description = "Entries per feed, 0 for every post (default: 20).")
    Integer limit;

    @Option(names = "--summary-only", description = "Leave the full content out of the feeds.")
    Boolean summaryOnly;

    @Option(names = "--keep-language-tags", description = "Also list the language tags (--languages) as topic tags, with their own tag feeds.")
    Boolean keepLanguageTags;

    @Option(names = "--icon", paramLabel = "URL", description = "A small square image for the feeds (Atom icon, JSON Feed favicon): a URL or a path below the site's root.")
    String icon;

    @Option(names = "--logo", paramLabel = "URL", description = "A larger image for the feeds (Atom logo, RSS image, JSON Feed icon): a URL or a path below the site's root.")
    String logo;

    @Option(names = "--rights", paramLabel = "TEXT", description = "The copyright line of the feeds, such as \"© 2024 Jane Doe\".")
    String rights;

    @Option(names = "--websub", paramLabel = "URL", description = "A WebSub hub the feeds announce, such as https://pubsubhubbub.appspot.com/.")
    String websub;

    @Option(names = "--keep-going", description = "Publish the good posts and skip broken ones (exit 0).")
    Boolean keepGoing;

    @Option(names = "--lock-timeout", paramLabel = "SECONDS",
            description = "How long to wait for another feedcard build writing into the same output folder (default: 120).")
    Integer lockTimeout;

    @Option(names = "--feeds-only", description = "Write feeds only: no cards, no head tags.")
    Boolean feedsOnly;

    @Option(names = "--cards-only", description = "Write cards and head tags only: no feeds (the feeds of earlier builds stay).")
    Boolean cardsOnly;

    @Option(names = "--static", paramLabel = "DIR",
            description = "A folder the site serves from its root (static, public), where images such as /assets/x.jpg are; repeatable.")
    List<Path> staticFolders;

    @Option(names = "--front-matter", paramLabel = "FIELD=NAME",
            description = "Read a field from another front matter name, such as title=headline or date=created; repeatable.")
    Map<String, String> frontMatter;

    @picocli.CommandLine.Mixin
    CardOptions cards = new CardOptions();

    @Option(names = "--cache", paramLabel = "DIR", description = "Where cards and rendered posts are kept between builds (default: .feedcard/cache in the output folder).")
    Path cache;

    @Option(names = "--now", paramLabel = "DATE", description = "The moment that decides which posts are in the future (default: SOURCE_DATE_EPOCH, else the clock).")
    String now;

    /** The configuration file these options read, or would read once it exists. */
    Path configFile() {
        return config != null ? config : Path.of(ConfigFile.DEFAULT_NAME);
    }

    Config toConfig() {
        Map<String, Object> flags = new LinkedHashMap<>();
        flags.put("content", content == null ? null : content.toString());
        flags.put("out", out == null ? null : out.toString());
        flags.put("siteUrl", siteUrl);
        flags.put("title", title);
        flags.put("author", author);
        flags.put("description", description);
        flags.put("language", language);
        flags.put("languages", languages);
        flags.put("timeZone", timeZone);
        flags.put("permalink", permalink);
        flags.put("limit", limit);
        flags.put("summaryOnly", summaryOnly);
        flags.put("keepLanguageTags", keepLanguageTags);
        flags.put("icon", icon);
        flags.put("logo", logo);
        flags.put("rights", rights);
        flags.put("websub", websub);
        flags.put("keepGoing", keepGoing);
        flags.put("feedsOnly", feedsOnly);
        flags.put("cardsOnly", cardsOnly);
        flags.put("cache", cache == null ? null : cache.toString());
        flags.put("lockTimeout", lockTimeout);
        flags.put("static", staticFolders == null ? null : staticFolders.stream().map(Path::toString).toList());
        flags.put("pages", pages == null ? null : pages.toString());
        flags.put("frontMatter", frontMatter == null ? null : new LinkedHashMap<String, Object>(frontMatter));
        cards.addTo(flags);
        return Config.from(ConfigFile.read(config, flags), now());
    }

    private Instant now() {
        if (now != null) {
            return Dates.parse(now, ZoneOffset.UTC).orElseThrow(() -> new ConfigException("--now: '" + now + "' is not a date such as 2024-05-01T12:00:00Z"));
        }
        String epoch = System.getenv("SOURCE_DATE_EPOCH");
        if (epoch != null && !epoch.isBlank()) {
            try {
                return Instant.ofEpochSecond(Long.parseLong(epoch.strip()));
            } catch (NumberFormatException e) {
                throw new ConfigException("SOURCE_DATE_EPOCH: '" + epoch + "' is not a number of seconds");
            }
        }
        return Instant.now();
    }
}
