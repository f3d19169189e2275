package dev.feedcard.config;

import java.awt.Color;
import java.util.Locale;

/**
 * The size and look of the social cards.
 *
 * @param width the card's width in pixels (cardWidth, 1200)
 * @param height the card's height in pixels (cardHeight, 630)
 * @param quality the JPEG quality to start from, 30-100 (cardQuality, 85)
 * @param maxBytes the largest card allowed; quality is lowered step by step until the card fits (cardMaxBytes, 900000)
 * @param maxPixels images with more pixels than this are refused before they are decoded (maxPixels, 100 megapixels)
 * @param fit how a featured image fills the card, unless a post says otherwise (cardFit, cover)
 * @param background what shows through transparent parts of a featured image (cardBackground, white)
 * @param containBackground what pads an image in contain mode: null for a blurred, darkened copy of the image
 *                          (cardContainBackground, blur)
 * @param titleBackground the background of a drawn title card (cardTitleBackground)
 * @param titleColor the colour of a title card's title (cardTitleColor)
 * @param accentColor the colour of a title card's site name, rule and tags (cardAccentColor)
 * @param titleImage an image (relative to the content folder) behind the text of title cards, or null (cardTitleImage)
 * @param titleOverlay draw the post's title over featured images too (cardTitleOverlay, false)
 */
public record CardSettings(int width, int height, int quality, int maxBytes, long maxPixels, Fit fit,
                           Color background, Color containBackground, Color titleBackground, Color titleColor,
                           Color accentColor, String titleImage, boolean titleOverlay) {

    /** How an image is fitted into the card. */
    public enum Fit {
        /** Fill the card, cropping what sticks out (around the focal point). */
        COVER,
        /** Show the whole image, padding the rest of the card. */
        CONTAIN;

        /** The fit a word names ("cover", "fill", "crop", "contain", "fit", "pad"), or null when it names none. */
        public static Fit parse(String word) {
            if (word == null) return null;
            return switch (word.strip().toLowerCase(Locale.ROOT)) {
                case "cover", "fill", "crop" -> COVER;
                case "contain", "fit", "pad", "letterbox" -> CONTAIN;
                default -> null;
            };
        }
    }

    public static final int DEFAULT_MAX_BYTES = 900_000;
    public static final long DEFAULT_MAX_PIXELS = 100_000_000L;

    /** The defaults, as a build without any card setting gets them. */
    public static CardSettings defaults() {
        return from(new Settings(java.util.Map.of(), "defaults"));
    }

    static CardSettings from(Settings s) {
        int width = s.integer("cardWidth", 1200);
        int height = s.integer("cardHeight", 630);
        if (width < 200 || width > 4096) throw s.wrong("cardWidth", "between 200 and 4096");
        if (height < 200 || height > 4096) throw s.wrong("cardHeight", "between 200 and 4096");
        int quality = s.integer("cardQuality", 85);
        if (quality < 30 || quality > 100) throw s.wrong("cardQuality", "between 30 and 100");
        int maxBytes = s.integer("cardMaxBytes", DEFAULT_MAX_BYTES);
        if (maxBytes < 50_000) throw s.wrong("cardMaxBytes", "a number of bytes of at least 50000");
        long maxPixels = s.integer("maxPixels", (int) DEFAULT_MAX_PIXELS);
        if (maxPixels < 1_000_000) throw s.wrong("maxPixels", "a number of pixels of at least 1000000");
        Fit fit = Fit.parse(s.string("cardFit", "cover"));
        if (fit == null) throw s.wrong("cardFit", "cover or contain");
        String pad = s.string("cardContainBackground", "blur");
        Color containBackground = pad.equalsIgnoreCase("blur") ? null : colour(s, "cardContainBackground", pad, "blur or a colour such as #202020");
        String titleImage = s.string("cardTitleImage", "");
        return new CardSettings(width, height, quality, maxBytes, maxPixels, fit,
                colour(s, "cardBackground", s.string("cardBackground", "#ffffff"), "a colour such as #ffffff"),
                containBackground,
                colour(s, "cardTitleBackground", s.string("cardTitleBackground", "#1b2433"), "a colour such as #1b2433"),
                colour(s, "cardTitleColor", s.string("cardTitleColor", "#ffffff"), "a colour such as #ffffff"),
                colour(s, "cardAccentColor", s.string("cardAccentColor", "#f2b33d"), "a colour such as #f2b33d"),
                titleImage.isEmpty() ? null : titleImage,
                s.bool("cardTitleOverlay", false));
    }

    private static Color colour(Settings s, String key, String value, String expected) {
        Color c = parseColour(value);
        if (c == null) throw s.wrong(key, expected);
        return c;
    }

    /** A colour written as #rgb, #rrggbb (the # may be left out), white or black; null for anything else. */
    public static Color parseColour(String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        if (v.equals("white")) return Color.WHITE;
        if (v.equals("black")) return Color.BLACK;
        if (v.startsWith("#")) v = v.substring(1);
        if (!v.matches("[0-9a-f]{3}|[0-9a-f]{6}")) return null;
        if (v.length() == 3) v = "" + v.charAt(0) + v.charAt(0) + v.charAt(1) + v.charAt(1) + v.charAt(2) + v.charAt(2);
        return new Color(Integer.parseInt(v, 16));
    }
}
