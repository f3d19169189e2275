package dev.feedcard.card;

import java.util.Locale;
import java.util.Optional;

/**
 * The point of an image a cover crop keeps in view, as fractions of its width and height from the top left:
 * (0.5, 0.5) is the centre, (0.5, 0) the middle of the top edge. The crop is centred on the point as far as the
 * image allows, so "top" keeps the top edge and "bottom-left" the bottom left corner.
 */
public record Focus(double x, double y) {
    public static final Focus CENTRE = new Focus(0.5, 0.5);

    public Focus {
        if (!(x >= 0 && x <= 1 && y >= 0 && y <= 1)) throw new IllegalArgumentException("focus outside the image: " + x + "," + y);
    }

    /**
     * The focus written in front matter: two numbers between 0 and 1 ("0.3,0.6" or "0.3 0.6"), two percentages
     * ("30%,60%"), or words: center, top, bottom, left, right, top-left, bottom-right and so on.
     * Empty when the text is none of these.
     */
    public static Optional<Focus> parse(String text) {
        if (text == null) return Optional.empty();
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.isEmpty()) return Optional.empty();
        String[] numbers = t.split("\\s*[,;\\s]\\s*");
        if (numbers.length == 2 && numbers[0].matches("[0-9.]+%?") && numbers[1].matches("[0-9.]+%?")) {
            try {
                double x = fraction(numbers[0]);
                double y = fraction(numbers[1]);
                if (x >= 0 && x <= 1 && y >= 0 && y <= 1) return Optional.of(new Focus(x, y));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
            return Optional.empty();
        }
        double x = 0.5;
        double y = 0.5;
        boolean horizontal = false;
        boolean vertical = false;
        for (String word : t.split("[\\s,_-]+")) {
            switch (word) {
                case "top", "north", "up" -> { if (vertical) return Optional.empty(); y = 0; vertical = true; }
                case "bottom", "south", "down" -> { if (vertical) return Optional.empty(); y = 1; vertical = true; }
                case "left", "west" -> { if (horizontal) return Optional.empty(); x = 0; horizontal = true; }
                case "right", "east" -> { if (horizontal) return Optional.empty(); x = 1; horizontal = true; }
                case "center", "centre", "middle" -> { }
                default -> { return Optional.empty(); }
            }
        }
        return Optional.of(new Focus(x, y));
    }

    private static double fraction(String number) {
        if (number.endsWith("%")) return Double.parseDouble(number.substring(0, number.length() - 1)) / 100;
        return Double.parseDouble(number);
    }
}
