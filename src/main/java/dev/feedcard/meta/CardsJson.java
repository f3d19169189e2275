package dev.feedcard.meta;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.feedcard.card.Card;
import dev.feedcard.card.CardImage;
import dev.feedcard.config.OutputLayout;
import dev.feedcard.content.Post;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@code cards.json}: for each post, the image it is shared with, for templates and tools that want the card's URL
 * and size without parsing the head tags.
 */
public final class CardsJson {
    public static final String PATH = OutputLayout.CARDS_JSON;
    private static final JsonFactory JSON = new JsonFactory();

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

    /**
     * The file's bytes: {"cards": [...]} in the order given (newest post first), UTF-8, indented by Jackson's default
     * pretty printer, without the fields an entry lacks. Written value by value with Jackson's generator: its object
     * mapper takes a fifth of a second to make in a fresh JVM.
     */
    public static byte[] write(List<Entry> entries) {
        StringWriter text = new StringWriter(256 + entries.size() * 384);
        // written as characters: Jackson's UTF-8 output would escape characters beyond the BMP, such as emoji
        try (JsonGenerator json = JSON.createGenerator(text)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeArrayFieldStart("cards");
            for (Entry entry : entries) write(json, entry);
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write cards.json", e);
        }
        return (text + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static void write(JsonGenerator json, Entry entry) throws IOException {
        json.writeStartObject();
        writeIfPresent(json, "post", entry.post());
        writeIfPresent(json, "slug", entry.slug());
        writeIfPresent(json, "url", entry.url());
        if (entry.width() != null) json.writeNumberField("width", entry.width());
        if (entry.height() != null) json.writeNumberField("height", entry.height());
        if (entry.bytes() != null) json.writeNumberField("bytes", entry.bytes());
        writeIfPresent(json, "type", entry.type());
        writeIfPresent(json, "source", entry.source());
        writeIfPresent(json, "alt", entry.alt());
        writeIfPresent(json, "kind", entry.kind());
        json.writeEndObject();
    }

    private static void writeIfPresent(JsonGenerator json, String name, String value) throws IOException {
        if (value != null) json.writeStringField(name, value);
    }
}
