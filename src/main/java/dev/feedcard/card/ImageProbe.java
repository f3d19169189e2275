package dev.feedcard.card;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

/**
 * Reads what an image file's header says (format, size, orientation, how a JPEG is stored) without decoding its pixels, and names what
 * a file is when it is not an image feedcard can read.
 */
public final class ImageProbe {
    /** ImageIO's format names that feedcard makes cards from, with the names people know them by. */
    private static final Map<String, String> FORMATS = Map.of(
            "jpeg", "JPEG", "jpg", "JPEG", "png", "PNG", "gif", "GIF", "webp", "WebP", "bmp", "BMP", "tif", "TIFF", "tiff", "TIFF");
    static final String SUPPORTED_HINT = "use a JPEG, PNG, GIF or WebP image";

    static {
        ImageIO.setUseCache(false);
    }

    private ImageProbe() {
    }

    /** The header of the image in {@code file}, or why it cannot be used. */
    public static ImageHeader probe(Path file) throws UnusableImageException {
        long bytes;
        try {
            bytes = Files.size(file);
        } catch (IOException e) {
            throw new UnusableImageException("cannot read the image: " + e.getMessage(), "check that the file exists and can be read");
        }
        if (bytes == 0) throw new UnusableImageException("the image file is empty", "export the image again, or point to another one");
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            if (in == null) throw new UnusableImageException("cannot open the image", "check that the file can be read");
            ImageReader reader = readerFor(in, file);
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                String format = format(reader);
                boolean jpeg = format.equals("JPEG");
                Orientation orientation = jpeg ? Orientation.ofJpeg(in) : Orientation.NORMAL;
                JpegLayout layout = jpeg ? JpegLayout.read(in) : JpegLayout.STREAMED;
                return new ImageHeader(format, width, height, orientation, bytes, layout.progressive(), layout.wholeImageBytes(), layout.colourProfile());
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw new UnusableImageException("the image's header cannot be read (" + describe(e) + "); the file is damaged or not what its name says",
                    "open the image in an editor and export it again as JPEG or PNG");
        }
    }

    /** A reader for a format feedcard makes cards from, or an exception naming what the file is instead. */
    static ImageReader readerFor(ImageInputStream in, Path file) throws IOException, UnusableImageException {
        Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
        while (readers.hasNext()) {
            ImageReader reader = readers.next();
            if (FORMATS.containsKey(reader.getOriginatingProvider().getFormatNames()[0].toLowerCase(Locale.ROOT))) return reader;
        }
        throw new UnusableImageException(whatItIs(file) + ", not an image feedcard can read", SUPPORTED_HINT);
    }

    static String format(ImageReader reader) {
        return FORMATS.getOrDefault(reader.getOriginatingProvider().getFormatNames()[0].toLowerCase(Locale.ROOT), "image");
    }

    /** Names a file from its first bytes: "the file is an SVG drawing", "the file is text". */
    static String whatItIs(Path file) {
        byte[] head = new byte[512];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            return "the file cannot be read";
        }
        String ascii = new String(head, 0, n, StandardCharsets.ISO_8859_1);
        String lower = ascii.toLowerCase(Locale.ROOT);
        if (n >= 12 && ascii.startsWith("ftyp", 4)) {
            String brand = ascii.substring(8, 12);
            if (brand.startsWith("avi")) return "the file is an AVIF image";
            if (brand.startsWith("hei") || brand.startsWith("hev") || brand.equals("mif1") || brand.equals("msf1")) return "the file is a HEIC/HEIF image";
            return "the file is an MP4/QuickTime file";
        }
        if (lower.contains("<svg")) return "the file is an SVG drawing";
        if (ascii.startsWith("%PDF")) return "the file is a PDF document";
        if (n >= 2 && (head[0] & 0xff) == 0xff && (head[1] & 0xff) == 0xd8) return "the file looks like a JPEG, but a broken one";
        if (ascii.startsWith("\u0089PNG")) return "the file looks like a PNG, but a broken one";
        if (ascii.startsWith("GIF8")) return "the file looks like a GIF, but a broken one";
        if (ascii.startsWith("RIFF") && ascii.startsWith("WEBP", 8)) return "the file looks like a WebP image, but a broken or unusual one";
        if (ascii.startsWith("<!doctype html") || lower.startsWith("<html")) return "the file is an HTML page";
        if (looksLikeText(head, n)) return "the file is text";
        return "the file is of an unknown kind";
    }

    private static boolean looksLikeText(byte[] head, int n) {
        if (n == 0) return false;
        for (int i = 0; i < n; i++) {
            int b = head[i] & 0xff;
            if (b < 0x09 || b > 0x0d && b < 0x20 && b != 0x1b) return false;
        }
        return true;
    }

    static String describe(Throwable e) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) return e.getClass().getSimpleName();
        return message.strip();
    }
}
