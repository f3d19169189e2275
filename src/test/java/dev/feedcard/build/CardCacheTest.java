package dev.feedcard.build;

import dev.feedcard.Fixtures;
import dev.feedcard.config.Config;
import dev.feedcard.config.Settings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Rebuilds that share a card cache (as {@code feedcard serve} does) never publish a card older than its image. */
class CardCacheTest {
    private static void picture(Path file, Color color) throws IOException {
        BufferedImage image = new BufferedImage(800, 500, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(color);
        g.fillRect(0, 0, 800, 500);
        g.dispose();
        Files.createDirectories(file.getParent());
        ImageIO.write(image, "png", file.toFile());
    }

    private static Color middle(Path card) throws IOException {
        BufferedImage image = ImageIO.read(card.toFile());
        assertEquals(1200, image.getWidth());
        return new Color(image.getRGB(600, 315));
    }

    private static void assertNear(Color expected, Color actual) {
        assertTrue(Math.abs(expected.getRed() - actual.getRed()) < 12 && Math.abs(expected.getGreen() - actual.getGreen()) < 12
                && Math.abs(expected.getBlue() - actual.getBlue()) < 12, "expected about " + expected + ", got " + actual);
    }

    @Test
    void aChangedImageOrPostGetsANewCardAndRemovedPostsAreForgotten(@TempDir Path dir) throws IOException {
        Path content = dir.resolve("content");
        Path out = dir.resolve("out");
        Fixtures.post(content, "red/index.md", "title: Red\ndate: 2024-01-01\nfeaturedImage: pic.png", "Red.");
        Fixtures.post(content, "blue/index.md", "title: Blue\ndate: 2024-01-02\nfeaturedImage: pic.png", "Blue.");
        picture(content.resolve("red/pic.png"), Color.RED);
        picture(content.resolve("blue/pic.png"), Color.BLUE);
        Config config = Config.from(new Settings(Map.of("content", content.toString(), "out", out.toString()), "test"),
                Instant.parse("2025-01-01T00:00:00Z"));
        CardCache cache = new CardCache();

        assertTrue(new Builder(config, Progress.NONE, outline -> Map.of(), BuildCaches.inMemory(cache)).build().published());
        assertEquals(2, cache.size());
        assertNear(Color.RED, middle(out.resolve("cards/red.jpg")));

        picture(content.resolve("red/pic.png"), Color.GREEN);
        Files.setLastModifiedTime(content.resolve("red/pic.png"), java.nio.file.attribute.FileTime.from(Instant.now().plusSeconds(10)));
        assertTrue(new Builder(config, Progress.NONE, outline -> Map.of(), BuildCaches.inMemory(cache)).build().published());
        assertNear(Color.GREEN, middle(out.resolve("cards/red.jpg")));
        assertNear(Color.BLUE, middle(out.resolve("cards/blue.jpg")));

        Files.delete(content.resolve("blue/index.md"));
        assertTrue(new Builder(config, Progress.NONE, outline -> Map.of(), BuildCaches.inMemory(cache)).build().published());
        assertEquals(1, cache.size(), "the removed post's card is forgotten");
    }
}
