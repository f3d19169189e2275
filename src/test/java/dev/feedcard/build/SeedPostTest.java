package dev.feedcard.build;

import dev.feedcard.Fixtures;
import dev.feedcard.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The draft the project started from: its description is empty, so its first paragraph becomes the summary. */
class SeedPostTest {
    @Test
    void emptyDescriptionGivesTheFirstParagraphAsPlainText(@TempDir Path dir) throws Exception {
        Path content = dir.resolve("content");
        Path seed;
        try (Stream<Path> files = Files.list(Fixtures.seed())) {
            seed = files.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".md")).findFirst().orElseThrow();
        }
        Files.createDirectories(content.resolve("deep_learning_2022"));
        Files.copy(seed, content.resolve("deep_learning_2022/index.md"));
        Files.copy(Fixtures.corpus().resolve("deep_learning_2022/ogp.jpg"), content.resolve("deep_learning_2022/ogp.jpg"));

        int exit = Main.run("build", "--content", content.toString(), "--out", dir.resolve("out").toString(),
                "--site-url", "https://hippocampus-garden.com", "--quiet");
        assertEquals(0, exit);

        Element entry = Fixtures.children(Fixtures.xml(dir.resolve("out/atom.xml")).getDocumentElement(), "entry").get(0);
        String summary = Fixtures.text(entry, "summary");
        assertTrue(summary.startsWith("Since NeRF (neural radiance field) was introduced in 2020, many derivative studies"), summary);
        assertFalse(summary.contains("**"));
        assertFalse(summary.contains("]("));
        assertTrue(summary.contains("(here is a curated list)"), summary);
        assertTrue(summary.codePointCount(0, summary.length()) <= 281, "at most about 280 characters");
        assertTrue(Files.exists(dir.resolve("out/cards/deep_learning_2022.jpg")));
    }
}
