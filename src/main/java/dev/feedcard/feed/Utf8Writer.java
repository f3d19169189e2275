package dev.feedcard.feed;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A Writer that encodes as UTF-8 into memory, and can escape XML text in the same pass. A feed's content is most of
 * its bytes, and on the JVM feedcard runs in (C1 only, serial GC, see TunedJvm) each pass over it or copy of it costs:
 * an escaped copy, a String of the whole document, an OutputStreamWriter's buffers, a ByteArrayOutputStream's growth.
 * Here the characters are encoded in one pass, and the bytes kept in blocks that are copied once, into the result.
 * Not thread-safe.
 */
final class Utf8Writer extends Writer {
    /** How many characters are encoded at a time, copied out in one call (indexing a String is slow in C1). */
    private static final int CHUNK = 2048;
    /** The most bytes one character can take: "&#x26;" for "&" (a surrogate pair takes at most "&#x10ffff;"). */
    private static final int MAX_BYTES_PER_CHAR = 6;
    private static final int BLOCK = 64 * 1024;

    /**
     * How text is escaped: which ASCII characters become which references, what characters beyond the BMP become, and
     * whether characters XML cannot hold are refused.
     */
    static final class Escapes {
        /** None: text as it is, characters beyond the BMP in four bytes, a surrogate without its pair as "?". */
        static final Escapes NONE = new Escapes(new byte[0x80][], false, false);
        /** In {@link #ascii}: a control character XML cannot hold. */
        private static final byte[] NOT_XML = new byte[0];

        /**
         * For each ASCII character, what it is written as, or null for itself. Looking every one up costs less than
         * telling those that may need escaping from the rest: letters and spaces alternate too irregularly for the
         * processor to predict such a test.
         */
        private final byte[][] ascii;
        private final boolean referToSupplementary;
        private final boolean xml;

        private Escapes(byte[][] ascii, boolean referToSupplementary, boolean xml) {
            this.ascii = ascii;
            this.referToSupplementary = referToSupplementary;
            this.xml = xml;
        }

        /**
         * XML text with "&" and "<" written as {@code ampersand} and {@code lessThan}, ">" as {@code &gt;} and a
         * carriage return as {@code &#xD;} (which a parser would otherwise read as a line feed); characters beyond
         * the BMP as hexadecimal references ({@code &#x1f600;}) when {@code referToSupplementary}, else as they are.
         * The characters XML 1.0 forbids (controls but tab and line ends, U+FFFE, U+FFFF, a surrogate without its
         * pair) are refused, as JDOM refuses them in a Text.
         */
        static Escapes xmlText(String ampersand, String lessThan, boolean referToSupplementary) {
            byte[][] ascii = new byte[0x80][];
            for (char c = 0; c < ' '; c++) if (c != '\t' && c != '\n' && c != '\r') ascii[c] = NOT_XML;
            ascii['&'] = ampersand.getBytes(StandardCharsets.US_ASCII);
            ascii['<'] = lessThan.getBytes(StandardCharsets.US_ASCII);
            ascii['>'] = "&gt;".getBytes(StandardCharsets.US_ASCII);
            ascii['\r'] = "&#xD;".getBytes(StandardCharsets.US_ASCII);
            return new Escapes(ascii, referToSupplementary, true);
        }
    }

    /**
     * Characters written but not encoded yet: they are encoded a chunk at a time, so that the many short writes of
     * JDOM and Jackson (a tag, an attribute's characters one by one, the text between two escaped quotes) cost a copy.
     */
    private final char[] chars = new char[CHUNK];
    private int pending;
    private final byte[] encoded = new byte[MAX_BYTES_PER_CHAR * CHUNK];
    /** The bytes written: every block full but the last, {@link #block}, which holds {@link #used} bytes. */
    private final List<byte[]> blocks = new ArrayList<>();
    private byte[] block = new byte[BLOCK];
    private int used;

    /** Writes {@code text} escaped as {@code escapes} says. */
    void write(String text, Escapes escapes) {
        encodePending(Escapes.NONE, false);
        for (int from = 0; from < text.length(); ) {
            int n = Math.min(CHUNK - pending, text.length() - from);
            text.getChars(from, from + n, chars, pending);
            pending += n;
            from += n;
            encodePending(escapes, from < text.length());
        }
    }

    /** Writes bytes that are UTF-8 already, as they are. */
    void write(byte[] utf8) {
        encodePending(Escapes.NONE, false);
        append(utf8, 0, utf8.length);
    }

    @Override
    public void write(String s, int off, int len) {
        for (int end = off + len; off < end; ) {
            if (pending == CHUNK) encodePending(Escapes.NONE, true);
            int n = Math.min(CHUNK - pending, end - off);
            s.getChars(off, off + n, chars, pending);
            pending += n;
            off += n;
        }
    }

