package dev.feedcard.card;

import net.coobird.thumbnailator.Thumbnails;
import net.coobird.thumbnailator.resizers.BicubicResizer;
import net.coobird.thumbnailator.resizers.Resizer;
import net.coobird.thumbnailator.resizers.ResizerFactory;
import net.coobird.thumbnailator.util.exif.ExifFilterUtils;

import java.awt.Dimension;
import java.awt.RenderingHints;
import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.DataBufferByte;
import java.awt.image.PixelInterleavedSampleModel;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Map;

/**
 * Scales a region of an opaque image to an exact size through Thumbnailator: its builder takes the region (to the
 * nearest whole pixel) and the size, and a {@link ResizerFactory} chooses how the pixels are resampled. The cards'
 * factory ({@link #RESIZERS}) reduces with {@link HalvingResizer} and enlarges with Thumbnailator's bicubic resizer.
 */
final class Scaler {
    /**
     * The pixel layout of finished cards: three bytes per pixel, the layout the JPEG writer takes without
     * converting each pixel (it copies whole rows).
     */
    static final int CARD_TYPE = BufferedImage.TYPE_3BYTE_BGR;

    /** Rendering hints of every resampling step: the quality rendering Java2D offers. */
    static final Map<RenderingHints.Key, Object> HINTS = Map.of(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);

    /** The resizers of cards: reductions through {@link HalvingResizer}, enlargements (either way) bicubic. */
    static final ResizerFactory RESIZERS = new ResizerFactory() {
        private final Resizer bicubic = new BicubicResizer(HINTS);

        @Override
        public Resizer getResizer() {
            return HalvingResizer.INSTANCE;
        }

        @Override
        public Resizer getResizer(Dimension from, Dimension to) {
            return from.width < to.width || from.height < to.height ? bicubic : HalvingResizer.INSTANCE;
        }
    };

    /** The scaler of every card. */
    static final Scaler CARDS = new Scaler(RESIZERS);

    private final ResizerFactory resizers;

    /** A scaler whose Thumbnailator builder resamples with {@code resizers}. */
    Scaler(ResizerFactory resizers) {
        this.resizers = resizers;
    }

    /** The part {@code region} of {@code source} (to the nearest whole pixel) scaled to exactly {@code width} x {@code height}, as a {@link #CARD_TYPE} image. */
    BufferedImage scale(BufferedImage source, Rectangle2D region, int width, int height) {
        return scale(source, region, width, height, Orientation.NORMAL);
    }

    /**
     * The part {@code region} of the stored pixels {@code source}, scaled and turned upright by {@code orientation} to
     * exactly {@code width} x {@code height} (the upright size): Thumbnailator resizes the stored pixels to the
     * turned size and turns only the result, with its EXIF orientation filters.
     */
    BufferedImage scale(BufferedImage source, Rectangle2D region, int width, int height, Orientation orientation) {
        int w = Math.max(1, Math.min(source.getWidth(), (int) Math.round(region.getWidth())));
        int h = Math.max(1, Math.min(source.getHeight(), (int) Math.round(region.getHeight())));
        int x = Math.max(0, Math.min(source.getWidth() - w, (int) Math.round(region.getX())));
        int y = Math.max(0, Math.min(source.getHeight() - h, (int) Math.round(region.getY())));
        try {
            Thumbnails.Builder<BufferedImage> builder = Thumbnails.of(source).sourceRegion(x, y, w, h).forceSize(width, height)
                    .imageType(CARD_TYPE).resizerFactory(resizers);
            if (orientation != Orientation.NORMAL) {
                builder.addFilter(ExifFilterUtils.getFilterForOrientation(net.coobird.thumbnailator.util.exif.Orientation.typeOf(orientation.exifValue())));
            }
            return builder.asBufferedImage();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot scale an image in memory", e); // Thumbnailator reads and writes no file here
        }
    }

    /**
     * An opaque sRGB image of three bytes per pixel in the order red, green, blue: the order Java's JPEG reader
     * decodes into, so it copies each decoded row into it whole, where {@link BufferedImage#TYPE_3BYTE_BGR} takes a
     * loop over every byte. Java2D draws it slowly (it has no loops of its own for it): {@link HalvingResizer}
     * reads it directly.
     */
    static BufferedImage rgbBytes(int width, int height) {
        ComponentColorModel colours = new ComponentColorModel(ColorSpace.getInstance(ColorSpace.CS_sRGB), false, false,
                Transparency.OPAQUE, DataBuffer.TYPE_BYTE);
        WritableRaster raster = Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, width, height, width * 3, 3, RGB_ORDER, null);
        return new BufferedImage(colours, raster, false, null);
    }

    /** True for an image made by {@link #rgbBytes}. */
    static boolean isRgbBytes(BufferedImage image) {
        return image.getType() == BufferedImage.TYPE_CUSTOM && image.getColorModel() instanceof ComponentColorModel colours
                && !colours.hasAlpha() && colours.getColorSpace().isCS_sRGB() && bandOffsets(image, RGB_ORDER);
    }

    /** True for a {@link BufferedImage#TYPE_3BYTE_BGR} image whose bytes are in that order. */
    static boolean isBgrBytes(BufferedImage image) {
        return image.getType() == BufferedImage.TYPE_3BYTE_BGR && bandOffsets(image, BGR_ORDER);
    }

    private static final int[] RGB_ORDER = {0, 1, 2};
    private static final int[] BGR_ORDER = {2, 1, 0};

    private static boolean bandOffsets(BufferedImage image, int[] order) {
        return image.getRaster().getSampleModel() instanceof PixelInterleavedSampleModel layout
                && image.getRaster().getDataBuffer() instanceof DataBufferByte && layout.getPixelStride() == 3
                && Arrays.equals(layout.getBandOffsets(), order);
    }
}
