package dev.feedcard.cache;

import dev.feedcard.work.Cores;
import dev.feedcard.output.AtomicWriter;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * A folder of values kept between builds, each in a file named by its {@link CacheKey}, so that work whose inputs have
 * not changed (a card made from the same image bytes with the same settings) is not done again. Files are written
 * whole; a damaged or missing file is simply a miss. New values are held until {@link #commit}, which writes them and
 * removes the entries the build did not use, so a build that publishes nothing changes nothing in the folder.
 * Entries are not forced to disk one by one (thousands of waits for the disk in a large blog's first build): each
 * starts with its value's checksum and length instead, and one that a crash left damaged does not match them.
 */
public final class DiskCache implements Store {
    private final Path folder;
    private final AtomicWriter writer;
    private final Set<String> used = ConcurrentHashMap.newKeySet();
    private final Map<Path, Supplier<byte[]>> pending = new ConcurrentHashMap<>();

    public DiskCache(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
        this.writer = new AtomicWriter(this.folder, false);
    }

    @Override
    public byte[] get(CacheKey key) {
        Path file = fileInUse(key);
        try {
            return checked(Files.readAllBytes(file));
        } catch (IOException e) {
            return null; // none filed (or unreadable): made again
        }
    }

    @Override
    public void keep(CacheKey key) {
        fileInUse(key);
    }

    /** A value as it is filed: its CRC-32, then its length and bytes. */
    private static byte[] filed(byte[] value) {
        return new EntryWriter().number(Fingerprint.checksum(value, 0, value.length)).bytes(value).toBytes();
    }

    /** The value in a filed entry, or null when the entry is damaged (cut short, or not the bytes that were filed). */
    private static byte[] checked(byte[] entry) {
        try {
            EntryReader in = new EntryReader(entry);
            int checksum = in.number();
            byte[] value = in.bytes();
            return in.atEnd() && Fingerprint.checksum(value, 0, value.length) == checksum ? value : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * Files the value under {@code key} at the next {@link #commit}, which is when {@code value} is asked for: so a
     * build holds no second copy of what it made (a card, a rendered post) until then.
     */
    @Override
    public void put(CacheKey key, Supplier<byte[]> value) {
        pending.put(fileInUse(key), value);
    }

    /**
     * Writes the new values (on every core: a large blog's first build files thousands) and removes the entries this
     * build neither read nor wrote (only files named as entries: never a file of the user's); failures only cost time later.
     */
    @Override
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
    private Path fileInUse(CacheKey key) {
        Path file = file(key);
        used.add(file.getFileName().toString());
        return file;
    }

    private Path file(CacheKey key) {
        return folder.resolve(key.hex() + ".bin");
    }
}
