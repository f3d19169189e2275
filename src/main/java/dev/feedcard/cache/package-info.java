/**
 * What builds keep for later builds, in one vocabulary: a value is filed under a {@link dev.feedcard.cache.CacheKey}
 * of everything it is made from, written and read by a {@link dev.feedcard.cache.Codec}, kept in a
 * {@link dev.feedcard.cache.Store} ({@link dev.feedcard.cache.DiskCache}, a file each, or
 * {@link dev.feedcard.cache.PackedCache}, in packs) inside a {@link dev.feedcard.cache.CacheFolder}, and asked for with
 * {@link dev.feedcard.cache.TypedCache#reuse}. Files are told apart by their {@link dev.feedcard.cache.Fingerprint},
 * or, without reading them, by their {@link dev.feedcard.cache.FileStamp}.
 * <p>
 * The stages keep only what is theirs: which inputs make their keys, and the codec of their values. This package
 * depends on {@code config} (feedcard's version, in every key), {@code output} (files written whole) and {@code work}
 * (the cores) only.
 */
package dev.feedcard.cache;
