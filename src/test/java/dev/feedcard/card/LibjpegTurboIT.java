package dev.feedcard.card;

import dev.feedcard.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Cards from JPEGs decoded by libjpeg-turbo ({@link TurboJpeg}) are the cards Java's reader gives, within resampling:
 * built twice by a JVM of Java 22 or later, with native access allowed and without it. Where the machine has no such
 * Java or no library, the build decodes every JPEG with Java's reader and says nothing of libjpeg-turbo.
 */
class LibjpegTurboIT {
    private static final List<Path> LIBRARY_FOLDERS = List.of(Path.of("/usr/lib/x86_64-linux-gnu"), Path.of("/usr/lib/aarch64-linux-gnu"),
            Path.of("/usr/lib64"), Path.of("/usr/lib"), Path.of("/usr/local/lib"));

    @Test
    void cardsDecodedByLibjpegTurboAreTheCardsOfJavasReader(@TempDir Path dir) throws Exception {
        Path content = dir.resolve("content");
        post(content, "baseline", TestImages.jpeg(TestImages.photo(2400, 1600, BufferedImage.TYPE_INT_RGB), false));
        post(content, "progressive", TestImages.jpeg(TestImages.photo(3000, 2000, BufferedImage.TYPE_INT_RGB), true));
        // stored sideways (EXIF orientation 6): the card must come out upright
        post(content, "sideways", TestImages.withOrientation(TestImages.jpeg(TestImages.quadrants(1600, 2400), false), 6, true));
        // an embedded colour profile, which Java's reader applies: never decoded by libjpeg-turbo
        post(content, "profile", Files.readAllBytes(Fixtures.corpus().resolve("wfh/ogp.jpg")));

        Optional<Path> java22 = javaOf22OrLater();
        boolean library = LIBRARY_FOLDERS.stream().anyMatch(folder -> Files.isRegularFile(folder.resolve(TurboJpeg.LIBRARY)));
        Path java = java22.orElse(Path.of(System.getProperty("java.home"), "bin", "java"));
        String withJavasReader = build(java, false, content, dir.resolve("java"));
        assertFalse(withJavasReader.contains("libjpeg-turbo"), withJavasReader);
        if (java22.isEmpty() || !library) {
            System.out.println("LibjpegTurboIT: no Java 22 or later under /usr/lib/jvm, or no " + TurboJpeg.LIBRARY
                    + ": the cards were made by Java's reader alone");
            for (String name : List.of("baseline", "progressive", "sideways", "profile")) assertCard(dir.resolve("java/cards/" + name + ".jpg"));
            return;
        }
        String withLibrary = build(java, true, content, dir.resolve("turbo"));
        assertTrue(withLibrary.contains("4 cards (3 decoded by libjpeg-turbo)"), withLibrary);
        for (String name : List.of("baseline", "progressive", "sideways")) {
            BufferedImage turbo = assertCard(dir.resolve("turbo/cards/" + name + ".jpg"));
            BufferedImage reader = assertCard(dir.resolve("java/cards/" + name + ".jpg"));
            double psnr = TestImages.psnr(turbo, reader);
            assertTrue(psnr > 30, name + ": " + psnr + " dB against the card of Java's reader");
        }
        BufferedImage sideways = assertCard(dir.resolve("turbo/cards/sideways.jpg"));
        // turned upright by 90 degrees clockwise: the stored top left (red) is now at the top right
        assertTrue(TestImages.near(sideways, 1100, 100, TestImages.RED, 40), TestImages.describe(sideways, 1100, 100));
        assertTrue(TestImages.near(sideways, 100, 100, TestImages.BLUE, 40), TestImages.describe(sideways, 100, 100));
        assertArrayEquals(Files.readAllBytes(dir.resolve("java/cards/profile.jpg")), Files.readAllBytes(dir.resolve("turbo/cards/profile.jpg")),
                "a JPEG with a colour profile is decoded by Java's reader either way");
    }

    private static void post(Path content, String name, byte[] jpeg) throws IOException {
        TestImages.write(content.resolve(name), "cover.jpg", jpeg);
        Fixtures.write(content, name + "/index.md", "---\ntitle: " + name + "\ndate: 2024-05-01\nfeaturedImage: cover.jpg\n"
                + "featuredImageAlt: a test picture\ndescription: A post.\n---\nText.\n");
    }

    private static BufferedImage assertCard(Path card) throws IOException {
        BufferedImage image = ImageIO.read(card.toFile());
        assertEquals(1200, image.getWidth(), card.toString());
        assertEquals(630, image.getHeight(), card.toString());
        return image;
    }

    /** Runs a cards-only build in a JVM of {@code java}, with native access allowed or not; returns what it printed. */
    private static String build(Path java, boolean nativeAccess, Path content, Path out) throws Exception {
        List<String> command = new ArrayList<>(List.of(java.toString(), "-Dfeedcard.tunedJvm=false", "-Djava.awt.headless=true"));
        if (nativeAccess) command.add("--enable-native-access=ALL-UNNAMED");
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "dev.feedcard.cli.Main", "build", "--content", content.toString(),
                "--out", out.toString(), "--cards-only", "--site-url", "https://example.com/"));
        Path log = out.resolveSibling(out.getFileName() + ".log");
        Process build = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(build.waitFor(5, TimeUnit.MINUTES), "the build finished");
        String printed = Files.readString(log);
        assertEquals(0, build.exitValue(), printed);
        assertFalse(printed.contains("WARNING"), printed);
        return printed;
    }

    /** A java executable of Java 22 or later under /usr/lib/jvm (read from each JDK's release file), if there is one. */
    private static Optional<Path> javaOf22OrLater() throws IOException {
        Path jvms = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvms)) return Optional.empty();
        try (Stream<Path> homes = Files.list(jvms)) {
            return homes.sorted().filter(home -> major(home) >= 22).map(home -> home.resolve("bin/java")).filter(Files::isExecutable).findFirst();
        }
    }

    private static int major(Path home) {
        try {
            for (String line : Files.readAllLines(home.resolve("release"))) {
                if (line.startsWith("JAVA_VERSION=")) return Integer.parseInt(line.replaceAll("^JAVA_VERSION=\"?(\\d+).*", "$1"));
            }
        } catch (IOException | NumberFormatException e) {
            // not a JDK, or one that does not say its version
        }
        return 0;
    }
}
