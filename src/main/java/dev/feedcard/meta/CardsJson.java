package dev.feedcard.meta;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.feedcard.card.Card;
import dev.feedcard.card.CardImage;
import dev.feedcard.content.Post;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * {@code cards.json}: for each post, the image it is shared with, for templates and tools that want the card's URL
 * and size without parsing the head tags.
 */
public final class CardsJson {
    public static final String PATH = "cards.json";

    /**
     * One post's card.
     *
     * @param post the post's file relative to the content folder
     * @param url the card's absolute URL (a remote image's URL as the front matter gives it)
     * @param width the card's width in pixels (absent for a remote image)
     * @param bytes the card's size in bytes (absent for a remote image)
     * @param type the media type (absent when unknown)
     * @param source the image the card was made from, relative to the content folder; the URL of a remote image;
     *               absent for a drawn title card
     * @param alt the text that describes the image
     * @param kind "image" (made from the featured image), "title" (drawn) or "remote" (shared as it is)
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Entry(String post, String slug, String url, Integer width, Integer height, Long bytes, String type,
                        String source, String alt, String kind) {

        /** The entry for {@code post}, shared with {@code image}; {@code card} is null for a remote image. */
        public static Entry of(Post post, CardImage image, Card card) {
            if (card == null) {
                return new Entry(post.file(), post.slug(), image.url().toString(), null, null, null,
                        image.type() != null ? image.type() : HeadTags.typeOf(image.url()), image.url().toString(), image.alt(), "remote");
            }
            boolean drawn = card.source().isEmpty();
            return new Entry(post.file(), post.slug(), image.url().toString(), card.width(), card.height(), card.bytes(), "image/jpeg",
                    drawn ? null : card.source(), image.alt(), drawn ? "title" : "image");
        }
    }

    private CardsJson() {
    }

    /** The file's bytes: {"cards": [...]} in the order given (newest post first), UTF-8, indented. */
    public static byte[] write(List<Entry> entries) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        try {
            return (mapper.writeValueAsString(Map.of("cards", entries)) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write cards.json", e);
        }
    }
}
