package dev.feedcard.build;

import dev.feedcard.meta.HeadTag;
import dev.feedcard.report.Problem;

import java.net.URI;
import java.time.Instant;
import java.util.List;

/**
 * What a build published for one post, as a reader or a sharer meets it: for pages made from the build's
 * data (the preview page) without deriving anything again.
 *
 * @param file the post's file relative to the content folder
 * @param key the post's name among the site's files: its slug, under its language prefix and section ("ja/first-post")
 * @param permalink the post's absolute URL
 * @param summary the plain-text summary the feeds carry
 * @param tags topic tags, without the tags that only mark the language
 * @param language the post's language code
 * @param card the card's path in the output folder ("cards/my-post.jpg"), or null when the post has none
 * @param cardWidth the card's width in pixels, 0 without a card
 * @param cardHeight the card's height in pixels, 0 without a card
 * @param headTags the tags written for the post's {@code <head>}, in order (empty when the build writes none)
 * @param checks what {@code feedcard check} says about the post as shared (image size, alt text, description…)
 */
public record PublishedPost(String file, String key, String title, URI permalink, Instant published, Instant updated,
                            String summary, List<String> tags, String language, String card, int cardWidth, int cardHeight,
                            List<HeadTag> headTags, List<Problem> checks) {
    public PublishedPost {
        tags = List.copyOf(tags);
        headTags = List.copyOf(headTags);
        checks = List.copyOf(checks);
    }
}
