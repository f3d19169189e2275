package dev.feedcard.output;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * Values kept between builds, as in {@link DiskCache}, for thousands of small values (rendered posts): they are
 * filed in a few pack files instead of a file each, because making thousands of files costs a large blog's first
 * build about a second. An index ({@value #INDEX}) tells each key's pack, place, length and checksum.
 * <p>
 * A pack is written once, whole, under a new name, and never changed: a commit writes the build's new values into a
 * new pack, with the values still used from packs that are mostly unused or small (so packs do not pile up), then
 * the index, then removes the packs the index no longer names. A value is read only when its checksum matches, so
 * a damaged pack or one removed by a later build is simply a miss. A commit that adds and drops nothing writes
 * nothing.
 */
public final class PackedCache {
    static final String INDEX = "index.bin";
    private static final int INDEX_FORMAT = 0x46435031; // "FCP1"
    private static final String PACK_PREFIX = "pack-";
    private static final String PACK_SUFFIX = ".bin";
    /** A pack smaller than this is copied into the next build's pack, with its values still in use. */
    private static final long SMALL_PACK_BYTES = 4L * 1024 * 1024;

    private final Path folder;
    private final AtomicWriter writer;
    private final Set<String> used = ConcurrentHashMap.newKeySet();
    private final Map<String, Supplier<byte[]>> pending = new ConcurrentHashMap<>();
    private Map<String, Place> index;

    /** Where a value is filed: its pack's name, its first byte there, its length and CRC-32. */
    private record Place(String pack, long offset, int length, int crc) {
    }

    public PackedCache(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
        this.writer = new AtomicWriter(this.folder, false);
    }

    /** The value filed under {@code key}, or null; the value is kept at the next {@link #commit}. */
    public byte[] get(String key) {
        used.add(key);
        Place place = index().get(key);
        return place == null ? null : read(place);
    }

    /** Keeps the value filed under {@code key} (if any) at the next {@link #commit}, without reading it. */
    public void keep(String key) {
        used.add(key);
    }

    /** Files the value under {@code key} at the next {@link #commit}, which is when {@code value} is asked for. */
    public void put(String key, Supplier<byte[]> value) {
        used.add(key);
        pending.put(key, value);
    }

    /** The keys filed, as the last commit left them. */
    public Set<String> keys() {
        return Set.copyOf(index().keySet());
    }

    /**
     * Files the new values and forgets the values this build did not use; failures only cost time later. Reads the
     * index again first: another build may have committed since this one began.
     */
    public synchronized void commit() {
        try {
            Map<String, Place> filed = readIndex();
            index = null;
            Map<String, Place> kept = new LinkedHashMap<>();
            filed.forEach((key, place) -> {
                if (used.contains(key) && !pending.containsKey(key)) kept.put(key, place);
            });
            if (pending.isEmpty() && kept.size() == filed.size()) return;
            Files.createDirectories(folder);
            // a new pack takes the new values, and the kept values of the packs folded into it
            Set<String> folded = pending.isEmpty() ? Set.of() : packsToFold(kept);
            Map<String, Place> next = new LinkedHashMap<>();
            Map<String, Place> copied = new LinkedHashMap<>();
            kept.forEach((key, place) -> (folded.contains(place.pack()) ? copied : next).put(key, place));
            if (!pending.isEmpty()) next.putAll(writePack(copied));
            writer.write(folder.resolve(INDEX), encode(next));
            removePacksNotIn(next);
        } catch (IOException | UncheckedIOException e) {
            // the next build makes the values again
        } finally {
            pending.clear();
            used.clear();
        }
    }

    /**
     * Writes a new pack with the new values and the {@code copied} ones that are still readable, in the order of their
     * keys, named by its content (so the same values make the same file, however many builds were stopped before);
     * where each value is now.
     */
    private Map<String, Place> writePack(Map<String, Place> copied) throws IOException {
        Path temp = writer.newTemporaryFile(folder);
        try {
            Map<String, Place> placed = new LinkedHashMap<>();
            CRC32 crc32 = new CRC32();
            CRC32C crc32c = new CRC32C();
            Map<String, Supplier<byte[]>> values = new TreeMap<>(pending);
            copied.forEach((key, place) -> values.put(key, () -> read(place)));
            try (FileChannel out = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                for (Map.Entry<String, Supplier<byte[]>> value : values.entrySet()) {
                    byte[] bytes = value.getValue().get();
                    if (bytes != null) append(out, value.getKey(), bytes, placed, crc32, crc32c); // null: a copied value no longer readable
                }
            }
            String name = PACK_PREFIX + Files.size(temp) + "-" + Long.toHexString(crc32.getValue()) + "-" + Long.toHexString(crc32c.getValue())
                    + PACK_SUFFIX;
            Files.move(temp, folder.resolve(name), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            Map<String, Place> named = new LinkedHashMap<>();
            placed.forEach((key, place) -> named.put(key, new Place(name, place.offset(), place.length(), place.crc())));
            return named;
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Writes a value at the end of the pack being made, noting where (in a pack not yet named). */
    private static void append(FileChannel out, String key, byte[] bytes, Map<String, Place> placed, CRC32 crc32, CRC32C crc32c) throws IOException {
        placed.put(key, new Place(null, out.position(), bytes.length, crc32(bytes)));
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) out.write(buffer);
        crc32.update(bytes);
        crc32c.update(bytes);
    }

    /** The packs whose kept values are copied into the new pack: those under {@link #SMALL_PACK_BYTES} or mostly unused. */
    private Set<String> packsToFold(Map<String, Place> kept) {
        Map<String, Long> keptBytes = new HashMap<>();
        for (Place place : kept.values()) keptBytes.merge(place.pack(), (long) place.length(), Long::sum);
        Set<String> folded = new HashSet<>();
        for (Map.Entry<String, Long> pack : keptBytes.entrySet()) {
            long size;
            try {
                size = Files.size(folder.resolve(pack.getKey()));
            } catch (IOException e) {
                size = 0; // gone: folded, its values are dropped as they cannot be read
            }
            if (size < SMALL_PACK_BYTES || pack.getValue() * 2 < size) folded.add(pack.getKey());
        }
        return folded;
    }

    /** Removes the packs the index does not name and the temporary files a stopped build left; never a file of another name. */
    private void removePacksNotIn(Map<String, Place> index) throws IOException {
        Set<String> named = new HashSet<>();
        named.add(INDEX);
        for (Place place : index.values()) named.add(place.pack());
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path file : files) {
                if (!named.contains(file.getFileName().toString()) && CacheFolder.isEntry(file)) Files.deleteIfExists(file);
            }
        }
    }

    /** The value at {@code place}, or null when its pack is gone or does not hold the bytes filed there. */
    private byte[] read(Place place) {
        try (FileChannel in = FileChannel.open(folder.resolve(place.pack()), StandardOpenOption.READ)) {
            ByteBuffer buffer = ByteBuffer.allocate(place.length());
            while (buffer.hasRemaining()) {
                if (in.read(buffer, place.offset() + buffer.position()) < 0) return null;
            }
            byte[] bytes = buffer.array();
            return crc32(bytes) == place.crc() ? bytes : null;
        } catch (IOException | RuntimeException e) {
            return null; // gone, cut short, or not a place in it
        }
    }

    private synchronized Map<String, Place> index() {
        if (index == null) index = readIndex();
        return index;
    }

    /** The index as filed, or an empty one when there is none or it is damaged (then every value is a miss). */
    private Map<String, Place> readIndex() {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(folder.resolve(INDEX));
        } catch (IOException e) {
            return Map.of();
        }
        try {
            ByteBuffer in = ByteBuffer.wrap(bytes);
            if (bytes.length < 12 || in.getInt() != INDEX_FORMAT) return Map.of();
            CRC32 crc = new CRC32();
            crc.update(bytes, 0, bytes.length - 4);
            if ((int) crc.getValue() != ByteBuffer.wrap(bytes, bytes.length - 4, 4).getInt()) return Map.of();
            List<String> packs = new ArrayList<>();
            for (int i = in.getInt(); i > 0; i--) packs.add(text(in));
            int count = in.getInt();
            Map<String, Place> places = new HashMap<>(count * 2);
            for (int i = 0; i < count; i++) {
                places.put(text(in), new Place(packs.get(in.getInt()), in.getLong(), in.getInt(), in.getInt()));
            }
            return places;
        } catch (RuntimeException e) {
            return Map.of();
        }
    }

    private static byte[] encode(Map<String, Place> index) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 + index.size() * 256);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(INDEX_FORMAT);
            List<String> packs = index.values().stream().map(Place::pack).distinct().sorted().toList();
            out.writeInt(packs.size());
            for (String pack : packs) writeText(out, pack);
            out.writeInt(index.size());
            for (Map.Entry<String, Place> entry : new TreeMap<>(index).entrySet()) {
                writeText(out, entry.getKey());
                Place place = entry.getValue();
                out.writeInt(packs.indexOf(place.pack()));
                out.writeLong(place.offset());
                out.writeInt(place.length());
                out.writeInt(place.crc());
            }
            CRC32 crc = new CRC32();
            crc.update(bytes.toByteArray());
            out.writeInt((int) crc.getValue());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void writeText(DataOutputStream out, String text) throws IOException {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static String text(ByteBuffer in) {
        byte[] utf8 = new byte[in.getInt()];
        in.get(utf8);
        return new String(utf8, StandardCharsets.UTF_8);
    }

    private static int crc32(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return (int) crc.getValue();
    }
}
