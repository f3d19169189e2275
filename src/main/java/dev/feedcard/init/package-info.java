/**
 * {@code feedcard init}, beside the pipeline: recognises the static site generator a folder belongs to ({@link
 * dev.feedcard.init.SiteDetector}, giving a {@link dev.feedcard.init.SiteLayout}) and writes a commented {@code
 * feedcard.yml} for it ({@link dev.feedcard.init.StarterConfig}).
 *
 * <p>Public surface: {@code SiteDetector}, {@code SiteLayout}, {@code Generator} and {@code StarterConfig}.
 *
 * <p>Depends on content only (to count the posts it finds); it must not depend on any stage after reading (render,
 * card, meta, feed, pages, output, build, preview) nor on cli.
 */
package dev.feedcard.init;
