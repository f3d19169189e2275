package dev.feedcard.card;

import java.net.URI;

/**
 * The image that stands for a post wherever it is shared or listed: its card, or a remote image used as it is.
 *
 * @param width 0 when unknown (a remote image)
 * @param height 0 when unknown
 * @param bytes 0 when unknown
 * @param type the media type, such as image/jpeg
 */
public record CardImage(URI url, int width, int height, long bytes, String type, String alt) {
    /** Whether the image's width and height are known (a remote image's are not). */
    public boolean sizeKnown() {
        return width > 0 && height > 0;
    }
}
