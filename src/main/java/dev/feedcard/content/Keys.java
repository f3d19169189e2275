package dev.feedcard.content;

import java.util.List;

/** The front matter names that mean the same thing across generators, in order of preference. */
final class Keys {
    static final List<String> DATE = List.of("date", "pubDate", "publishDate", "published");
    static final List<String> UPDATED = List.of("updated", "lastmod", "last_modified_at", "updatedDate", "modified");
    static final List<String> DESCRIPTION = List.of("description", "summary", "excerpt", "subtitle");
    static final List<String> IMAGE = List.of("featuredImage", "image", "images", "cover", "coverImage", "heroImage",
            "thumbnail", "ogImage", "og_image");
    static final List<String> IMAGE_ALT = List.of("featuredImageAlt", "imageAlt", "thumbnailAlt");
    static final List<String> TAGS = List.of("tags", "categories", "keywords");
    static final List<String> LANGUAGE = List.of("lang", "language", "locale");

    private Keys() {
    }
}
