package dev.feedcard.cache;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/**
 * Writes the fields of a cache entry, as {@link EntryReader} reads them: numbers big-endian, a text as its UTF-8
 * length and bytes (-1 for none), a list as its size and texts, bytes as their length and bytes.
 */
public final class EntryWriter {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream(256);

    /** Writes an int. */
    public EntryWriter number(int number) {
        for (int shift = 24; shift >= 0; shift -= 8) out.write(number >>> shift);
        return this;
    }

    /** Writes a long. */
    public EntryWriter longNumber(long number) {
        for (int shift = 56; shift >= 0; shift -= 8) out.write((int) (number >>> shift));
        return this;
    }

    /** Writes a true or false. */
    public EntryWriter flag(boolean flag) {
        out.write(flag ? 1 : 0);
        return this;
    }

    /** Writes a text, or none. */
    public EntryWriter text(String text) {
        return text == null ? number(-1) : bytes(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes a list of texts. */
    public EntryWriter texts(List<String> texts) {
        number(texts.size());
        for (String text : texts) text(text);
        return this;
    }

    /** Writes bytes. */
    public EntryWriter bytes(byte[] bytes) {
        number(bytes.length);
        out.writeBytes(bytes);
        return this;
    }

    /** Writes a time, to the nanosecond. */
    public EntryWriter instant(Instant instant) {
        return longNumber(instant.getEpochSecond()).number(instant.getNano());
    }

    /** Writes a file's stamp. */
    public EntryWriter stamp(FileStamp stamp) {
        return longNumber(stamp.size()).longNumber(stamp.modified()).longNumber(stamp.changed()).text(stamp.identity());
    }

    /** The bytes written. */
    public byte[] toBytes() {
        return out.toByteArray();
    }
}
