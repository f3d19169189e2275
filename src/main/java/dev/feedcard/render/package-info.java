/**
 * The rendering stage: a post's Markdown to the HTML feeds carry (links absolute, embeds turned into links, unsafe
 * markup removed) and its plain-text summary ({@link dev.feedcard.render.Renderer}, giving {@link
 * dev.feedcard.render.RenderedPost}); also permalinks ({@link dev.feedcard.render.Permalinks}) and plain text for
 * summaries and feed-level text ({@link dev.feedcard.render.PlainText}; a post's own title and description are made
 * plain as it is read, by {@link dev.feedcard.content.HtmlText}).
 *
 * <p>Public surface: {@code Renderer}, {@code RenderedPost}, {@code Permalinks}, {@code PlainText}, and {@code
 * Markdown}, {@code FeedHtml} and {@code Summaries} for the steps one by one.
 *
 * <p>Depends on config and content only; it must not depend on card (a sibling stage) nor on the later stages
 * (meta, feed, pages, output, build, preview, cli).
 */
package dev.feedcard.render;
