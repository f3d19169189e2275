package dev.feedcard.card;

import dev.feedcard.content.FeaturedImage;
import dev.feedcard.content.Post;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Makes test images of every kind in code, so each test shows what makes its input special. */
final class TestImages {
    static final Color RED = new Color(255, 0, 0);
    static final Color GREEN = new Color(0, 255, 0);
    static final Color BLUE = new Color(0, 0, 255);
    static final Color YELLOW = new Color(255, 255, 0);

    private TestImages() {
    }

    /** An image in four colours: top left, top right, bottom left, bottom right. */
    static BufferedImage quadrants(int width, int height, int type, Color tl, Color tr, Color bl, Color br) {
        BufferedImage image = new BufferedImage(width, height, type);
        Graphics2D g = image.createGraphics();
        g.setColor(tl);
        g.fillRect(0, 0, width / 2, height / 2);
        g.setColor(tr);
        g.fillRect(width / 2, 0, width - width / 2, height / 2);
        g.setColor(bl);
        g.fillRect(0, height / 2, width / 2, height - height / 2);
        g.setColor(br);
        g.fillRect(width / 2, height / 2, width - width / 2, height - height / 2);
        g.dispose();
        return image;
    }

    /** The usual test picture: red, green / blue, yellow. */
    static BufferedImage quadrants(int width, int height) {
        return quadrants(width, height, BufferedImage.TYPE_INT_RGB, RED, GREEN, BLUE, YELLOW);
    }

