package dev.feedcard.feed;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;

/** JSON written the same way every time: keys in the order they were put, two-space indent, \n line ends, UTF-8. */
final class JsonOutput {
    static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ObjectWriter WRITER = MAPPER.writer(new DefaultPrettyPrinter()
            .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private JsonOutput() {
    }

    /** Encoded as Jackson writes it, without a String of the whole document in between (a feed holds long posts). */
    static byte[] bytes(ObjectNode node) {
        Utf8Writer out = new Utf8Writer();
        try {
            WRITER.writeValue(out, node);
        } catch (IOException e) {
            throw new IllegalStateException("could not write JSON: " + e.getMessage(), e);
        }
        out.write('\n');
        return out.toByteArray();
    }
}
