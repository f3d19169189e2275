package dev.feedcard.preview;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * Something the server answers with: its bytes (in memory, or a file sent from disk a piece at a time), type and
 * validators. The entity tag of bytes in memory is made from them, so it changes exactly when the content does;
 * a file's is made from its size, modification time and identity on disk, as a production server's (nginx's)
 * is, so that a large file is never read whole to answer.
 *
 * @param lastModified when the content last changed, to the second
 */
record Resource(Body body, String type, String etag, Instant lastModified) implements AutoCloseable {
    static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);
    private static final int CHUNK = 64 * 1024;

    /** A resource's bytes. */
    sealed interface Body permits Bytes, FileBody {
        long length();
    }

    record Bytes(byte[] bytes) implements Body {
        @Override
        public long length() {
            return bytes.length;
        }
    }

    /** An open file, sent from its start for {@code length} bytes. */
    record FileBody(FileChannel channel, long length) implements Body {
    }

    static Resource of(byte[] body, String type, Instant lastModified) {
        return new Resource(new Bytes(body), type, etagOf(body), lastModified.truncatedTo(ChronoUnit.SECONDS));
    }

    static Resource text(String text, String type, Instant lastModified) {
        return of(text.getBytes(StandardCharsets.UTF_8), type, lastModified);
    }

    /** An open file; {@code identity} names its version on disk (its size, modification time, inode). */
    static Resource file(FileChannel channel, long length, String type, String identity, Instant lastModified) {
        return new Resource(new FileBody(channel, length), type, etagOf(identity.getBytes(StandardCharsets.UTF_8)),
                lastModified.truncatedTo(ChronoUnit.SECONDS));
    }

    private static String etagOf(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    /** The same bytes sent as another type: another representation, so another entity tag. */
    Resource as(String otherType, String variant) {
        return new Resource(body, otherType, etag.substring(0, etag.length() - 1) + "-" + variant + "\"", lastModified);
    }

    /**
     * Writes the bytes, a piece at a time for a file, calling {@code progress} after each piece.
     *
     * @throws IOException also when a file got shorter while it was sent (the client sees a cut-off response)
     */
    void writeTo(OutputStream out, Runnable progress) throws IOException {
        if (body instanceof Bytes b) {
            out.write(b.bytes());
            progress.run();
            return;
        }
        FileBody file = (FileBody) body;
        ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(CHUNK, Math.max(1, file.length())));
        long position = 0;
        while (position < file.length()) {
            buffer.clear();
            buffer.limit((int) Math.min(buffer.capacity(), file.length() - position));
            int n = file.channel().read(buffer, position);
            if (n < 0) throw new IOException("the file got shorter while it was sent");
            out.write(buffer.array(), 0, n);
            position += n;
            progress.run();
        }
    }

    /** Closes the file, if the bytes are one. */
    @Override
    public void close() throws IOException {
        if (body instanceof FileBody file) file.channel().close();
    }

    String lastModifiedHeader() {
        return HTTP_DATE.format(lastModified);
    }

    /**
     * Whether a client that sent these request headers already has this content (answer 304), following RFC 9110:
     * If-None-Match decides when present (weak comparison, "*" matches anything); otherwise If-Modified-Since.
     */
    boolean notModified(String ifNoneMatch, String ifModifiedSince) {
        if (ifNoneMatch != null) {
            for (String tag : ifNoneMatch.split(",")) {
                String t = tag.strip();
                if (t.equals("*") || weak(t).equals(weak(etag))) return true;
            }
            return false;
        }
        if (ifModifiedSince != null) {
            try {
                Instant since = Instant.from(HTTP_DATE.parse(ifModifiedSince.strip()));
                return !lastModified.isAfter(since);
            } catch (DateTimeParseException e) {
                return false;
            }
        }
        return false;
    }

    private static String weak(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }
}
