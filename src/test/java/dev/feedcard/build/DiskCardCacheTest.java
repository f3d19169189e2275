package dev.feedcard.build;

import dev.feedcard.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Cards kept between builds: reused while the image's bytes are the same, remade when they change, pruned when unused. */
class DiskCardCacheTest {
    @Test
    void aRebuildReusesStoredCardsAndAChangedImageIsRemade(@TempDir Path dir) throws Exception {
        Path content = dir.resolve("content");
        Path out = dir.resolve("out");
        Files.createDirectories(content.resolve("red"));
        Files.writeString(content.resolve("red/index.md"), "---\ntitle: Red\ndate: 2024-01-01\nfeaturedImage: photo.png\n---\nText.\n");
        Files.writeString(content.resolve("plain.md"), "---\ntitle: Plain\ndate: 2024-01-02\n---\nText.\n");
        image(content.resolve("red/photo.png"), Color.RED);

        assertEquals(0, Main.run("build", "--content", content.toString(), "--out", out.toString(), "-q"));
        Path cache = out.resolve(".feedcard/cache/cards");
        assertEquals(2, count(cache), "one stored card per post (the drawn card too)");
        byte[] first = Files.readAllBytes(out.resolve("cards/red.jpg"));
        assertTrue(Files.getPosixFilePermissions(out.resolve("cards/red.jpg")).contains(java.nio.file.attribute.PosixFilePermission.OTHERS_READ),
                "a web server running as another user can read the published card");
        assertTrue(Files.getPosixFilePermissions(out.resolve("atom.xml")).contains(java.nio.file.attribute.PosixFilePermission.OTHERS_READ));

        assertEquals(0, Main.run("build", "--content", content.toString(), "--out", out.toString(), "-q"));
        assertArrayEquals(first, Files.readAllBytes(out.resolve("cards/red.jpg")));
        assertEquals(2, count(cache));

        image(content.resolve("red/photo.png"), Color.BLUE);
        assertEquals(0, Main.run("build", "--content", content.toString(), "--out", out.toString(), "-q"));
        BufferedImage card = ImageIO.read(out.resolve("cards/red.jpg").toFile());
        Color centre = new Color(card.getRGB(600, 315));
        assertTrue(centre.getBlue() > 200 && centre.getRed() < 60, "the card follows the new image: " + centre);
        assertEquals(2, count(cache), "the old image's card was pruned");
    }

    private static void image(Path file, Color color) throws Exception {
        BufferedImage image = new BufferedImage(1200, 630, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(color);
        g.fillRect(0, 0, 1200, 630);
        g.dispose();
        ImageIO.write(image, "png", file.toFile());
    }

    private static long count(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(".bin")).count();
        }
    }
}
