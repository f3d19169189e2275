package dev.feedcard.card;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.awt.image.PixelInterleavedSampleModel;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.util.Arrays;

/**
 * Scales a region of an opaque image to an exact size with good quality: halving with bilinear filtering (each
 * step averages 2x2 pixels) while the region is more than twice the target, then one bilinear step to the size;
 * bicubic filtering when enlarging.
 */
final class Scaler {
    /**
     * The pixel layout of finished cards: three bytes per pixel, the layout the JPEG writer takes without
     * converting each pixel (it copies whole rows).
     */
    static final int CARD_TYPE = BufferedImage.TYPE_3BYTE_BGR;

    /**
     * Each thread's halved pixels, one slot for the odd steps and one for the even, reused by the next card of the
     * same size: a new 6 MB image for every photo costs more (the memory is zeroed and, on some machines, mapped
     * page by page) than averaging the pixels into it.
     */
    private static final ThreadLocal<BufferedImage[]> HALVED = ThreadLocal.withInitial(() -> new BufferedImage[2]);

    private Scaler() {
    }

    static BufferedImage scale(BufferedImage source, Rectangle2D region, int width, int height) {
        int w = Math.max(1, Math.min(source.getWidth(), (int) Math.round(region.getWidth())));
        int h = Math.max(1, Math.min(source.getHeight(), (int) Math.round(region.getHeight())));
        int x = Math.max(0, Math.min(source.getWidth() - w, (int) Math.round(region.getX()))); // the nearest whole-pixel crop
        int y = Math.max(0, Math.min(source.getHeight() - h, (int) Math.round(region.getY())));
        BufferedImage current = source;
        for (int step = 0; w / 2 >= width && h / 2 >= height; step++) {
            int nw = w / 2;
            int nh = h / 2;
            BufferedImage halved = halve(current, x, y, reusable(step % 2, nw, nh));
            current = halved != null ? halved : draw(current, x, y, w, h, nw, nh, RenderingHints.VALUE_INTERPOLATION_BILINEAR, BufferedImage.TYPE_INT_RGB);
            x = 0;
            y = 0;
            w = nw;
            h = nh;
        }
        boolean enlarging = w < width || h < height;
        return draw(current, x, y, w, h, width, height,
                enlarging ? RenderingHints.VALUE_INTERPOLATION_BICUBIC : RenderingHints.VALUE_INTERPOLATION_BILINEAR, CARD_TYPE);
    }

    /**
     * An opaque sRGB image of three bytes per pixel in the order red, green, blue: the order Java's JPEG reader
     * decodes into, so it copies each decoded row into it whole, where {@link BufferedImage#TYPE_3BYTE_BGR} takes a
     * loop over every byte. Java2D draws it slowly (it has no loops of its own for it): {@link #halve} it first.
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

    private static final int[] RGB_ORDER = {0, 1, 2};
    private static final int[] BGR_ORDER = {2, 1, 0};

    private static boolean bandOffsets(BufferedImage image, int[] order) {
        return image.getRaster().getSampleModel() instanceof PixelInterleavedSampleModel layout
                && image.getRaster().getDataBuffer() instanceof DataBufferByte && layout.getPixelStride() == 3
                && Arrays.equals(layout.getBandOffsets(), order);
    }

    /**
     * Fills {@code target} (an {@link BufferedImage#TYPE_INT_RGB} image) with the average of each 2x2 block of the
     * three-byte {@code source} (BGR, or {@link #rgbBytes}) from ({@code x}, {@code y}): what bilinear filtering at
     * exactly half the size gives, in a plain loop over the bytes instead of Java2D's general transform (a fifth of
     * a photo card's time). Returns {@code target}, or null for another pixel layout, which Java2D halves.
     */
    static BufferedImage halve(BufferedImage source, int x, int y, BufferedImage target) {
        boolean bgr = source.getType() == BufferedImage.TYPE_3BYTE_BGR && bandOffsets(source, BGR_ORDER);
        if (!bgr && !isRgbBytes(source)) return null;
        PixelInterleavedSampleModel layout = (PixelInterleavedSampleModel) source.getRaster().getSampleModel();
        DataBufferByte buffer = (DataBufferByte) source.getRaster().getDataBuffer();
        int red = bgr ? 2 : 0;
        int blue = 2 - red;
        byte[] in = buffer.getData();
        int stride = layout.getScanlineStride();
        int originX = x - source.getRaster().getSampleModelTranslateX();
        int originY = y - source.getRaster().getSampleModelTranslateY();
        int width = target.getWidth();
        int height = target.getHeight();
        int[] out = ((DataBufferInt) target.getRaster().getDataBuffer()).getData();
        for (int row = 0; row < height; row++) {
            int top = buffer.getOffset() + (originY + 2 * row) * stride + 3 * originX;
            int bottom = top + stride;
            int o = row * width;
            for (int col = 0; col < width; col++, top += 6, bottom += 6) {
                int b = (in[top + blue] & 0xFF) + (in[top + blue + 3] & 0xFF) + (in[bottom + blue] & 0xFF) + (in[bottom + blue + 3] & 0xFF);
                int g = (in[top + 1] & 0xFF) + (in[top + 4] & 0xFF) + (in[bottom + 1] & 0xFF) + (in[bottom + 4] & 0xFF);
                int r = (in[top + red] & 0xFF) + (in[top + red + 3] & 0xFF) + (in[bottom + red] & 0xFF) + (in[bottom + red + 3] & 0xFF);
                out[o + col] = ((r + 2) >> 2) << 16 | ((g + 2) >> 2) << 8 | (b + 2) >> 2;
            }
        }
        return target;
    }

    /** This thread's halved pixels of {@code slot} when they have this size, else new ones kept there. */
    private static BufferedImage reusable(int slot, int width, int height) {
        BufferedImage[] slots = HALVED.get();
        BufferedImage image = slots[slot];
        if (image == null || image.getWidth() != width || image.getHeight() != height) {
            image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            slots[slot] = image;
        }
        return image;
    }

    private static BufferedImage draw(BufferedImage source, int x, int y, int w, int h, int width, int height, Object interpolation, int type) {
        BufferedImage target = new BufferedImage(width, height, type);
        Graphics2D g = target.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, interpolation);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(source, 0, 0, width, height, x, y, x + w, y + h, null);
        } finally {
            g.dispose();
        }
        return target;
    }
}
