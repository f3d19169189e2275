package dev.feedcard.content;

import dev.feedcard.cache.Fingerprint;
import dev.feedcard.report.ProblemException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A post's Markdown body. A body read from a file is not kept in memory: it is read again when it is rendered, so
 * that a blog of ten thousand posts holds their front matter only, not 160 MB of Markdown most of which no feed
 * shows. The file is checked to be the one the front matter was read from.
 */
public final class PostBody {
    private final String text;
    private final Path file;
    private final int offset;
    /** The {@link Fingerprint} of the file's bytes, or of the text's. */
    private final String bytesFingerprint;

    private PostBody(String text, Path file, int offset, String bytesFingerprint) {
        this.text = text;
        this.file = file;
        this.offset = offset;
        this.bytesFingerprint = bytesFingerprint;
    }

    /** A body given as text (one that comes from no file, or a test's). */
    public static PostBody of(String text) {
        return new PostBody(text, null, 0, Fingerprint.of(text));
    }

    /**
     * The body of the post whose file held {@code bytes}: the text from the {@code offset}-th character of the file's
     * text as {@link PostReader} decodes it.
     */
    static PostBody inFile(Path file, byte[] bytes, int offset) {
        return new PostBody(null, file, offset, Fingerprint.of(bytes));
    }

    /** Where a body read from a file is: the file, the character it starts at, and the file's {@link Fingerprint}. */
    public record Stored(Path file, int offset, String fileFingerprint) {
    }

    /** A body read from a file, as {@link #stored} gave it. */
    public static PostBody stored(Stored stored) {
        return new PostBody(null, stored.file(), stored.offset(), stored.fileFingerprint());
    }

    /** Where this body, read from a file, is; an exception for a body given as text. */
    public Stored stored() {
        if (file == null) throw new IllegalStateException("a body given as text has no file");
        return new Stored(file, offset, bytesFingerprint);
    }

    /** The Markdown, read again from the post's file when it came from one. */
    public String text() {
        if (text != null) return text;
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + " again: " + e.getMessage(), e);
        }
        if (!bytesFingerprint.equals(Fingerprint.of(bytes))) throw new FileChangedException();
        try {
            return PostReader.decode(file.toString(), bytes).substring(offset);
        } catch (ProblemException e) {
            throw new IllegalStateException(e.problem().message(), e);
        }
    }

    /** Thrown when a post's file no longer holds what feedcard read from it earlier in the build. */
    public static final class FileChangedException extends IllegalStateException {
        FileChangedException() {
            super("the file changed while feedcard was building");
        }
    }

    /**
     * Tells this body from any other: the {@link Fingerprint} of the file it is read from (so also a change to the
     * front matter), or of the text itself.
     */
    public String fingerprint() {
        return (file == null ? "text " : "file ") + bytesFingerprint;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PostBody other && bytesFingerprint.equals(other.bytesFingerprint) && offset == other.offset
                && java.util.Objects.equals(file, other.file) && java.util.Objects.equals(text, other.text);
    }

    @Override
    public int hashCode() {
        return bytesFingerprint.hashCode();
    }

    @Override
    public String toString() {
        return text != null ? text : file + " from character " + offset;
    }
}
