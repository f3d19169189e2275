package dev.feedcard.build;

import dev.feedcard.config.Config;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** What a build makes; the set of them a build makes chooses the stages it runs. */
public enum Product {
    /** The feeds, in every format, and the files they share. */
    FEEDS,
    /** The posts' cards and cards.json, which lists them. */
    CARDS,
    /** The posts' head tags ({@code meta/}), and with --pages the pages they go into. */
    HEAD_TAGS;

    /** What a build with {@code config} makes: the feeds alone with --feeds-only, the cards and head tags alone with --cards-only, else all. */
    public static Set<Product> of(Config config) {
        if (config.feedsOnly()) return Collections.unmodifiableSet(EnumSet.of(FEEDS));
        if (config.cardsOnly()) return Collections.unmodifiableSet(EnumSet.of(CARDS, HEAD_TAGS));
        return Collections.unmodifiableSet(EnumSet.allOf(Product.class));
    }
}
