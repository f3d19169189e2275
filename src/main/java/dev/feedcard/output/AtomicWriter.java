package dev.feedcard.output;

import dev.feedcard.work.Cores;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import dev.feedcard.work.Cores;

/**
 * Writes files whole inside one folder: the bytes go to a temporary file beside the target, forced to disk, then
 * renamed over it in one step, so a reader sees the old file or the new one, never half of one; a file that
 * already holds the bytes is left alone. It keeps no record of what it wrote: {@link OutputFolder} does that
 * for feedcard's own files, and the pages of a site generator that feedcard edits are never recorded.
 */
public final class AtomicWriter {
    /** How the names of its temporary files begin (a cache folder removes those a stopped build left). */
    public static final String TEMP_PREFIX = ".feedcard-tmp-";

    private final Path root;
    private final boolean durable;
    /** The folders made (when missing) and checked to be inside the root, by this writer: a build writes thousands of files into few folders. */
    private final Set<Path> checkedFolders = ConcurrentHashMap.newKeySet();
    private volatile Path realRoot;
    /** Tells this process's temporary files apart, and this process's from another's. */
    private static final AtomicLong TEMP_FILES = new AtomicLong();
    private static final long PID = ProcessHandle.current().pid();

    /** A writer that never writes outside {@code root}, neither by the path nor through a link. */
    public AtomicWriter(Path root) {
        this(root, true);
    }

    /**
     * A writer that never writes outside {@code root}, forcing each file to disk or not.
     *
     * @param durable force each file to disk before it takes its target's place, so that even a power cut leaves
     *                the old file or the new one; without, a crash of the machine may leave a damaged file, which
     *                only a reader that checks what it reads (such as feedcard's cache) can afford
     */
    public AtomicWriter(Path root, boolean durable) {
        this.root = root.toAbsolutePath().normalize();
        this.durable = durable;
    }

    /**
     * Writes {@code bytes} to {@code target} unless the file already holds exactly those bytes.
     *
     * @return true when the file was written, false when it was already up to date
     * @throws IOException when the file cannot be written, or when it (or its folder, through a link) is outside the root
     */
    public boolean write(Path target, byte[] bytes) throws IOException {
        Staged staged = stage(target, bytes);
        if (staged == null) return false;
        place(staged);
        return true;
    }

    /** New bytes for a file, written beside it, waiting to take its place. */
    public record Staged(Path temp, Path target) {
    }

    /**
     * Writes {@code bytes} to a temporary file beside {@code target} (forced to disk when durable), for
     * {@link #place} or {@link #discard}; null when the target already holds exactly those bytes.
     *
     * @throws IOException when the file cannot be written, or when it (or its folder, through a link) is outside the root
     */
    public Staged stage(Path target, byte[] bytes) throws IOException {
        Staged staged = stageUnforced(target, bytes);
        if (staged != null) force(staged);
        return staged;
    }

