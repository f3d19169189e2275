package dev.feedcard.build;

import dev.feedcard.Fixtures;
import dev.feedcard.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bundled sample in content/, built with the repository's feedcard.yml as the quick start does. */
class SampleBlogTest {
    @Test
    void buildsTheBundledSample(@TempDir Path out) throws Exception {
        assertEquals(0, Main.run("build", "--config", "feedcard.yml", "--out", out.toString(), "--quiet"));
        List<Element> entries = Fixtures.children(Fixtures.xml(out.resolve("atom.xml")).getDocumentElement(), "entry");
        assertEquals(5, entries.size());
        assertTrue(entries.stream().anyMatch(e -> Fixtures.text(e, "title").equals("東京の秋、紅葉を歩く")));
        for (Element entry : entries) {
            String content = Fixtures.text(entry, "content");
            assertFalse(content.contains("src=\"ogp.jpg\""), "relative image left in " + Fixtures.text(entry, "title"));
            assertFalse(content.contains("<iframe"));
        }
        for (String slug : List.of("welcome-to-feedcard", "tokyo-autumn", "a-lighthouse-at-night", "tables-and-code")) {
            BufferedImage card = ImageIO.read(out.resolve("cards/" + slug + ".jpg").toFile());
            assertEquals(1200, card.getWidth());
            assertEquals(630, card.getHeight());
        }
    }
}
