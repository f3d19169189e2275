package dev.feedcard.card;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Decodes a featured image into an upright, opaque sRGB picture: the first frame only, every pixel turned by the
 * EXIF orientation, transparent parts laid over a background colour. Large images are decoded at a fraction of
 * their size (every n-th pixel) when the card needs far fewer pixels, which is most of the speed of a card.
 */
final class ImageDecoder {
    private final long maxPixels;

    ImageDecoder(long maxPixels) {
        this.maxPixels = maxPixels;
    }

    /**
     * @param subsampling keep every n-th pixel of every n-th row (1 keeps all)
     * @param background the colour under transparent pixels
     */
    BufferedImage decodeUpright(Path file, ImageHeader header, int subsampling, Color background) throws UnusableImageException {
        BufferedImage raw = decode(file, header, subsampling);
        return upright(raw, header.orientation(), background);
    }

    /** The stored pixels of the first frame, every {@code subsampling}-th pixel in each direction. */
    BufferedImage decode(Path file, ImageHeader header, int subsampling) throws UnusableImageException {
        if (header.pixels() > maxPixels) {
            throw new UnusableImageException(String.format(Locale.ROOT, "the image is %dx%d (%.0f megapixels), more than the limit of %.0f megapixels",
                    header.width(), header.height(), header.pixels() / 1e6, maxPixels / 1e6),
                    "use a smaller image, or raise the limit with the maxPixels setting");
        }
        List<String> warnings = new ArrayList<>();
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            ImageReader reader = ImageProbe.readerFor(in, file);
            try {
                reader.setInput(in, true, true);
                reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
                ImageReadParam param = reader.getDefaultReadParam();
                if (subsampling > 1) param.setSourceSubsampling(subsampling, subsampling, 0, 0);
                BufferedImage image = reader.read(0, param);
                for (String warning : warnings) {
                    if (isTruncation(warning)) throw truncated(warning);
                }
                return image;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (isTruncation(ImageProbe.describe(e)) || e instanceof java.io.EOFException) throw truncated(ImageProbe.describe(e));
            throw new UnusableImageException("the image cannot be decoded (" + ImageProbe.describe(e) + ")",
                    "open the image in an editor and export it again as JPEG or PNG");
        } catch (OutOfMemoryError e) {
            throw new UnusableImageException("the image is too large to decode in the memory Java was given",
                    "use a smaller image, lower maxPixels, or give Java more memory (java -Xmx2g -jar feedcard.jar)");
        }
    }

    private static boolean isTruncation(String message) {
        String m = message.toLowerCase(Locale.ROOT);
        return m.contains("premature end") || m.contains("unexpected end") || m.contains("eof") || m.contains("truncated");
    }

    private static UnusableImageException truncated(String detail) {
        return new UnusableImageException("the image file is cut short (" + detail + ")",
                "the file was not copied or downloaded completely: copy it again from the original");
    }

    /** The image turned upright and laid over {@code background}, as an opaque sRGB image. */
    static BufferedImage upright(BufferedImage raw, Orientation orientation, Color background) {
        boolean opaqueSrgb = !raw.getColorModel().hasAlpha() && raw.getColorModel().getColorSpace().isCS_sRGB()
                && (raw.getType() == BufferedImage.TYPE_3BYTE_BGR || raw.getType() == BufferedImage.TYPE_INT_RGB);
        if (orientation == Orientation.NORMAL && opaqueSrgb) return raw; // already what the scaler reads fastest
        int w = orientation.swapsAxes() ? raw.getHeight() : raw.getWidth();
        int h = orientation.swapsAxes() ? raw.getWidth() : raw.getHeight();
        BufferedImage canvas = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = canvas.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_COLOR_RENDERING, RenderingHints.VALUE_COLOR_RENDER_QUALITY);
            g.setColor(background);
            g.fillRect(0, 0, w, h);
            g.drawImage(raw, orientation.transform(raw.getWidth(), raw.getHeight()), null);
        } finally {
            g.dispose();
        }
        return canvas;
    }
}
