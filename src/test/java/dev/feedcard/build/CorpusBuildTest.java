package dev.feedcard.build;

import dev.feedcard.Fixtures;
import dev.feedcard.cli.Main;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The whole pipeline on the real hippocampus-garden blog, read back as a subscriber's reader and a crawler would. */
class CorpusBuildTest {
    @TempDir
    static Path out;

    @BeforeAll
    static void build() {
        int exit = Main.run("build", "--content", Fixtures.corpus().toString(), "--out", out.toString(),
                "--site-url", "https://hippocampus-garden.com", "--quiet");
        assertEquals(0, exit, "feedcard build exit code");
    }

    @Test
    void atomHasTwentyEntriesNewestFirstWithSummariesAndPermalinks() {
        Element feed = Fixtures.xml(out.resolve("atom.xml")).getDocumentElement();
        assertEquals("http://www.w3.org/2005/Atom", feed.getNamespaceURI());
        List<Element> entries = Fixtures.children(feed, "entry");
        assertEquals(20, entries.size());
        Instant previous = Instant.MAX;
        for (Element entry : entries) {
            Instant published = Instant.parse(Fixtures.text(entry, "published"));
            assertFalse(published.isAfter(previous), "entries newest first");
            previous = published;
            String summary = Fixtures.text(entry, "summary");
            assertNotNull(summary);
            assertFalse(summary.isBlank());
            String link = Fixtures.children(entry, "link").get(0).getAttribute("href");
            assertTrue(link.matches("https://hippocampus-garden\\.com/[A-Za-z0-9_%-]+/"), link);
            assertEquals(link, Fixtures.text(entry, "id"));
        }
        assertEquals(Fixtures.text(entries.get(0), "updated"), Fixtures.text(feed, "updated"),
                "the feed's updated time is its newest entry's, not the build's");
    }

    @Test
    void rssHasTwentyItemsNewestFirstWithDescriptionsAndPermalinks() {
        Element channel = Fixtures.children(Fixtures.xml(out.resolve("rss.xml")).getDocumentElement(), "channel").get(0);
        List<Element> items = Fixtures.children(channel, "item");
        assertEquals(20, items.size());
        Instant previous = Instant.MAX;
        for (Element item : items) {
            Instant published = java.time.ZonedDateTime.parse(Fixtures.text(item, "pubDate"),
                    java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            assertFalse(published.isAfter(previous), "items newest first");
            previous = published;
            assertFalse(Fixtures.text(item, "description").isBlank());
            assertTrue(Fixtures.text(item, "link").matches("https://hippocampus-garden\\.com/[A-Za-z0-9_%-]+/"));
        }
    }

    @Test
    void everyPostGetsACardOfExactly1200x630() throws Exception {
        List<Path> cards;
        try (Stream<Path> files = Files.list(out.resolve("cards"))) {
            cards = files.sorted().toList();
        }
        assertEquals(111, cards.size());
        for (Path card : cards) {
            assertTrue(card.getFileName().toString().endsWith(".jpg"));
            BufferedImage image = ImageIO.read(card.toFile());
            assertNotNull(image, card + " decodes");
            assertEquals(1200, image.getWidth(), card.toString());
            assertEquals(630, image.getHeight(), card.toString());
        }
    }
}
