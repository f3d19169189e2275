package dev.feedcard.cli;

import dev.feedcard.testing.TestBlog;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageOutputStream;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The largest images feedcard accepts (10000x10000 pixels, the default maxPixels) stored the way that takes the
 * most memory to decode: progressive JPEGs without colour subsampling, whose decoder holds every DCT coefficient of
 * the image, 572 MB outside Java's heap. feedcard runs in a second JVM as its launcher starts it, told that the
 * machine has 1 GB or 512 MB ({@code -XX:MaxRAM}, which sizes its heap as a container limit would), and the peak
 * of its resident memory (VmHWM) is read from /proc while it runs.
 */
class LargeImageMemoryIT {
    private static final long MB = 1024 * 1024;
    private static final Color LEFT = new Color(200, 30, 30);
    private static final Color RIGHT = new Color(30, 40, 200);

    @TempDir
    static Path images;

    /**
     * A 10000x10000 progressive JPEG, 4:4:4, its left half one colour and its right half another: written once (it
     * takes a while), and copied for each post.
     */
    @BeforeAll
    static void makeImage() throws IOException {
        BufferedImage image = new BufferedImage(10_000, 10_000, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = image.createGraphics();
        g.setColor(LEFT);
        g.fillRect(0, 0, 5_000, 10_000);
        g.setColor(RIGHT);
        g.fillRect(5_000, 0, 5_000, 10_000);
        g.dispose();
        Files.write(images.resolve("big.jpg"), progressiveFullColourJpeg(image));
    }

    @Test
    void twoOfTheLargestProgressiveJpegsBuildOnAOneGigabyteMachineOneAtATime(@TempDir Path dir) throws Exception {
        TestBlog blog = blogWith(dir, 2);
        Child build = build(blog, "1g");
        assertEquals(0, build.code, build.log);
        for (int i = 0; i < 2; i++) {
            BufferedImage card = ImageIO.read(blog.out().resolve("cards/big-" + (i + 1) + ".jpg").toFile());
            assertEquals(1200, card.getWidth());
            assertEquals(630, card.getHeight());
            assertTrue(near(card.getRGB(300, 315), LEFT), "card " + (i + 1) + " shows its image's left half");
            assertTrue(near(card.getRGB(900, 315), RIGHT), "card " + (i + 1) + " shows its image's right half");
        }
        // The machine has 1 GB, and the build must fit in it. Decoding each image holds 572 MB besides the heap (at most
        // 256 MB here), so the two decoded at once would not (1260 MB before the fix); one at a time peaks near 680 MB.
        assertTrue(build.peak < 1024 * MB, "peak resident memory " + build.peak / MB + " MB, over the 1024 MB the machine has\n" + build.log);
    }

    @Test
    void anImageTheMachineCannotDecodeIsRefusedBeforeDecodingWithItsSizeAndWhatToDo(@TempDir Path dir) throws Exception {
        TestBlog blog = blogWith(dir, 1);
        Child refused = build(blog, "512m");
        assertEquals(1, refused.code, refused.log);
        assertTrue(refused.log.contains("big-1.md:4: error: cannot make a card from the featured image 'big-1.jpg': the image is 10000x10000, a progressive JPEG"), refused.log);
        assertTrue(refused.log.contains("export it smaller"), refused.log);
        assertFalse(Files.exists(blog.out().resolve("atom.xml")), "nothing was published");

        Child drawn = build(blog, "512m", "--keep-going");
        assertEquals(0, drawn.code, drawn.log);
        assertTrue(drawn.log.contains("big-1.md:4: warning: cannot make a card from the featured image 'big-1.jpg': the image is 10000x10000"), drawn.log);
        BufferedImage card = ImageIO.read(blog.out().resolve("cards/big-1.jpg").toFile());
        assertEquals(1200, card.getWidth());
        assertEquals(630, card.getHeight());
        assertFalse(near(card.getRGB(300, 315), LEFT) && near(card.getRGB(900, 315), RIGHT), "a title card was drawn instead");
        assertTrue(drawn.peak < 512 * MB, "peak resident memory " + drawn.peak / MB + " MB\n" + drawn.log);
    }

    private static TestBlog blogWith(Path dir, int posts) throws IOException {
        TestBlog blog = new TestBlog(dir);
        for (int i = 1; i <= posts; i++) {
            blog.text("big-" + i + ".md", "---\ntitle: Big " + i + "\ndate: 2024-05-0" + i + "\nfeaturedImage: big-" + i + ".jpg\n---\nText.\n");
            Files.copy(images.resolve("big.jpg"), blog.content().resolve("big-" + i + ".jpg"));
        }
        return blog;
    }

    /** A finished child process: its exit code, what it printed, and the peak of its resident memory in bytes. */
    private record Child(int code, String log, long peak) {
    }

    /** feedcard build in a tuned JVM on a machine of {@code ram} memory, as its launcher would start it there. */
    private static Child build(TestBlog blog, String ram, String... flags) throws Exception {
        long heap = ram.equals("1g") ? 256 * MB : 128 * MB; // a quarter of the memory, the JVM's default
        List<String> command = new ArrayList<>(TunedJvm.jvm(Path.of(System.getProperty("java.home")), heap, TunedJvm.transparentHugePages()));
        command.addAll(List.of("-XX:MaxRAM=" + ram, "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        List<String> flagList = new ArrayList<>(List.of(flags));
        flagList.add("--quiet");
        command.addAll(List.of(blog.buildArgs(flagList.toArray(String[]::new))));
        Path log = blog.content().getParent().resolve("build-" + ram + ".log");
        Process child = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Path status = Path.of("/proc", String.valueOf(child.pid()), "status");
        long peak = 0;
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (!child.waitFor(10, TimeUnit.MILLISECONDS)) {
            peak = Math.max(peak, highWaterMark(status));
            assertTrue(System.nanoTime() < deadline, "the build did not finish in 5 minutes");
        }
        return new Child(child.exitValue(), Files.readString(log), peak);
    }

    /** VmHWM of a running process in bytes; 0 once it has ended. */
    private static long highWaterMark(Path status) {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmHWM:")) return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
            }
        } catch (IOException e) {
            // the process has just ended
        }
        return 0;
    }

    private static boolean near(int rgb, Color expected) {
        Color c = new Color(rgb);
        return Math.abs(c.getRed() - expected.getRed()) <= 12 && Math.abs(c.getGreen() - expected.getGreen()) <= 12
                && Math.abs(c.getBlue() - expected.getBlue()) <= 12;
    }

    /** A progressive JPEG with every colour channel at full resolution (4:4:4), written by the JDK's own writer. */
    private static byte[] progressiveFullColourJpeg(BufferedImage image) throws IOException {
        ImageWriter writer = null;
        for (Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg"); writers.hasNext(); ) {
            ImageWriter w = writers.next();
            if (w.getClass().getName().startsWith("com.sun.")) writer = w;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
            IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
            String format = "javax_imageio_jpeg_image_1.0";
            Element tree = (Element) metadata.getAsTree(format);
            var components = tree.getElementsByTagName("componentSpec");
            for (int i = 0; i < components.getLength(); i++) {
                ((Element) components.item(i)).setAttribute("HsamplingFactor", "1");
                ((Element) components.item(i)).setAttribute("VsamplingFactor", "1");
            }
            metadata.setFromTree(format, tree);
            writer.write(null, new IIOImage(image, null, metadata), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
