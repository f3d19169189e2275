package dev.feedcard.feed;

import dev.feedcard.card.CardImage;
import dev.feedcard.render.RenderedPost;

/**
 * One post as the feeds show it.
 *
 * @param image the post's card, or null when it has none
 */
public record Entry(RenderedPost rendered, CardImage image) {
}
