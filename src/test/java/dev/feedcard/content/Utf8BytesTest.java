package dev.feedcard.content;

import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

class Utf8BytesTest {
    /** What Java's strict decoder says of the bytes. */
    private static Utf8Bytes.Kind decoderSays(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return text.indexOf('\0') >= 0 ? Utf8Bytes.Kind.HAS_NUL : Utf8Bytes.Kind.TEXT;
        } catch (CharacterCodingException e) {
            return Utf8Bytes.Kind.NOT_UTF8;
        }
    }

    @Test
    void acceptsExactlyWhatJavasStrictDecoderAccepts() {
        Random random = new Random(11);
        // the lead bytes and the edges of their ranges that overlong forms, surrogates and code points past U+10FFFF hide in
        int[] interesting = {0x00, 0x0A, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1,
                0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xF8, 0xFF};
        int[] counts = new int[3];
        for (int round = 0; round < 200_000; round++) {
            byte[] bytes = new byte[1 + random.nextInt(6)];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) (random.nextInt(3) == 0 ? random.nextInt(256) : interesting[random.nextInt(interesting.length)]);
            }
            Utf8Bytes.Kind expected = decoderSays(bytes);
            counts[expected.ordinal()]++;
            assertEquals(expected, Utf8Bytes.of(bytes), () -> java.util.HexFormat.of().formatHex(bytes));
        }
        for (int count : counts) assertEquals(true, count > 1000, "every kind is tried often");
        assertEquals(Utf8Bytes.Kind.TEXT, Utf8Bytes.of("日本語 and emoji \uD83D\uDE00".getBytes(StandardCharsets.UTF_8)));
    }
}
