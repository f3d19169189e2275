package dev.feedcard.output;

import dev.feedcard.config.OutputLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OutputFolderTest {
    @TempDir
    Path dir;

    private static Map<String, Supplier<byte[]>> files(String... pathsAndTexts) {
        Map<String, Supplier<byte[]>> files = new LinkedHashMap<>();
        for (int i = 0; i < pathsAndTexts.length; i += 2) {
            byte[] bytes = pathsAndTexts[i + 1].getBytes(StandardCharsets.UTF_8);
            files.put(pathsAndTexts[i], () -> bytes);
        }
        return files;
    }

    private OutputFolder open() throws IOException {
        return OutputFolder.lock(dir, Duration.ZERO, () -> { });
    }

    private OutputFolder.Published publish(Map<String, Supplier<byte[]>> files) throws IOException {
        try (OutputFolder out = open()) {
            return out.publish(files, p -> false, OutputFolder.ProgressListener.NONE);
        }
    }

    private String read(String path) throws IOException {
        return Files.readString(dir.resolve(path));
    }

    private List<String> tempFiles() throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> p.getFileName().toString().startsWith(OutputFolder.TEMP_PREFIX)).map(Path::toString).toList();
        }
    }

    @Test
    void writesFilesAndRecordsThemInTheManifest() throws IOException {
        OutputFolder.Published p = publish(files("atom.xml", "<feed/>", "cards/a.jpg", "A"));
        assertEquals(List.of("atom.xml", "cards/a.jpg"), p.written());
        assertEquals("<feed/>", read("atom.xml"));
        assertEquals("A", read("cards/a.jpg"));
        String manifest = read(OutputLayout.MANIFEST);
        assertTrue(manifest.lines().toList().containsAll(List.of("atom.xml", "cards/a.jpg")), manifest);
        try (OutputFolder out = open()) {
            assertEquals(Set.of("atom.xml", "cards/a.jpg"), out.owned());
        }
        assertEquals(List.of(), tempFiles());
    }

    @Test
    void leavesUnchangedFilesAlone() throws IOException {
        publish(files("atom.xml", "<feed/>", "rss.xml", "<rss/>"));
        Files.setLastModifiedTime(dir.resolve("atom.xml"), java.nio.file.attribute.FileTime.fromMillis(1_000_000));
        OutputFolder.Published p = publish(files("atom.xml", "<feed/>", "rss.xml", "<rss version='2.0'/>"));
        assertEquals(List.of("rss.xml"), p.written());
        assertEquals(List.of("atom.xml"), p.unchanged());
        assertEquals(1_000_000, Files.getLastModifiedTime(dir.resolve("atom.xml")).toMillis());
    }

    @Test
    void removesItsOwnStaleFilesButNeverTheSitesFiles() throws IOException {
        Files.createDirectories(dir.resolve("cards"));
        Files.writeString(dir.resolve("index.html"), "the site's page");
        Files.writeString(dir.resolve("cards/logo.png"), "the site's own image in the cards folder");
        publish(files("atom.xml", "1", "cards/old.jpg", "old", "tags/gone/atom.xml", "t"));

        OutputFolder.Published p = publish(files("atom.xml", "2"));

        assertEquals(List.of("cards/old.jpg", "tags/gone/atom.xml"), p.removed().stream().sorted().toList());
        assertFalse(Files.exists(dir.resolve("cards/old.jpg")));
        assertFalse(Files.exists(dir.resolve("tags")), "the emptied tag folders go too");
        assertEquals("the site's page", read("index.html"));
        assertEquals("the site's own image in the cards folder", read("cards/logo.png"));
        assertEquals(List.of("# files written by feedcard; it replaces and removes only these", "atom.xml"),
                read(OutputLayout.MANIFEST).lines().toList());
    }

    @Test
    void keptFilesStayAndStayRecorded() throws IOException {
        publish(files("atom.xml", "1", "cards/a.jpg", "A"));
        try (OutputFolder out = open()) {
            out.publish(files("atom.xml", "2"), p -> p.startsWith("cards/"), OutputFolder.ProgressListener.NONE);
            assertEquals(Set.of("atom.xml", "cards/a.jpg"), out.owned());
        }
        assertEquals("A", read("cards/a.jpg"));
    }

    @Test
    void findsAndRefusesFilesItDidNotWrite() throws IOException {
        Files.writeString(dir.resolve("atom.xml"), "the site's own feed");
        try (OutputFolder out = open()) {
            assertEquals(List.of("atom.xml"), out.foreign(List.of("atom.xml", "rss.xml")));
            assertThrows(IllegalStateException.class, () -> out.publish(files("atom.xml", "mine"), p -> false, OutputFolder.ProgressListener.NONE));
        }
        assertEquals("the site's own feed", read("atom.xml"));
    }

    @Test
    void ignoresManifestEntriesThatLeadOutOfTheFolder() throws IOException {
        Path outside = dir.resolveSibling(dir.getFileName() + "-outside.txt");
        Files.writeString(outside, "precious");
        try {
            Files.createDirectories(dir.resolve(".feedcard"));
            Files.writeString(dir.resolve(OutputLayout.MANIFEST), "../" + outside.getFileName() + "\n" + outside + "\n.feedcard/lock\n\n");
            publish(files("atom.xml", "1"));
            assertEquals("precious", Files.readString(outside));
            assertTrue(Files.exists(dir.resolve(OutputLayout.LOCK)));
        } finally {
            Files.deleteIfExists(outside);
        }
    }

    @Test
    void refusesPathsOutsideTheFolder() {
        for (String bad : List.of("", "../x", "a/../../x", "/etc/passwd", ".feedcard/manifest.txt", "a\nb", ".")) {
            assertFalse(OutputFolder.isSafe(bad), bad);
        }
        for (String good : List.of("atom.xml", "cards/a.jpg", "tags/c++/atom.xml", "a/../b.xml")) assertTrue(OutputFolder.isSafe(good), good);
    }

    @Test
    void cleansTemporaryFilesOnlyInTheFoldersItWritesInto() throws IOException {
        publish(files("atom.xml", "1", "cards/a.jpg", "A"));
        Files.createDirectories(dir.resolve("blog/2024"));
        Path ours = Files.writeString(dir.resolve("cards/" + OutputFolder.TEMP_PREFIX + "123.part"), "half a card");
        Path oursAtTop = Files.writeString(dir.resolve(OutputFolder.TEMP_PREFIX + "9.part"), "half a feed");
        Path ourManifest = Files.writeString(dir.resolve(".feedcard/" + OutputFolder.TEMP_PREFIX + "7.part"), "half a record");
        Path sites = Files.writeString(dir.resolve("blog/2024/" + OutputFolder.TEMP_PREFIX + "1.part"), "not in a folder feedcard writes");

        publish(files("atom.xml", "2", "cards/a.jpg", "A"));

        assertFalse(Files.exists(ours));
        assertFalse(Files.exists(oursAtTop));
        assertFalse(Files.exists(ourManifest));
        assertTrue(Files.exists(sites), "the rest of the site is not searched");
    }

    @Test
    void aBuildStoppedHalfwayLeavesEveryFileWholeAndTheNextBuildFinishes() throws IOException {
        publish(files("atom.xml", "old feed", "cards/a.jpg", "A1", "cards/gone.jpg", "G"));
        Map<String, Supplier<byte[]>> next = files("cards/a.jpg", "A2", "cards/new.jpg", "N", "atom.xml", "new feed");
        try (OutputFolder out = open()) {
            assertThrows(IllegalStateException.class, () -> out.publish(next, p -> false, (done, total) -> {
                if (done == 2) throw new IllegalStateException("stopped after two files");
            }));
        }
        // nothing was put in place, the new card is already recorded as feedcard's, and no temporary file is left
        assertFalse(Files.exists(dir.resolve("cards/new.jpg")));
        assertEquals("A1", read("cards/a.jpg"));
        assertEquals("old feed", read("atom.xml"));
        assertEquals("G", read("cards/gone.jpg"));
        assertEquals(List.of(), tempFiles());
        try (OutputFolder out = open()) {
            assertTrue(out.owned().containsAll(Set.of("cards/new.jpg", "cards/gone.jpg", "atom.xml")));
            assertEquals(List.of(), out.foreign(next.keySet()), "a file a stopped build may have written is still feedcard's");
        }

        OutputFolder.Published p = publish(next);
        assertEquals(List.of("cards/gone.jpg"), p.removed());
        assertEquals("new feed", read("atom.xml"));
        assertEquals(List.of(), tempFiles());
    }

    @Test
    void aFileThatCannotBeMadeLeavesTheSiteAsItWas() throws IOException {
        publish(files("atom.xml", "old feed", "cards/a.jpg", "A1"));
        Map<String, Supplier<byte[]>> next = files("cards/a.jpg", "A2", "rss.xml", "new rss");
        next.put("atom.xml", () -> {
            throw new IllegalStateException("the feed could not be made");
        });
        try (OutputFolder out = open()) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> out.publish(next, p -> false, OutputFolder.ProgressListener.NONE));
            assertTrue(e.getMessage().contains("the feed could not be made"), e.getMessage());
        }
        assertEquals("A1", read("cards/a.jpg"));
        assertEquals("old feed", read("atom.xml"));
        assertFalse(Files.exists(dir.resolve("rss.xml")));
        assertEquals(List.of(), tempFiles());
    }

    /** The bytes of each file are asked for once, when it is written. */
    @Test
    void eachFileIsMadeOnceWhenItIsWritten() throws IOException {
        Map<String, Supplier<byte[]>> files = new LinkedHashMap<>();
        java.util.concurrent.ConcurrentHashMap<String, Integer> made = new java.util.concurrent.ConcurrentHashMap<>();
        for (int i = 0; i < 50; i++) {
            String path = "tags/t" + i + "/atom.xml";
            files.put(path, () -> {
                made.merge(path, 1, Integer::sum);
                return path.getBytes(StandardCharsets.UTF_8);
            });
        }
        assertEquals(50, publish(files).written().size());
        assertEquals(50, made.size());
        assertTrue(made.values().stream().allMatch(n -> n == 1), made.toString());
        assertEquals("tags/t7/atom.xml", read("tags/t7/atom.xml"));
    }

    @Test
    void aSecondBuildWaitsAndGivesUpAfterItsTimeout() throws Exception {
        try (OutputFolder first = open()) {
            AtomicBoolean told = new AtomicBoolean();
            OutputFolder.LockTimeoutException e = assertThrows(OutputFolder.LockTimeoutException.class,
                    () -> OutputFolder.lock(dir, Duration.ofMillis(300), () -> told.set(true)));
            assertTrue(told.get(), "the waiting build says it waits");
            assertTrue(e.getMessage().contains("another feedcard build"), e.getMessage());
        }
        try (OutputFolder again = open()) {
            assertEquals(dir.toAbsolutePath().normalize(), again.root());
        }
    }

    @Test
    void twoBuildsTakeTurnsAndTheirFilesNeverMix() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch firstHoldsLock = new CountDownLatch(1);
            CountDownLatch secondWaits = new CountDownLatch(1);
            Future<?> first = pool.submit(() -> {
                try (OutputFolder out = open()) {
                    firstHoldsLock.countDown();
                    assertTrue(secondWaits.await(30, TimeUnit.SECONDS));
                    out.publish(files("cards/a.jpg", "first", "cards/b.jpg", "first", "atom.xml", "first"), p -> false,
                            OutputFolder.ProgressListener.NONE);
                }
                return null;
            });
            assertTrue(firstHoldsLock.await(30, TimeUnit.SECONDS));
            Future<?> second = pool.submit(() -> {
                try (OutputFolder out = OutputFolder.lock(dir, Duration.ofSeconds(60), secondWaits::countDown)) {
                    out.publish(files("cards/a.jpg", "second", "atom.xml", "second"), p -> false, OutputFolder.ProgressListener.NONE);
                }
                return null;
            });
            first.get(60, TimeUnit.SECONDS);
            second.get(60, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
        // the second build waited for the first and then replaced its files as a whole set
        assertEquals("second", read("atom.xml"));
        assertEquals("second", read("cards/a.jpg"));
        assertFalse(Files.exists(dir.resolve("cards/b.jpg")));
        try (OutputFolder out = open()) {
            assertEquals(Set.of("atom.xml", "cards/a.jpg"), out.owned());
        }
    }

    @Test
    void writesEachFileWhole() throws IOException {
        byte[] big = new byte[3 * 1024 * 1024 + 17];
        new java.util.Random(5).nextBytes(big);
        Map<String, Supplier<byte[]>> files = new LinkedHashMap<>();
        files.put("cards/big.jpg", () -> big);
        publish(files);
        assertArrayEquals(big, Files.readAllBytes(dir.resolve("cards/big.jpg")));
    }
}
