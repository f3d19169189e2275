package dev.feedcard.config;

/** The size and look of the social cards. */
public record CardSettings(int width, int height, int quality) {

    static CardSettings from(Settings s) {
        int width = s.integer("cardWidth", 1200);
        int height = s.integer("cardHeight", 630);
        if (width < 200 || width > 4096) throw s.wrong("cardWidth", "between 200 and 4096");
        if (height < 200 || height > 4096) throw s.wrong("cardHeight", "between 200 and 4096");
        int quality = s.integer("cardQuality", 85);
        if (quality < 30 || quality > 100) throw s.wrong("cardQuality", "between 30 and 100");
        return new CardSettings(width, height, quality);
    }
}
