package dev.feedcard.preview;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileVisitResult;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Watches the content folder (with every folder inside it, including folders made later) and single files such as
 * the configuration, and tells when something changed, once the changes have settled: an editor's save, a
 * {@code git checkout} or a copy of many files becomes one rebuild.
 *
 * <p>Changes inside {@code ignored} folders (the output folder, when it sits inside the content) and to editors'
 * hidden and backup files ({@code .name.swp}, {@code name~}) are not reported.
 */
public final class ContentWatcher implements Closeable {
    /** How long the files must stay still before a change is reported. */
    public static final Duration SETTLE = Duration.ofMillis(300);

    private final WatchService service;
    private final Map<WatchKey, Path> folders = new HashMap<>();
    private final Set<Path> files;
    private final List<Path> ignored;
    private final Set<Path> trees = new LinkedHashSet<>();
    /** The folders watched now. */
    private final Set<Path> watched = new HashSet<>();

    /**
     * @param tree the folder watched with everything inside it
     * @param files single files watched (their folder is watched for them alone); missing ones are watched for creation
     * @param ignored folders whose changes do not count
     */
    public ContentWatcher(Path tree, List<Path> files, List<Path> ignored) throws IOException {
        this.service = FileSystems.getDefault().newWatchService();
        this.files = new LinkedHashSet<>();
        for (Path f : files) this.files.add(f.toAbsolutePath().normalize());
        this.ignored = ignored.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        registerTree(tree.toAbsolutePath().normalize());
        for (Path f : this.files) {
            Path parent = f.getParent();
            if (parent != null && Files.isDirectory(parent) && !watched.contains(parent)) register(parent);
        }
    }

    /**
     * Waits for a change, then until nothing has changed for {@link #SETTLE}.
     *
     * @return the paths that changed (a folder when the system lost track of single events)
     * @throws InterruptedException when the waiting thread is interrupted
     * @throws ClosedWatchServiceException when the watcher was closed meanwhile
     */
    public Set<Path> awaitChange() throws InterruptedException {
        Set<Path> changed = new LinkedHashSet<>();
        while (changed.isEmpty()) collect(service.take(), changed);
        while (true) {
            WatchKey key = service.poll(SETTLE.toMillis(), TimeUnit.MILLISECONDS);
            if (key == null) return changed;
            collect(key, changed);
        }
    }

    private void collect(WatchKey key, Set<Path> changed) {
        Path folder = folders.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (folder == null) continue;
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                changed.add(folder);
                continue;
            }
            Path path = folder.resolve((Path) event.context());
            if (counts(path)) {
                changed.add(path);
                // a folder made, or one that could not be read until now (its mode changed): watch what is inside
                if (event.kind() != StandardWatchEventKinds.ENTRY_DELETE && !watched.contains(path) && Files.isDirectory(path) && inTree(path)) {
                    registerTree(path);
                }
            }
        }
        if (!key.reset()) watched.remove(folders.remove(key));
    }

    private boolean counts(Path path) {
        String name = path.getFileName().toString();
        if (name.startsWith(".") || name.endsWith("~")) return false;
        for (Path i : ignored) if (path.startsWith(i)) return false;
        if (files.contains(path)) return true;
        return inTree(path);
    }

    private boolean inTree(Path path) {
        for (Path t : trees) if (path.startsWith(t)) return true;
        return false;
    }

    /**
     * Watches {@code root} and the folders inside it, but not the ignored and hidden ones. A folder that cannot be
     * read or watched is passed over with what is inside it (the build says what is wrong with it); it is watched
     * once a change to it (such as its mode) is seen in its parent.
     */
    private void registerTree(Path root) {
        if (!Files.isDirectory(root)) return;
        if (trees.stream().noneMatch(root::startsWith)) trees.add(root);
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    boolean skip = ignored.stream().anyMatch(dir::startsWith)
                            || dir.getFileName() != null && dir.getFileName().toString().startsWith(".") && !dir.equals(root);
                    if (skip) return FileVisitResult.SKIP_SUBTREE;
                    try {
                        register(dir);
                        return FileVisitResult.CONTINUE;
                    } catch (IOException e) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // the visitor passes over every folder it cannot read, so only the first look at root can fail: nothing to watch
        }
    }

    private void register(Path dir) throws IOException {
        WatchKey key = dir.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                StandardWatchEventKinds.ENTRY_DELETE);
        folders.put(key, dir);
        watched.add(dir);
    }

    @Override
    public void close() throws IOException {
        service.close();
    }
}
