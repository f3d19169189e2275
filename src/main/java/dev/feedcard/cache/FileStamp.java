package dev.feedcard.cache;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * What the file system says of a file without reading it: its size, its modification and status-change times and its
 * identity (device and inode). As with git's index, a file whose stamp is the one recorded when its bytes were read,
 * at a time well after both of its times, still holds those bytes: writing a file changes its modification time,
 * and setting that time back changes its status-change time, which no program can set. Known where the file system
 * has a status-change time (Linux, macOS and other Unix systems); elsewhere files are always read.
 *
 * @param size in bytes
 * @param modified the modification time, in nanoseconds since 1970
 * @param changed the status-change time (ctime), in nanoseconds since 1970
 * @param identity the device and inode, as the file system names them
 */
public record FileStamp(long size, long modified, long changed, String identity) {
    /** What a look asks for: the kind of file is in the mode's type bits (st_mode), as in stat(2). */
    private static final String ATTRIBUTES = "unix:size,lastModifiedTime,ctime,fileKey,mode";
    private static final int S_IFMT = 0170000;
    private static final int S_IFREG = 0100000;
    private static final int S_IFDIR = 0040000;
    private static final int S_IFLNK = 0120000;
    /** How much older than the reading a file's times must be for its stamp to stand for its bytes (FAT counts in 2 s). */
    private static final long SETTLED_NANOS = TimeUnit.SECONDS.toNanos(2);

    /**
     * Written out rather than left to the record's generated method, whose first call costs a short-lived JVM the
     * set-up of its method handles (some 8 ms of a 10,000-post rebuild), while the scan waits on its result.
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof FileStamp that && size == that.size && modified == that.modified && changed == that.changed
                && Objects.equals(identity, that.identity);
    }

    @Override
    public int hashCode() {
        return Objects.hash(size, modified, changed, identity);
    }

    /**
     * True when both of the file's times are well before {@code readingStarted}, when a build began to read it: then
     * any later write shows in them, however coarse the file system's clock.
     */
    public boolean settledBefore(Instant readingStarted) {
        long limit = TimeUnit.SECONDS.toNanos(readingStarted.getEpochSecond()) + readingStarted.getNano() - SETTLED_NANOS;
        return modified < limit && changed < limit;
    }

    /** What a file is, as one look at the file system says, links not followed. */
    public enum Kind { FILE, FOLDER, LINK, OTHER }

    /**
     * One look at a file.
     *
     * @param stamp its stamp, or null where the file system has no status-change time
     */
    public record Look(Kind kind, FileStamp stamp) {
    }

    /**
     * One look at the file system for {@code path}, links not followed: its kind and, where the file system has a
     * status-change time, its stamp; null when it cannot be looked at (gone, or not readable).
     */
    public static Look look(Path path) {
        try {
            return lookAt(path);
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * As {@link #look}, but saying why the file cannot be looked at: {@link java.nio.file.NoSuchFileException} when
     * it is gone, another {@link IOException} when it may be there but cannot be reached (a folder on its path that
     * may not be searched, a path too long for the file system).
     */
    public static Look lookAt(Path path) throws IOException {
        Map<String, Object> unix;
        try {
            unix = Files.readAttributes(path, ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            Kind kind = attributes.isRegularFile() ? Kind.FILE : attributes.isDirectory() ? Kind.FOLDER : attributes.isSymbolicLink() ? Kind.LINK : Kind.OTHER;
            return new Look(kind, null);
        }
        int type = (Integer) unix.get("mode") & S_IFMT;
        Kind kind = type == S_IFREG ? Kind.FILE : type == S_IFDIR ? Kind.FOLDER : type == S_IFLNK ? Kind.LINK : Kind.OTHER;
        if (!(unix.get("ctime") instanceof FileTime ctime) || unix.get("fileKey") == null) return new Look(kind, null);
        return new Look(kind, new FileStamp((Long) unix.get("size"), ((FileTime) unix.get("lastModifiedTime")).to(TimeUnit.NANOSECONDS),
                ctime.to(TimeUnit.NANOSECONDS), unix.get("fileKey").toString()));
    }
}
