package dev.feedcard.build;

import dev.feedcard.content.FileStamp;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Texts in the caches' entries: a length, then UTF-8; -1 for none. A length beyond the entry is an error, not a huge
 * array. Also lists of texts, file stamps (three numbers and a text), and the bytes of a whole entry.
 */
final class StoredText {
    private StoredText() {
    }

    /** What writes an entry's fields. */
    @FunctionalInterface
    interface Fields {
        void write(DataOutputStream out) throws IOException;
    }

    /** The bytes of an entry, as {@code fields} writes them, in a buffer that starts at {@code expectedSize}. */
    static byte[] entry(int expectedSize, Fields fields) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(expectedSize);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            fields.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static void write(DataOutputStream out, String text) throws IOException {
        if (text == null) {
            out.writeInt(-1);
            return;
        }
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    /** The text at the buffer's position, which moves past it; the decoding of a whole index reads thousands. */
    static String read(ByteBuffer in) throws IOException {
        int length = in.getInt();
        if (length < 0) return null;
        if (length > in.remaining()) throw new IOException("the entry is cut short");
        String text = new String(in.array(), in.arrayOffset() + in.position(), length, StandardCharsets.UTF_8);
        in.position(in.position() + length);
        return text;
    }

    static void writeList(DataOutputStream out, List<String> texts) throws IOException {
        out.writeInt(texts.size());
        for (String text : texts) write(out, text);
    }

    /** A count written before as many items, each at least a byte long: an error when the entry cannot hold them. */
    static int count(ByteBuffer in) throws IOException {
        int size = in.getInt();
        if (size < 0 || size > in.remaining()) throw new IOException("the entry is cut short");
        return size;
    }

    static void writeStamp(DataOutputStream out, FileStamp stamp) throws IOException {
        out.writeLong(stamp.size());
        out.writeLong(stamp.modified());
        out.writeLong(stamp.changed());
        write(out, stamp.identity());
    }

    static FileStamp readStamp(ByteBuffer in) throws IOException {
        return new FileStamp(in.getLong(), in.getLong(), in.getLong(), read(in));
    }

    static List<String> readList(ByteBuffer in) throws IOException {
        int size = count(in);
        List<String> texts = new ArrayList<>(size);
        for (int i = 0; i < size; i++) texts.add(read(in));
        return texts;
    }
}
