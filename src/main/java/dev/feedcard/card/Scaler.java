package dev.feedcard.card;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;

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
            current = draw(current, x, y, w, h, nw, nh, RenderingHints.VALUE_INTERPOLATION_BILINEAR, BufferedImage.TYPE_INT_RGB);
            x = 0;
            y = 0;
            w = nw;
            h = nh;
        }
        boolean enlarging = w < width || h < height;
        return draw(current, x, y, w, h, width, height,
                enlarging ? RenderingHints.VALUE_INTERPOLATION_BICUBIC : RenderingHints.VALUE_INTERPOLATION_BILINEAR, CARD_TYPE);
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
