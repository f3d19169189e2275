package dev.feedcard.build;

import dev.feedcard.cache.CacheKey;
import dev.feedcard.cache.Codec;
import dev.feedcard.cache.DiskCache;
import dev.feedcard.cache.EntryReader;
import dev.feedcard.cache.EntryWriter;
import dev.feedcard.cache.TypedCache;
import dev.feedcard.content.FolderListings;

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
    private static final int FORMAT = 2;

    /** Writes and reads the listings, by folder, in the order of their paths (the same listings give the same bytes). */
    private static final Codec<Map<String, FolderListings.Listing>> CODEC = new Codec<>() {
        @Override
        public void write(EntryWriter out, Map<String, FolderListings.Listing> listings) {
            out.number(listings.size());
            for (Map.Entry<String, FolderListings.Listing> entry : new TreeMap<>(listings).entrySet()) {
                FolderListings.Listing listing = entry.getValue();
                out.text(entry.getKey()).stamp(listing.stamp()).texts(listing.postFiles()).texts(listing.folders());
            }
        }

        @Override
        public Map<String, FolderListings.Listing> read(EntryReader in) {
            Map<String, FolderListings.Listing> listings = new HashMap<>();
            for (int i = in.number(); i > 0; i--) listings.put(in.text(), new FolderListings.Listing(in.stamp(), in.texts(), in.texts()));
            return listings;
        }
    };

    private FolderIndex() {
    }

    /** The listings earlier builds kept for {@code content}, for a build that began to read at {@code readingStarted}. */
    static FolderListings load(DiskCache disk, Path content, Instant readingStarted) {
        Map<String, FolderListings.Listing> stored = entries(disk).get(key(content));
        return new FolderListings(stored == null ? Map.of() : stored, readingStarted);
    }

    /** Files this build's listings for the next build at the cache's commit; an unchanged entry is kept as it is. */
    static void keep(DiskCache disk, Path content, FolderListings listings) {
        if (listings.changed()) entries(disk).put(key(content), listings.current());
        else entries(disk).keep(key(content));
    }

    private static TypedCache<Map<String, FolderListings.Listing>> entries(DiskCache disk) {
        return new TypedCache<>(disk, CODEC);
    }

    private static CacheKey key(Path content) {
        return CacheKey.of("folder listings", FORMAT).value(content.toAbsolutePath().normalize()).build();
    }
}
