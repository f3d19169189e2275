package dev.feedcard.preview;

import dev.feedcard.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ContentWatcherTest {
    /** Waits (with a generous limit against a hung test, not a timing requirement) for the watcher's next report. */
    private static Set<Path> next(ContentWatcher watcher, Runnable change) throws Exception {
        CompletableFuture<Set<Path>> report = CompletableFuture.supplyAsync(() -> {
            try {
                return watcher.awaitChange();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        change.run();
        return report.get(60, TimeUnit.SECONDS);
    }

    @Test
    void editsInNestedAndNewFoldersAndToTheConfigurationAreReported(@TempDir Path dir) throws Exception {
        Path content = dir.resolve("content");
        Fixtures.post(content, "old/index.md", "title: Old", "Text.");
        Path config = Fixtures.write(dir, "feedcard.yml", "title: x\n");
        Fixtures.write(dir, "other.txt", "x");
        try (ContentWatcher watcher = new ContentWatcher(content, List.of(config), List.of())) {
            Set<Path> edit = next(watcher, () -> Fixtures.post(content, "old/index.md", "title: Older", "Text."));
            assertTrue(edit.contains(content.resolve("old/index.md").toAbsolutePath()), edit.toString());

            Set<Path> created = next(watcher, () -> {
                try {
                    Files.createDirectories(content.resolve("new"));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            assertTrue(created.contains(content.resolve("new").toAbsolutePath()), created.toString());
            Set<Path> inNew = next(watcher, () -> Fixtures.post(content, "new/index.md", "title: New", "Text."));
            assertTrue(inNew.contains(content.resolve("new/index.md").toAbsolutePath()), "a folder made later is watched too: " + inNew);

            Set<Path> configured = next(watcher, () -> {
                Fixtures.write(dir, "other.txt", "not watched");
                Fixtures.write(dir, "feedcard.yml", "title: y\n");
            });
            assertTrue(configured.contains(config.toAbsolutePath()), configured.toString());
            assertFalse(configured.contains(dir.resolve("other.txt").toAbsolutePath()), "files beside the configuration do not count");
        }
    }

    @Test
    void theOutputFolderAndEditorFilesDoNotCount(@TempDir Path dir) throws Exception {
        Path content = dir.resolve("content");
        Fixtures.post(content, "a.md", "title: A", "Text.");
        Path out = Files.createDirectories(content.resolve("out"));
        try (ContentWatcher watcher = new ContentWatcher(content, List.of(), List.of(out))) {
            Set<Path> changed = next(watcher, () -> {
                Fixtures.write(out, "atom.xml", "<feed/>");
                Fixtures.write(content, ".a.md.swp", "x");
                Fixtures.write(content, "a.md~", "x");
                Fixtures.post(content, "a.md", "title: B", "Text.");
            });
            assertTrue(changed.contains(content.resolve("a.md").toAbsolutePath()), changed.toString());
            for (Path p : changed) {
                assertFalse(p.startsWith(out.toAbsolutePath()), p.toString());
                assertFalse(p.getFileName().toString().endsWith("~") || p.getFileName().toString().startsWith("."), p.toString());
            }
        }
    }
}
