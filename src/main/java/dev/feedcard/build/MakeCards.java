package dev.feedcard.build;

import dev.feedcard.card.Card;
import dev.feedcard.card.CardMaker;
import dev.feedcard.card.MadeCard;
import dev.feedcard.card.UnusableImageException;
import dev.feedcard.config.Config;
import dev.feedcard.content.Post;
import dev.feedcard.report.Problem;
import dev.feedcard.work.Cores;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/** The stage that makes each published post's card, on every core, reusing the cards earlier builds made from the same inputs. */
final class MakeCards {
    private final Config config;
    private final CardCache cache;
    private final Progress progress;
    private final boolean encode;

    /**
     * @param cache the cards of earlier builds, or null when they are not kept
     * @param encode false to judge the posts' images (decoded, turned and fitted) without making cards: for check
     */
    MakeCards(Config config, CardCache cache, Progress progress, boolean encode) {
        this.config = config;
        this.cache = cache;
        this.progress = progress;
        this.encode = encode;
    }

    /**
     * The posts' cards (none when not encoding); a card that cannot be made is a problem (with keep-going, a warning:
     * the post goes without).
     */
    Cards make(List<Post> posts, List<Problem> problems) {
        CardMaker maker;
        try {
            maker = CardMaker.create(config.cards(), config.site(), config.content());
        } catch (UnusableImageException e) {
            problems.add(Problem.error(config.cards().titleImage(), 0, "cannot use the title cards' background image (cardTitleImage): " + e.getMessage(), e.hint()));
            return Cards.NONE;
        }
        AtomicInteger done = new AtomicInteger();
        long decodedBefore = CardMaker.jpegsDecodedByLibjpegTurbo();
        List<MadeCard> results = Cores.map(posts, post -> {
            MadeCard made;
            try {
                if (!encode) made = new MadeCard(null, maker.judge(post, config.keepGoing()));
                else made = cache == null ? maker.make(post, config.keepGoing()) : cache.reuse(post, config, () -> maker.make(post, config.keepGoing()));
            } catch (RuntimeException | StackOverflowError e) {
                Problem p = PostProblems.unexpected(post.file(), "make a card for", e);
                made = new MadeCard(null, List.of(config.keepGoing() ? asWarning(p) : p));
            }
            progress.update(encode ? "making cards" : "checking images", done.incrementAndGet(), posts.size());
            return made;
        });
        Map<String, Card> cards = new LinkedHashMap<>();
        if (cache != null && encode) cache.keepOnly(posts.stream().map(Post::key).collect(Collectors.toSet()));
        for (MadeCard made : results) {
            if (made.card() != null) cards.put(made.card().slug(), made.card());
            problems.addAll(made.problems());
        }
        return new Cards(cards, CardMaker.jpegsDecodedByLibjpegTurbo() - decodedBefore);
    }

    private static Problem asWarning(Problem p) {
        return Problem.warning(p.file(), p.line(), "published without a card: " + p.message(), p.hint());
    }
}
