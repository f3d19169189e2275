package dev.feedcard.card;

/**
 * What an image file's header says, read without decoding its pixels.
 *
 * @param format the format's usual name: JPEG, PNG, GIF, WebP, BMP, TIFF
 * @param width the stored width in pixels
 * @param height the stored height in pixels
 * @param orientation how the image is to be turned for display (EXIF orientation, 1 when none is given)
 * @param bytes the file's size
 * @param progressive a progressive JPEG
 * @param wholeImageBytes the memory outside Java's heap that decoding holds for the whole image (a progressive
 *                        JPEG's coefficients, see {@link JpegLayout}); 0 for an image decoded a band at a time
 * @param colourProfile a JPEG with an embedded ICC colour profile, which Java's reader applies to its pixels
 */
public record ImageHeader(String format, int width, int height, Orientation orientation, long bytes, boolean progressive, long wholeImageBytes,
                          boolean colourProfile) {

    /** The number of pixels, width times height. */
    public long pixels() {
        return (long) width * height;
    }

    /** The width as the image is shown, after its orientation is applied. */
    public int shownWidth() {
        return orientation.swapsAxes() ? height : width;
    }

    /** The height as the image is shown, after its orientation is applied. */
    public int shownHeight() {
        return orientation.swapsAxes() ? width : height;
    }
}
