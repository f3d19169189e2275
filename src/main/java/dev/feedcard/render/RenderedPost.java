package dev.feedcard.render;

import dev.feedcard.content.Post;

import java.net.URI;

/**
 * A post ready for the feeds.
 *
 * @param permalink the post's absolute URL
 * @param html the full content for feeds: absolute URLs, no embeds
 * @param summary plain text, at most about 280 characters
 */
public record RenderedPost(Post post, URI permalink, String html, String summary) {
}
