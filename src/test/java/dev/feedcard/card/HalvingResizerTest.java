package dev.feedcard.card;

import net.coobird.thumbnailator.Thumbnails;
import org.junit.jupiter.api.Test;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HalvingResizerTest {
    /** Noise, so that every 2x2 block is different: the hardest case for an average. */
    private static BufferedImage noise(int width, int height, int type) {
        BufferedImage image = new BufferedImage(width, height, type);
        Random random = new Random(7);
        for (int y = 0; y < height; y++) for (int x = 0; x < width; x++) image.setRGB(x, y, random.nextInt(0x1000000));
        return image;
    }

    @Test
    void halvingAveragesEach2x2BlockLikeJava2dBilinearFiltering() {
        BufferedImage source = noise(203, 117, BufferedImage.TYPE_3BYTE_BGR);
        int x = 7;
        int y = 5;
        BufferedImage halved = HalvingResizer.halve(source.getSubimage(x, y, 180, 100), halves(90, 50));
        assertNotNull(halved);
        BufferedImage java2d = new BufferedImage(90, 50, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = java2d.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(source, 0, 0, 90, 50, x, y, x + 180, y + 100, null);
        g.dispose();
        int worst = 0;
        for (int j = 0; j < 50; j++) {
            for (int i = 0; i < 90; i++) {
                int a = halved.getRGB(i, j);
                int b = java2d.getRGB(i, j);
                for (int shift = 0; shift <= 16; shift += 8) worst = Math.max(worst, Math.abs((a >> shift & 0xFF) - (b >> shift & 0xFF)));
                // and exactly the average of the block it comes from
                int sum = 0;
                for (int[] d : new int[][] {{0, 0}, {1, 0}, {0, 1}, {1, 1}}) sum += source.getRGB(x + 2 * i + d[0], y + 2 * j + d[1]) >> 8 & 0xFF;
                assertEquals((sum + 2) / 4, a >> 8 & 0xFF, "green at " + i + "," + j);
            }
        }
        assertTrue(worst <= 1, "differs from Java2D by " + worst);
    }

    @Test
    void halvingReadsASubimageFromItsOwnOrigin() {
        BufferedImage source = noise(64, 64, BufferedImage.TYPE_3BYTE_BGR);
        BufferedImage fromPart = HalvingResizer.halve(source.getSubimage(12, 16, 20, 20), halves(10, 10));
        BufferedImage moved = new BufferedImage(20, 20, BufferedImage.TYPE_3BYTE_BGR);
        for (int j = 0; j < 20; j++) for (int i = 0; i < 20; i++) moved.setRGB(i, j, source.getRGB(12 + i, 16 + j));
        BufferedImage fromCopy = HalvingResizer.halve(moved, halves(10, 10));
        for (int j = 0; j < 10; j++) for (int i = 0; i < 10; i++) assertEquals(fromCopy.getRGB(i, j), fromPart.getRGB(i, j));
    }

    private static BufferedImage halves(int width, int height) {
        return new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    }

    @Test
    void bytesInRgbOrderAndIntPixelsAreHalvedAsBgrBytesAre() {
        BufferedImage bgr = noise(41, 33, BufferedImage.TYPE_3BYTE_BGR);
        BufferedImage rgb = Scaler.rgbBytes(41, 33);
        BufferedImage ints = new BufferedImage(41, 33, BufferedImage.TYPE_INT_RGB);
        for (int j = 0; j < 33; j++) {
            for (int i = 0; i < 41; i++) {
                rgb.setRGB(i, j, bgr.getRGB(i, j));
                ints.setRGB(i, j, bgr.getRGB(i, j));
            }
        }
        assertTrue(Scaler.isRgbBytes(rgb));
        assertEquals(bgr.getRGB(40, 32), rgb.getRGB(40, 32));
        BufferedImage fromBgr = HalvingResizer.halve(bgr.getSubimage(1, 1, 40, 32), halves(20, 16));
        BufferedImage fromRgb = HalvingResizer.halve(rgb.getSubimage(1, 1, 40, 32), halves(20, 16));
        BufferedImage fromInts = HalvingResizer.halve(ints.getSubimage(1, 1, 40, 32), halves(20, 16));
        for (int j = 0; j < 16; j++) {
            for (int i = 0; i < 20; i++) {
                assertEquals(fromBgr.getRGB(i, j), fromRgb.getRGB(i, j), i + "," + j);
                assertEquals(fromBgr.getRGB(i, j), fromInts.getRGB(i, j), i + "," + j);
            }
        }
    }

    @Test
    void otherPixelLayoutsAreNotHalvedHere() {
        assertNull(HalvingResizer.halve(noise(20, 20, BufferedImage.TYPE_INT_ARGB), halves(10, 10)));
        assertNull(HalvingResizer.halve(noise(20, 20, BufferedImage.TYPE_USHORT_565_RGB), halves(10, 10)));
    }

    /**
     * The cards' scaler gives the pixels Thumbnailator's own choice (its progressive bilinear resizer) gives, for every
     * layout, including one halving leaves to Thumbnailator. They differ only by rounding and by the last row of an
     * odd height (halving drops it): 39.7 dB here, where a crop shifted by 4 pixels gives 30.5 dB.
     */
    @Test
    void cardsAreScaledAsThumbnailatorsProgressiveBilinearResizerScalesThem() throws Exception {
        for (int type : new int[] {BufferedImage.TYPE_3BYTE_BGR, BufferedImage.TYPE_INT_RGB, BufferedImage.TYPE_INT_BGR}) {
            BufferedImage photo = TestImages.photo(3000, 1700, type);
            BufferedImage ours = Scaler.CARDS.scale(photo, new Rectangle2D.Double(100, 50, 2600, 1365), 1200, 630);
            BufferedImage theirs = Thumbnails.of(photo).sourceRegion(100, 50, 2600, 1365).forceSize(1200, 630)
                    .imageType(BufferedImage.TYPE_3BYTE_BGR).asBufferedImage();
            assertEquals(1200, ours.getWidth());
            assertEquals(630, ours.getHeight());
            assertEquals(Scaler.CARD_TYPE, ours.getType());
            double psnr = TestImages.psnr(ours, theirs);
            assertTrue(psnr > 38, "type " + type + ": " + psnr + " dB from Thumbnailator's own resizer");
        }
    }
}