    @Override
    public void write(char[] cbuf, int off, int len) {
        for (int end = off + len; off < end; ) {
            if (pending == CHUNK) encodePending(Escapes.NONE, true);
            int n = Math.min(CHUNK - pending, end - off);
            System.arraycopy(cbuf, off, chars, pending, n);
            pending += n;
            off += n;
        }
    }

    @Override
    public void write(int c) {
        if (pending == CHUNK) encodePending(Escapes.NONE, true);
        chars[pending++] = (char) c;
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }

    /** How many bytes have been written. */
    int size() {
        encodePending(Escapes.NONE, false);
        return blocks.size() * BLOCK + used;
    }

    /** What was written, as many bytes as that took. */
    byte[] toByteArray() {
        byte[] all = new byte[size()];
        for (int i = 0; i < blocks.size(); i++) System.arraycopy(blocks.get(i), 0, all, i * BLOCK, BLOCK);
        System.arraycopy(block, 0, all, blocks.size() * BLOCK, used);
        return all;
    }

    /**
     * Encodes the pending characters, escaped as {@code escapes} says, but for a high surrogate at their end when
     * {@code more} may follow to pair with it.
     */
    private void encodePending(Escapes escapes, boolean more) {
        int count = pending;
        boolean keep = more && count > 0 && Character.isHighSurrogate(chars[count - 1]);
        if (keep) count--;
        append(encoded, 0, encodeChars(count, escapes));
        pending = 0;
        if (keep) chars[pending++] = chars[count];
    }

    /** Writes the character reference {@code &#x1f600;} for a code point at {@code p}; returns the position after it. */
    private static int reference(int codePoint, byte[] out, int p) {
        out[p++] = '&';
        out[p++] = '#';
        out[p++] = 'x';
        for (int shift = (31 - Integer.numberOfLeadingZeros(codePoint)) / 4 * 4; shift >= 0; shift -= 4) {
            out[p++] = (byte) Character.forDigit(codePoint >> shift & 0xF, 16);
        }
        out[p++] = ';';
        return p;
    }

    /**
     * Encodes the first {@code count} of {@link #chars} into {@link #encoded}, returning how many bytes that took. A
     * surrogate without its other half becomes "?", as Java's own UTF-8 encoder writes it, unless it is refused.
     */
    private int encodeChars(int count, Escapes escapes) {
        char[] in = chars;
        byte[] out = encoded;
        byte[][] ascii = escapes.ascii;
        int p = 0;
        for (int i = 0; i < count; i++) {
            char c = in[i];
            if (c < 0x80) {
                byte[] escape = ascii[c];
                if (escape == null) {
                    out[p++] = (byte) c;
                } else if (escape == Escapes.NOT_XML) {
                    throw notXml(c);
                } else {
                    System.arraycopy(escape, 0, out, p, escape.length);
                    p += escape.length;
                }
            } else if (c < 0x800) {
                out[p++] = (byte) (0xC0 | c >> 6);
                out[p++] = (byte) (0x80 | c & 0x3F);
            } else if (!Character.isSurrogate(c)) {
                if (c >= 0xFFFE && escapes.xml) throw notXml(c);
                out[p++] = (byte) (0xE0 | c >> 12);
                out[p++] = (byte) (0x80 | c >> 6 & 0x3F);
                out[p++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c) && i + 1 < count && Character.isLowSurrogate(in[i + 1])) {
                int codePoint = Character.toCodePoint(c, in[++i]);
                if (escapes.referToSupplementary) {
                    p = reference(codePoint, out, p);
                } else {
                    out[p++] = (byte) (0xF0 | codePoint >> 18);
                    out[p++] = (byte) (0x80 | codePoint >> 12 & 0x3F);
                    out[p++] = (byte) (0x80 | codePoint >> 6 & 0x3F);
                    out[p++] = (byte) (0x80 | codePoint & 0x3F);
                }
            } else if (escapes.xml) {
                throw notXml(c);
            } else {
                out[p++] = '?';
            }
        }
        return p;
    }

    private static IllegalArgumentException notXml(char c) {
        return new IllegalArgumentException(String.format("U+%04X cannot be written in XML", (int) c));
    }

    private void append(byte[] bytes, int offset, int length) {
        while (length > 0) {
            if (used == BLOCK) {
                blocks.add(block);
                block = new byte[BLOCK];
                used = 0;
            }
            int n = Math.min(length, BLOCK - used);
            System.arraycopy(bytes, offset, block, used, n);
            used += n;
            offset += n;
            length -= n;
        }
    }
}
