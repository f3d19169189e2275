package dev.feedcard.meta;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CardsJsonTest {
    @Test
    void theFileIsWhatJacksonsObjectMapperWritesForTheEntries() throws Exception {
        List<CardsJson.Entry> entries = List.of(
                new CardsJson.Entry("sushi/index.md", "sushi", "https://example.com/cards/sushi.jpg", 1200, 630, 98_884L, "image/jpeg",
                        "sushi/ogp.jpg", "How I Built 🍣This Sushi Does Not Exist🍣 \"quoted\" \\ <b>", "image"),
                new CardsJson.Entry("drawn.md", "drawn", "https://example.com/cards/drawn.jpg", 1200, 630, 20_120L, "image/jpeg", null,
                        "東京の秋", "title"),
                new CardsJson.Entry("remote.md", "remote", "https://cdn.example.org/a.png", null, null, null, "image/png",
                        "https://cdn.example.org/a.png", "", "remote"));
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .setSerializationInclusion(JsonInclude.Include.NON_NULL);
        String expected = mapper.writeValueAsString(Map.of("cards", entries)) + "\n";
        assertEquals(expected, new String(CardsJson.write(entries), StandardCharsets.UTF_8));
        assertEquals(mapper.writeValueAsString(Map.of("cards", List.of())) + "\n", new String(CardsJson.write(List.of()), StandardCharsets.UTF_8));
    }
}
