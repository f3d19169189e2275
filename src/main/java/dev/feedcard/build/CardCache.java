package dev.feedcard.build;

import dev.feedcard.cache.CacheKey;
import dev.feedcard.cache.DiskCache;
import dev.feedcard.cache.Fingerprint;
import dev.feedcard.cache.TypedCache;
import dev.feedcard.card.MadeCard;
import dev.feedcard.config.Config;
import dev.feedcard.content.Post;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The cards of earlier builds, in this process (a {@code feedcard serve} session) and optionally on disk between
 * builds, so that a rebuild remakes only the cards whose inputs changed. A card is reused only when everything it is
 * made from is the same: the fields of the post a card shows, the card settings, the site, keep-going, and the bytes
 * of the post's image and of the title cards' background image. One key, made of these, files a card in memory and
 * on disk. One card is kept per post in memory, so the cache never grows beyond the blog.
 */
public final class CardCache {
    private static final int FORMAT = 3;

    private record Kept(CacheKey key, MadeCard made) {
    }

    private final Map<String, Kept> cards = new ConcurrentHashMap<>();
    private final TypedCache<MadeCard> disk;

    /** Cards kept in memory only, for the rebuilds of one {@code feedcard serve} session. */
    public CardCache() {
        this(null);
    }

    /**
     * Cards also kept on disk between builds (in {@code disk}), keyed by the content of the images rather than their
     * times, so that a rebuild with nothing changed decodes no image.
     */
    public CardCache(DiskCache disk) {
        this.disk = disk == null ? null : new TypedCache<>(disk, StoredCards.CODEC);
    }

    /** Everything a card is made from; taken before the card is made, so an image changed meanwhile is not mistaken for the old one. */
    static CacheKey key(Post post, Config config) {
        Path image = post.image() == null ? null : post.image().file();
        Path titleImage = config.cards().titleImage() == null ? null : config.content().resolve(config.cards().titleImage());
        return CacheKey.of("card", FORMAT).value(config.cards()).value(config.site()).flag(config.keepGoing()).text(post.key()).text(post.file())
                .text(post.title()).value(post.published()).value(post.tags()).text(post.language()).value(post.image())
                .text(Fingerprint.of(image)).text(Fingerprint.of(titleImage)).build();
    }

    /**
     * The card made before from exactly the post's inputs (in this process, else on disk); else {@code make}'s,
     * kept for the next build. An exception from {@code make} keeps nothing.
     */
    MadeCard reuse(Post post, Config config, Supplier<MadeCard> make) {
        CacheKey key = key(post, config);
        Kept kept = cards.get(post.key());
        if (kept != null && kept.key().equals(key)) return kept.made();
        MadeCard made = disk == null ? make.get() : disk.reuse(key, make);
        cards.put(post.key(), new Kept(key, made));
        return made;
    }

    /** Stores the new cards on disk and removes the stored cards this build did not use: only once the build has published. */
    void commitDisk() {
        if (disk != null) disk.commit();
    }

    /** Forgets the cards of posts that are gone (by Post.key()). */
    void keepOnly(Set<String> keys) {
        cards.keySet().retainAll(keys);
    }

    int size() {
        return cards.size();
    }
}
