package dev.feedcard.build;

import dev.feedcard.card.MadeCard;
import dev.feedcard.config.CardSettings;
import dev.feedcard.config.Config;
import dev.feedcard.config.Site;
import dev.feedcard.config.Version;
import dev.feedcard.output.DiskCache;
import dev.feedcard.content.Post;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The cards of earlier builds, in this process (a {@code feedcard serve} session) and optionally on disk between
 * builds, so that a rebuild remakes only the cards whose inputs changed. A card is reused only when everything it could be made from is the
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

    /**
     * Everything a card is made from; taken before the card is made, so an image changed meanwhile is not mistaken for the old one.
     *
     * @param stored the key of the card on disk (the image's bytes, not its time), or null without a disk cache
     */
    record Key(Post post, CardSettings settings, Site site, boolean keepGoing, Stamp image, Stamp titleImage, String stored) {
    }

    private record Kept(Key key, MadeCard made) {
    }

    private final Map<String, Kept> cards = new ConcurrentHashMap<>();
    private final DiskCache disk;

    /** Cards kept in memory only, for the rebuilds of one {@code feedcard serve} session. */
    public CardCache() {
        this(null);
    }

    /**
     * Cards also kept on disk between builds (in {@code disk}), keyed by the content of the image rather than its
     * time, so that a rebuild with nothing changed decodes no image.
     */
    public CardCache(DiskCache disk) {
        this.disk = disk;
    }

    Key key(Post post, Config config) {
        Path image = post.image() == null ? null : post.image().file();
        Path titleImage = config.cards().titleImage() == null ? null : config.content().resolve(config.cards().titleImage());
        String stored = disk == null ? null : String.join("\n", "feedcard " + Version.code(), config.cards().toString(),
                config.site().toString(), String.valueOf(config.keepGoing()), post.key(), post.file(), post.title(),
                String.valueOf(post.published()), String.valueOf(post.tags()), post.language(), String.valueOf(post.image()),
                DiskCache.fingerprint(image), DiskCache.fingerprint(titleImage));
        return new Key(post, config.cards(), config.site(), config.keepGoing(), Stamp.of(image), Stamp.of(titleImage), stored);
    }

    /** What was made from exactly these inputs before (in this process, else on disk), or null. */
    MadeCard get(Key key) {
        Kept kept = cards.get(key.post().key());
        if (kept != null && kept.key().equals(key)) return kept.made();
        if (disk == null) return null;
        MadeCard stored = StoredCards.decode(disk.get(key.stored()));
        if (stored != null) cards.put(key.post().key(), new Kept(key, stored));
        return stored;
    }

    void put(Key key, MadeCard made) {
        cards.put(key.post().key(), new Kept(key, made));
        if (disk != null) disk.put(key.stored(), () -> StoredCards.encode(made));
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
