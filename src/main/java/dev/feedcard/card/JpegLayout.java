package dev.feedcard.card;

import javax.imageio.stream.ImageInputStream;
import java.io.IOException;

/**
 * How a JPEG's pixels are stored, read from its markers up to the first scan: whether it is progressive, whether
 * its first scan holds all its colour channels, and so how much memory its decoder holds at once.
 *
 * @param progressive stored in passes that refine the whole image (SOF2, SOF6, SOF10, SOF14)
 * @param wholeImage the decoder keeps every DCT coefficient of the image until the last scan: a progressive JPEG,
 *                   or a sequential one whose channels come in scans of their own
 * @param coefficientBytes the memory those coefficients take, as libjpeg (Java's JPEG reader) lays them out: for
 *                         each channel, its 8x8 blocks (rounded up to whole sampling units) of 64 two-byte values
 * @param colourProfile an ICC colour profile is embedded (an APP2 segment named ICC_PROFILE), which Java's reader
 *                      applies to the pixels
 */
record JpegLayout(boolean progressive, boolean wholeImage, long coefficientBytes, boolean colourProfile) {
    /** A JPEG decoded a band of rows at a time, or markers this reader does not follow: nothing held for the whole image. */
    static final JpegLayout STREAMED = new JpegLayout(false, false, 0, false);
    private static final byte[] ICC_PROFILE = "ICC_PROFILE\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /** The memory the decoder holds for the whole image while it decodes: 0 when it decodes a band at a time. */
    long wholeImageBytes() {
        return wholeImage ? coefficientBytes : 0;
    }

    /**
     * Reads the markers of the JPEG in {@code in} from its start up to its first scan; leaves the stream anywhere.
     * A file that ends or goes wrong before its first scan is {@link #STREAMED}: decoding it says what is wrong.
     */
    static JpegLayout read(ImageInputStream in) {
        try {
            return markers(in);
        } catch (IOException e) {
            return STREAMED;
        }
    }

    private static JpegLayout markers(ImageInputStream in) throws IOException {
        in.seek(0);
        if (in.readUnsignedShort() != 0xFFD8) return STREAMED;
        boolean progressive = false;
        boolean profile = false;
        int[] h = null;
        int[] v = null;
        int width = 0;
        int height = 0;
        while (true) {
            if (in.readUnsignedByte() != 0xFF) return STREAMED;
            int marker = in.readUnsignedByte();
            while (marker == 0xFF) marker = in.readUnsignedByte(); // fill bytes
            if (marker == 0x01 || marker >= 0xD0 && marker <= 0xD8) continue; // markers without a length
            if (marker == 0xD9) return STREAMED;
            int length = in.readUnsignedShort();
            long next = in.getStreamPosition() + length - 2;
            if (isStartOfFrame(marker)) {
                progressive = marker == 0xC2 || marker == 0xC6 || marker == 0xCA || marker == 0xCE;
                in.readUnsignedByte(); // sample precision
                height = in.readUnsignedShort();
                width = in.readUnsignedShort();
                int components = in.readUnsignedByte();
                h = new int[components];
                v = new int[components];
                for (int i = 0; i < components; i++) {
                    in.readUnsignedByte(); // component id
                    int sampling = in.readUnsignedByte();
                    h[i] = Math.max(1, sampling >> 4);
                    v[i] = Math.max(1, sampling & 0x0F);
                    in.readUnsignedByte(); // quantisation table
                }
            } else if (marker == 0xE2 && length - 2 >= ICC_PROFILE.length) {
                byte[] name = new byte[ICC_PROFILE.length];
                in.readFully(name);
                profile |= java.util.Arrays.equals(name, ICC_PROFILE);
            } else if (marker == 0xDA) {
                if (h == null) return STREAMED;
                int scanComponents = in.readUnsignedByte();
                boolean wholeImage = progressive || scanComponents < h.length;
                return new JpegLayout(progressive, wholeImage, coefficientBytes(width, height, h, v), profile);
            }
            in.seek(next);
        }
    }

    private static boolean isStartOfFrame(int marker) {
        return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
    }

    /** As libjpeg's jdcoefct.c allocates them: each channel's blocks, rounded up to its sampling factors, 128 bytes each. */
    static long coefficientBytes(int width, int height, int[] h, int[] v) {
        int hMax = 1;
        int vMax = 1;
        for (int i = 0; i < h.length; i++) {
            hMax = Math.max(hMax, h[i]);
            vMax = Math.max(vMax, v[i]);
        }
        long bytes = 0;
        for (int i = 0; i < h.length; i++) {
            long blocksWide = roundUp(ceilDiv((long) width * h[i], 8L * hMax), h[i]);
            long blocksHigh = roundUp(ceilDiv((long) height * v[i], 8L * vMax), v[i]);
            bytes += blocksWide * blocksHigh * 64 * 2;
        }
        return bytes;
    }

    private static long ceilDiv(long a, long b) {
        return (a + b - 1) / b;
    }

    private static long roundUp(long a, long b) {
        return ceilDiv(a, b) * b;
    }
}
