package dev.feedcard.card;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.awt.image.PixelInterleavedSampleModel;
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

    private Scaler() {
    }

    static BufferedImage scale(BufferedImage source, Rectangle2D region, int width, int height) {
        int w = Math.max(1, Math.min(source.getWidth(), (int) Math.round(region.getWidth())));
        int h = Math.max(1, Math.min(source.getHeight(), (int) Math.round(region.getHeight())));
        int x = Math.max(0, Math.min(source.getWidth() - w, (int) Math.round(region.getX()))); // the nearest whole-pixel crop
        int y = Math.max(0, Math.min(source.getHeight() - h, (int) Math.round(region.getY())));
        BufferedImage current = source;
        while (w / 2 >= width && h / 2 >= height) {
            int nw = w / 2;
            int nh = h / 2;
            BufferedImage halved = halve(current, x, y, nw, nh);
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
     * The {@code width} x {@code height} image whose every pixel is the average of a 2x2 block of the three-byte BGR
     * {@code source} from ({@code x}, {@code y}): what bilinear filtering at exactly half the size gives, in a plain
     * loop over the bytes instead of Java2D's general transform (a fifth of a photo card's time). Null for another
     * pixel layout, which Java2D halves.
     */
    static BufferedImage halve(BufferedImage source, int x, int y, int width, int height) {
        if (source.getType() != BufferedImage.TYPE_3BYTE_BGR
                || !(source.getRaster().getSampleModel() instanceof PixelInterleavedSampleModel layout)
                || !(source.getRaster().getDataBuffer() instanceof DataBufferByte buffer)
                || layout.getPixelStride() != 3 || !Arrays.equals(layout.getBandOffsets(), new int[] {2, 1, 0})) {
            return null;
        }
        byte[] in = buffer.getData();
        int stride = layout.getScanlineStride();
        int originX = x - source.getRaster().getSampleModelTranslateX();
        int originY = y - source.getRaster().getSampleModelTranslateY();
        BufferedImage target = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        int[] out = ((DataBufferInt) target.getRaster().getDataBuffer()).getData();
        for (int row = 0; row < height; row++) {
            int top = buffer.getOffset() + (originY + 2 * row) * stride + 3 * originX;
            int bottom = top + stride;
            int o = row * width;
            for (int col = 0; col < width; col++, top += 6, bottom += 6) {
                int b = (in[top] & 0xFF) + (in[top + 3] & 0xFF) + (in[bottom] & 0xFF) + (in[bottom + 3] & 0xFF);
                int g = (in[top + 1] & 0xFF) + (in[top + 4] & 0xFF) + (in[bottom + 1] & 0xFF) + (in[bottom + 4] & 0xFF);
                int r = (in[top + 2] & 0xFF) + (in[top + 5] & 0xFF) + (in[bottom + 2] & 0xFF) + (in[bottom + 5] & 0xFF);
                out[o + col] = ((r + 2) >> 2) << 16 | ((g + 2) >> 2) << 8 | (b + 2) >> 2;
            }
        }
        return target;
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
