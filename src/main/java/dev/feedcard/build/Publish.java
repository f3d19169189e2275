package dev.feedcard.build;

import dev.feedcard.config.Config;
import dev.feedcard.config.OutputLayout;
import dev.feedcard.config.Setting;
import dev.feedcard.feed.FeedFiles;
import dev.feedcard.output.AtomicWriter;
import dev.feedcard.output.OutputFolder;
import dev.feedcard.report.IoFailure;
import dev.feedcard.report.Problem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The last stage: publishes the build's files into the locked output folder in one go, never replacing a file
 * feedcard did not write, and removes the files of earlier builds this one no longer writes (but those of the
 * products it does not make).
 */
final class Publish {
    /**
     * What was published.
     *
     * @param written files whose bytes changed
     * @param unchanged files already up to date (feeds left as the last build wrote them among them)
     * @param removed stale files of earlier builds removed
     */
    record Published(int written, int unchanged, int removed) {
    }

    private final Config config;
    private final Set<Product> products;
    private final Progress progress;

    Publish(Config config, Set<Product> products, Progress progress) {
        this.config = config;
        this.products = products;
        this.progress = progress;
    }

    /** A problem for each path that would be written outside the output folder. */
    void checkPaths(Collection<String> paths, List<Problem> problems) {
        for (String path : paths) {
            if (!OutputFolder.isSafe(path)) {
                problems.add(Problem.error("", 0, "feedcard would write '" + path + "', which is outside the output folder",
                        "this comes from a slug or a tag; rename it"));
            }
        }
    }

    /** The output folder, opened and locked; what failed and why when it cannot be. */
    OutputFolder lock() throws IOException {
        try {
            return OutputFolder.lock(config.out(), config.output().lockTimeout(),
                    () -> progress.notice("waiting for another feedcard build to finish writing into " + config.out() + "…"));
        } catch (OutputFolder.LockTimeoutException | AtomicWriter.LinkOutException e) {
            throw e;
        } catch (IOException e) {
            throw new IoFailure.StepFailed("cannot open the output folder " + config.out() + " and take its lock (" + OutputLayout.LOCK + ")", e);
        }
    }

    /**
     * Writes {@code files} and the feeds that changed since the last build wrote them into the locked {@code out};
     * null, with problems, when files feedcard did not write are in the way, or a feed to write again cannot be.
     */
    Published publish(OutputFolder out, Map<String, Supplier<byte[]>> files, WriteFeeds feeds, List<Problem> problems) throws IOException {
        List<String> foreign = out.foreign(files.keySet());
        if (!foreign.isEmpty()) {
            for (String f : foreign) problems.add(foreignFile(f));
            return null;
        }
        Collection<OutputFolder.InTheWay> inTheWay = out.foldersInTheWay(files.keySet());
        if (!inTheWay.isEmpty()) {
            Set<String> owned = out.owned();
            for (OutputFolder.InTheWay folder : inTheWay) problems.add(folderInTheWay(folder, owned.contains(folder.folder())));
            return null;
        }
        problems.addAll(feedsInStaticFolders(files.keySet()));
        Set<String> keptFeeds = feeds.kept(out);
        if (!feeds.addChangedSince(keptFeeds, files, problems)) return null;
        OutputFolder.Published published = out.publish(files, keptFromEarlierBuilds().or(keptFeeds::contains),
                (done, total) -> progress.update("writing", done, total));
        return new Published(published.written().size(), published.unchanged().size() + keptFeeds.size(), published.removed().size());
    }

    /**
     * The files of earlier builds that this build leaves in place although it does not write them, those of the
     * products it does not make: without cards and head tags (--feeds-only) those (pages still point at them),
     * without feeds (--cards-only) the feeds (readers follow them).
     */
    private Predicate<String> keptFromEarlierBuilds() {
        Predicate<String> kept = path -> false;
        if (!products.contains(Product.CARDS)) kept = kept.or(path -> path.startsWith(OutputLayout.CARDS) || path.equals(OutputLayout.CARDS_JSON));
        if (!products.contains(Product.HEAD_TAGS)) kept = kept.or(path -> path.startsWith(OutputLayout.META));
        if (!products.contains(Product.FEEDS)) kept = kept.or(path -> FeedFiles.isFeedFile(path, config.feeds().fileNames()));
        return kept;
    }

