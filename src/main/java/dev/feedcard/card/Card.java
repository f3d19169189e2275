package dev.feedcard.card;

/**
 * A social card made for one post.
 *
 * @param slug the post's key (Post.key(): its slug, under its language prefix and section when it has them)
 * @param path the card's path in the output folder ("cards/my-post.jpg")
 * @param jpeg the card's bytes
 * @param source the image it was made from, relative to the content folder, or "" for a drawn card
 */
public record Card(String slug, String path, int width, int height, byte[] jpeg, String source) {
    /** The size of the JPEG in bytes. */
    public long bytes() {
        return jpeg.length;
    }
}
