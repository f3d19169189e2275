package dev.feedcard.card;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.Color;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static dev.feedcard.card.DecodeMemory.MB;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What decoding a JPEG holds outside Java's heap, read from its header, and how decodes share the machine's memory. */
class DecodeMemoryTest {
    @Test
    void aProgressiveJpegHoldsItsCoefficientsAndABaselineOneNothing(@TempDir Path dir) throws Exception {
        BufferedImage image = TestImages.quadrants(100, 60);
        ImageHeader baseline = ImageProbe.probe(TestImages.write(dir, "baseline.jpg", TestImages.jpeg(image, false)));
        assertFalse(baseline.progressive());
        assertEquals(0, baseline.wholeImageBytes());
        // 4:2:0, as Java writes colour JPEGs: luma 14x8 blocks (13 rounded up to the 2x2 sampling), chroma 7x4 each
        long coefficients = (14 * 8 + 2 * 7 * 4) * 128;
        ImageHeader progressive = ImageProbe.probe(TestImages.write(dir, "progressive.jpg", TestImages.jpeg(image, true)));
        assertTrue(progressive.progressive());
        assertEquals(coefficients, progressive.wholeImageBytes());
        byte[] withExif = TestImages.withOrientation(TestImages.jpeg(image, true), 6, true);
        assertEquals(coefficients, ImageProbe.probe(TestImages.write(dir, "exif.jpg", withExif)).wholeImageBytes(), "markers before the frame are skipped");
        ImageHeader png = ImageProbe.probe(TestImages.write(dir, "image.png", TestImages.png(image)));
        assertEquals(0, png.wholeImageBytes());
    }

    @Test
    void theBudgetIsTheMemoryLessTheHeapAndTheJvmsOwnAndAtLeastAQuarter() {
        assertEquals(608 * MB, new DecodeMemory(1024 * MB, 256 * MB).budget());
        assertEquals(224 * MB, new DecodeMemory(512 * MB, 128 * MB).budget());
        assertEquals(512 * MB, new DecodeMemory(2048 * MB, 2048 * MB).budget(), "a heap as large as the machine leaves a quarter");
    }

    @Test
    void aDecodeWaitsWhileOthersHoldTooMuchOfTheBudget() throws Exception {
        DecodeMemory memory = new DecodeMemory(1024 * MB, 256 * MB);
        DecodeMemory.Taken first = memory.take(572 * MB);
        CompletableFuture<DecodeMemory.Taken> second = CompletableFuture.supplyAsync(() -> memory.take(572 * MB));
        assertThrows(TimeoutException.class, () -> second.get(300, TimeUnit.MILLISECONDS), "the second decode waits");
        first.close();
        second.get(10, TimeUnit.SECONDS).close();
        memory.take(300 * MB).close();
    }

    @Test
    void anImageThatNeedsMoreThanTheBudgetIsRefusedBeforeDecodingWithWhatToDo(@TempDir Path dir) throws Exception {
        Path file = TestImages.write(dir, "large.jpg", TestImages.jpeg(TestImages.quadrants(3000, 3000), true));
        ImageHeader header = ImageProbe.probe(file);
        ImageDecoder decoder = new ImageDecoder(100_000_000, () -> new DecodeMemory(64 * MB, 16 * MB));
        UnusableImageException refused = assertThrows(UnusableImageException.class,
                () -> decoder.decode(file, header, new Rectangle(0, 0, 3000, 3000), 4, false));
        assertEquals("the image is 3000x3000, a progressive JPEG, whose decoding holds 26 MB of memory besides Java's heap,"
                + " more than the 16 MB this machine can spare (64 MB of memory, 16 MB of it for Java's heap)", refused.getMessage());
        assertTrue(refused.hint().startsWith("export it smaller"), refused.hint());
        BufferedImage decoded = new ImageDecoder(100_000_000, () -> new DecodeMemory(1024 * MB, 256 * MB))
                .decodeUpright(file, header, 4, Color.WHITE);
        assertEquals(750, decoded.getWidth());
    }
}
