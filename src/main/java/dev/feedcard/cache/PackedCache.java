package dev.feedcard.cache;

import dev.feedcard.output.AtomicWriter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Values kept between builds, as in {@link DiskCache}, for thousands of small values (rendered posts): they are
 * filed in a few pack files instead of a file each, because making thousands of files costs a large blog's first
 * build about a second. An index ({@value #INDEX}) tells each key's pack, place, length and checksum; a pack is named
 * by its {@link Fingerprint}.
 * <p>
 * A pack is written once, whole, under a new name, and never changed: a commit writes the build's new values into a
 * new pack, with the values still used from packs that are mostly unused or small (so packs do not pile up), then
 * the index, then removes the packs the index no longer names. A value is read only when its checksum matches, so
 * a damaged pack or one removed by a later build is simply a miss. A commit that adds and drops nothing writes
 * nothing.
 */
public final class PackedCache implements Store {
    static final String INDEX = "index.bin";
    private static final int INDEX_FORMAT = 0x46435032; // "FCP2"
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

    @Override
    public byte[] get(CacheKey key) {
        used.add(key.hex());
        Place place = index().get(key.hex());
        return place == null ? null : read(place);
    }

    @Override
    public void keep(CacheKey key) {
        used.add(key.hex());
    }

    @Override
    public void put(CacheKey key, Supplier<byte[]> value) {
        used.add(key.hex());
        pending.put(key.hex(), value);
    }

    /** The keys filed, as the last commit left them. */
    public Set<CacheKey> keys() {
        return index().keySet().stream().map(CacheKey::ofHex).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Files the new values and forgets the values this build did not use; failures only cost time later. Reads the
     * index again first: another build may have committed since this one began.
     */
    @Override
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
            Fingerprint fingerprint = new Fingerprint();
            Map<String, Supplier<byte[]>> values = new TreeMap<>(pending);
            copied.forEach((key, place) -> values.put(key, () -> read(place)));
            try (FileChannel out = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                for (Map.Entry<String, Supplier<byte[]>> value : values.entrySet()) {
                    byte[] bytes = value.getValue().get();
                    if (bytes != null) append(out, value.getKey(), bytes, placed, fingerprint); // null: a copied value no longer readable
                }
            }
            String name = PACK_PREFIX + fingerprint.text().replace(':', '-') + PACK_SUFFIX;
            Files.move(temp, folder.resolve(name), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            Map<String, Place> named = new LinkedHashMap<>();
            placed.forEach((key, place) -> named.put(key, new Place(name, place.offset(), place.length(), place.crc())));
            return named;
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Writes a value at the end of the pack being made, noting where (in a pack not yet named). */
    private static void append(FileChannel out, String key, byte[] bytes, Map<String, Place> placed, Fingerprint fingerprint) throws IOException {
        placed.put(key, new Place(null, out.position(), bytes.length, Fingerprint.checksum(bytes, 0, bytes.length)));
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) out.write(buffer);
        fingerprint.add(bytes, 0, bytes.length);
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
            return Fingerprint.checksum(bytes, 0, bytes.length) == place.crc() ? bytes : null;
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
            EntryReader filed = new EntryReader(bytes);
            byte[] body = filed.bytes();
            if (filed.number() != Fingerprint.checksum(body, 0, body.length) || !filed.atEnd()) return Map.of();
            EntryReader in = new EntryReader(body);
            if (in.number() != INDEX_FORMAT) return Map.of();
            List<String> packs = in.texts();
            int count = in.number();
            Map<String, Place> places = new HashMap<>(count * 2);
            for (int i = 0; i < count; i++) {
                places.put(in.text(), new Place(packs.get(in.number()), in.longNumber(), in.number(), in.number()));
            }
            return in.atEnd() ? places : Map.of();
        } catch (RuntimeException | OutOfMemoryError e) {
            return Map.of();
        }
    }

    /** The index as it is filed: its entries, by key, then their checksum. */
    private static byte[] encode(Map<String, Place> index) {
        EntryWriter out = new EntryWriter().number(INDEX_FORMAT);
        List<String> packs = index.values().stream().map(Place::pack).distinct().sorted().toList();
        out.texts(packs);
        out.number(index.size());
        for (Map.Entry<String, Place> entry : new TreeMap<>(index).entrySet()) {
            Place place = entry.getValue();
            out.text(entry.getKey()).number(packs.indexOf(place.pack())).longNumber(place.offset()).number(place.length()).number(place.crc());
        }
        byte[] body = out.toBytes();
        return new EntryWriter().bytes(body).number(Fingerprint.checksum(body, 0, body.length)).toBytes();
    }
}