    /**
     * As {@link #stage}, without forcing the file to disk: {@link #force} it before it is placed. Lets the caller
     * go on making the next file while the disk catches up.
     */
    Staged stageUnforced(Path target, byte[] bytes) throws IOException {
        target = target.toAbsolutePath().normalize();
        if (!target.startsWith(root) || target.equals(root)) throw new IOException("cannot write " + target + ": it is outside " + root);
        Path folder = target.getParent();
        makeFolder(folder);
        if (Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS) && Files.size(target) == bytes.length
                && Arrays.equals(Files.readAllBytes(target), bytes)) {
            return null;
        }
        Path temp = createTemp(folder);
        Staged staged = new Staged(temp, target);
        try {
            readableByEveryone(temp);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) channel.write(buffer);
            }
            return staged;
        } catch (IOException e) {
            discard(staged);
            throw new IOException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    /**
     * Makes {@code folder} where it is missing, one folder at a time from the root, and checks each folder on the way,
     * links resolved, to be a folder inside the root: so no folder is ever made, and no file written, through a link
     * that leads out of it.
     *
     * @throws LinkOutException when a folder on the way is a link that leads out of the root (or nowhere)
     * @throws NotDirectoryException when a file stands where a folder goes
     * @throws IOException when a folder cannot be made
     */
    void makeFolder(Path folder) throws IOException {
        folder = folder.toAbsolutePath().normalize();
        if (checkedFolders.contains(folder)) return;
        if (!folder.startsWith(root)) throw new IOException("cannot write into " + folder + ": it is outside " + root);
        Files.createDirectories(root); // the folder given to write in, wherever the links of its own path lead
        Path current = root;
        for (Path name : root.relativize(folder)) {
            if (name.toString().isEmpty()) continue; // the root itself
            current = current.resolve(name);
            if (!Files.exists(current, LinkOption.NOFOLLOW_LINKS)) {
                try {
                    Files.createDirectory(current);
                } catch (FileAlreadyExistsException e) {
                    // made meanwhile by another thread of this build (or is a link made meanwhile: checked next)
                }
            }
            if (!isInside(current)) throw new LinkOutException(root, root.relativize(current));
            if (!Files.isDirectory(current)) throw new NotDirectoryException(current.toString());
        }
        checkedFolders.add(folder);
    }

    /**
     * True when {@code path} exists and, links resolved, is inside the root (or is the root): a folder feedcard may
     * write into or remove a file from.
     */
    public boolean isInside(Path path) {
        try {
            return path.toRealPath().startsWith(realRoot());
        } catch (IOException e) {
            return false; // missing, or a link that leads nowhere
        }
    }

    /** The root, links resolved, asked once it exists. */
    private Path realRoot() throws IOException {
        Path real = realRoot;
        if (real == null) realRoot = real = root.toRealPath();
        return real;
    }

    /** Thrown when a folder on a path feedcard writes into is a link that leads out of the folder it writes in (or nowhere). */
    public static final class LinkOutException extends IOException {
        private final String link;

        LinkOutException(Path root, Path link) {
            this(link + " is a link that leads out of " + root + "; feedcard never writes or removes anything through a link out of the folder it writes in", link);
        }

        LinkOutException(String message, Path link) {
            super(message);
            this.link = link.toString().replace('\\', '/');
        }

        /** The link, relative to the folder feedcard writes in. */
        public String link() {
            return link;
        }
    }

    /** Forces a staged file to disk, when this writer is durable; else nothing. */
    void force(Staged staged) throws IOException {
        if (!durable) return;
        try (FileChannel channel = FileChannel.open(staged.temp(), StandardOpenOption.WRITE)) {
            channel.force(true);
        } catch (IOException e) {
            discard(staged);
            throw new IOException("cannot write " + staged.target() + ": " + e.getMessage(), e);
        }
    }

    /** A new empty temporary file in {@code folder}, for a file written in parts and then moved into place. */
    public Path newTemporaryFile(Path folder) throws IOException {
        return createTemp(folder);
    }

    /** A new empty temporary file in {@code folder}, named by this process and a count (no random name to draw). */
    private static Path createTemp(Path folder) throws IOException {
        while (true) {
            Path temp = folder.resolve(TEMP_PREFIX + PID + "-" + TEMP_FILES.incrementAndGet() + ".part");
            try {
                return Files.createFile(temp);
            } catch (FileAlreadyExistsException e) {
                // left by a killed run of a process with the same number: take the next name
            }
        }
    }

    /** Puts a staged file in its target's place, in one step. */
    public void place(Staged staged) throws IOException {
        try {
            try {
                Files.move(staged.temp(), staged.target(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(staged.temp(), staged.target(), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            discard(staged);
            throw new IOException("cannot write " + staged.target() + ": " + e.getMessage(), e);
        }
    }

    /** Removes a staged file that will not take its target's place. */
    public void discard(Staged staged) {
        try {
            Files.deleteIfExists(staged.temp());
        } catch (IOException e) {
            // a leftover temporary file is removed by the next build
        }
    }

    /**
     * Removes the temporary files a killed run left behind in {@code folders} (only those: never a walk through
     * the rest of the site).
     *
     * @return how many were removed
     */
    public int removeLeftovers(Collection<Path> folders) throws IOException {
        // on every core: a build with a feed per tag looks in hundreds of folders, a few file-system calls each
        AtomicInteger removed = new AtomicInteger();
        Cores.forEach(folders, folder -> removed.addAndGet(removeLeftoversIn(folder)));
        return removed.get();
    }

    private int removeLeftoversIn(Path folder) throws IOException {
        if (!folder.toAbsolutePath().normalize().startsWith(root) || !Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS) || !isInside(folder)) return 0;
        int removed = 0;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                if (!entry.getFileName().toString().startsWith(TEMP_PREFIX)) continue;
                if (Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS) && Files.deleteIfExists(entry)) removed++;
            }
        }
        return removed;
    }

    /**
     * Published files are read by a web server running as another user: a temporary file is created readable by its
     * owner only, so it gets the usual rw-r--r-- before it takes the target's place.
     */
    private static void readableByEveryone(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: its default permissions apply
        }
    }
}
