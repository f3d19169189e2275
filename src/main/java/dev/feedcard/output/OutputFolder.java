package dev.feedcard.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The output folder, shared with the rest of the site: files are written whole (to a temporary file beside
 * the target, then renamed over it), a file whose bytes have not changed is left alone, and only files
 * feedcard recorded as its own are ever replaced or removed.
 */
public final class OutputFolder {
    /** The record of files feedcard wrote, one path per line, relative to the output folder. */
    public static final String MANIFEST = ".feedcard/manifest.txt";
    static final String TEMP_PREFIX = ".feedcard-tmp-";

    private final Path root;

    public OutputFolder(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    /** The files feedcard wrote in an earlier build, as its record lists them. */
    public Set<String> owned() throws IOException {
        Path manifest = root.resolve(MANIFEST);
        if (!Files.isRegularFile(manifest)) return Set.of();
        Set<String> owned = new TreeSet<>();
        for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) if (!line.isBlank()) owned.add(line.strip());
        return owned;
    }

    /**
     * The files among {@code paths} that exist but were not written by feedcard: writing over them would
     * destroy a file of the site's.
     */
    public List<String> foreign(Iterable<String> paths) throws IOException {
        Set<String> owned = owned();
        List<String> foreign = new ArrayList<>();
        for (String path : paths) {
            if (!owned.contains(path) && Files.exists(resolve(path))) foreign.add(path);
        }
        return foreign;
    }

    /** Where a relative output path lands; never outside the output folder. */
    public Path resolve(String path) {
        Path target = root.resolve(path).normalize();
        if (!target.startsWith(root) || target.equals(root)) throw new IllegalArgumentException("output path outside the output folder: " + path);
        return target;
    }

    /**
     * Writes {@code bytes} to {@code path} unless the file already holds exactly those bytes.
     *
     * @return true when the file was written, false when it was already up to date
     */
    public boolean write(String path, byte[] bytes) throws IOException {
        Path target = resolve(path);
        if (Files.isRegularFile(target) && Files.size(target) == bytes.length && Arrays.equals(Files.readAllBytes(target), bytes)) {
            return false;
        }
        Files.createDirectories(target.getParent());
        Path temp = Files.createTempFile(target.getParent(), TEMP_PREFIX, ".part");
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
                 OutputStream out = java.nio.channels.Channels.newOutputStream(channel)) {
                out.write(bytes);
                out.flush();
                channel.force(true);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
        return true;
    }

    /** Records {@code written} as feedcard's files, and removes the files of an earlier build it no longer writes. */
    public List<String> commit(Set<String> written) throws IOException {
        Set<String> previous = owned();
        List<String> removed = new ArrayList<>();
        for (String old : previous) {
            if (written.contains(old)) continue;
            Path file;
            try {
                file = resolve(old);
            } catch (IllegalArgumentException e) {
                continue;
            }
            if (Files.isRegularFile(file) && Files.deleteIfExists(file)) {
                removed.add(old);
                removeEmptyParents(file.getParent());
            }
        }
        String manifest = String.join("\n", new TreeSet<>(written)) + "\n";
        write(MANIFEST, manifest.getBytes(StandardCharsets.UTF_8));
        return removed;
    }

    private void removeEmptyParents(Path dir) throws IOException {
        while (dir != null && dir.startsWith(root) && !dir.equals(root)) {
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
                if (entries.iterator().hasNext()) return;
            }
            Files.delete(dir);
            dir = dir.getParent();
        }
    }

    /** Removes temporary files a killed build left behind. */
    public int cleanTemporaryFiles() throws IOException {
        if (!Files.isDirectory(root)) return 0;
        Set<Path> leftovers = new LinkedHashSet<>();
        try (var walk = Files.walk(root)) {
            walk.filter(p -> p.getFileName().toString().startsWith(TEMP_PREFIX)).forEach(leftovers::add);
        }
        for (Path p : leftovers) Files.deleteIfExists(p);
        return leftovers.size();
    }
}
