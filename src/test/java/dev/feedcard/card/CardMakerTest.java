package dev.feedcard.card;

import dev.feedcard.config.CardSettings;
import dev.feedcard.config.Settings;
import dev.feedcard.config.Setting;
import dev.feedcard.config.Site;
import dev.feedcard.content.Post;
import dev.feedcard.report.Problem;
import net.coobird.thumbnailator.resizers.Resizer;
import net.coobird.thumbnailator.resizers.ResizerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.IndexColorModel;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static dev.feedcard.card.TestImages.BLUE;
import static dev.feedcard.card.TestImages.GREEN;
import static dev.feedcard.card.TestImages.RED;
import static dev.feedcard.card.TestImages.YELLOW;
import static dev.feedcard.card.TestImages.decode;
import static dev.feedcard.card.TestImages.describe;
import static dev.feedcard.card.TestImages.image;
import static dev.feedcard.card.TestImages.near;
import static dev.feedcard.card.TestImages.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CardMakerTest {
    static final Site SITE = new Site("Test blog", URI.create("https://example.com/"), "", "", "en", ZoneId.of("UTC"), "/{slug}/");

    @TempDir
    Path content;

    private CardMaker maker(Map<String, Object> settings) throws UnusableImageException {
        return CardMaker.create(cardSettings(settings), SITE, content);
    }

    static CardSettings cardSettings(Map<String, Object> settings) {
        Map<String, Object> values = new java.util.HashMap<>(settings);
        values.put("siteUrl", "https://example.com/");
        return dev.feedcard.config.Config.from(new Settings(values, "test"), java.time.Instant.EPOCH).cards();
    }

    private BufferedImage cardFrom(Path file) throws Exception {
        return cardFrom(file, Map.of());
    }

    private BufferedImage cardFrom(Path file, Map<String, Object> settings) throws Exception {
        MadeCard made = maker(settings).make(post("post.md", "A post", image(file)), false);
        assertTrue(made.problems().stream().noneMatch(Problem::isError), () -> made.problems().toString());
        assertNotNull(made.card());
        return checkedCard(made.card());
    }

    /** The card decoded after checking what every card must be: the configured size, progressive, no metadata. */
    static BufferedImage checkedCard(Card card) throws IOException {
        byte[] jpeg = card.jpeg();
        assertTrue(jpeg.length <= Setting.CARD_MAX_BYTES.fallback(), "card is " + jpeg.length + " bytes");
        JpegMarkers markers = JpegMarkers.of(jpeg);
        assertTrue(markers.progressive(), "the card is not a progressive JPEG: " + markers);
        assertFalse(markers.has(0xE1), "the card has an EXIF/XMP segment: " + markers);
        assertFalse(markers.has(0xE2), "the card has an ICC profile segment: " + markers);
        assertEquals(3, markers.components(), "the card is not a three-channel (YCbCr) JPEG");
        BufferedImage image = decode(jpeg);
        assertEquals(card.width(), image.getWidth());
        assertEquals(card.height(), image.getHeight());
        return image;
    }

    /** Checks that the card shows red, green / blue, yellow, at the centres of its quadrants. */
    private static void assertQuadrants(BufferedImage card, String what) {
        int w = card.getWidth();
        int h = card.getHeight();
        Color[] expected = {RED, GREEN, BLUE, YELLOW};
        int[][] at = {{w / 4, h / 4}, {3 * w / 4, h / 4}, {w / 4, 3 * h / 4}, {3 * w / 4, 3 * h / 4}};
        for (int i = 0; i < 4; i++) {
            int x = at[i][0];
            int y = at[i][1];
            assertTrue(near(card, x, y, expected[i], 40), what + ": expected " + expected[i] + " but " + describe(card, x, y));
        }
    }

    // ---- Thumbnailator ----------------------------------------------------------------------------------------

    /**
     * Every card made from an image is resized by Thumbnailator: a resizer registered with the cards' Thumbnailator
     * builder is called from inside Thumbnailator for every kind of card (a JPEG cover crop decoded only over its
     * region, an oriented JPEG, a PNG, a small image shown whole on its blurred copy), and what it writes is what the
     * card shows.
     */
    @Test
    void everyCardIsResizedByThumbnailator() throws Exception {
        List<StackTraceElement[]> calls = new ArrayList<>();
        ResizerFactory marking = new ResizerFactory() {
            @Override
            public Resizer getResizer() {
                throw new AssertionError("the cards' resizer is chosen by the sizes");
            }

            @Override
            public Resizer getResizer(Dimension from, Dimension to) {
                Resizer real = Scaler.RESIZERS.getResizer(from, to);
                return (source, destination) -> {
                    calls.add(new Throwable().getStackTrace());
                    real.resize(source, destination);
                    Graphics2D g = destination.createGraphics();
                    g.setColor(Color.MAGENTA);
                    g.fillRect(destination.getWidth() / 2 - 20, destination.getHeight() / 2 - 20, 40, 40); // the middle stays there however the card is turned
                    g.dispose();
                };
            }
        };
        CardMaker maker = CardMaker.create(cardSettings(Map.of()), SITE, content, new Scaler(marking));
        Map<String, byte[]> images = new java.util.LinkedHashMap<>();
        images.put("large.jpg", TestImages.jpeg(TestImages.quadrants(2600, 1400), false));
        images.put("turned.jpg", TestImages.withOrientation(TestImages.jpeg(TestImages.quadrants(1400, 2600, BufferedImage.TYPE_INT_RGB, GREEN, YELLOW, RED, BLUE), false), 6, false));
        images.put("picture.png", TestImages.png(TestImages.quadrants(1300, 700)));
        images.put("small.png", TestImages.png(TestImages.quadrants(120, 60)));
        for (Map.Entry<String, byte[]> e : images.entrySet()) {
            calls.clear();
            Path file = TestImages.write(content, e.getKey(), e.getValue());
            BufferedImage card = checkedCard(maker.make(post("p.md", "P", image(file)), false).card());
            assertFalse(calls.isEmpty(), e.getKey() + ": no Thumbnailator resizer was called");
            for (StackTraceElement[] stack : calls) {
                assertTrue(Arrays.stream(stack).anyMatch(frame -> frame.getClassName().startsWith("net.coobird.thumbnailator.")),
                        e.getKey() + ": the resizer was not called by Thumbnailator: " + Arrays.toString(stack));
            }
            assertTrue(near(card, 600, 315, Color.MAGENTA, 40), e.getKey() + ": the card does not show what the resizer wrote: " + describe(card, 600, 315));
            assertTrue(near(card, 1200 - 40, 630 - 40, YELLOW, 60) || e.getKey().equals("small.png"), e.getKey() + ": " + describe(card, 1160, 590));
            assertTrue(near(card, 40, 40, RED, 60) || e.getKey().equals("small.png"), e.getKey() + ": " + describe(card, 40, 40));
        }
    }

    // ---- every orientation -------------------------------------------------------------------------------

    /**
     * Each EXIF orientation stores the picture turned or mirrored; the upright picture is always red, green /
     * blue, yellow. The stored quadrants below follow the EXIF wording for each value ("the 0th row is the
     * visual right-hand side, the 0th column the visual top" for 6, and so on).
     */
    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
    void everyExifOrientationIsTurnedUpright(int orientation) throws Exception {
        Color[] stored = switch (orientation) {
            case 1 -> new Color[]{RED, GREEN, BLUE, YELLOW};
            case 2 -> new Color[]{GREEN, RED, YELLOW, BLUE};
            case 3 -> new Color[]{YELLOW, BLUE, GREEN, RED};
            case 4 -> new Color[]{BLUE, YELLOW, RED, GREEN};
            case 5 -> new Color[]{RED, BLUE, GREEN, YELLOW};
            case 6 -> new Color[]{GREEN, YELLOW, RED, BLUE};
            case 7 -> new Color[]{YELLOW, GREEN, BLUE, RED};
            case 8 -> new Color[]{BLUE, RED, YELLOW, GREEN};
            default -> throw new IllegalArgumentException();
        };
        boolean turned = orientation >= 5;
        BufferedImage raw = TestImages.quadrants(turned ? 600 : 800, turned ? 800 : 600, BufferedImage.TYPE_INT_RGB,
                stored[0], stored[1], stored[2], stored[3]);
        byte[] jpeg = TestImages.withOrientation(TestImages.jpeg(raw, false), orientation, orientation % 2 == 0);
        Path file = TestImages.write(content, "orientation-" + orientation + ".jpg", jpeg);

        assertEquals(orientation, ImageProbe.probe(file).orientation().exifValue());
        assertQuadrants(cardFrom(file), "orientation " + orientation);
    }

    @Test
    void largePhotoIsDecodedSubsampledAndStillTurnedUpright() throws Exception {
        // stored sideways (orientation 6: rotate 90 degrees clockwise to view), 3000x4000 stored = 4000x3000 shown
        BufferedImage raw = TestImages.quadrants(3000, 4000, BufferedImage.TYPE_INT_RGB, GREEN, YELLOW, RED, BLUE);
        Path file = TestImages.write(content, "big.jpg", TestImages.withOrientation(TestImages.jpeg(raw, false), 6, false));
        ImageHeader header = ImageProbe.probe(file);
        assertEquals(4000, header.shownWidth());
        assertEquals(3000, header.shownHeight());
        assertQuadrants(cardFrom(file), "subsampled orientation 6");
    }

    // ---- JPEG kinds ---------------------------------------------------------------------------------------

    @Test
    void progressiveJpeg() throws Exception {
        Path file = TestImages.write(content, "progressive.jpg", TestImages.jpeg(TestImages.quadrants(1600, 900), true));
        assertQuadrants(cardFrom(file), "progressive JPEG");
    }

    @Test
    void cmykJpegIsConvertedToRgb() throws Exception {
        Path file = TestImages.write(content, "cmyk.jpg", TestImages.fourChannelJpeg(1260, 630, false));
        assertLeftRedRightBlue(cardFrom(file), "CMYK");
    }

    @Test
    void ycckJpegIsConvertedToRgb() throws Exception {
        Path file = TestImages.write(content, "ycck.jpg", TestImages.fourChannelJpeg(1260, 630, true));
        assertLeftRedRightBlue(cardFrom(file), "YCCK");
    }

    private static void assertLeftRedRightBlue(BufferedImage card, String what) {
        Color left = new Color(card.getRGB(300, 315));
        Color right = new Color(card.getRGB(900, 315));
        assertTrue(left.getRed() > 180 && left.getGreen() < 90 && left.getBlue() < 90, what + " left half should be red: " + left);
        assertTrue(right.getBlue() > 120 && right.getRed() < 90 && right.getGreen() < 90, what + " right half should be blue: " + right);
    }

    @Test
    void greyJpegKeepsItsGrey() throws Exception {
        BufferedImage grey = new BufferedImage(1200, 630, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = grey.createGraphics();
        g.setColor(new Color(60, 60, 60));
        g.fillRect(0, 0, 600, 630);
        g.setColor(new Color(200, 200, 200));
        g.fillRect(600, 0, 600, 630);
        g.dispose();
        Path file = TestImages.write(content, "grey.jpg", TestImages.jpeg(grey, false));
        BufferedImage card = cardFrom(file);
        assertTrue(near(card, 300, 315, new Color(60, 60, 60), 6), "dark grey " + describe(card, 300, 315));
        assertTrue(near(card, 900, 315, new Color(200, 200, 200), 6), "light grey " + describe(card, 900, 315));
    }

    // ---- PNG, GIF and WebP --------------------------------------------------------------------------------

    @Test
    void transparentPngIsLaidOnWhite() throws Exception {
        BufferedImage png = TestImages.quadrants(1200, 630, BufferedImage.TYPE_INT_ARGB, RED, new Color(0, 0, 0, 0), new Color(0, 0, 255, 128), GREEN);
        Path file = TestImages.write(content, "alpha.png", TestImages.png(png));
        BufferedImage card = cardFrom(file);
        assertTrue(near(card, 300, 150, RED, 20), describe(card, 300, 150));
        assertTrue(near(card, 900, 150, Color.WHITE, 8), "transparent part should be white, " + describe(card, 900, 150));
        assertTrue(near(card, 300, 470, new Color(127, 127, 255), 12), "half-transparent blue over white, " + describe(card, 300, 470));
        assertTrue(near(card, 900, 470, GREEN, 20), describe(card, 900, 470));
    }

    @Test
    void transparencyUsesTheConfiguredBackground() throws Exception {
        BufferedImage png = TestImages.quadrants(1200, 630, BufferedImage.TYPE_INT_ARGB, RED, new Color(0, 0, 0, 0), BLUE, GREEN);
        Path file = TestImages.write(content, "alpha.png", TestImages.png(png));
        BufferedImage card = cardFrom(file, Map.of("cardBackground", "#336699"));
        assertTrue(near(card, 900, 150, new Color(0x33, 0x66, 0x99), 8), describe(card, 900, 150));
    }

    @Test
    void palettePngWithATransparentEntry() throws Exception {
        byte[] r = {(byte) 255, 0, 0, 0};
        byte[] g = {0, (byte) 255, 0, 0};
        byte[] b = {0, 0, (byte) 255, 0};
        IndexColorModel palette = new IndexColorModel(2, 4, r, g, b, 3); // entry 3 is transparent
        BufferedImage png = new BufferedImage(1200, 630, BufferedImage.TYPE_BYTE_BINARY, palette);
        WritableRaster raster = png.getRaster();
        for (int y = 0; y < 630; y++) for (int x = 0; x < 1200; x++) raster.setSample(x, y, 0, x < 400 ? 0 : x < 800 ? 3 : 2);
        Path file = TestImages.write(content, "palette.png", TestImages.png(png));
        BufferedImage card = cardFrom(file);
        assertTrue(near(card, 200, 315, RED, 20), describe(card, 200, 315));
        assertTrue(near(card, 600, 315, Color.WHITE, 8), "transparent palette entry should be white, " + describe(card, 600, 315));
        assertTrue(near(card, 1000, 315, BLUE, 20), describe(card, 1000, 315));
    }

    @Test
    void sixteenBitPng() throws Exception {
        ColorModel model = new ComponentColorModel(java.awt.color.ColorSpace.getInstance(java.awt.color.ColorSpace.CS_sRGB),
                false, false, java.awt.Transparency.OPAQUE, DataBuffer.TYPE_USHORT);
        WritableRaster raster = model.createCompatibleWritableRaster(1200, 630);
        for (int y = 0; y < 630; y++) {
            for (int x = 0; x < 1200; x++) {
                boolean left = x < 600;
                raster.setPixel(x, y, left ? new int[]{65535, 0, 0} : new int[]{0, 0, 65535});
            }
        }
        BufferedImage png = new BufferedImage(model, raster, false, null);
        byte[] bytes = TestImages.png(png);
        assertEquals(16, bytes[24], "the test PNG should have a bit depth of 16");
        Path file = TestImages.write(content, "deep.png", bytes);
        BufferedImage card = cardFrom(file);
        assertTrue(near(card, 300, 315, RED, 20), describe(card, 300, 315));
        assertTrue(near(card, 900, 315, BLUE, 20), describe(card, 900, 315));
    }

    @Test
    void sixteenBitGreyPngKeepsItsGrey() throws Exception {
        BufferedImage png = new BufferedImage(1200, 630, BufferedImage.TYPE_USHORT_GRAY);
        WritableRaster raster = png.getRaster();
        for (int y = 0; y < 630; y++) for (int x = 0; x < 1200; x++) raster.setSample(x, y, 0, x < 600 ? 60 * 257 : 200 * 257);
        byte[] bytes = TestImages.png(png);
        assertEquals(16, bytes[24]);
        BufferedImage card = cardFrom(TestImages.write(content, "grey16.png", bytes));
        assertTrue(near(card, 300, 315, new Color(60, 60, 60), 6), describe(card, 300, 315));
        assertTrue(near(card, 900, 315, new Color(200, 200, 200), 6), describe(card, 900, 315));
    }

    @Test
    void animatedGifGivesItsFirstFrame() throws Exception {
        Path file = TestImages.write(content, "animated.gif", TestImages.animatedGif(600, 315, RED, BLUE, GREEN));
        BufferedImage card = cardFrom(file);
        for (int[] at : new int[][]{{100, 100}, {600, 315}, {1100, 600}}) {
            assertTrue(near(card, at[0], at[1], RED, 30), "first frame is red; " + describe(card, at[0], at[1]));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"quadrants-lossy.webp", "quadrants-lossless.webp"})
    void webp(String name) throws Exception {
        Path file = TestImages.copyResource(content, name);
        assertEquals("WebP", ImageProbe.probe(file).format());
        assertQuadrants(cardFrom(file), name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"half-transparent-lossy.webp", "half-transparent-lossless.webp"})
    void transparentWebpIsLaidOnWhite(String name) throws Exception {
        BufferedImage card = cardFrom(TestImages.copyResource(content, name));
        assertTrue(near(card, 300, 315, RED, 30), name + " " + describe(card, 300, 315));
        assertTrue(near(card, 900, 315, Color.WHITE, 8), name + " transparent half should be white, " + describe(card, 900, 315));
    }

    // ---- sizes and crops ----------------------------------------------------------------------------------

    @Test
    void tinyImageIsShownWholeAtTwiceItsSizeWithAWarning() throws Exception {
        Path file = TestImages.write(content, "tiny.png", TestImages.png(TestImages.quadrants(40, 21)));
        MadeCard made = maker(Map.of()).make(post("tiny.md", "Tiny", image(file)), false);
        assertNotNull(made.card());
        BufferedImage card = checkedCard(made.card());
        Color[] expected = {RED, GREEN, BLUE, YELLOW};
        int[][] at = {{600 - 20, 315 - 10}, {600 + 20, 315 - 10}, {600 - 20, 315 + 10}, {600 + 20, 315 + 10}};
        for (int i = 0; i < 4; i++) {
            assertTrue(near(card, at[i][0], at[i][1], expected[i], 40), "the whole image, 80x42, in the middle: " + describe(card, at[i][0], at[i][1]));
        }
        assertFalse(near(card, 300, 157, RED, 60), "not enlarged to fill the card: " + describe(card, 300, 157));
        assertEquals(1, made.problems().size(), made.problems().toString());
        Problem p = made.problems().get(0);
        assertFalse(p.isError());
        assertEquals("tiny.md", p.file());
        assertTrue(p.message().contains("40x21") && p.message().contains("shown whole"), p.message());
    }

    @Test
    void slightlySmallImageIsEnlargedSilently() throws Exception {
        Path file = TestImages.write(content, "small.png", TestImages.png(TestImages.quadrants(800, 420)));
        MadeCard made = maker(Map.of()).make(post("small.md", "Small", image(file)), false);
        assertTrue(made.problems().isEmpty(), made.problems().toString());
    }

    /** A very tall image in three bands: red top, green middle, blue bottom. */
    private Path tallImage() throws IOException {
        BufferedImage tall = new BufferedImage(700, 8400, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = tall.createGraphics();
        g.setColor(RED);
        g.fillRect(0, 0, 700, 2800);
        g.setColor(GREEN);
        g.fillRect(0, 2800, 700, 2800);
        g.setColor(BLUE);
        g.fillRect(0, 5600, 700, 2800);
        g.dispose();
        return TestImages.write(content, "tall.png", TestImages.png(tall));
    }

    @Test
    void veryTallImageIsCroppedAroundTheCentre() throws Exception {
        BufferedImage card = cardFrom(tallImage());
        for (int[] at : new int[][]{{10, 10}, {600, 315}, {1190, 620}}) {
            assertTrue(near(card, at[0], at[1], GREEN, 20), describe(card, at[0], at[1]));
        }
    }

    /**
     * A JPEG stored upright is decoded only as far as its crop (the region Java's JPEG reader is given), and one
     * thread decodes same-sized JPEGs into the same pixels: each card must still show its own image, cropped where
     * its focus says.
     */
    @Test
    void jpegCropsFollowTheFocusAndEachCardShowsItsOwnImage() throws Exception {
        CardMaker maker = maker(Map.of());
        Color[][] bands = {{RED, GREEN, BLUE}, {YELLOW, BLUE, GREEN}};
        for (int n = 0; n < bands.length; n++) {
            BufferedImage tall = new BufferedImage(700, 4200, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = tall.createGraphics();
            for (int band = 0; band < 3; band++) {
                g.setColor(bands[n][band]);
                g.fillRect(0, band * 1400, 700, 1400);
            }
            g.dispose();
            Path file = TestImages.write(content, "tall-" + n + ".jpg", TestImages.jpeg(tall, false));
            Map<String, Color> expected = Map.of("top", bands[n][0], "center", bands[n][1], "bottom", bands[n][2]);
            for (Map.Entry<String, Color> e : expected.entrySet()) {
                MadeCard made = maker.make(post("p.md", "P", image(file, e.getKey(), null)), false);
                BufferedImage card = checkedCard(made.card());
                for (int[] at : new int[][]{{10, 10}, {600, 315}, {1190, 620}}) {
                    assertTrue(near(card, at[0], at[1], e.getValue(), 40), "image " + n + ", focus " + e.getKey() + ": " + describe(card, at[0], at[1]));
                }
            }
        }
    }

    /**
     * A photo stored sideways (EXIF orientation 6, as phones store portrait photos) is decoded only over its crop, in
     * the orientation it is stored in, and the card is turned upright afterwards: the crop must still follow the focus
     * as the photo is shown (top, middle, bottom of the upright photo).
     */
    @Test
    void sidewaysJpegCropsFollowTheFocusAsShown() throws Exception {
        CardMaker maker = maker(Map.of());
        // stored 4200x700, red, green, blue from the left: shown 700x4200, red, green, blue from the top
        BufferedImage stored = new BufferedImage(4200, 700, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = stored.createGraphics();
        Color[] bands = {RED, GREEN, BLUE};
        for (int band = 0; band < 3; band++) {
            g.setColor(bands[band]);
            g.fillRect(band * 1400, 0, 1400, 700);
        }
        g.dispose();
        Path file = TestImages.write(content, "sideways.jpg", TestImages.withOrientation(TestImages.jpeg(stored, false), 6, false));
        assertEquals(700, ImageProbe.probe(file).shownWidth());
        Map<String, Color> expected = Map.of("top", RED, "center", GREEN, "bottom", BLUE);
        for (Map.Entry<String, Color> e : expected.entrySet()) {
            BufferedImage card = checkedCard(maker.make(post("p.md", "P", image(file, e.getKey(), null)), false).card());
            for (int[] at : new int[][]{{10, 10}, {600, 315}, {1190, 620}}) {
                assertTrue(near(card, at[0], at[1], e.getValue(), 40), "focus " + e.getKey() + ": " + describe(card, at[0], at[1]));
            }
        }
    }

    @Test
    void aLargeJpegHalvedOnTheWayKeepsItsColoursAndEachCardShowsItsOwnImage() throws Exception {
        CardMaker maker = maker(Map.of());
        Color[][] halves = {{RED, BLUE}, {YELLOW, GREEN}, {BLUE, RED}};
        for (int n = 0; n < halves.length; n++) {
            // more than twice the card each way: decoded in red-green-blue byte order and halved before the last step
            BufferedImage wide = new BufferedImage(2600, 1362, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = wide.createGraphics();
            g.setColor(halves[n][0]);
            g.fillRect(0, 0, 1300, 1362);
            g.setColor(halves[n][1]);
            g.fillRect(1300, 0, 1300, 1362);
            g.dispose();
            Path file = TestImages.write(content, "wide-" + n + ".jpg", TestImages.jpeg(wide, false));
            BufferedImage card = checkedCard(maker.make(post("p.md", "P", image(file, null, null)), false).card());
            for (int[] at : new int[][]{{20, 20}, {500, 315}, {580, 620}}) {
                assertTrue(near(card, at[0], at[1], halves[n][0], 40), "image " + n + ", left: " + describe(card, at[0], at[1]));
            }
            for (int[] at : new int[][]{{620, 10}, {900, 315}, {1180, 610}}) {
                assertTrue(near(card, at[0], at[1], halves[n][1], 40), "image " + n + ", right: " + describe(card, at[0], at[1]));
            }
        }
    }

    @Test
    void focusWordsAndNumbersMoveTheCrop() throws Exception {
        Path file = tallImage();
        CardMaker maker = maker(Map.of());
        Map<String, Color> expected = Map.of("top", RED, "bottom", BLUE, "0.5,0.5", GREEN, "0.2, 0.05", RED, "50%,90%", BLUE, "bottom-left", BLUE);
        for (Map.Entry<String, Color> e : expected.entrySet()) {
            MadeCard made = maker.make(post("p.md", "P", image(file, e.getKey(), null)), false);
            BufferedImage card = checkedCard(made.card());
            assertTrue(made.problems().isEmpty(), made.problems().toString());
            assertTrue(near(card, 600, 315, e.getValue(), 20), "focus " + e.getKey() + ": " + describe(card, 600, 315));
        }
    }

    @Test
    void focusOnAWidePanorama() throws Exception {
        // 3000x600: the cover crop keeps a 1146-pixel-wide window; thirds red, green, blue
        BufferedImage wide = new BufferedImage(3000, 600, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = wide.createGraphics();
        g.setColor(RED);
        g.fillRect(0, 0, 1000, 600);
        g.setColor(GREEN);
        g.fillRect(1000, 0, 1000, 600);
        g.setColor(BLUE);
        g.fillRect(2000, 0, 1000, 600);
        g.dispose();
        Path file = TestImages.write(content, "wide.jpg", TestImages.jpeg(wide, false));
        CardMaker maker = maker(Map.of());
        assertTrue(near(checkedCard(maker.make(post("p.md", "P", image(file, "left", null)), false).card()), 300, 315, RED, 30));
        assertTrue(near(checkedCard(maker.make(post("p.md", "P", image(file, "right", null)), false).card()), 900, 315, BLUE, 30));
        assertTrue(near(checkedCard(maker.make(post("p.md", "P", image(file, null, null)), false).card()), 600, 315, GREEN, 30));
    }

    @Test
    void unknownFocusWarnsAndUsesTheCentre() throws Exception {
        MadeCard made = maker(Map.of()).make(post("p.md", "P", image(tallImage(), "somewhere nice", null)), false);
        assertTrue(near(checkedCard(made.card()), 600, 315, GREEN, 20));
        assertEquals(1, made.problems().size());
        assertTrue(made.problems().get(0).message().contains("somewhere nice"));
    }

    @Test
    void containShowsTheWholeImageOnABlurredCopy() throws Exception {
        MadeCard made = maker(Map.of()).make(post("p.md", "P", image(tallImage(), null, "contain")), false);
        BufferedImage card = checkedCard(made.card());
        // the whole 1:12 image stands in the middle, 52 pixels wide: red at its top, blue at its bottom
        assertTrue(near(card, 600, 20, RED, 30), describe(card, 600, 20));
        assertTrue(near(card, 600, 315, GREEN, 30), describe(card, 600, 315));
        assertTrue(near(card, 600, 610, BLUE, 30), describe(card, 600, 610));
        // either side: a darkened, blurred copy (the green middle, darker than the image itself)
        Color side = new Color(card.getRGB(100, 315));
        assertTrue(side.getGreen() > 60 && side.getGreen() < 200 && side.getRed() < 60 && side.getBlue() < 60, "padding " + side);
    }

    @Test
    void containForTheSiteWithAColour() throws Exception {
        Map<String, Object> settings = Map.of("cardFit", "contain", "cardContainBackground", "#000000");
        MadeCard made = maker(settings).make(post("p.md", "P", image(tallImage())), false);
        BufferedImage card = checkedCard(made.card());
        assertTrue(near(card, 100, 315, Color.BLACK, 4), describe(card, 100, 315));
        assertTrue(near(card, 600, 315, GREEN, 30), describe(card, 600, 315));
        // a post can still ask for cover
        BufferedImage covered = checkedCard(maker(settings).make(post("p.md", "P", image(tallImage(), null, "cover")), false).card());
        assertTrue(near(covered, 100, 315, GREEN, 20), describe(covered, 100, 315));
    }

    @Test
    void configuredSizeIsExact() throws Exception {
        Path file = TestImages.write(content, "q.jpg", TestImages.jpeg(TestImages.quadrants(1000, 1000), false));
        MadeCard made = maker(Map.of("cardWidth", 800, "cardHeight", 418)).make(post("p.md", "P", image(file)), false);
        BufferedImage card = checkedCard(made.card());
        assertEquals(800, card.getWidth());
        assertEquals(418, card.getHeight());
        assertQuadrants(card, "800x418");
    }

    @Test
    void noisyImageStaysUnderTheByteLimit() throws Exception {
        BufferedImage noise = new BufferedImage(1200, 630, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(42);
        for (int y = 0; y < 630; y++) for (int x = 0; x < 1200; x++) noise.setRGB(x, y, random.nextInt(0x1000000));
        Path file = TestImages.write(content, "noise.png", TestImages.png(noise));
        byte[] first = JpegEncoder.encode(noise, 85);
        assertTrue(first.length > 400_000, "the noise should be hard to compress, got " + first.length);
        MadeCard made = maker(Map.of("cardMaxBytes", 300_000)).make(post("p.md", "P", image(file)), false);
        assertTrue(made.card().bytes() <= 300_000, "card is " + made.card().bytes() + " bytes");
        assertEquals(1200, decode(made.card().jpeg()).getWidth());
    }

    // ---- images that cannot be used ----------------------------------------------------------------------

    private Problem failure(Path file, Map<String, Object> settings) throws Exception {
        MadeCard made = maker(settings).make(post("posts/broken.md", "Broken", image(file)), false);
        assertNull(made.card());
        assertEquals(1, made.problems().size(), made.problems().toString());
        Problem p = made.problems().get(0);
        assertTrue(p.isError());
        assertEquals("posts/broken.md", p.file());
        return p;
    }

    @Test
    void imageOverThePixelCapIsRefusedBeforeDecoding() throws Exception {
        Path file = TestImages.write(content, "big.png", TestImages.png(new BufferedImage(1500, 1000, BufferedImage.TYPE_INT_RGB)));
        Problem p = failure(file, Map.of("maxPixels", 1_000_000));
        assertTrue(p.message().contains("1500x1000") && p.message().contains("megapixels"), p.message());
        assertTrue(p.hint().contains("maxPixels"), p.hint());
    }

    @Test
    void headerClaimingAHugeImageIsRefusedWithoutDecoding() throws Exception {
        // a valid PNG header that claims 100000x100000 pixels, with no pixel data at all
        byte[] png = TestImages.png(new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB));
        byte[] bomb = Arrays.copyOf(png, 33);
        java.nio.ByteBuffer.wrap(bomb, 16, 8).putInt(100_000).putInt(100_000);
        Path file = TestImages.write(content, "bomb.png", bomb);
        assertEquals(100_000, ImageProbe.probe(file).width());
        Problem p = failure(file, Map.of());
        assertTrue(p.message().contains("10000 megapixels"), p.message());
    }

    @Test
    void truncatedJpeg() throws Exception {
        byte[] jpeg = TestImages.jpeg(TestImages.quadrants(1200, 630), false);
        Path file = TestImages.write(content, "cut.jpg", Arrays.copyOf(jpeg, jpeg.length / 2));
        Problem p = failure(file, Map.of());
        assertTrue(p.message().contains("cut short"), p.message());
        assertTrue(p.message().contains("cut.jpg"), p.message());
    }

    @Test
    void truncatedPng() throws Exception {
        byte[] png = TestImages.png(TestImages.quadrants(1200, 630));
        Path file = TestImages.write(content, "cut.png", Arrays.copyOf(png, png.length / 2));
        Problem p = failure(file, Map.of());
        assertTrue(p.message().contains("cut short") || p.message().contains("cannot be decoded"), p.message());
    }

    @Test
    void emptyFile() throws Exception {
        Problem p = failure(TestImages.write(content, "empty.jpg", new byte[0]), Map.of());
        assertTrue(p.message().contains("empty"), p.message());
    }

    @Test
    void svgIsNamed() throws Exception {
        Path file = TestImages.write(content, "logo.svg", "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"/>".getBytes(StandardCharsets.UTF_8));
        Problem p = failure(file, Map.of());
        assertTrue(p.message().contains("SVG"), p.message());
        assertTrue(p.hint().contains("JPEG, PNG"), p.hint());
    }

    @Test
    void heicIsNamed() throws Exception {
        byte[] heic = new byte[64];
        byte[] box = {0, 0, 0, 24, 'f', 't', 'y', 'p', 'h', 'e', 'i', 'c', 0, 0, 0, 0, 'm', 'i', 'f', '1', 'h', 'e', 'i', 'c'};
        System.arraycopy(box, 0, heic, 0, box.length);
        Problem p = failure(TestImages.write(content, "IMG_0001.HEIC", heic), Map.of());
        assertTrue(p.message().contains("HEIC"), p.message());
    }

    @Test
    void textFileIsNamed() throws Exception {
        Problem p = failure(TestImages.write(content, "notes.png", "just some notes\n".getBytes(StandardCharsets.UTF_8)), Map.of());
        assertTrue(p.message().contains("text"), p.message());
    }

    @Test
    void unusableImageFallsBackToATitleCardWhenAsked() throws Exception {
        Path file = TestImages.write(content, "logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(StandardCharsets.UTF_8));
        MadeCard made = maker(Map.of()).make(post("p.md", "Keep going", image(file)), true);
        assertNotNull(made.card());
        assertEquals("", made.card().source());
        checkedCard(made.card());
        assertEquals(1, made.problems().size());
        assertFalse(made.problems().get(0).isError());
        assertTrue(made.problems().get(0).message().contains("title card"));
    }

    @Test
    void postWithoutAnImageGetsATitleCard() throws Exception {
        Post post = post("p.md", "No picture here", null);
        MadeCard made = maker(Map.of()).make(post, false);
        assertTrue(made.problems().isEmpty());
        BufferedImage card = checkedCard(made.card());
        // the configured title background shows in the corner, the accent colour in the rule on the left
        assertTrue(near(card, 1190, 10, CardSettings.parseColour("#1b2433").awt(), 6), describe(card, 1190, 10));
        assertTrue(near(card, 4, 315, CardSettings.parseColour("#f2b33d").awt(), 12), describe(card, 4, 315));
    }

    @Test
    void remoteImageGetsNoCard() throws Exception {
        Post post = post("p.md", "Remote", new dev.feedcard.content.FeaturedImage("https://cdn.example.com/a.jpg", null,
                URI.create("https://cdn.example.com/a.jpg"), null, null, null));
        MadeCard made = maker(Map.of()).make(post, false);
        assertNull(made.card());
        assertTrue(made.problems().isEmpty());
    }

    @Test
    void sourceIsRecordedRelativeToTheContentFolder() throws Exception {
        Path file = TestImages.write(content, "posts/a/cover.png", TestImages.png(TestImages.quadrants(1200, 630)));
        Card card = maker(Map.of()).make(post("posts/a/index.md", "A", image(file)), false).card();
        assertEquals("posts/a/cover.png", card.source());
        assertTrue(Files.exists(content.resolve(card.source())));
    }

    @Test
    void readsThePngWrittenByThisTest() throws Exception {
        // guards the fixtures themselves: ImageIO reads them back as written
        BufferedImage back = ImageIO.read(TestImages.write(content, "q.png", TestImages.png(TestImages.quadrants(10, 10))).toFile());
        assertEquals(0xffff0000, back.getRGB(1, 1));
    }
}
