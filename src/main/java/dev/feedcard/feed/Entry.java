package dev.feedcard.feed;

import dev.feedcard.card.CardImage;
import dev.feedcard.render.RenderedPost;

import java.time.Instant;

/**
 * One post as the feeds show it.
 *
 * @param image the post's card, or null when it has none
 * @param updated when the feeds say it last changed (see {@link UpdateTimes}: no two posts share a time)
 */
public record Entry(RenderedPost rendered, CardImage image, Instant updated) {
    /** An entry shown with the post's own update time. */
    public Entry(RenderedPost rendered, CardImage image) {
        this(rendered, image, rendered.post().updated());
    }
}
