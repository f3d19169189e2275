package dev.feedcard.card;

import dev.feedcard.report.Problem;

import java.util.List;

/**
 * What making one post's card gave.
 *
 * @param card the card, or null when the post has none (a remote image, or an image that cannot be used)
 * @param problems warnings (an enlarged image, a focus that is not one) and errors, each naming the post's file
 */
public record MadeCard(Card card, List<Problem> problems) {
    public MadeCard {
        problems = List.copyOf(problems);
    }
}
