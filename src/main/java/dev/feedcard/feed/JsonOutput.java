package dev.feedcard.feed;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;

import java.io.IOException;

/** JSON written the same way every time: keys in the order they were put, two-space indent, \n line ends, UTF-8. */
final class JsonOutput {
    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter()
            .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    private static final JsonFactory STREAMING = new JsonFactory();

    /** What writes a document's values into a generator. */
    @FunctionalInterface
    interface Document {
        void write(JsonGenerator json) throws IOException;
    }

    private JsonOutput() {
    }

    /**
     * A document written value by value: keys in the order written, two-space indent, "key": value, \n line ends,
     * UTF-8, without a String of the whole document in between (a feed holds long posts).
     */
    static byte[] bytes(Document document) {
        Utf8Writer out = new Utf8Writer();
        try (JsonGenerator json = STREAMING.createGenerator(out)) {
            json.setPrettyPrinter(PRETTY.createInstance());
            document.write(json);
        } catch (IOException e) {
            throw new IllegalStateException("could not write JSON: " + e.getMessage(), e);
        }
        out.write('\n');
        return out.toByteArray();
    }
}
