package dev.feedcard.output;

import dev.feedcard.config.OutputLayout;
import dev.feedcard.work.Cores;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The output folder, shared with the rest of the site, opened for one build and held under a lock
 * ({@value #LOCK}) until {@link #close()} so that two builds never write into it at once.
 * <p>
 * Files are written whole (to a temporary file beside the target, then renamed over it), a file whose bytes have
 * not changed is left alone, and only files feedcard recorded as its own in {@value #MANIFEST} are ever replaced
 * or removed. {@link #publish} orders its steps so that a build killed at any moment leaves every file either as
 * it was or as the new build wrote it, and the record always names every file feedcard may have written.
 */
public final class OutputFolder implements AutoCloseable {
    /** The record of files feedcard wrote, one path per line, relative to the output folder. */
    private static final String MANIFEST = OutputLayout.MANIFEST;
    /** The file two builds lock to take turns. */
    private static final String LOCK = OutputLayout.LOCK;
    static final String TEMP_PREFIX = AtomicWriter.TEMP_PREFIX;
    private static final String MANIFEST_HEADER = "# files written by feedcard; it replaces and removes only these";
    private static final long POLL_MILLIS = 100;

    private final Path root;
    private final AtomicWriter writer;
    private final FileChannel lockChannel;
    private final FileLock lock;

    private OutputFolder(Path root, FileChannel lockChannel, FileLock lock) {
        this.root = root;
        this.writer = new AtomicWriter(root);
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    /** Thrown when another build held the output folder for longer than the caller would wait. */
    public static final class LockTimeoutException extends IOException {
        /** {@code message} says which folder another build held, and for how long this one waited. */
        public LockTimeoutException(String message) {
            super(message);
        }
    }

    /** What {@link #publish} did. */
    public record Published(List<String> written, List<String> unchanged, List<String> removed) {
    }

    /**
     * Opens the output folder (creating it when needed) and takes its lock, waiting for another build that holds it.
     *
     * @param timeout how long to wait for another build before giving up
     * @param onWait called once, before waiting, when another build holds the lock
     * @throws LockTimeoutException when the other build still holds the lock after {@code timeout}
     */
    public static OutputFolder lock(Path folder, Duration timeout, Runnable onWait) throws IOException {
        Path root = folder.toAbsolutePath().normalize();
        Path lockFile = root.resolve(LOCK);
        new AtomicWriter(root).makeFolder(lockFile.getParent());
        if (Files.isSymbolicLink(lockFile)) {
            throw new AtomicWriter.LinkOutException(LOCK + " in " + root + " is a link; feedcard follows no link in its own folder: remove the link",
                    Path.of(LOCK));
        }
        FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
        try {
            long deadline = System.nanoTime() + timeout.toNanos();
            boolean told = false;
            while (true) {
                FileLock lock = tryLock(channel);
                if (lock != null) return new OutputFolder(root, channel, lock);
                if (!told) {
                    onWait.run();
                    told = true;
                }
                if (System.nanoTime() - deadline >= 0) {
                    throw new LockTimeoutException("another feedcard build has been writing into " + root + " for longer than "
                            + timeout.toSeconds() + " s");
                }
                Thread.sleep(POLL_MILLIS);
            }
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        } catch (InterruptedException e) {
            channel.close();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for another feedcard build", e);
        }
    }

    /** The lock, or null when another build (in this process or another one) holds it. */
    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    /** Releases the lock; the lock file stays (removing it would let a third build lock a different file). */
    @Override
    public void close() throws IOException {
        try {
            if (lock.isValid()) lock.release();
        } finally {
            lockChannel.close();
        }
    }

    /** The output folder. */
    public Path root() {
        return root;
    }

    /** The files feedcard wrote in an earlier build, as its record lists them (entries that lead outside are ignored). */
    public Set<String> owned() throws IOException {
        Path manifest = root.resolve(MANIFEST);
        if (!Files.isRegularFile(manifest)) return Set.of();
        Set<String> owned = new TreeSet<>();
        String text = new String(Files.readAllBytes(manifest), StandardCharsets.UTF_8);
        for (String line : text.split("\n")) {
            String path = line.strip();
            if (path.isEmpty() || path.startsWith("#") || !isSafe(path)) continue;
            owned.add(path);
        }
        return owned;
    }

    /**
     * The files among {@code paths} that exist but were not written by feedcard: writing over them would
     * destroy a file of the site's.
     */
    public List<String> foreign(Collection<String> paths) throws IOException {
        Set<String> owned = owned();
        List<String> foreign = new ArrayList<>();
        for (String path : paths) {
            if (!owned.contains(path) && Files.exists(resolve(path), LinkOption.NOFOLLOW_LINKS)) foreign.add(path);
        }
        return foreign;
    }

    /**
     * A folder on the way to a file feedcard writes that is in the way of writing it.
     *
     * @param folder the folder, relative to the output folder
     * @param linkOut true for a link that leads out of the output folder (or nowhere), through which feedcard writes
     *                nothing; false for a file (or a link to one) where a folder must be
     * @param path the first file to write that needs it
     */
    public record InTheWay(String folder, boolean linkOut, String path) {
    }

    /**
     * The folders on the way to {@code paths} (relative to the output folder) that are in the way of writing them, in
     * order: a build that needs them is refused before anything is changed.
     */
    public Collection<InTheWay> foldersInTheWay(Collection<String> paths) {
        Map<String, InTheWay> inTheWay = new TreeMap<>();
        Set<Path> checked = new HashSet<>();
        for (String path : paths) {
            Path current = root;
            for (Path name : root.relativize(resolve(path).getParent())) {
                if (name.toString().isEmpty()) break;
                current = current.resolve(name);
                if (!Files.exists(current, LinkOption.NOFOLLOW_LINKS)) break; // made by the build, with all below it
                if (!checked.add(current)) continue;
                boolean linkOut = !writer.isInside(current);
                if (linkOut || !Files.isDirectory(current)) {
                    String folder = root.relativize(current).toString().replace('\\', '/');
                    inTheWay.put(folder, new InTheWay(folder, linkOut, path));
                    break;
                }
            }
        }
        return inTheWay.values();
    }

    /**
     * True when a relative output path stays inside the output folder: not empty, no line breaks, no way up
     * ("..", an absolute path), and not feedcard's own {@code .feedcard} folder.
     */
    public static boolean isSafe(String path) {
        if (path == null || path.isEmpty() || path.indexOf('\0') >= 0 || path.indexOf('\n') >= 0 || path.indexOf('\r') >= 0) return false;
        try {
            Path base = Path.of("/feedcard-output");
            Path target = base.resolve(path).normalize();
            return target.startsWith(base) && !target.equals(base) && !target.startsWith(base.resolve(OutputLayout.OWN));
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Where a relative output path lands; never outside the output folder. */
    public Path resolve(String path) {
        if (!isSafe(path) && !path.equals(MANIFEST)) throw new IllegalArgumentException("output path outside the output folder: " + path);
        return root.resolve(path).normalize();
    }

    /**
     * Puts every file in place and records them as feedcard's, in an order that keeps the folder consistent
     * if the build is killed at any point:
     * <ol>
     * <li>temporary files a killed build left behind are removed;</li>
     * <li>the record is widened to name both the old files and the new ones (so a file written next is never
     * mistaken for a file of the site's);</li>
     * <li>each file's bytes are made (on every core, each dropped once written, so a large site's feeds are never
     * all in memory) and written to a temporary file beside its target; a failure here removes them and leaves
     * the site as it was;</li>
     * <li>then each is renamed over its target, in the order given (put images before the feeds that point at
     * them);</li>
     * <li>only then are the old files no longer written removed;</li>
     * <li>and the record is narrowed to the new files, last.</li>
     * </ol>
     *
     * @param files relative path to what makes its bytes (asked once), in the order to put them in place; none may
     *              be {@link #foreign}
     * @param kept files of earlier builds that this build does not write but that stay (and stay recorded)
     * @param progress told (done, total) after each file is made and written beside its target
     */
    public Published publish(Map<String, Supplier<byte[]>> files, Predicate<String> kept, ProgressListener progress) throws IOException {
        for (String path : files.keySet()) resolve(path);
        List<String> foreign = foreign(files.keySet());
        if (!foreign.isEmpty()) throw new IllegalStateException("refusing to replace files feedcard did not write: " + foreign);
        Set<String> previous = owned();
        cleanTemporaryFiles(union(previous, files.keySet()));

        Set<String> claimed = union(previous, files.keySet());
        if (!claimed.equals(previous)) writeManifest(claimed);

        Map<String, AtomicWriter.Staged> staged = stage(files, progress);
        List<String> written = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        for (String path : files.keySet()) {
            AtomicWriter.Staged file = staged.remove(path);
            if (file == null) {
                unchanged.add(path);
                continue;
            }
            try {
                writer.place(file);
            } catch (IOException e) {
                staged.values().forEach(writer::discard);
                throw e;
            }
            written.add(path);
        }

        Set<String> record = new TreeSet<>(files.keySet());
        List<String> removed = new ArrayList<>();
        for (String old : previous) {
            if (files.containsKey(old)) continue;
            if (kept.test(old)) {
                record.add(old);
                continue;
            }
            Path file = resolve(old);
            if (!writer.isInside(file.getParent())) continue; // reached through a link out of the folder: not feedcard's file, left alone
            if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || Files.isSymbolicLink(file)) {
                Files.deleteIfExists(file);
                removed.add(old);
                removeEmptyParents(file.getParent());
            }
        }
        writeManifest(record);
        return new Published(List.copyOf(written), List.copyOf(unchanged), List.copyOf(removed));
    }

    /**
     * Makes every file's bytes and writes those that differ from the file in place beside it, on every core, while
     * threads of their own wait for the disk to hold each (so the cores go on making files meanwhile); by path, the
     * staged files (none for a file that already holds its bytes). On any failure, the files not started yet are
     * skipped, and once the others have finished nothing stays staged.
     */
    private Map<String, AtomicWriter.Staged> stage(Map<String, Supplier<byte[]>> files, ProgressListener progress) throws IOException {
        Map<String, AtomicWriter.Staged> staged = new ConcurrentHashMap<>();
        AtomicInteger done = new AtomicInteger();
        AtomicBoolean failed = new AtomicBoolean();
        List<Future<?>> forced = Collections.synchronizedList(new ArrayList<>());
        Throwable first = null;
        try {
            Cores.forEach(files.entrySet(), file -> {
                if (failed.get()) return;
                AtomicWriter.Staged written = failingAll(failed, () -> writer.stageUnforced(resolve(file.getKey()), file.getValue().get()));
                if (written == null) {
                    progress.update(done.incrementAndGet(), files.size());
                    return;
                }
                staged.put(file.getKey(), written);
                forced.add(Cores.inBackground(() -> {
                    failingAll(failed, () -> {
                        writer.force(written);
                        return null;
                    });
                    progress.update(done.incrementAndGet(), files.size());
                    return null;
                }));
            });
        } catch (Exception | Error e) {
            first = e;
        }
        first = firstFailure(forced, first); // complete: every file that was made has been handed to the forcing threads
        if (first != null) {
            staged.values().forEach(writer::discard);
            if (first instanceof IOException io) throw io;
            if (first instanceof RuntimeException re) throw re;
            throw (Error) first;
        }
        return staged;
    }

    /** Runs {@code step}; when it fails, sets {@code failed} first, so that the files not started yet are skipped. */
    private static <T> T failingAll(AtomicBoolean failed, Callable<T> step) throws Exception {
        try {
            return step.call();
        } catch (Exception | Error e) {
            failed.set(true);
            throw e;
        }
    }

    /** Waits for every task; the first failure among them, unless {@code first} already is one. */
    private static Throwable firstFailure(List<Future<?>> tasks, Throwable first) {
        for (Future<?> task : tasks) {
            try {
                task.get();
            } catch (ExecutionException e) {
                if (first == null) first = e.getCause();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                if (first == null) first = new IOException("interrupted while writing", e);
            }
        }
        return first;
    }

    /** Told how far {@link #publish} has got. */
    @FunctionalInterface
    public interface ProgressListener {
        ProgressListener NONE = (done, total) -> { };

        void update(int done, int total);
    }

    private static Set<String> union(Collection<String> a, Collection<String> b) {
        Set<String> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }

    private void writeManifest(Set<String> paths) throws IOException {
        StringBuilder sb = new StringBuilder(MANIFEST_HEADER).append('\n');
        for (String path : paths) sb.append(path).append('\n');
        write(MANIFEST, sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Writes {@code bytes} to {@code path} unless the file already holds exactly those bytes (see {@link AtomicWriter}).
     *
     * @return true when the file was written, false when it was already up to date
     */
    private boolean write(String path, byte[] bytes) throws IOException {
        return writer.write(resolve(path), bytes);
    }

    private void removeEmptyParents(Path dir) throws IOException {
        while (dir != null && dir.startsWith(root) && !dir.equals(root) && !Files.isSymbolicLink(dir) && writer.isInside(dir)) {
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
                if (entries.iterator().hasNext()) return;
            }
            Files.delete(dir);
            dir = dir.getParent();
        }
    }

    /**
     * Removes temporary files a killed build left behind, looking only in the folders feedcard writes into
     * (those of {@code paths}, and its own {@code .feedcard} folder), never through the rest of the site.
     *
     * @return how many were removed
     */
    int cleanTemporaryFiles(Collection<String> paths) throws IOException {
        Set<Path> folders = new TreeSet<>();
        folders.add(root);
        folders.add(root.resolve(MANIFEST).getParent());
        for (String path : paths) folders.add(resolve(path).getParent());
        return writer.removeLeftovers(folders);
    }
}
