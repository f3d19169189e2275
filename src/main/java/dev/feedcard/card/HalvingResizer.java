package dev.feedcard.card;

import net.coobird.thumbnailator.resizers.BilinearResizer;
import net.coobird.thumbnailator.resizers.ProgressiveBilinearResizer;
import net.coobird.thumbnailator.resizers.Resizer;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.awt.image.PixelInterleavedSampleModel;
import java.awt.image.SinglePixelPackedSampleModel;

/**
 * Thumbnailator's resizer for reducing a photo to a card: while the image is at least twice the target each way it
 * is halved by averaging each 2x2 block (what bilinear filtering at exactly half the size gives, and what
 * Thumbnailator's progressive bilinear resizer does with Java2D, but in a plain loop over the pixels, which is several
 * times quicker on the layouts photos are decoded into), then Thumbnailator's bilinear resizer takes it to the exact
 * size. Images of other layouts go to Thumbnailator's progressive bilinear resizer. Safe to share between threads.
 */
final class HalvingResizer implements Resizer {
    /** The one instance: it keeps no state of its own besides each thread's halved pixels. */
    static final HalvingResizer INSTANCE = new HalvingResizer();

    /**
     * Each thread's halved pixels, one slot for the odd steps and one for the even, reused by the next card of the
     * same size: a new 6 MB image for every photo costs more (the memory is zeroed and, on some machines, mapped
     * page by page) than averaging the pixels into it.
     */
    private static final ThreadLocal<BufferedImage[]> HALVED = ThreadLocal.withInitial(() -> new BufferedImage[2]);

    private final Resizer last = new BilinearResizer(Scaler.HINTS);
    private final Resizer otherLayouts = new ProgressiveBilinearResizer(Scaler.HINTS);

    private HalvingResizer() {
    }

    /** Fills {@code destination} with all of {@code source}, scaled to its size. */
    @Override
    public void resize(BufferedImage source, BufferedImage destination) {
        int width = destination.getWidth();
        int height = destination.getHeight();
        BufferedImage current = source;
        for (int step = 0; current.getWidth() / 2 >= width && current.getHeight() / 2 >= height; step++) {
            BufferedImage halved = halve(current, reusable(step % 2, current.getWidth() / 2, current.getHeight() / 2));
            if (halved == null) {
                otherLayouts.resize(current, destination);
                return;
            }
            current = halved;
        }
        last.resize(current, destination);
    }

    /**
     * Fills {@code target} (a {@link BufferedImage#TYPE_INT_RGB} image) with the average of each 2x2 block of
     * {@code source} from its top left corner: a {@link BufferedImage#TYPE_3BYTE_BGR}, {@link Scaler#rgbBytes} or
     * {@link BufferedImage#TYPE_INT_RGB} image, or a part of one. Returns {@code target}, or null for another pixel
     * layout.
     */
    static BufferedImage halve(BufferedImage source, BufferedImage target) {
        if (Scaler.isBgrBytes(source)) return halveBytes(source, target, 2);
        if (Scaler.isRgbBytes(source)) return halveBytes(source, target, 0);
        if (source.getType() == BufferedImage.TYPE_INT_RGB && source.getRaster().getSampleModel() instanceof SinglePixelPackedSampleModel) {
            return halveInts(source, target);
        }
        return null;
    }

    private static BufferedImage halveBytes(BufferedImage source, BufferedImage target, int red) {
        PixelInterleavedSampleModel layout = (PixelInterleavedSampleModel) source.getRaster().getSampleModel();
        DataBufferByte buffer = (DataBufferByte) source.getRaster().getDataBuffer();
        int blue = 2 - red;
        byte[] in = buffer.getData();
        int stride = layout.getScanlineStride();
        int originX = -source.getRaster().getSampleModelTranslateX();
        int originY = -source.getRaster().getSampleModelTranslateY();
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

    private static BufferedImage halveInts(BufferedImage source, BufferedImage target) {
        SinglePixelPackedSampleModel layout = (SinglePixelPackedSampleModel) source.getRaster().getSampleModel();
        DataBufferInt buffer = (DataBufferInt) source.getRaster().getDataBuffer();
        int[] in = buffer.getData();
        int stride = layout.getScanlineStride();
        int originX = -source.getRaster().getSampleModelTranslateX();
        int originY = -source.getRaster().getSampleModelTranslateY();
        int width = target.getWidth();
        int height = target.getHeight();
        int[] out = ((DataBufferInt) target.getRaster().getDataBuffer()).getData();
        for (int row = 0; row < height; row++) {
            int top = buffer.getOffset() + (originY + 2 * row) * stride + originX;
            int bottom = top + stride;
            int o = row * width;
            for (int col = 0; col < width; col++, top += 2, bottom += 2) {
                int p = in[top];
                int q = in[top + 1];
                int s = in[bottom];
                int t = in[bottom + 1];
                int r = (p >> 16 & 0xFF) + (q >> 16 & 0xFF) + (s >> 16 & 0xFF) + (t >> 16 & 0xFF);
                int g = (p >> 8 & 0xFF) + (q >> 8 & 0xFF) + (s >> 8 & 0xFF) + (t >> 8 & 0xFF);
                int b = (p & 0xFF) + (q & 0xFF) + (s & 0xFF) + (t & 0xFF);
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
}
