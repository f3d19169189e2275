package dev.feedcard.cache;

/**
 * How values of one kind are written into cache entries and read back. An entry that cannot be read (damaged, cut
 * short, or with bytes left over) is no value at all: {@link #decode} gives null, and the value is made again.
 */
public interface Codec<T> {
    /** Writes {@code value}'s fields. */
    void write(EntryWriter out, T value);

    /** Reads a value's fields; any exception means the entry is damaged. */
    T read(EntryReader in);

    /** The entry of {@code value}. */
    default byte[] encode(T value) {
        EntryWriter out = new EntryWriter();
        write(out, value);
        return out.toBytes();
    }

    /** The value in {@code entry}, or null when there is none or it cannot be read whole. */
    default T decode(byte[] entry) {
        if (entry == null) return null;
        try {
            EntryReader in = new EntryReader(entry);
            T value = read(in);
            return in.atEnd() ? value : null;
        } catch (RuntimeException | OutOfMemoryError e) {
            return null;
        }
    }
}
