package dev.feedcard.build;

import dev.feedcard.card.MadeCard;
import dev.feedcard.config.CardSettings;
import dev.feedcard.config.Config;
import dev.feedcard.config.Site;
import dev.feedcard.content.Post;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The cards of earlier builds in this process (a {@code feedcard serve} session), so that a rebuild after an edit
 * remakes only the cards whose inputs changed. A card is reused only when everything it could be made from is the
 * same: the whole post (front matter and text), the card settings, the site, keep-going, and the size and time of
 * the post's image file and of the title cards' background image. One card is kept per post, so the cache never
 * grows beyond the blog.
 */
public final class CardCache {
    /** A file's size and modification time; -1 for no file. */
    private record Stamp(long size, long modified) {
        static Stamp of(Path file) {
            if (file == null) return new Stamp(-1, -1);
            try {
                return new Stamp(Files.size(file), Files.getLastModifiedTime(file).toMillis());
            } catch (IOException e) {
                return new Stamp(-2, -2);
            }
        }
    }

    /** Everything a card is made from; taken before the card is made, so an image changed meanwhile is not mistaken for the old one. */
    record Key(Post post, CardSettings settings, Site site, boolean keepGoing, Stamp image, Stamp titleImage) {
    }

    private record Kept(Key key, MadeCard made) {
    }

    private final Map<String, Kept> cards = new ConcurrentHashMap<>();

    static Key key(Post post, Config config) {
        Path image = post.image() == null ? null : post.image().file();
        Path titleImage = config.cards().titleImage() == null ? null : config.content().resolve(config.cards().titleImage());
        return new Key(post, config.cards(), config.site(), config.keepGoing(), Stamp.of(image), Stamp.of(titleImage));
    }

    /** What was made from exactly these inputs before, or null. */
    MadeCard get(Key key) {
        Kept kept = cards.get(key.post().key());
        return kept != null && kept.key().equals(key) ? kept.made() : null;
    }

    void put(Key key, MadeCard made) {
        cards.put(key.post().key(), new Kept(key, made));
    }

    /** Forgets the cards of posts that are gone (by Post.key()). */
    void keepOnly(Set<String> keys) {
        cards.keySet().retainAll(keys);
    }

    int size() {
        return cards.size();
    }
}
