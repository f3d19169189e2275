/**
 * The card stage: each post's social card, made from its featured image (decoded, turned upright, cropped or fitted,
 * encoded as a JPEG under a size limit) or drawn from its title ({@link dev.feedcard.card.CardMaker}, giving {@link
 * dev.feedcard.card.MadeCard}); image headers are read without decoding ({@link dev.feedcard.card.ImageProbe}) and
 * the memory decoding takes is budgeted.
 *
 * <p>Public surface: {@code CardMaker}, {@code Card}, {@code MadeCard}, {@code CardImage} (the image a post is
 * shared with: its card or a remote image), {@code ImageProbe}, {@code ImageHeader} and {@code
 * UnusableImageException}.
 *
 * <p>Depends on config, content and report only; it must not depend on render (a sibling stage) nor on the later
 * stages (meta, feed, pages, output, build, preview, cli).
 */
package dev.feedcard.card;
