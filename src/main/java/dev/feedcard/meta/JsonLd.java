package dev.feedcard.meta;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * JSON for a {@code <script type="application/ld+json">} element: on one line, keys in the order written, and
 * {@code <}, {@code >} and {@code &} written as {@code \u003C}, {@code \u003E}, {@code \u0026} (U+2028 and U+2029 too), so
 * that no value (a title holding {@code </script>} or {@code <!--}) can end the script or change how HTML reads it.
 */
final class JsonLd {
    private static final JsonFactory JSON = new JsonFactory();

    /** What writes a document's values into a generator. */
    @FunctionalInterface
    interface Document {
        void write(JsonGenerator json) throws IOException;
    }

    private JsonLd() {
    }

    /** The document as the text of a script element. */
    static String text(Document document) {
        StringWriter text = new StringWriter(512);
        // written as characters: Jackson's UTF-8 output would escape characters beyond the BMP, such as emoji
        try (JsonGenerator json = JSON.createGenerator(text)) {
            json.setCharacterEscapes(SCRIPT_SAFE);
            document.write(json);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write JSON-LD", e);
        }
        return text.toString();
    }

    /** JSON's own escapes, and a Unicode escape for the characters HTML or old JavaScript read specially. */
    private static final CharacterEscapes SCRIPT_SAFE = new CharacterEscapes() {
        private final int[] ascii = ascii();
        private final SerializableString lineSeparator = new SerializedString("\\u2028");
        private final SerializableString paragraphSeparator = new SerializedString("\\u2029");

        private static int[] ascii() {
            int[] codes = CharacterEscapes.standardAsciiEscapesForJSON();
            codes['<'] = CharacterEscapes.ESCAPE_STANDARD;
            codes['>'] = CharacterEscapes.ESCAPE_STANDARD;
            codes['&'] = CharacterEscapes.ESCAPE_STANDARD;
            return codes;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            if (ch == 0x2028) return lineSeparator;
            if (ch == 0x2029) return paragraphSeparator;
            return null;
        }
    };
}
