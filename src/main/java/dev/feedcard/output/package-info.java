/**
 * The last stage, publishing: the output folder opened under its lock and written atomically, with the record of
 * the files feedcard owns ({@link dev.feedcard.output.OutputFolder}, {@link dev.feedcard.output.AtomicWriter}), and
 * the cache folder with its stores of values kept between builds ({@link dev.feedcard.output.CacheFolder}, {@link
 * dev.feedcard.output.DiskCache}, {@link dev.feedcard.output.PackedCache}).
 *
 * <p>Public surface: those five types. They deal in paths and bytes only.
 *
 * <p>Depends on no other feedcard package: it knows nothing of posts, feeds or cards, so it must not depend on
 * content, render, card, meta, feed, pages, build, preview or cli.
 */
package dev.feedcard.output;
