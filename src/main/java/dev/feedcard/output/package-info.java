/**
 * The last stage, publishing: the output folder opened under its lock and written atomically, with the record of
 * the files feedcard owns ({@link dev.feedcard.output.OutputFolder}, {@link dev.feedcard.output.AtomicWriter}).
 *
 * <p>Public surface: those two types. They deal in paths and bytes only.
 *
 * <p>Depends on no other feedcard package: it knows nothing of posts, feeds or cards, so it must not depend on
 * content, render, card, meta, feed, pages, build, preview or cli.
 */
package dev.feedcard.output;