    /**
     * A photo-like picture of the given layout: smooth colour gradients, detail at several scales and seeded grain,
     * so that a crude resampling (dropped pixels, a shifted crop) shows as a clear loss of PSNR.
     */
    static BufferedImage photo(int width, int height, int type) {
        BufferedImage image = new BufferedImage(width, height, type);
        java.util.Random grain = new java.util.Random(11);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double detail = 40 * Math.sin(x / 37.0) * Math.cos(y / 23.0) + 20 * Math.sin((x + 2 * y) / 5.0);
                int r = clamp(255.0 * x / width + detail + grain.nextGaussian() * 6);
                int g = clamp(255.0 * y / height - detail / 2 + grain.nextGaussian() * 6);
                int b = clamp(128 + 100 * Math.sin((x - y) / 211.0) + grain.nextGaussian() * 6);
                image.setRGB(x, y, r << 16 | g << 8 | b);
            }
        }
        return image;
    }

    /** The peak signal-to-noise ratio of two images of one size over their red, green and blue samples, in dB. */
    static double psnr(BufferedImage a, BufferedImage b) {
        assertTrue(a.getWidth() == b.getWidth() && a.getHeight() == b.getHeight(), "the images differ in size");
        double sum = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                for (int shift = 0; shift <= 16; shift += 8) {
                    int d = (p >> shift & 0xFF) - (q >> shift & 0xFF);
                    sum += d * d;
                }
            }
        }
        double mse = sum / (3.0 * a.getWidth() * a.getHeight());
        return mse == 0 ? Double.POSITIVE_INFINITY : 10 * Math.log10(255 * 255 / mse);
    }

    static byte[] jpeg(BufferedImage image, boolean progressive) throws IOException {
        ImageWriter writer = jdkJpegWriter();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.95f);
            if (progressive) param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /** The JPEG with an EXIF segment (APP1) holding only an orientation tag, right after the start of image. */
    static byte[] withOrientation(byte[] jpeg, int orientation, boolean bigEndian) {
        ByteArrayOutputStream tiff = new ByteArrayOutputStream();
        if (bigEndian) {
            tiff.writeBytes(new byte[]{'M', 'M', 0, 42, 0, 0, 0, 8});              // header, IFD0 at offset 8
            tiff.writeBytes(new byte[]{0, 1});                                      // one entry
            tiff.writeBytes(new byte[]{0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, (byte) orientation, 0, 0}); // 0x0112 SHORT x1
            tiff.writeBytes(new byte[]{0, 0, 0, 0});                                // no next IFD
        } else {
            tiff.writeBytes(new byte[]{'I', 'I', 42, 0, 8, 0, 0, 0});
            tiff.writeBytes(new byte[]{1, 0});
            tiff.writeBytes(new byte[]{0x12, 0x01, 3, 0, 1, 0, 0, 0, (byte) orientation, 0, 0, 0});
            tiff.writeBytes(new byte[]{0, 0, 0, 0});
        }
        byte[] body = tiff.toByteArray();
        int length = 2 + 6 + body.length;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2); // SOI
        out.writeBytes(new byte[]{(byte) 0xFF, (byte) 0xE1, (byte) (length >> 8), (byte) length, 'E', 'x', 'i', 'f', 0, 0});
        out.writeBytes(body);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    /**
     * A four-channel JPEG with an Adobe marker, as Photoshop writes for print: left half red ink (M+Y), right half
     * blue ink (C+M). CMYK stores the (inverted) ink values as they are; YCCK stores them converted as libjpeg
     * does (the C, M, Y channels as if they were R, G, B, turned into YCbCr; K unchanged).
     */
    static byte[] fourChannelJpeg(int width, int height, boolean ycck) throws IOException {
        WritableRaster raster = Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, width, height, 4, null);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int[] ink = x < width / 2 ? new int[]{0, 255, 255, 0} : new int[]{255, 255, 0, 0};
                if (!ycck) {
                    for (int b = 0; b < 4; b++) raster.setSample(x, y, b, 255 - ink[b]);
                } else {
                    double r = ink[0];
                    double g = ink[1];
                    double bl = ink[2];
                    raster.setSample(x, y, 0, clamp(0.299 * r + 0.587 * g + 0.114 * bl));
                    raster.setSample(x, y, 1, clamp(-0.168736 * r - 0.331264 * g + 0.5 * bl + 128));
                    raster.setSample(x, y, 2, clamp(0.5 * r - 0.418688 * g - 0.081312 * bl + 128));
                    raster.setSample(x, y, 3, 255 - ink[3]);
                }
            }
        }
        ImageWriter writer = jdkJpegWriter();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromBufferedImageType(BufferedImage.TYPE_3BYTE_BGR), null);
            String format = "javax_imageio_jpeg_image_1.0";
            Element tree = (Element) metadata.getAsTree(format);
            Element variety = (Element) tree.getElementsByTagName("JPEGvariety").item(0);
            while (variety.hasChildNodes()) variety.removeChild(variety.getFirstChild()); // no JFIF: it allows only 1 or 3 channels
            Element sequence = (Element) tree.getElementsByTagName("markerSequence").item(0);
            IIOMetadataNode adobe = new IIOMetadataNode("app14Adobe");
            adobe.setAttribute("transform", ycck ? "2" : "0");
            sequence.appendChild(adobe);
            IIOMetadataNode sof = new IIOMetadataNode("sof");
            sof.setAttribute("process", "0");
            sof.setAttribute("samplePrecision", "8");
            sof.setAttribute("numLines", String.valueOf(height));
            sof.setAttribute("samplesPerLine", String.valueOf(width));
            sof.setAttribute("numFrameComponents", "4");
            IIOMetadataNode sos = new IIOMetadataNode("sos");
            sos.setAttribute("numScanComponents", "4");
            sos.setAttribute("startSpectralSelection", "0");
            sos.setAttribute("endSpectralSelection", "63");
            sos.setAttribute("approxHigh", "0");
            sos.setAttribute("approxLow", "0");
            for (int i = 1; i <= 4; i++) {
                String table = i == 1 || i == 4 ? "0" : "1";
                IIOMetadataNode component = new IIOMetadataNode("componentSpec");
                component.setAttribute("componentId", String.valueOf(i));
                component.setAttribute("HsamplingFactor", "1");
                component.setAttribute("VsamplingFactor", "1");
                component.setAttribute("QtableSelector", table);
                sof.appendChild(component);
                IIOMetadataNode scan = new IIOMetadataNode("scanComponentSpec");
                scan.setAttribute("componentSelector", String.valueOf(i));
                scan.setAttribute("dcHuffTable", table);
                scan.setAttribute("acHuffTable", table);
                sos.appendChild(scan);
            }
            Node oldSof = sequence.getElementsByTagName("sof").item(0);
            Node oldSos = sequence.getElementsByTagName("sos").item(0);
            sequence.replaceChild(sof, oldSof);
            sequence.replaceChild(sos, oldSos);
            metadata.setFromTree(format, tree);
            writer.write(null, new IIOImage(raster, null, metadata), null);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static int clamp(double v) {
        return (int) Math.max(0, Math.min(255, Math.round(v)));
    }

    /** The JDK's own JPEG writer (TwelveMonkeys registers one too, which adds nothing when writing). */
    static ImageWriter jdkJpegWriter() {
        var writers = ImageIO.getImageWritersByFormatName("jpeg");
        ImageWriter chosen = null;
        while (writers.hasNext()) {
            ImageWriter w = writers.next();
            if (w.getClass().getName().startsWith("com.sun.")) chosen = w;
        }
        return chosen;
    }

    static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        assertTrue(ImageIO.write(image, "png", bytes), "no PNG writer for " + image);
        return bytes.toByteArray();
    }

    /** An animated GIF whose frames are each one colour, the first frame first. */
    static byte[] animatedGif(int width, int height, Color... frames) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("gif").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.prepareWriteSequence(null);
            for (Color colour : frames) {
                BufferedImage frame = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_INDEXED);
                Graphics2D g = frame.createGraphics();
                g.setColor(colour);
                g.fillRect(0, 0, width, height);
                g.dispose();
                writer.writeToSequence(new IIOImage(frame, null, null), null);
            }
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    static Path write(Path dir, String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        return file;
    }

    static Path copyResource(Path dir, String name) throws IOException {
        try (var in = TestImages.class.getResourceAsStream("/dev/feedcard/card/" + name)) {
            if (in == null) throw new IOException("missing test resource " + name);
            return write(dir, name, in.readAllBytes());
        }
    }

    static BufferedImage decode(byte[] jpeg) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(jpeg));
        if (image == null) throw new IOException("the card is not an image ImageIO reads");
        return image;
    }

    static Post post(String file, String title, FeaturedImage image) {
        Instant date = Instant.parse("2024-05-01T10:00:00Z");
        return new Post(file, file.replaceAll("[/.]", "-"), title, date, date, "", image, List.of("java", "images"), "en", "Some text.", 5, false);
    }

    static FeaturedImage image(Path file) {
        return new FeaturedImage(file.getFileName().toString(), file, null, null, null, null);
    }

    static FeaturedImage image(Path file, String focus, String fit) {
        return new FeaturedImage(file.getFileName().toString(), file, null, null, focus, fit);
    }

    /** True when the pixel is within {@code tolerance} of the colour in each channel. */
    static boolean near(BufferedImage image, int x, int y, Color expected, int tolerance) {
        Color c = new Color(image.getRGB(x, y));
        return Math.abs(c.getRed() - expected.getRed()) <= tolerance
                && Math.abs(c.getGreen() - expected.getGreen()) <= tolerance
                && Math.abs(c.getBlue() - expected.getBlue()) <= tolerance;
    }

    static String describe(BufferedImage image, int x, int y) {
        Color c = new Color(image.getRGB(x, y));
        return "(" + x + "," + y + ") is rgb(" + c.getRed() + "," + c.getGreen() + "," + c.getBlue() + ")";
    }
}
