package dev.feedcard.feed;

import org.jdom2.output.Format;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class Utf8WriterTest {
    private static final Utf8Writer.Escapes TEXT = Utf8Writer.Escapes.xmlText("&amp;", "&lt;", true);
    private static final String[] ALPHABET = {"a", "b", " ", "<", ">", "&", "\r", "\n", "\t", "\"", "é", "€", "本", "\uD83D\uDE00"};

    @Test
    void writesWhatAnOutputStreamWriterWritesHoweverTheTextIsSplit() throws IOException {
        Random random = new Random(7);
        for (int round = 0; round < 500; round++) {
            String text = randomText(random, random.nextInt(round % 50 == 0 ? 20_000 : 100));
            if (random.nextInt(5) == 0) text = text + "\uD83D" + text; // half a surrogate pair, which becomes "?"
            ByteArrayOutputStream expected = new ByteArrayOutputStream();
            Writer reference = new OutputStreamWriter(expected, StandardCharsets.UTF_8);
            Utf8Writer writer = new Utf8Writer();
            for (int from = 0; from < text.length(); ) {
                int n = Math.min(text.length() - from, 1 + random.nextInt(5000));
                switch (random.nextInt(3)) {
                    case 0 -> {
                        writer.write(text, from, n);
                        reference.write(text, from, n);
                    }
                    case 1 -> {
                        writer.write(text.toCharArray(), from, n);
                        reference.write(text.toCharArray(), from, n);
                    }
                    default -> {
                        for (int i = from; i < from + n; i++) {
                            writer.write(text.charAt(i));
                            reference.write(text.charAt(i));
                        }
                    }
                }
                from += n;
            }
            reference.close();
            assertArrayEquals(expected.toByteArray(), writer.toByteArray(), text);
        }
    }

    @Test
    void escapesXmlTextAsJdomDoes() throws IOException {
        Random random = new Random(8);
        for (int round = 0; round < 500; round++) {
            String text = randomText(random, random.nextInt(round % 50 == 0 ? 20_000 : 100));
            Utf8Writer writer = new Utf8Writer();
            writer.write("<p>");
            writer.write(text, TEXT);
            writer.write("</p>");
            String expected = "<p>" + Format.escapeText(Format.getRawFormat().setEncoding("UTF-8").getEscapeStrategy(), "\n", text) + "</p>";
            assertArrayEquals(expected.getBytes(StandardCharsets.UTF_8), writer.toByteArray(), text);
        }
    }

    @Test
    void rssPlainTextReferencesAmpersandAndLessThanAndKeepsEmoji() {
        Utf8Writer writer = new Utf8Writer();
        writer.write("Fish & <chips> \uD83C\uDF5F", Utf8Writer.Escapes.xmlText("&#x26;", "&#x3C;", false));
        assertEquals("Fish &#x26; &#x3C;chips&gt; \uD83C\uDF5F", new String(writer.toByteArray(), StandardCharsets.UTF_8));
    }

    @Test
    void refusesWhatXmlCannotHold() {
        for (String text : new String[]{"a\u0001", "\uFFFE", "x\uD800", "\uDC00y", "\uD83D"}) {
            assertThrows(IllegalArgumentException.class, () -> new Utf8Writer().write(text, TEXT), text);
        }
    }

    private static String randomText(Random random, int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) text.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        return text.toString();
    }
}
