package dev.feedcard.build;

import dev.feedcard.Fixtures;
import dev.feedcard.config.OutputLayout;
import dev.feedcard.testing.TestBlog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Kills {@code feedcard build} with SIGKILL ({@link Process#destroyForcibly()}) at random moments while it writes
 * into a folder that holds a previous build, and checks after every kill that each file is whole: either the
 * previous build's version or the new build's, every feed parses, every card decodes to its exact size, the site's
 * own file is untouched and the record names every file feedcard may have written. JSON files (JSON Feed, tag lists)
 * must parse too. Then the next build must
 * clean up and succeed.
 * <p>
 * Two settings take turns, so that every build really changes every file: X (all the chosen posts, card
 * quality 85, one title) and Y (one post fewer, so its card is stale and removed, quality 70, another title).
 * Half of the kills fall anywhere in a build; the other half fall while it writes (after its first temporary
 * file appears, before it ends). {@code -Dfeedcard.kill.posts=N} (0 = the whole corpus) and {@code -Dfeedcard.kill.kills=N}
 * make it longer.
 */
class KillIT {
    private static final int POSTS = Integer.getInteger("feedcard.kill.posts", 10);
    private static final int KILLS = Integer.getInteger("feedcard.kill.kills", 20);
    private static final long SEED = Long.getLong("feedcard.kill.seed", 20250601L);

    @TempDir
    Path dir;

    private Path out;
    private Path contentX;
    private Path contentY;
    private Path configX;
    private Path configY;

    @Test
    void aBuildKilledAtAnyMomentLeavesEveryFileWholeAndTheNextBuildCleansUp() throws Exception {
        out = dir.resolve("out");
        contentX = dir.resolve("content-x");
        contentY = dir.resolve("content-y");
        List<String> posts = choosePosts();
        for (String post : posts) copyFolder(Fixtures.corpus().resolve(post), contentX.resolve(post));
        for (String post : posts.subList(1, posts.size())) copyFolder(Fixtures.corpus().resolve(post), contentY.resolve(post));
        configX = Files.writeString(dir.resolve("x.yml"), settings("Hippocampus X", 85));
        configY = Files.writeString(dir.resolve("y.yml"), settings("Hippocampus Y", 70));
        Files.createDirectories(out);
        Files.writeString(out.resolve("index.html"), "<p>the site's own page</p>");

        // the complete output of each setting; the final build checks they are deterministic
        Timing timing = new Timing();
        Map<String, String> versionX = completeBuild(true, timing);
        Map<String, String> versionY = completeBuild(false, timing);
        assertTrue(versionX.keySet().containsAll(versionY.keySet().stream().filter(p -> !p.startsWith(".feedcard/")).toList()),
                "build Y writes no file build X does not (the card cache in .feedcard/ aside)");
        for (String path : versionY.keySet()) {
            boolean sameForEverySite = path.equals("index.html") || path.startsWith(".feedcard/") || path.equals("feed.css");
            if (!sameForEverySite) assertNotEquals(versionX.get(path), versionY.get(path), path);
        }
        String removedCard = "cards/" + posts.get(0) + ".jpg";
        assertTrue(versionX.containsKey(removedCard) && !versionY.containsKey(removedCard));

        Random random = new Random(SEED);
        boolean settingsX = true;
        int anywhere = 0;
        int whileWriting = 0;
        int attempts = 0;
        // half the kills anywhere in a build; the other half must land while it writes (retried when a build
        // finishes writing before the kill, up to three times as many attempts)
        while (anywhere < KILLS / 2 || whileWriting < KILLS - KILLS / 2 && attempts < 3 * KILLS) {
            attempts++;
            boolean duringWrite = anywhere >= KILLS / 2;
            long delayMillis = duringWrite ? (long) (random.nextDouble() * 0.8 * timing.writeMillis())
                    : (long) (random.nextDouble() * timing.buildMillis());
            Process build = start(settingsX);
            boolean sawWriting = false;
            if (duringWrite) {
                sawWriting = waitForWriting(build);
                TimeUnit.MILLISECONDS.sleep(delayMillis);
            } else {
                build.waitFor(delayMillis, TimeUnit.MILLISECONDS);
            }
            boolean finished = !build.isAlive();
            build.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            if (!duringWrite) anywhere++;
            else if (sawWriting && !finished) whileWriting++;

            String when = "kill " + attempts + " (" + (duringWrite ? "while writing" : "anywhere") + ", after " + delayMillis + " ms"
                    + (finished ? ", the build had finished" : "") + ")";
            checkEveryFileIsWhole(when, versionX, versionY);
            settingsX = !settingsX;
        }
        System.out.printf("KillIT: %d posts, %d kills anywhere, %d while writing (%d attempts); build %d ms, writing %d ms%n",
                posts.size(), anywhere, whileWriting, attempts, timing.buildMillis(), timing.writeMillis());
        assertTrue(whileWriting >= KILLS - KILLS / 2, "only " + whileWriting + " kills landed while files were being written");

        // the next build cleans up what the killed ones left and succeeds, with the same files as before
        Map<String, String> after = completeBuild(settingsX, timing);
        assertEquals(withoutTimedRecords(settingsX ? versionX : versionY), withoutTimedRecords(after));
        assertEquals(List.of(), temporaryFiles(), "no temporary file is left once a build has finished");
    }

    /**
     * The files but what depends on when a build ran, not only on what it read: the index of the posts read, which
     * records each post file's stamp only once the file is a few seconds old (see FileStamp), and the content of the
     * feeds' records, which record a published file's stamp once a later build finds it a few seconds old (so when
     * the last build before was killed before it replaced the feeds); which feeds are recorded is compared.
     */
    private static Map<String, String> withoutTimedRecords(Map<String, String> files) {
        Map<String, String> kept = new java.util.TreeMap<>(files);
        kept.keySet().removeIf(path -> path.startsWith(".feedcard/cache/read/"));
        kept.replaceAll((path, hash) -> path.startsWith(".feedcard/cache/feeds/") ? "a feed's record" : hash);
        return kept;
    }

    private static String settings(String title, int cardQuality) {
        return "title: \"" + title + "\"\nsiteUrl: " + TestBlog.SITE_URL + "\nlimit: 0\nlanguages: [en, ja]\ncardQuality: " + cardQuality
                + "\n";
    }

    /** Spread over the corpus: every k-th post folder with a featured image, in name order. */
    private static List<String> choosePosts() throws IOException {
        List<String> all;
        try (Stream<Path> folders = Files.list(Fixtures.corpus())) {
            all = folders.filter(p -> Files.isRegularFile(p.resolve("index.md"))).map(p -> p.getFileName().toString()).sorted().toList();
        }
        if (POSTS <= 0 || POSTS >= all.size()) return all;
        List<String> chosen = new ArrayList<>();
        for (int i = 0; i < POSTS; i++) chosen.add(all.get(i * all.size() / POSTS));
        return chosen;
    }

    /** How long the quickest whole build took, and its writing (from its first temporary file to its end). */
    private static final class Timing {
        private long build = Long.MAX_VALUE;
        private long write = Long.MAX_VALUE;

        long buildMillis() {
            return build;
        }

        long writeMillis() {
            return write;
        }
    }

    private Process start(boolean settingsX) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-Djava.awt.headless=true", "-Dfile.encoding=UTF-8",
                "-cp", System.getProperty("java.class.path"), "dev.feedcard.cli.Main"));
        command.addAll(List.of("build", "--config", (settingsX ? configX : configY).toString(),
                "--content", (settingsX ? contentX : contentY).toString(), "--out", out.toString(), "--now", TestBlog.NOW, "--quiet"));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve("build.log").toFile()).start();
    }

    private Map<String, String> completeBuild(boolean settingsX, Timing timing) throws Exception {
        long start = System.nanoTime();
        Process build = start(settingsX);
        long writingStarted = waitForWriting(build) ? System.nanoTime() : 0;
        assertTrue(build.waitFor(5, TimeUnit.MINUTES), "the build did not finish");
        long end = System.nanoTime();
        assertEquals(0, build.exitValue(), Files.readString(dir.resolve("build.log")));
        timing.build = Math.min(timing.build, (end - start) / 1_000_000);
        if (writingStarted > 0) timing.write = Math.min(timing.write, Math.max(1, (end - writingStarted) / 1_000_000));
        checkEveryFileIsWhole("complete build", null, null);
        return TestBlog.hashes(out);
    }

    /** Waits until the build writes its first file (a temporary file appears) or ends; true when it was seen writing. */
    private boolean waitForWriting(Process build) throws Exception {
        while (build.isAlive()) {
            if (!temporaryFiles().isEmpty()) return true;
            TimeUnit.MILLISECONDS.sleep(1);
        }
        return false;
    }

    private List<Path> temporaryFiles() {
        try (Stream<Path> walk = Files.walk(out)) {
            return walk.filter(p -> p.getFileName().toString().startsWith(".feedcard-tmp-")).toList();
        } catch (IOException | UncheckedIOException e) {
            return List.of(out); // a file vanished while we looked: the build is busy writing
        }
    }

    private void checkEveryFileIsWhole(String when, Map<String, String> versionX, Map<String, String> versionY) throws Exception {
        assertEquals("<p>the site's own page</p>", Files.readString(out.resolve("index.html")), when);
        Set<String> recorded = recorded(when);
        Map<String, String> now = TestBlog.hashes(out);
        for (Map.Entry<String, String> file : now.entrySet()) {
            String path = file.getKey();
            if (path.equals("index.html") || path.startsWith(".feedcard/")) continue;
            if (Path.of(path).getFileName().toString().startsWith(".feedcard-tmp-")) continue; // cleaned by the next build
            assertTrue(recorded.contains(path), when + ": " + path + " is not in the record, so the next build would refuse to replace it");
            if (versionX != null) {
                Set<String> allowed = new HashSet<>();
                if (versionX.get(path) != null) allowed.add(versionX.get(path));
                if (versionY.get(path) != null) allowed.add(versionY.get(path));
                assertTrue(allowed.contains(file.getValue()), when + ": " + path + " is neither the previous nor the new version");
            }
            Path on = out.resolve(path);
            if (path.endsWith(".xml")) {
                try {
                    TestBlog.parseXml(Files.readAllBytes(on));
                } catch (Exception e) {
                    fail(when + ": " + path + " does not parse: " + e.getMessage());
                }
            } else if (path.endsWith(".json")) {
                try {
                    new com.fasterxml.jackson.databind.ObjectMapper().readTree(on.toFile());
                } catch (IOException e) {
                    fail(when + ": " + path + " is not whole JSON: " + e.getMessage());
                }
            } else if (path.endsWith(".jpg")) {
                assertDecodesWhole(when, on);
            }
        }
        if (versionX != null) {
            assertTrue(now.containsKey("atom.xml") && now.containsKey("rss.xml"), when + ": a feed went missing");
        }
    }

    private Set<String> recorded(String when) throws IOException {
        Path manifest = out.resolve(OutputLayout.MANIFEST);
        assertTrue(Files.isRegularFile(manifest), when + ": the record is missing");
        Set<String> paths = new HashSet<>();
        for (String line : Files.readString(manifest, StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) paths.add(line.strip());
        }
        return paths;
    }

    /** Reads every pixel of the card with a reader that fails on a truncated file, and checks its size. */
    private static void assertDecodesWhole(String when, Path card) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(card.toFile())) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            assertTrue(readers.hasNext(), when + ": " + card + " is not an image");
            ImageReader reader = readers.next();
            List<String> warnings = new ArrayList<>();
            reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
            reader.setInput(in);
            BufferedImage image = reader.read(0);
            reader.dispose();
            assertEquals(List.of(), warnings, when + ": " + card + " decodes with warnings (truncated?)");
            assertEquals(1200, image.getWidth(), when + ": " + card);
            assertEquals(630, image.getHeight(), when + ": " + card);
        }
        byte[] bytes = Files.readAllBytes(card);
        assertTrue(bytes.length > 4 && (bytes[bytes.length - 2] & 0xff) == 0xFF && (bytes[bytes.length - 1] & 0xff) == 0xD9,
                when + ": " + card + " does not end with the JPEG end-of-image marker");
    }

    private static void copyFolder(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) Files.copy(file, to.resolve(file.getFileName()));
        }
    }
}
