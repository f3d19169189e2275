package dev.feedcard.card;

/** A featured image that cannot become a card: not an image, a format feedcard does not read, broken, too large. */
public final class UnusableImageException extends Exception {
    private final String hint;

    /** What is wrong with the image, and what the user can do about it. */
    public UnusableImageException(String message, String hint) {
        super(message, null, false, false);
        this.hint = hint;
    }

    /** What the user can do about it. */
    public String hint() {
        return hint;
    }
}
