package dev.feedcard.card;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.stream.ImageInputStream;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Decodes a featured image into an upright, opaque sRGB picture: the first frame only, every pixel turned by the
 * EXIF orientation, transparent parts laid over a background colour. Large images are decoded at a fraction of
 * their size (every n-th pixel) when the card needs far fewer pixels, which is most of the speed of a card; a
 * cover card's JPEG is decoded only as far as the card's crop reaches, and each thread decodes JPEGs into the same
 * pixels from one image to the next while they have one size (a blog's photos mostly do), so that decoding
 * 8-megapixel photos one after another does not keep the garbage collector copying them.
 */
final class ImageDecoder {
    private final long maxPixels;
    private final Supplier<DecodeMemory> memory;
    /** The pixels the current thread decoded last, reused as the next image's when it has the same size and layout. */
    private final ThreadLocal<BufferedImage> scratch = new ThreadLocal<>();

    /**
     * @param memory the memory outside Java's heap that decoding may take, shared with the other decoders; asked for
     *               only when an image needs it
     */
    ImageDecoder(long maxPixels, Supplier<DecodeMemory> memory) {
        this.maxPixels = maxPixels;
        this.memory = memory;
    }

    /**
     * @param subsampling keep every n-th pixel of every n-th row (1 keeps all)
     * @param background the colour under transparent pixels
     */
    BufferedImage decodeUpright(Path file, ImageHeader header, int subsampling, Color background) throws UnusableImageException {
        BufferedImage raw = decode(file, header, null, subsampling, false);
        return upright(raw, header.orientation(), background);
    }

    /**
     * The part {@code region} of the stored pixels (null: all of them) of the first frame, every
     * {@code subsampling}-th pixel in each direction. The result may be the pixels this thread's next decode
     * overwrites: use it before decoding again. An image whose decoding holds the whole image outside Java's heap
     * (a progressive JPEG) waits for its share of {@link DecodeMemory}, and is refused when it needs more than all.
     *
     * @param rgbBytes decode a colour JPEG into {@link Scaler#rgbBytes}, which the JPEG reader fills a third
     *                 quicker, for a caller that {@link HalvingResizer halves} it at once
     */
    BufferedImage decode(Path file, ImageHeader header, Rectangle region, int subsampling, boolean rgbBytes) throws UnusableImageException {
        if (header.pixels() > maxPixels) {
            throw new UnusableImageException(String.format(Locale.ROOT, "the image is %dx%d (%.0f megapixels), more than the limit of %.0f megapixels",
                    header.width(), header.height(), header.pixels() / 1e6, maxPixels / 1e6),
                    "use a smaller image, or raise the limit with the maxPixels setting");
        }
        return withinMemory(header, () -> read(file, header, region, subsampling, rgbBytes));
    }

    /** A decoding, which may find the image unusable. */
    private interface Decoding {
        BufferedImage decode() throws UnusableImageException;
    }

    /**
     * Runs {@code decoding} once the image's share of {@link DecodeMemory} is free, for an image whose decoding holds
     * the whole image outside Java's heap (a progressive JPEG); an image that needs more than all of it is refused.
     */
    private BufferedImage withinMemory(ImageHeader header, Decoding decoding) throws UnusableImageException {
        if (header.wholeImageBytes() == 0) return decoding.decode();
        DecodeMemory budget = memory.get();
        if (header.wholeImageBytes() > budget.budget()) throw budget.refusal(header);
        try (DecodeMemory.Taken taken = budget.take(header.wholeImageBytes())) {
            return decoding.decode();
        }
    }

    /**
     * The whole stored JPEG at {@code 1/denominator} of its size (1, 2, 4 or 8), decoded by libjpeg-turbo ({@link
     * TurboJpeg}), as a {@link BufferedImage#TYPE_3BYTE_BGR} image; null where that library cannot be used or cannot
     * decode it as Java's reader would: no library, a colour profile (which Java's reader applies), CMYK, or any
     * problem it reports. Then {@link #decode} decodes it, and says what is wrong with it.
     */
    BufferedImage decodeScaled(Path file, ImageHeader header, int denominator) throws UnusableImageException {
        TurboJpeg turbo = TurboJpeg.get();
        if (turbo == null || !header.format().equals("JPEG") || header.colourProfile() || header.pixels() > maxPixels) return null;
        byte[] jpeg;
        try {
            jpeg = Files.readAllBytes(file);
        } catch (IOException e) {
            return null;
        }
        return withinMemory(header, () -> turbo.decode(jpeg, denominator));
    }

    private BufferedImage read(Path file, ImageHeader header, Rectangle region, int subsampling, boolean rgbBytes) throws UnusableImageException {
        List<String> warnings = new ArrayList<>();
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            ImageReader reader = ImageProbe.readerFor(in, file);
            try {
                reader.setInput(in, true, true);
                reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
                ImageReadParam param = reader.getDefaultReadParam();
                if (subsampling > 1) param.setSourceSubsampling(subsampling, subsampling, 0, 0);
                if (region != null) param.setSourceRegion(region);
                Rectangle stored = region == null ? new Rectangle(header.width(), header.height()) : region;
                boolean jpeg = header.format().equals("JPEG");
                BufferedImage destination = jpeg ? destination(reader, ceilDiv(stored.width, subsampling), ceilDiv(stored.height, subsampling), rgbBytes) : null;
                if (destination != null) param.setDestination(destination);
                BufferedImage image = reader.read(0, param);
                if (jpeg) scratch.set(image);
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

    /**
     * The pixels a JPEG is decoded into: {@link Scaler#rgbBytes} when asked for and the reader would decode into
     * three bytes per pixel, else the reader's own choice; this thread's last decoded pixels when they have that size
     * and layout. Null: the reader makes new pixels of its own choice.
     */
    private BufferedImage destination(ImageReader reader, int width, int height, boolean rgbBytes) throws IOException {
        Iterator<ImageTypeSpecifier> types = reader.getImageTypes(0);
        int type = types.hasNext() ? types.next().getBufferedImageType() : BufferedImage.TYPE_CUSTOM;
        BufferedImage last = scratch.get();
        boolean sameSize = last != null && last.getWidth() == width && last.getHeight() == height;
        if (rgbBytes && type == BufferedImage.TYPE_3BYTE_BGR) return sameSize && Scaler.isRgbBytes(last) ? last : Scaler.rgbBytes(width, height);
        return sameSize && type != BufferedImage.TYPE_CUSTOM && last.getType() == type ? last : null;
    }

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
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
                && (raw.getType() == BufferedImage.TYPE_3BYTE_BGR || raw.getType() == BufferedImage.TYPE_INT_RGB || Scaler.isRgbBytes(raw));
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
