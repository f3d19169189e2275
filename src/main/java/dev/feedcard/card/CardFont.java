package dev.feedcard.card;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.TextAttribute;
import java.io.IOException;
import java.io.InputStream;
import java.text.AttributedString;

/**
 * The typeface feedcard draws card text with: Noto Sans JP Bold, shipped inside the jar (SIL Open Font License,
 * see fonts/OFL.txt), so Latin and Japanese titles look the same on every machine. Characters it lacks (Korean,
 * Arabic, emoji) are drawn with Java's logical sans-serif font, which uses whatever the machine has.
 */
public final class CardFont {
    static final String RESOURCE = "/dev/feedcard/fonts/NotoSansJP-Bold.ttf";
    private static final Font BASE = load();

    private CardFont() {
    }

    /** The bundled font at a size in pixels. */
    public static Font of(float size) {
        return BASE.deriveFont(size);
    }

    private static Font load() {
        try (InputStream in = CardFont.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("the card font " + RESOURCE + " is missing from feedcard's jar");
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException | FontFormatException e) {
            throw new IllegalStateException("cannot load the card font " + RESOURCE + ": " + e.getMessage(), e);
        }
    }

    /** {@code text} in {@code font}, with the runs the font has no glyphs for set in the logical sans-serif font. */
    static AttributedString styled(String text, Font font) {
        AttributedString styled = new AttributedString(text);
        if (text.isEmpty()) return styled;
        styled.addAttribute(TextAttribute.FONT, font);
        Font fallback = new Font(Font.SANS_SERIF, Font.BOLD, 1).deriveFont(font.getSize2D());
        int i = 0;
        while (i < text.length()) {
            int missing = font.canDisplayUpTo(text.substring(i));
            if (missing < 0) break;
            int start = i + missing;
            int end = start;
            while (end < text.length()) {
                int cp = text.codePointAt(end);
                if (font.canDisplay(cp) && !Character.isWhitespace(cp)) break;
                end += Character.charCount(cp);
            }
            styled.addAttribute(TextAttribute.FONT, fallback, start, Math.max(end, start + 1));
            i = Math.max(end, start + 1);
        }
        return styled;
    }
}
