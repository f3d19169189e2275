package dev.feedcard.build;

import dev.feedcard.card.Card;
import dev.feedcard.card.CardMaker;
import dev.feedcard.card.CardImage;
import dev.feedcard.config.OutputLayout;
import dev.feedcard.config.Site;
import dev.feedcard.content.Post;
import dev.feedcard.render.Permalinks;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The cards a build made, by post key, in the posts' order: what the {@link MakeCards} stage returns.
 *
 * @param decodedByLibjpegTurbo how many featured images the build decoded with libjpeg-turbo rather than Java's
 *                              JPEG reader (see {@link CardMaker#jpegsDecodedByLibjpegTurbo})
 */
record Cards(Map<String, Card> byKey, long decodedByLibjpegTurbo) {
    /** No cards: a build that makes none (--feeds-only). */
    static final Cards NONE = new Cards(Map.of(), 0);

    Cards {
        byKey = Collections.unmodifiableMap(new LinkedHashMap<>(byKey));
    }

    /** The post's card, or null when it has none. */
    Card of(Post post) {
        return byKey.get(post.key());
    }

    /** The cards of {@code posts} alone (those that stay published). */
    Cards of(List<Post> posts) {
        if (byKey.isEmpty()) return this;
        Map<String, Card> kept = new LinkedHashMap<>(byKey);
        kept.keySet().retainAll(posts.stream().map(Post::key).collect(Collectors.toSet()));
        return new Cards(kept, decodedByLibjpegTurbo);
    }

    Collection<Card> all() {
        return byKey.values();
    }

    int size() {
        return byKey.size();
    }

    /**
     * The image shared for {@code post}: its card, else its remote featured image (which is not made into a card),
     * else null. A card's URL carries its {@link Card#version}: it changes when the card's bytes do, and stays the same
     * when they do not, so that platforms that keep an image by its URL fetch a changed card again.
     */
    CardImage imageOf(Post post, Site site) {
        Card card = of(post);
        if (card != null) {
            return new CardImage(site.resolve(OutputLayout.card(Permalinks.encodePath(post.key())) + "?v=" + card.version()),
                    card.width(), card.height(), card.bytes(), "image/jpeg", altText(post));
        }
        if (post.image() != null && post.image().remote() != null) {
            return new CardImage(post.image().remote(), 0, 0, 0, null, altText(post));
        }
        return null;
    }

    private static String altText(Post post) {
        return post.image() != null && post.image().alt() != null && !post.image().alt().isBlank() ? post.image().alt() : post.title();
    }
}
