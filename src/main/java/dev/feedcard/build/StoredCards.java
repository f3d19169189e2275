package dev.feedcard.build;

import dev.feedcard.cache.Codec;
import dev.feedcard.cache.EntryReader;
import dev.feedcard.cache.EntryWriter;
import dev.feedcard.card.Card;
import dev.feedcard.card.MadeCard;
import dev.feedcard.report.Problem;

import java.util.ArrayList;
import java.util.List;

/** A made card (its JPEG and the warnings making it gave) as a cache entry, and back. */
final class StoredCards {
    /** Writes and reads a made card. */
    static final Codec<MadeCard> CODEC = new Codec<>() {
        @Override
        public void write(EntryWriter out, MadeCard made) {
            Card card = made.card();
            out.flag(card != null);
            if (card != null) {
                out.text(card.slug()).text(card.path()).number(card.width()).number(card.height()).text(card.source()).text(card.version()).bytes(card.jpeg());
            }
            out.number(made.problems().size());
            for (Problem p : made.problems()) {
                out.text(p.severity().name()).text(p.file()).number(p.line()).text(p.message()).text(p.hint());
            }
        }

        @Override
        public MadeCard read(EntryReader in) {
            Card card = null;
            if (in.flag()) {
                String slug = in.text();
                String path = in.text();
                int width = in.number();
                int height = in.number();
                String source = in.text();
                String version = in.text();
                card = new Card(slug, path, width, height, in.bytes(), source, version);
            }
            int count = in.number();
            List<Problem> problems = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                problems.add(new Problem(Problem.Severity.valueOf(in.text()), in.text(), in.number(), in.text(), in.text()));
            }
            return new MadeCard(card, problems);
        }
    };

    private StoredCards() {
    }
}
