package dev.feedcard.config;

import java.util.Locale;

/**
 * The size and look of the social cards.
 *
 * @param width the card's width in pixels (cardWidth)
 * @param height the card's height in pixels (cardHeight)
 * @param quality the JPEG quality to start from, 30-100 (cardQuality)
 * @param maxBytes the largest card allowed; quality is lowered step by step until the card fits (cardMaxBytes)
 * @param maxPixels images with more pixels than this are refused before they are decoded (maxPixels)
 * @param fit how a featured image fills the card, unless a post says otherwise (cardFit)
 * @param background what shows through transparent parts of a featured image (cardBackground)
 * @param containBackground what pads an image in contain mode: null for a blurred, darkened copy of the image
 *                          (cardContainBackground)
 * @param titleBackground the background of a drawn title card (cardTitleBackground)
 * @param titleColor the colour of a title card's title (cardTitleColor)
 * @param accentColor the colour of a title card's site name, rule and tags (cardAccentColor)
 * @param titleImage an image (relative to the content folder) behind the text of title cards, or null (cardTitleImage)
 * @param titleOverlay draw the post's title over featured images too (cardTitleOverlay)
 * @see Setting for each setting's default
 */
public record CardSettings(int width, int height, int quality, int maxBytes, long maxPixels, Fit fit,
                           Rgb background, Rgb containBackground, Rgb titleBackground, Rgb titleColor,
                           Rgb accentColor, String titleImage, boolean titleOverlay) {

    /**
     * A colour as 0xRRGGBB. Not Java2D's own class: making the first of those starts AWT, which a build that makes no
     * card has no use for (10 ms before anything else could start).
     */
    public record Rgb(int value) {
        /** This colour for drawing. */
        public java.awt.Color awt() {
            return new java.awt.Color(value);
        }
    }

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

    /** The defaults, as a build without any card setting gets them. */
    public static CardSettings defaults() {
        return from(new Settings(java.util.Map.of(), "defaults"));
    }

    static CardSettings from(Settings s) {
        int width = s.integer(Setting.CARD_WIDTH);
        int height = s.integer(Setting.CARD_HEIGHT);
        if (width < 200 || width > 4096) throw s.wrong(Setting.CARD_WIDTH, "between 200 and 4096");
        if (height < 200 || height > 4096) throw s.wrong(Setting.CARD_HEIGHT, "between 200 and 4096");
        int quality = s.integer(Setting.CARD_QUALITY);
        if (quality < 30 || quality > 100) throw s.wrong(Setting.CARD_QUALITY, "between 30 and 100");
        int maxBytes = s.integer(Setting.CARD_MAX_BYTES);
        if (maxBytes < 50_000) throw s.wrong(Setting.CARD_MAX_BYTES, "a number of bytes of at least 50000");
        long maxPixels = s.integer(Setting.MAX_PIXELS);
        if (maxPixels < 1_000_000) throw s.wrong(Setting.MAX_PIXELS, "a number of pixels of at least 1000000");
        Fit fit = Fit.parse(s.string(Setting.CARD_FIT));
        if (fit == null) throw s.wrong(Setting.CARD_FIT, "cover or contain");
        String pad = s.string(Setting.CARD_CONTAIN_BACKGROUND);
        Rgb containBackground = pad.equalsIgnoreCase("blur") ? null
                : colour(s, Setting.CARD_CONTAIN_BACKGROUND, "blur or a colour such as #202020");
        String titleImage = s.string(Setting.CARD_TITLE_IMAGE);
        return new CardSettings(width, height, quality, maxBytes, maxPixels, fit,
                colour(s, Setting.CARD_BACKGROUND, "a colour such as #ffffff"),
                containBackground,
                colour(s, Setting.CARD_TITLE_BACKGROUND, "a colour such as #1b2433"),
                colour(s, Setting.CARD_TITLE_COLOR, "a colour such as #ffffff"),
                colour(s, Setting.CARD_ACCENT_COLOR, "a colour such as #f2b33d"),
                titleImage.isEmpty() ? null : titleImage,
                s.bool(Setting.CARD_TITLE_OVERLAY));
    }

    private static Rgb colour(Settings s, Setting<String> setting, String expected) {
        Rgb c = parseColour(s.string(setting));
        if (c == null) throw s.wrong(setting, expected);
        return c;
    }

    /** A colour written as #rgb, #rrggbb (the # may be left out), white or black; null for anything else. */
    public static Rgb parseColour(String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        if (v.equals("white")) return new Rgb(0xffffff);
        if (v.equals("black")) return new Rgb(0);
        if (v.startsWith("#")) v = v.substring(1);
        if (!v.matches("[0-9a-f]{3}|[0-9a-f]{6}")) return null;
        if (v.length() == 3) v = "" + v.charAt(0) + v.charAt(0) + v.charAt(1) + v.charAt(1) + v.charAt(2) + v.charAt(2);
        return new Rgb(Integer.parseInt(v, 16));
    }
}
