package dev.feedcard.cache;

import java.util.function.Supplier;

/** Values of one kind kept in a {@link Store}, written and read by one {@link Codec}. */
public final class TypedCache<T> {
    private final Store store;
    private final Codec<T> codec;

    public TypedCache(Store store, Codec<T> codec) {
        this.store = store;
        this.codec = codec;
    }

    /**
     * The value an earlier build filed under {@code key}; else (none, or a damaged entry) {@code make}'s value, filed
     * under {@code key} for the next build. An exception from {@code make} files nothing.
     */
    public T reuse(CacheKey key, Supplier<T> make) {
        T earlier = get(key);
        if (earlier != null) return earlier;
        T made = make.get();
        put(key, made);
        return made;
    }

    /** The value filed under {@code key}, or null when there is none or its entry is damaged. */
    public T get(CacheKey key) {
        return codec.decode(store.get(key));
    }

    /** Keeps the value filed under {@code key} (if any) for the next build, without reading it. */
    public void keep(CacheKey key) {
        store.keep(key);
    }

    /** Files {@code value} under {@code key} at the next commit. */
    public void put(CacheKey key, T value) {
        store.put(key, () -> codec.encode(value));
    }

    /** Writes the new values and forgets those this build did not use: only once the build has published. */
    public void commit() {
        store.commit();
    }
}
