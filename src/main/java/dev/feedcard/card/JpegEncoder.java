package dev.feedcard.card;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

/**
 * Writes progressive sRGB JPEGs without metadata (no EXIF, no colour profile: only the JFIF header), lowering the
 * quality step by step until the file is no larger than a limit.
 */
final class JpegEncoder {
    private static final int STEP = 5;
    private static final int LOWEST = 20;

    private final int quality;
    private final int maxBytes;

    /**
     * @param quality the quality to try first, 1-100
     * @param maxBytes the largest file allowed
     */
    JpegEncoder(int quality, int maxBytes) {
        this.quality = quality;
        this.maxBytes = maxBytes;
    }

    /** The image as a JPEG of at most maxBytes (or at the lowest quality tried, when even that is larger). */
    byte[] encode(BufferedImage image) {
        byte[] jpeg = encode(image, quality);
        for (int q = quality - STEP; jpeg.length > maxBytes && q >= LOWEST; q -= STEP) jpeg = encode(image, q);
        return jpeg;
    }

    static byte[] encode(BufferedImage image, int quality) {
        ImageWriter writer = jpegWriter();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256 * 1024);
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality / 100f);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a JPEG in memory", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static ImageWriter jpegWriter() {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
        if (!writers.hasNext()) throw new IllegalStateException("this Java has no JPEG writer");
        return writers.next();
    }
}