    /**
     * A folder on the way to the files this build writes is a link that leads out of the output folder, or a file (such
     * as a file named lang where lang/en/atom.xml goes): like a file feedcard did not write, it is in the way.
     */
    private Problem folderInTheWay(OutputFolder.InTheWay folder, boolean earlierBuilds) {
        if (folder.linkOut()) return linkOut(folder.folder());
        return Problem.error("", 0, "the output folder already has " + folder.folder()
                        + (earlierBuilds ? ", a file of an earlier build," : ", which feedcard did not write,") + " where feedcard needs a folder"
                        + " (for " + folder.path() + ")",
                "move that file away or choose another --out folder; feedcard never replaces files it did not write");
    }

    /**
     * A file feedcard did not write where it writes one. A feed of the same name (a theme's or the site generator's own
     * rss.xml) is usually meant to stay: the hint names the setting that gives feedcard's feeds another name.
     */
    private Problem foreignFile(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        Setting<String> setting = config.feeds().fileNames().settingOf(name);
        if (setting == null) {
            return Problem.error("", 0, "the output folder already has " + path + ", which feedcard did not write",
                    "move that file away or choose another --out folder; feedcard never replaces files it did not write");
        }
        return Problem.error("", 0, "the output folder already has " + path + ", which feedcard did not write (a theme's or the site generator's own feed?)",
                "to keep it and write feedcard's feeds beside it, give them another name: " + setting.key() + ": feedcard-" + name
                        + " in feedcard.yml, or " + setting.flag() + " feedcard-" + name + "; else move that file away (feedcard never replaces files it did not write)");
    }

    /**
     * A warning for each feed this build writes whose path a static folder also holds (static/rss.xml from a theme): the
     * site generator copies that file to the same address, so the site serves one of the two.
     */
    List<Problem> feedsInStaticFolders(Collection<String> paths) {
        List<Problem> warnings = new ArrayList<>();
        Path outFolder = config.out().toAbsolutePath().normalize();
        for (Path folder : config.contentSettings().staticFolders()) {
            Path staticFolder = folder.toAbsolutePath().normalize();
            if (staticFolder.equals(outFolder)) continue; // its files are the output folder's, checked as such
            for (String path : paths) {
                Setting<String> setting = config.feeds().fileNames().settingOf(path.substring(path.lastIndexOf('/') + 1));
                if (setting == null || !Files.isRegularFile(staticFolder.resolve(path))) continue;
                warnings.add(Problem.warning("", 0, "the static folder " + folder + " has " + path + ", which the site generator copies to"
                                + " the address of feedcard's feed " + path + ": the site will serve only one of them",
                        "give feedcard's feeds another name: " + setting.key() + ": feedcard-" + setting.fallback() + " in feedcard.yml, or "
                                + setting.flag() + " feedcard-" + setting.fallback() + "; or remove " + folder.resolve(path)));
            }
        }
        return warnings;
    }

    /** Another build held the output folder's lock too long. */
    Problem lockTimedOut(OutputFolder.LockTimeoutException e) {
        return Problem.error("", 0, e.getMessage(),
                "let that build finish and run feedcard again, or wait longer with --lock-timeout SECONDS");
    }

    /** A folder feedcard writes into is a link out of the output folder (checked again as each file is written). */
    Problem linkOut(String link) {
        return Problem.error("", 0, "the output folder's " + link + " is a link that leads out of the output folder",
                "replace the link with a folder, or choose another --out; feedcard never writes or removes anything through a link out of "
                        + config.out());
    }
}
