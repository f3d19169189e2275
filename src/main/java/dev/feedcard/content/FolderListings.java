package dev.feedcard.content;

import dev.feedcard.cache.FileStamp;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the folders below the content folder held when an earlier build listed them, each with the folder's stamp,
 * so that a rebuild need not list a folder again: a folder's modification time changes whenever an entry is
 * created, removed or renamed in it, and its status-change time whenever that time is set back (see
 * {@link FileStamp}). Only the entries the scanner goes on with are kept: post files (which are still looked at one
 * by one, since writing a file does not change its folder) and content folders (whose own stamps are looked at in
 * turn). Listing a folder takes the file system several calls (open it, read it, close it); its stamp is read with
 * the one look at each entry of its parent that the scanner makes anyway.
 */
public final class FolderListings {
    /**
     * A folder's post files and content folders, by name, as listed when it had {@code stamp}.
     */
    public record Listing(FileStamp stamp, List<String> postFiles, List<String> folders) {
        public Listing {
            postFiles = List.copyOf(postFiles);
            folders = List.copyOf(folders);
        }
    }

    private final Map<String, Listing> earlier;
    private final Map<String, Listing> now;
    private final Instant readingStarted;

    /**
     * @param earlier the listings an earlier build kept, by the folder's path below the content folder ('/'-separated)
     * @param readingStarted when this build began to list the content folder
     */
    public FolderListings(Map<String, Listing> earlier, Instant readingStarted) {
        this.earlier = Map.copyOf(earlier);
        // sized for the folders of the earlier builds, so that the scan's threads do not wait while it grows
        this.now = new ConcurrentHashMap<>(this.earlier.size() + 16);
        this.readingStarted = readingStarted;
    }

    /** The listing an earlier build kept for {@code folder}, when the folder's stamp is still the one it had; else null. */
    Listing unchanged(String folder, FileStamp stamp) {
        Listing listing = earlier.get(folder);
        if (listing == null || stamp == null || !listing.stamp().equals(stamp)) return null;
        now.put(folder, listing);
        return listing;
    }

    /**
     * Keeps what {@code folder} held when it was listed, for the next build, if its stamp (taken before listing it)
     * was settled well before this build began to read: a later change then shows in the stamp.
     */
    void listed(String folder, FileStamp stamp, List<String> postFiles, List<String> folders) {
        if (stamp != null && stamp.settledBefore(readingStarted)) now.put(folder, new Listing(stamp, postFiles, folders));
    }

    /** The listings to keep for the next build: those of this build's folders, by path. */
    public Map<String, Listing> current() {
        return Map.copyOf(now);
    }

    /** True when the next build should keep other listings than those this build was given. */
    public boolean changed() {
        if (now.size() != earlier.size()) return true;
        for (Map.Entry<String, Listing> e : now.entrySet()) {
            if (!Objects.equals(earlier.get(e.getKey()), e.getValue())) return true;
        }
        return false;
    }
}
