package dev.feedcard.cache;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * A fingerprint of bytes: their length with their CRC-32 and CRC-32C, 64 bits that tell any edited file or text
 * from the one stored. It tells changes apart, it does not resist forgery (the site's author writes both), and it is
 * many times quicker than SHA-256 on the JVM feedcard runs in (see TunedJvm). Made at once ({@link #of}) or from
 * bytes added in parts.
 */
public final class Fingerprint {
    private final CRC32 crc32 = new CRC32();
    private final CRC32C crc32c = new CRC32C();
    private long length;

    /** Adds {@code count} bytes from {@code offset}. */
    public Fingerprint add(byte[] bytes, int offset, int count) {
        crc32.update(bytes, offset, count);
        crc32c.update(bytes, offset, count);
        length += count;
        return this;
    }

    /** The fingerprint of the bytes added: length, CRC-32 and CRC-32C, as "length:crc32:crc32c" in hexadecimal. */
    public String text() {
        return length + ":" + Long.toHexString(crc32.getValue()) + ":" + Long.toHexString(crc32c.getValue());
    }

    /** The fingerprint of {@code bytes}. */
    public static String of(byte[] bytes) {
        return new Fingerprint().add(bytes, 0, bytes.length).text();
    }

    /** The fingerprint of a text's UTF-8 bytes. */
    public static String of(String text) {
        return of(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The fingerprint of a file's bytes; "none" without a file, "unreadable" when it cannot be read. */
    public static String of(Path file) {
        if (file == null) return "none";
        Fingerprint fingerprint = new Fingerprint();
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) fingerprint.add(buffer, 0, n);
        } catch (IOException e) {
            return "unreadable";
        }
        return fingerprint.text();
    }

    /** The CRC-32 that a store files with an entry, so that one a crash damaged is read as a miss. */
    static int checksum(byte[] bytes, int offset, int count) {
        CRC32 crc = new CRC32();
        crc.update(bytes, offset, count);
        return (int) crc.getValue();
    }
}
