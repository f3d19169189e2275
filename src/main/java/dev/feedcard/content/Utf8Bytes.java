package dev.feedcard.content;

/**
 * What a post file's bytes are, told from the bytes themselves, without decoding them: reading ten thousand posts
 * only needs their front matter decoded, yet every file must be checked to be text. Accepts exactly what Java's
 * strict UTF-8 decoder accepts (no overlong forms, no surrogates, nothing above U+10FFFF, no cut-off sequence).
 */
final class Utf8Bytes {
    /** What a file's bytes hold. */
    enum Kind {
        TEXT,
        /** not UTF-8 (this wins over NUL bytes, as a decoder would report it first) */
        NOT_UTF8,
        /** UTF-8 with NUL bytes, which no text file has */
        HAS_NUL
    }

    private Utf8Bytes() {
    }

    static Kind of(byte[] b) {
        boolean nul = false;
        int i = 0;
        int n = b.length;
        while (i < n) {
            int c = b[i];
            if (c > 0) {
                i++;
                continue;
            }
            if (c == 0) {
                nul = true;
                i++;
                continue;
            }
            c &= 0xFF;
            int length = c < 0xC2 ? 0 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : c < 0xF5 ? 4 : 0;
            if (length == 0 || i + length > n) return Kind.NOT_UTF8;
            for (int k = 1; k < length; k++) if ((b[i + k] & 0xC0) != 0x80) return Kind.NOT_UTF8;
            int second = b[i + 1] & 0xFF;
            if (c == 0xE0 && second < 0xA0 || c == 0xED && second >= 0xA0 || c == 0xF0 && second < 0x90 || c == 0xF4 && second >= 0x90) {
                return Kind.NOT_UTF8; // overlong, a surrogate, or above U+10FFFF
            }
            i += length;
        }
        return nul ? Kind.HAS_NUL : Kind.TEXT;
    }
}
