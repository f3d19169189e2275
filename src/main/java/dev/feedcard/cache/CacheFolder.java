package dev.feedcard.cache;

import dev.feedcard.config.OutputLayout;
import dev.feedcard.output.AtomicWriter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Collection;
import java.util.regex.Pattern;

/**
 * The folder where a build keeps what later builds reuse. It is feedcard's alone: marked as a cache with a
 * {@value #TAG} file (the Cache Directory Tagging standard, which backup tools also read), never one of the site's
 * folders, and feedcard removes from it only files it names itself ({@link #isEntry}), never anything else a user
 * put there.
 */
public final class CacheFolder {
    /** The file that marks a folder as a cache. */
    public static final String TAG = "CACHEDIR.TAG";
    private static final String SIGNATURE = "Signature: 8a477f597d28d172789f06886806bc55";
    private static final String TAG_TEXT = SIGNATURE + "\n# This file marks feedcard's cache folder: what one build keeps for the next.\n"
            + "# feedcard removes from it only files it wrote; the whole folder may be deleted (it is made again).\n";
    /** The names of the files that {@link DiskCache} and {@link PackedCache} write. */
    private static final Pattern ENTRY = Pattern.compile("([0-9a-f]{64}|pack-[0-9a-f-]+|index)\\.bin|" + Pattern.quote(AtomicWriter.TEMP_PREFIX) + ".*\\.part");

    private CacheFolder() {
    }

    /** Thrown when a folder may not be used as the cache; the message says which and what to do. */
    public static final class RefusedException extends IOException {
        RefusedException(String message) {
            super(message);
        }
    }

    /**
     * Checks that {@code cache} may hold feedcard's cache: it is not one of {@code siteFolders} (the output, content,
     * static and pages folders), nor inside one or around one, except inside the output folder's own {@code .feedcard}
     * folder; and it is missing, empty or already marked as a cache. Links are followed as the build would follow them.
     *
     * @throws RefusedException when it may not, saying why and what to do
     */
    public static void check(Path cache, Path out, Collection<Path> siteFolders) throws IOException {
        Path real = realLocation(cache);
        Path feedcardsOwn = realLocation(out.resolve(OutputLayout.OWN));
        boolean ownFolder = real.startsWith(feedcardsOwn) && !real.equals(feedcardsOwn);
        Path lexicalOwn = out.resolve(OutputLayout.OWN).toAbsolutePath().normalize();
        if (!ownFolder && cache.toAbsolutePath().normalize().startsWith(lexicalOwn)) {
            throw new RefusedException("the cache folder " + cache + " is a link that leads out of the output folder's .feedcard folder,"
                    + " where feedcard keeps its own files: remove the link (the cache is made again), or choose a folder with --cache");
        }
        if (!ownFolder) {
            for (Path folder : siteFolders) {
                Path site = realLocation(folder);
                String where = real.equals(site) ? "is" : real.startsWith(site) ? "is inside" : site.startsWith(real) ? "holds" : null;
                if (where != null) {
                    throw new RefusedException("--cache " + cache + " " + where + " the site's folder " + folder
                            + ": choose a folder of its own for the cache (such as .feedcard-cache), or leave --cache out to keep it in "
                            + OutputLayout.CACHE + " in the output folder");
                }
            }
        }
        if (ownFolder || !Files.isDirectory(cache) || Files.isRegularFile(cache.resolve(TAG), LinkOption.NOFOLLOW_LINKS)) return;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(cache)) {
            if (entries.iterator().hasNext()) {
                throw new RefusedException("--cache " + cache + " is not a feedcard cache folder: it has files and no " + TAG
                        + ", and feedcard removes the files of its cache that a build does not use: choose an empty or new folder"
                        + " (if it is the cache of an older feedcard, delete it: it is made again)");
            }
        }
    }

    /** Marks {@code cache} as a cache folder, making it when needed (a marked folder is left as it is). */
    public static void mark(Path cache) throws IOException {
        Path tag = cache.resolve(TAG);
        if (Files.isRegularFile(tag, LinkOption.NOFOLLOW_LINKS)) return;
        Files.createDirectories(cache);
        new AtomicWriter(cache, false).write(tag, TAG_TEXT.getBytes(StandardCharsets.UTF_8));
    }

    /** True for a file that feedcard's caches write, and so may remove: never a file of another name, nor a folder or link. */
    static boolean isEntry(Path file) {
        return ENTRY.matcher(file.getFileName().toString()).matches() && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS);
    }

    /** Where {@code path} is, links resolved: the real path of its nearest existing folder, with the rest of it added. */
    static Path realLocation(Path path) throws IOException {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) existing = existing.getParent();
        if (existing == null) return absolute;
        return existing.toRealPath().resolve(existing.relativize(absolute)).normalize();
    }
}
