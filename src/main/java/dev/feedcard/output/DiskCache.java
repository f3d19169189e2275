package dev.feedcard.output;

import dev.feedcard.work.Cores;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * A folder of values kept between builds, each filed under the SHA-256 of its key, so that work whose inputs have
 * not changed (a card made from the same image bytes with the same settings) is not done again. Files are written
 * whole; a damaged or missing file is simply a miss. New values are held until {@link #commit}, which writes them and
 * removes the entries the build did not use, so a build that publishes nothing changes nothing in the folder.
 * Entries are not forced to disk one by one (thousands of waits for the disk in a large blog's first build): each
 * starts with its value's length and checksum instead, and one that a crash left damaged does not match them.
 */
public final class DiskCache {
    private static final int HEADER_BYTES = 8;
    private final Path folder;
    private final AtomicWriter writer;
    private final Set<String> used = ConcurrentHashMap.newKeySet();
    private final Map<Path, Supplier<byte[]>> pending = new ConcurrentHashMap<>();

    public DiskCache(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
        this.writer = new AtomicWriter(this.folder, false);
    }

    /** The value filed under {@code key}, or null. */
    public byte[] get(String key) {
        Path file = fileInUse(key);
        try {
            return checked(Files.readAllBytes(file));
        } catch (IOException e) {
            return null; // none filed (or unreadable): made again
        }
    }

    /** Keeps the value filed under {@code key} (if any) at the next {@link #commit}, without reading it. */
    public void keep(String key) {
        fileInUse(key);
    }

    /** A value as it is filed: its length and CRC-32, then its bytes. */
    public static byte[] filed(byte[] value) {
        return ByteBuffer.allocate(HEADER_BYTES + value.length).putInt(value.length).putInt((int) crc32(value)).put(value).array();
    }

    /** The value in a filed entry, or null when the entry is damaged (cut short, or not the bytes that were filed). */
    private static byte[] checked(byte[] entry) {
        if (entry.length < HEADER_BYTES) return null;
        ByteBuffer header = ByteBuffer.wrap(entry, 0, HEADER_BYTES);
        int length = header.getInt();
        int crc = header.getInt();
        if (length != entry.length - HEADER_BYTES) return null;
        byte[] value = Arrays.copyOfRange(entry, HEADER_BYTES, entry.length);
        return (int) crc32(value) == crc ? value : null;
    }

    private static long crc32(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return crc.getValue();
    }

    /**
     * Files the value under {@code key} at the next {@link #commit}, which is when {@code value} is asked for: so a
     * build holds no second copy of what it made (a card, a rendered post) until then.
     */
    public void put(String key, Supplier<byte[]> value) {
        pending.put(fileInUse(key), value);
    }

    /**
     * Writes the new values (on every core: a large blog's first build files thousands) and removes the entries this
     * build neither read nor wrote (only files named as entries: never a file of the user's); failures only cost time later.
     */
    public void commit() {
        Cores.forEach(pending.entrySet(), entry -> {
            try {
                writer.write(entry.getKey(), filed(entry.getValue().get()));
            } catch (IOException e) {
                // the next build makes the value again
            }
        });
        pending.clear();
        if (!Files.isDirectory(folder)) return;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path file : files) {
                if (!used.contains(file.getFileName().toString()) && CacheFolder.isEntry(file)) Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // an entry left behind is removed by a later build
        }
    }

    /** The file of the entry filed under {@code key}, marked as used by this build (so kept at the commit). */
    private Path fileInUse(String key) {
        Path file = file(key);
        used.add(file.getFileName().toString());
        return file;
    }

    private Path file(String key) {
        return folder.resolve(sha256(key.getBytes(StandardCharsets.UTF_8)) + ".bin");
    }

    private static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    /**
     * A fingerprint of {@code bytes} for a cache key: their length with their CRC-32 and CRC-32C, 64 bits that tell
     * any edited file or text from the one stored. It tells changes apart, it does not resist forgery (the site's
     * author writes both), and it is many times quicker than SHA-256 on the JVM feedcard runs in (see TunedJvm).
     */
    public static String fingerprint(byte[] bytes) {
        CRC32 crc32 = new CRC32();
        CRC32C crc32c = new CRC32C();
        crc32.update(bytes);
        crc32c.update(bytes);
        return fingerprint(bytes.length, crc32, crc32c);
    }

    /** The {@link #fingerprint} of a text's UTF-8 bytes. */
    public static String fingerprint(String text) {
        return fingerprint(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The {@link #fingerprint} of a file's bytes; "none" without a file, "unreadable" when it cannot be read. */
    public static String fingerprint(Path file) {
        if (file == null) return "none";
        CRC32 crc32 = new CRC32();
        CRC32C crc32c = new CRC32C();
        long length = 0;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; length += n) {
                crc32.update(buffer, 0, n);
                crc32c.update(buffer, 0, n);
            }
        } catch (IOException e) {
            return "unreadable";
        }
        return fingerprint(length, crc32, crc32c);
    }

    private static String fingerprint(long length, CRC32 crc32, CRC32C crc32c) {
        return length + ":" + Long.toHexString(crc32.getValue()) + ":" + Long.toHexString(crc32c.getValue());
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
