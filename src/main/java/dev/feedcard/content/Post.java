package dev.feedcard.content;

import java.time.Instant;
import java.util.List;

/**
 * One post as its file declares it: front matter read, Markdown not yet rendered.
 *
 * @param file the post's file relative to the content folder, with '/' separators
 * @param slug the last part of its URL
 * @param published when it was published
 * @param updated when it last changed (the published date when the front matter gives none)
 * @param description the front matter's description, or "" when it has none
 * @param image the featured image, or null
 * @param tags topic tags, without the tags that only mark the language
 * @param language the post's language code (en, ja)
 * @param markdown the body after the front matter
 * @param bodyLine the file's line where the body starts
 * @param draft true for drafts and posts marked published: false
 */
public record Post(String file, String slug, String title, Instant published, Instant updated, String description,
                   FeaturedImage image, List<String> tags, String language, String markdown, int bodyLine,
                   boolean draft) {

    public Post {
        tags = List.copyOf(tags);
    }
}
