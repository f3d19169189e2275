package dev.feedcard.cli;

import dev.feedcard.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CommandLineTest {
    @Test
    void helpAndVersionExitZero() {
        assertEquals(0, Main.run("--help"));
        assertEquals(0, Main.run("--version"));
        assertEquals(0, Main.run("build", "--help"));
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        assertEquals(2, Main.run("build", "--no-such-option"));
        assertEquals(2, Main.run("build", "--limit", "many"));
    }

    @Test
    void aBadSettingIsAUsageErrorNamingIt(@TempDir Path dir) {
        String err = captureErr(() -> assertEquals(2, Main.run("build", "--content", dir.toString(), "--out", dir.resolve("out").toString(),
                "--site-url", "not a url")));
        assertTrue(err.contains("siteUrl"), err);
    }

    @Test
    void contentErrorsExitOneAndWriteNothing(@TempDir Path dir) {
        Path content = dir.resolve("content");
        Fixtures.post(content, "good.md", "title: Good\ndate: 2024-01-01", "Fine.");
        Fixtures.post(content, "bad.md", "title: [a, list]\ndate: 2024-01-01", "Broken.");
        String err = captureErr(() -> assertEquals(1, Main.run("build", "--content", content.toString(), "--out", dir.resolve("out").toString())));
        assertTrue(err.contains("bad.md:2: error: 'title' is a list, not text"), err);
        assertFalse(Files.exists(dir.resolve("out")));
    }

    @Test
    void draftsAndFuturePostsAreLeftOut(@TempDir Path dir) {
        Path content = dir.resolve("content");
        Fixtures.post(content, "past.md", "title: Past\ndate: 2024-01-01", "Here.");
        Fixtures.post(content, "draft.md", "title: Draft\ndate: 2024-01-02\ndraft: true", "Not yet.");
        Fixtures.post(content, "future.md", "title: Future\ndate: 2030-01-01", "Later.");
        assertEquals(0, Main.run("build", "--content", content.toString(), "--out", dir.resolve("out").toString(), "--now", "2025-01-01T00:00:00Z", "-q"));
        var entries = Fixtures.children(Fixtures.xml(dir.resolve("out/atom.xml")).getDocumentElement(), "entry");
        assertEquals(1, entries.size());
        assertEquals("Past", Fixtures.text(entries.get(0), "title"));
    }

    static String captureErr(Runnable action) {
        PrintStream original = System.err;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setErr(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setErr(original);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
