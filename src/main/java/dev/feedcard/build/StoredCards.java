package dev.feedcard.build;

import dev.feedcard.card.Card;
import dev.feedcard.card.MadeCard;
import dev.feedcard.report.Problem;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** A made card (its JPEG and the warnings making it gave) as bytes for the disk cache, and back. */
final class StoredCards {
    private static final int FORMAT = 1;

    private StoredCards() {
    }

    static byte[] encode(MadeCard made) {
        return StoredText.entry(made.card() == null ? 512 : made.card().jpeg().length + 512, out -> {
            out.writeInt(FORMAT);
            Card card = made.card();
            out.writeBoolean(card != null);
            if (card != null) {
                out.writeUTF(card.slug());
                out.writeUTF(card.path());
                out.writeInt(card.width());
                out.writeInt(card.height());
                out.writeUTF(card.source());
                out.writeInt(card.jpeg().length);
                out.write(card.jpeg());
            }
            out.writeInt(made.problems().size());
            for (Problem p : made.problems()) {
                out.writeUTF(p.severity().name());
                out.writeUTF(p.file());
                out.writeInt(p.line());
                out.writeUTF(p.message());
                out.writeUTF(p.hint() == null ? "" : p.hint());
            }
        });
    }

    /** The card in {@code bytes}, or null when there are none or they are not a stored card of this format. */
    static MadeCard decode(byte[] bytes) {
        if (bytes == null) return null;
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            if (in.readInt() != FORMAT) return null;
            Card card = null;
            if (in.readBoolean()) {
                String slug = in.readUTF();
                String path = in.readUTF();
                int width = in.readInt();
                int height = in.readInt();
                String source = in.readUTF();
                byte[] jpeg = new byte[in.readInt()];
                in.readFully(jpeg);
                card = new Card(slug, path, width, height, jpeg, source);
            }
            int count = in.readInt();
            List<Problem> problems = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                problems.add(new Problem(Problem.Severity.valueOf(in.readUTF()), in.readUTF(), in.readInt(), in.readUTF(), in.readUTF()));
            }
            return in.available() == 0 ? new MadeCard(card, problems) : null;
        } catch (IOException | IllegalArgumentException | NegativeArraySizeException | OutOfMemoryError e) {
            return null;
        }
    }
}
