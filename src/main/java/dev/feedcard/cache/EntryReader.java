package dev.feedcard.cache;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the fields of a cache entry as {@link EntryWriter} wrote them. A length beyond the entry is an exception,
 * not a huge array; so is reading past its end: a damaged entry is never taken for a value.
 */
public final class EntryReader {
    private final ByteBuffer in;

    public EntryReader(byte[] entry) {
        this.in = ByteBuffer.wrap(entry);
    }

    /** Reads an int. */
    public int number() {
        return in.getInt();
    }

    /** Reads a long. */
    public long longNumber() {
        return in.getLong();
    }

    /** Reads a true or false. */
    public boolean flag() {
        return in.get() != 0;
    }

    /** Reads a text, or null for none; the decoding of a whole index reads thousands. */
    public String text() {
        int length = in.getInt();
        if (length < 0) return null;
        String text = new String(in.array(), in.arrayOffset() + in.position(), within(length), StandardCharsets.UTF_8);
        in.position(in.position() + length);
        return text;
    }

    /** Reads a list of texts. */
    public List<String> texts() {
        int size = within(in.getInt());
        List<String> texts = new ArrayList<>(size);
        for (int i = 0; i < size; i++) texts.add(text());
        return texts;
    }

    /** Reads bytes. */
    public byte[] bytes() {
        byte[] bytes = new byte[within(in.getInt())];
        in.get(bytes);
        return bytes;
    }

    /** Reads a time. */
    public Instant instant() {
        return Instant.ofEpochSecond(in.getLong(), in.getInt());
    }

    /** Reads a file's stamp. */
    public FileStamp stamp() {
        return new FileStamp(in.getLong(), in.getLong(), in.getLong(), text());
    }

    /** True when every byte of the entry has been read. */
    public boolean atEnd() {
        return !in.hasRemaining();
    }

    /** {@code length}, when the entry has that many bytes left; else an exception (the entry is cut short or damaged). */
    private int within(int length) {
        if (length < 0 || length > in.remaining()) throw new BufferUnderflowException();
        return length;
    }
}
