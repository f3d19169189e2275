package dev.feedcard.card;

import dev.feedcard.config.CardSettings;
import dev.feedcard.content.Post;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.Color;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TitleCardTest {
    static final String JAPANESE = "2025年のAI論文5選：推論を引き出す強化学習と、エージェント評価の最前線";
    static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    @TempDir
    Path content;

    @Test
    void theBundledFontHasARealGlyphForEveryCharacterOfAJapaneseTitle() {
        Font font = CardFont.of(60);
        assertEquals("Noto Sans JP", font.getFamily(Locale.ROOT));
        assertEquals(-1, font.canDisplayUpTo(JAPANESE), "the card font lacks a glyph");
        GlyphVector glyphs = font.createGlyphVector(FRC, JAPANESE);
        for (int i = 0; i < glyphs.getNumGlyphs(); i++) {
            assertNotEquals(font.getMissingGlyphCode(), glyphs.getGlyphCode(i), "missing-glyph box for character " + i);
        }
        // the Latin, punctuation and signs titles, dates and tags use
        assertEquals(-1, font.canDisplayUpTo("Ünïcødé café – “quotes” · #tag … 0123456789 ÆØÅ ß"));
    }

    @Test
    void aJapaneseTitleIsDrawnWithItsGlyphs() throws Exception {
        CardSettings settings = CardMakerTest.cardSettings(Map.of());
        Post post = new Post("ja/post.md", "ja-post", JAPANESE, Instant.parse("2025-12-31T12:00:00Z"), Instant.parse("2025-12-31T12:00:00Z"),
                "", null, List.of("llm"), "ja", "本文", 5, false);
        Card card = CardMaker.create(settings, CardMakerTest.SITE, content).titleCard(post);
        BufferedImage image = CardMakerTest.checkedCard(card);

        // the title is white on the dark background: count white pixels in the band where the title goes
        int white = 0;
        for (int y = 150; y < 500; y++) for (int x = 84; x < 1116; x++) if (TestImages.near(image, x, y, Color.WHITE, 40)) white++;
        assertTrue(white > 20_000, "too little title text drawn: " + white + " white pixels");

        // the same card from the title's own glyphs differs from a card with the same number of missing-glyph boxes
        String boxes = "\uE000".repeat(JAPANESE.length());
        Post missing = new Post("ja/post.md", "ja-post", boxes, post.published(), post.updated(), "", null, List.of("llm"), "ja", "", 5, false);
        BufferedImage boxCard = TestImages.decode(CardMaker.create(settings, CardMakerTest.SITE, content).titleCard(missing).jpeg());
        int differing = 0;
        for (int y = 150; y < 500; y += 2) for (int x = 84; x < 1116; x += 2) if (image.getRGB(x, y) != boxCard.getRGB(x, y)) differing++;
        assertTrue(differing > 5_000, "the Japanese title looks like boxes: " + differing);
    }

    @Test
    void aLongTitleTakesAtMostThreeLinesEndingInAnEllipsis() {
        String title = "A very long title about building social cards that look right on every platform, from every image "
                + "a blog has, without a browser, without a network and without any native library at all, really";
        TitleCard.Lines lines = TitleCard.layout(title, CardFont.of(46), 1032, TitleCard.MAX_TITLE_LINES, FRC, Locale.ENGLISH);
        assertEquals(3, lines.layouts().size());
        assertTrue(lines.shortened());
        for (var line : lines.layouts()) assertTrue(line.getAdvance() <= 1032.5, "line too wide: " + line.getAdvance());

        TitleCard.Lines shortOne = TitleCard.layout("Short title", CardFont.of(76), 1032, 3, FRC, Locale.ENGLISH);
        assertEquals(1, shortOne.layouts().size());
        assertTrue(!shortOne.shortened());
    }

    @Test
    void japaneseBreaksBetweenCharactersWithoutSpaces() {
        TitleCard.Lines lines = TitleCard.layout(JAPANESE, CardFont.of(76), 1032, 3, FRC, Locale.JAPANESE);
        assertTrue(lines.layouts().size() >= 2, "a Japanese title without spaces still wraps");
        for (var line : lines.layouts()) assertTrue(line.getAdvance() <= 1032.5);
    }

    @Test
    void japaneseLinesDoNotStartWithClosingPunctuation() {
        String title = "デュアルキャリア・カップル実践編：出産・育児とイタリア移住で見えたこと、そして「これから」のこと";
        for (float width = 500; width <= 1100; width += 7) {
            java.util.List<java.awt.font.TextLayout> lines = TitleCard.layout(title, CardFont.of(54), width, 3, FRC, Locale.JAPANESE).layouts();
            int offset = 0;
            for (var line : lines.subList(0, lines.size() - 1)) { // the last line may end in an added "…"
                offset += line.getCharacterCount();
                if (offset >= title.length()) break;
                char first = title.charAt(offset);
                assertTrue("・、。」：".indexOf(first) < 0, "a line starts with '" + first + "' at width " + width);
                assertTrue(title.charAt(offset - 1) != '「', "a line ends with '「' at width " + width);
            }
        }
    }

    @Test
    void configuredColoursAreUsed() throws Exception {
        CardSettings settings = CardMakerTest.cardSettings(Map.of("cardTitleBackground", "#ffffff", "cardAccentColor", "#ff0000",
                "cardTitleColor", "#000000"));
        Post post = new Post("p.md", "p", "Black on white", Instant.EPOCH, Instant.EPOCH, "", null, List.of(), "en", "", 5, false);
        BufferedImage image = TestImages.decode(CardMaker.create(settings, CardMakerTest.SITE, content).titleCard(post).jpeg());
        assertTrue(TestImages.near(image, 1190, 10, Color.WHITE, 4), TestImages.describe(image, 1190, 10));
        assertTrue(TestImages.near(image, 4, 315, Color.RED, 20), TestImages.describe(image, 4, 315));
    }

    @Test
    void aBackgroundImageShowsThroughTheTitleCard() throws Exception {
        TestImages.write(content, "brand/bg.png", TestImages.png(TestImages.quadrants(1200, 630)));
        CardSettings settings = CardMakerTest.cardSettings(Map.of("cardTitleImage", "brand/bg.png"));
        Post post = new Post("p.md", "p", "T", Instant.EPOCH, Instant.EPOCH, "", null, List.of(), "en", "", 5, false);
        BufferedImage image = TestImages.decode(CardMaker.create(settings, CardMakerTest.SITE, content).titleCard(post).jpeg());
        Color topRight = new Color(image.getRGB(1150, 20));   // green quadrant under the dark layer
        Color bottomLeft = new Color(image.getRGB(200, 600));  // blue quadrant under the dark layer
        assertTrue(topRight.getGreen() > topRight.getRed() + 20, "green should show through: " + topRight);
        assertTrue(bottomLeft.getBlue() > bottomLeft.getRed() + 20, "blue should show through: " + bottomLeft);
    }

    @Test
    void titleOverlayOnAFeaturedImage() throws Exception {
        Path file = TestImages.write(content, "photo.png", TestImages.png(TestImages.quadrants(1200, 630)));
        CardSettings settings = CardMakerTest.cardSettings(Map.of("cardTitleOverlay", true));
        BufferedImage image = CardMakerTest.checkedCard(CardMaker.create(settings, CardMakerTest.SITE, content)
                .make(TestImages.post("p.md", "A title over the picture", TestImages.image(file)), false).card());
        assertTrue(TestImages.near(image, 300, 60, TestImages.RED, 40), "top stays clear: " + TestImages.describe(image, 300, 60));
        int white = 0;
        for (int y = 400; y < 630; y++) for (int x = 0; x < 1200; x++) if (TestImages.near(image, x, y, Color.WHITE, 40)) white++;
        assertTrue(white > 3_000, "title drawn at the bottom: " + white);
    }
}
