package dev.feedcard.card;

import com.twelvemonkeys.imageio.metadata.Directory;
import com.twelvemonkeys.imageio.metadata.Entry;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEG;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegment;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegmentUtil;
import com.twelvemonkeys.imageio.metadata.tiff.TIFF;
import com.twelvemonkeys.imageio.metadata.tiff.TIFFReader;

import javax.imageio.ImageIO;
import javax.imageio.stream.ImageInputStream;
import java.awt.geom.AffineTransform;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * The EXIF orientation of a photo: how the stored pixels are turned or mirrored to be shown upright.
 * Cameras store the sensor's rows as they come and record the way the camera was held in this tag.
 */
public enum Orientation {
    NORMAL(1), MIRROR_HORIZONTAL(2), ROTATE_180(3), MIRROR_VERTICAL(4),
    TRANSPOSE(5), ROTATE_90_CW(6), TRANSVERSE(7), ROTATE_90_CCW(8);

    private final int exif;

    Orientation(int exif) {
        this.exif = exif;
    }

    /** The value of the EXIF tag (1-8). */
    public int exifValue() {
        return exif;
    }

    /** The orientation an EXIF value names; NORMAL for values outside 1-8, as viewers do. */
    public static Orientation of(int exif) {
        for (Orientation o : values()) if (o.exif == exif) return o;
        return NORMAL;
    }

    /** True when the shown image is the stored one turned by a quarter: its width is the stored height. */
    public boolean swapsAxes() {
        return exif >= 5;
    }

    /** Maps stored pixel coordinates of a {@code width} x {@code height} image to the upright image's. */
    public AffineTransform transform(int width, int height) {
        return switch (this) {
            case NORMAL -> new AffineTransform();
            case MIRROR_HORIZONTAL -> new AffineTransform(-1, 0, 0, 1, width, 0);
            case ROTATE_180 -> new AffineTransform(-1, 0, 0, -1, width, height);
            case MIRROR_VERTICAL -> new AffineTransform(1, 0, 0, -1, 0, height);
            case TRANSPOSE -> new AffineTransform(0, 1, 1, 0, 0, 0);
            case ROTATE_90_CW -> new AffineTransform(0, 1, -1, 0, height, 0);
            case TRANSVERSE -> new AffineTransform(0, -1, -1, 0, height, width);
            case ROTATE_90_CCW -> new AffineTransform(0, -1, 1, 0, 0, width);
        };
    }

    /**
     * The orientation a JPEG's EXIF segment (APP1) records, reading the segments before the image data only.
     * A missing, broken or unknown tag counts as NORMAL: the image is then shown as stored, as browsers do.
     */
    static Orientation ofJpeg(ImageInputStream in) {
        try {
            in.seek(0);
            List<JPEGSegment> segments = JPEGSegmentUtil.readSegments(in, JPEG.APP1, "Exif");
            for (JPEGSegment segment : segments) {
                try (InputStream data = segment.data()) {
                    if (data.read() != 0) continue; // "Exif" is followed by two NULs; data() starts after the first
                    ImageInputStream tiff = ImageIO.createImageInputStream(data);
                    Directory directory = new TIFFReader().read(tiff);
                    Entry entry = directory.getEntryById(TIFF.TAG_ORIENTATION);
                    if (entry != null && entry.getValue() instanceof Number n) return of(n.intValue());
                }
            }
        } catch (IOException | RuntimeException e) {
            return NORMAL;
        }
        return NORMAL;
    }
}
