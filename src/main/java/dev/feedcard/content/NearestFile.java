package dev.feedcard.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A site's own file found beside its posts: in the content folder or a few folders above it, the nearest first. */
final class NearestFile {
    private NearestFile() {
    }

    /**
     * The first of {@code names} (paths relative to a folder) that is a file in {@code root} or in one of the
     * {@code levelsUp} folders above it, the nearest folder first; null when there is none.
     */
    static Path of(Path root, int levelsUp, List<String> names) {
        Path folder = root.toAbsolutePath().normalize();
        for (int up = 0; up <= levelsUp && folder != null; up++, folder = folder.getParent()) {
            for (String name : names) {
                Path file = folder.resolve(name);
                if (Files.isRegularFile(file)) return file;
            }
        }
        return null;
    }
}
