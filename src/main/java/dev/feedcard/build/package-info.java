/**
 * The pipeline itself: {@link dev.feedcard.build.Builder} runs the stages in order (read posts, make cards, render,
 * plan and write feeds, head tags and pages, publish into the output folder) with what earlier builds left in the
 * cache, and returns a {@link dev.feedcard.build.BuildResult} and a {@link dev.feedcard.build.SiteOutline} of what
 * was published; {@link dev.feedcard.build.Checker} is {@code feedcard check}, the same stages judging the posts
 * ({@link dev.feedcard.build.Builder#judge()}) without making cards or writing anything.
 *
 * <p>Public surface: {@code Builder}, {@code BuildResult}, {@code SiteOutline}, {@code PublishedPost}, {@code
 * PublishedFeed}, {@code PagesResult}, {@code ExtraPages} (pages made from a build, such as the preview), {@code
 * Progress}, {@code Checker}, and the caches a long-lived process keeps between builds ({@code BuildCaches}, {@code
 * CardCache}).
 *
 * <p>Depends on every stage (config, report, content, render, card, meta, feed, pages, output); it must not depend
 * on preview, init or cli, which use it.
 */
package dev.feedcard.build;
