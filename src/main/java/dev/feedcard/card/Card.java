package dev.feedcard.card;

import java.util.zip.CRC32;

/**
 * A social card made for one post.
 *
 * @param slug the post's key (Post.key(): its slug, under its language prefix and section when it has them)
 * @param path the card's path in the output folder ("cards/my-post.jpg")
 * @param jpeg the card's bytes
 * @param source the image it was made from, relative to the content folder, or "" for a drawn card
 * @param version eight hexadecimal digits that change when the card's bytes change (their CRC-32), which its URL
 *                carries ({@code cards/my-post.jpg?v=1a2b3c4d}) so that sharing platforms, which keep an image by its
 *                URL for days, fetch a changed card again
 */
public record Card(String slug, String path, int width, int height, byte[] jpeg, String source, String version) {

    /** A card of these bytes, its version reckoned from them. */
    public Card(String slug, String path, int width, int height, byte[] jpeg, String source) {
        this(slug, path, width, height, jpeg, source, versionOf(jpeg));
    }

    private static String versionOf(byte[] jpeg) {
        CRC32 crc = new CRC32();
        crc.update(jpeg);
        return String.format(java.util.Locale.ROOT, "%08x", crc.getValue());
    }
    /** The size of the JPEG in bytes. */
    public long bytes() {
        return jpeg.length;
    }
}
