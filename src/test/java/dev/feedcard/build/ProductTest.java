package dev.feedcard.build;

import dev.feedcard.Fixtures;
import dev.feedcard.config.Config;
import dev.feedcard.config.Settings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The products a build makes, chosen by --feeds-only and --cards-only, and the stages they choose. */
class ProductTest {
    @TempDir
    Path dir;

    private Config config(String... flags) {
        Map<String, Object> values = new HashMap<>(Map.of("content", dir.resolve("content").toString(), "out", dir.resolve("out").toString(),
                "siteUrl", "https://blog.example.org/"));
        for (String flag : flags) values.put(flag, true);
        return Config.from(new Settings(values, "test"), Instant.parse("2025-01-01T00:00:00Z"));
    }

    private BuildResult build(Config config, ExtraPages extraPages) throws IOException {
        Fixtures.post(dir.resolve("content"), "first/index.md", "title: First\ndate: 2024-01-01", "The first post.");
        return new Builder(config, Progress.NONE, extraPages, BuildCaches.none()).build();
    }

    @Test
    void theFlagsChooseTheProducts() {
        assertEquals(Set.of(Product.FEEDS, Product.CARDS, Product.HEAD_TAGS), Product.of(config()));
        assertEquals(Set.of(Product.FEEDS), Product.of(config("feedsOnly")));
        assertEquals(Set.of(Product.CARDS, Product.HEAD_TAGS), Product.of(config("cardsOnly")));
    }

    @Test
    void aFeedsOnlyBuildMakesNoCardsAndNoHeadTagsAndNoOutline() throws IOException {
        BuildResult result = build(config("feedsOnly"), ExtraPages.NONE);
        assertTrue(result.published(), result.problems().toString());
        assertEquals(0, result.cards());
        assertNull(result.outline(), "nothing asked for the outline");
        Path out = dir.resolve("out");
        assertTrue(Files.isRegularFile(out.resolve("atom.xml")));
        assertFalse(Files.exists(out.resolve("cards")));
        assertFalse(Files.exists(out.resolve("meta")));
        assertFalse(Files.exists(out.resolve("cards.json")));
    }

    @Test
    void aFeedsOnlyBuildGathersTheOutlineForExtraPagesThatNeedIt() throws IOException {
        BuildResult result = build(config("feedsOnly"), outline -> Map.of("extra.txt", new byte[]{'x'}));
        assertEquals(1, result.outline().posts().size());
        assertTrue(result.outline().posts().get(0).headTags().isEmpty(), "a feeds-only build makes no head tags");
        assertTrue(Files.isRegularFile(dir.resolve("out/extra.txt")));
    }

    @Test
    void aCardsOnlyBuildMakesNoFeeds() throws IOException {
        BuildResult result = build(config("cardsOnly"), ExtraPages.NONE);
        assertTrue(result.published(), result.problems().toString());
        assertEquals(0, result.feeds());
        assertEquals(1, result.cards());
        Path out = dir.resolve("out");
        assertTrue(Files.isRegularFile(out.resolve("cards/first.jpg")));
        assertTrue(Files.isRegularFile(out.resolve("meta/first.html")));
        assertTrue(Files.isRegularFile(out.resolve("cards.json")));
        assertFalse(Files.exists(out.resolve("atom.xml")));
        assertFalse(Files.exists(out.resolve("feed.json")));
    }
}
