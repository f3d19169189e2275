package dev.feedcard.cache;

import java.util.function.Supplier;

/**
 * Entries kept between builds, each filed under its {@link CacheKey}. What a build puts is written at its
 * {@link #commit}, which also forgets the entries the build neither read, kept nor put.
 */
public interface Store {
    /** The entry filed under {@code key}, or null; it is kept at the next commit. */
    byte[] get(CacheKey key);

    /** Keeps the entry filed under {@code key} (if any) at the next commit, without reading it. */
    void keep(CacheKey key);

    /** Files an entry under {@code key} at the next commit, which is when {@code entry} is asked for. */
    void put(CacheKey key, Supplier<byte[]> entry);

    /** Writes the new entries and forgets those this build did not use; failures only cost time later. */
    void commit();
}
