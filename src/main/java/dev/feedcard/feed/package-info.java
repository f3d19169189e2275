/**
 * The feed stage: which posts each feed holds (the site's, each language's, each tag's; {@link
 * dev.feedcard.feed.FeedPlan}, planned before anything is rendered), and their files in Atom, RSS and JSON Feed with
 * the files all feeds share ({@link dev.feedcard.feed.FeedFiles}); also the feed links a page announces ({@link
 * dev.feedcard.feed.FeedLinks}) and the folder names of tags and languages ({@link dev.feedcard.feed.FeedPaths}).
 *
 * <p>Public surface: {@code FeedPlan}, {@code FeedFiles}, {@code FeedSet}, {@code Entry}, {@code UpdateTimes},
 * {@code FeedLinks}, {@code FeedLink}, and the writers of each format and shared file ({@code AtomFeed}, {@code
 * RssFeed}, {@code JsonFeed}, {@code FeedStylesheet}, {@code TagIndex}).
 *
 * <p>Depends on config, content, render, card and meta; it must not depend on the later stages (pages, output,
 * build, preview, cli).
 */
package dev.feedcard.feed;
