package dev.feedcard.preview;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The output folder as the server sees it: a URL path turns into a file inside the folder, never outside it
 * ({@code ..}, encoded slashes and backslashes, symbolic links out of it and hidden files such as feedcard's own
 * {@code .feedcard/} record are refused), and a folder into its {@code index.html}.
 */
final class StaticFiles {
    /** What a URL path names. */
    sealed interface Lookup permits Found, RedirectToFolder, NotFound {
    }

    record Found(Path file) implements Lookup {
    }

    /** A folder asked for without its trailing slash: relative links in its index.html need one. */
    record RedirectToFolder(String location) implements Lookup {
    }

    record NotFound() implements Lookup {
    }

    private final Path root;

    StaticFiles(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    Path root() {
        return root;
    }

    /** @param rawPath the request's path as sent, still percent-encoded */
    Lookup lookup(String rawPath) throws IOException {
        Optional<String> decoded = decode(rawPath);
        if (decoded.isEmpty() || !decoded.get().startsWith("/")) return new NotFound();
        Path target = root;
        for (String segment : decoded.get().split("/")) {
            if (segment.isEmpty()) continue;
            if (segment.startsWith(".") || segment.indexOf('\\') >= 0 || segment.indexOf(':') >= 0 || segment.indexOf('\0') >= 0) {
                return new NotFound();
            }
            target = target.resolve(segment);
        }
        if (!target.normalize().startsWith(root) || !Files.exists(target)) return new NotFound();
        if (!Files.isDirectory(root) || !target.toRealPath().startsWith(root.toRealPath())) return new NotFound();
        if (Files.isDirectory(target)) {
            if (!rawPath.endsWith("/")) return new RedirectToFolder(rawPath + "/");
            target = target.resolve("index.html");
            if (!Files.isRegularFile(target) || !target.toRealPath().startsWith(root.toRealPath())) return new NotFound();
        }
        return Files.isRegularFile(target) ? new Found(target) : new NotFound();
    }

    /**
     * The file as a resource, opened to be sent from disk (the caller closes it): its type (from its name and first
     * bytes), its entity tag and modification time. Only its first bytes are read here, whatever its size.
     */
    static Resource open(Path file) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
        try {
            long length = channel.size();
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            ByteBuffer head = ByteBuffer.allocate((int) Math.min(length, 512));
            while (head.hasRemaining() && channel.read(head, head.position()) > 0) {
                // the first bytes tell a feed from other XML or JSON
            }
            String identity = length + " " + attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS) + " " + attributes.fileKey();
            return Resource.file(channel, length, MediaTypes.of(file.getFileName().toString(), Arrays.copyOf(head.array(), head.position())),
                    identity, attributes.lastModifiedTime().toInstant());
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /** Percent-decoding of a URL path as UTF-8 ('+' stays a plus); empty when the encoding is broken. */
    static Optional<String> decode(String rawPath) {
        if (rawPath == null) return Optional.empty();
        byte[] bytes = new byte[rawPath.length() * 4];
        int n = 0;
        for (int i = 0; i < rawPath.length(); i++) {
            int c = rawPath.codePointAt(i);
            if (c == '%') {
                if (i + 2 >= rawPath.length()) return Optional.empty();
                int hi = Character.digit(rawPath.charAt(i + 1), 16);
                int lo = Character.digit(rawPath.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) return Optional.empty();
                int value = hi * 16 + lo;
                if (value == '/') return Optional.empty();
                bytes[n++] = (byte) value;
                i += 2;
            } else {
                for (byte b : Character.toString(c).getBytes(StandardCharsets.UTF_8)) bytes[n++] = b;
                if (Character.isSupplementaryCodePoint(c)) i++;
            }
        }
        var decoder = StandardCharsets.UTF_8.newDecoder();
        try {
            return Optional.of(decoder.decode(java.nio.ByteBuffer.wrap(bytes, 0, n)).toString());
        } catch (java.nio.charset.CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
