package dev.feedcard.build;

import dev.feedcard.config.Version;
import dev.feedcard.content.FolderListings;
import dev.feedcard.output.DiskCache;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The {@link FolderListings} of the content folder, kept as one entry of the read cache beside the {@link PostIndex}
 * and filed under the content folder and feedcard's version.
 */
final class FolderIndex {
    private static final int FORMAT = 1;

    private FolderIndex() {
    }

    /** The listings earlier builds kept for {@code content}, for a build that began to read at {@code readingStarted}. */
    static FolderListings load(DiskCache disk, Path content, Instant readingStarted) {
        return new FolderListings(decode(disk.get(key(content))), readingStarted);
    }

    /** Files this build's listings for the next build at the cache's commit; an unchanged entry is kept as it is. */
    static void keep(DiskCache disk, Path content, FolderListings listings) {
        if (listings.changed()) disk.put(key(content), () -> encode(listings.current()));
        else disk.keep(key(content));
    }

    private static String key(Path content) {
        return String.join("\n", "folder listings " + FORMAT, "feedcard " + Version.code(), content.toAbsolutePath().normalize().toString());
    }

    private static byte[] encode(Map<String, FolderListings.Listing> listings) {
        return StoredText.entry(listings.size() * 96, out -> {
            out.writeInt(FORMAT);
            out.writeInt(listings.size());
            for (Map.Entry<String, FolderListings.Listing> entry : new TreeMap<>(listings).entrySet()) {
                FolderListings.Listing listing = entry.getValue();
                StoredText.write(out, entry.getKey());
                StoredText.writeStamp(out, listing.stamp());
                StoredText.writeList(out, listing.postFiles());
                StoredText.writeList(out, listing.folders());
            }
        });
    }

    /** The listings in a stored entry; none when there is none, or it is damaged or of another format. */
    private static Map<String, FolderListings.Listing> decode(byte[] stored) {
        if (stored == null) return Map.of();
        ByteBuffer in = ByteBuffer.wrap(stored);
        try {
            if (in.getInt() != FORMAT) return Map.of();
            int count = in.getInt();
            Map<String, FolderListings.Listing> listings = new HashMap<>();
            for (int i = 0; i < count; i++) {
                String folder = StoredText.read(in);
                listings.put(folder, new FolderListings.Listing(StoredText.readStamp(in), StoredText.readList(in), StoredText.readList(in)));
            }
            return in.hasRemaining() ? Map.of() : listings;
        } catch (IOException | RuntimeException e) {
            return Map.of();
        }
    }
}
