/**
 * The head-tag stage: each post's tags for a page's {@code <head>} (canonical URL, description, Open Graph, article,
 * X and Mastodon tags, a schema.org BlogPosting as JSON-LD written by JsonLd, feed links;
 * {@link dev.feedcard.meta.HeadTags}, giving {@link dev.feedcard.meta.HeadTag}s), {@code cards.json} ({@link
 * dev.feedcard.meta.CardsJson}), and the check of a post against what the sharing platforms accept ({@link
 * dev.feedcard.meta.ShareCheck}).
 *
 * <p>Public surface: those four types.
 *
 * <p>Depends on config, content, card and report; it must not depend on the later stages (feed, pages, output,
 * build, preview, cli) nor on render.
 */
package dev.feedcard.meta;
