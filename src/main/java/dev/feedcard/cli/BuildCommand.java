package dev.feedcard.cli;

import dev.feedcard.build.BuildResult;
import dev.feedcard.build.PagesResult;
import dev.feedcard.build.Builder;
import dev.feedcard.build.BuildCaches;
import dev.feedcard.build.ExtraPages;
import dev.feedcard.config.Config;
import dev.feedcard.config.ConfigException;
import dev.feedcard.cache.CacheFolder;
import dev.feedcard.preview.PreviewPage;
import dev.feedcard.report.AdviceGroup;
import dev.feedcard.report.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Reads the posts and writes feeds and cards into the output folder.")
final class BuildCommand implements Callable<Integer> {
    @Mixin
    BuildOptions options;

    @Option(names = {"-q", "--quiet"}, description = "Print only problems.")
    boolean quiet;

    @Option(names = "--preview", description = "Also write the preview page to preview/index.html in the output folder.")
    boolean preview;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Config config;
        try {
            config = options.toConfig();
        } catch (ConfigException e) {
            err.println("feedcard: " + e.getMessage());
            return Main.USAGE;
        }
        Path cacheFolder = config.output().cacheFolder(config.out());
        try {
            CacheFolder.check(cacheFolder, config.out(), siteFolders(config));
        } catch (CacheFolder.RefusedException e) {
            err.println("feedcard: " + e.getMessage());
            return Main.USAGE;
        }
        Console console = new Console(err, quiet);
        BuildCaches caches = BuildCaches.onDisk(cacheFolder);
        BuildResult result = new Builder(config, console, preview ? PreviewPage.extraPages() : ExtraPages.NONE, caches).build();
        console.clearProgress();
        for (Problem p : result.problems()) if (!p.isAdvice()) err.println(p.formatForTerminal());
        for (AdviceGroup group : AdviceGroup.of(result.problems())) err.println(group.formatForTerminal());
        if (!result.published()) {
            long errors = result.problems().stream().filter(Problem::isError).count();
            // --keep-going skips broken posts and folders of posts; it does nothing for an error of the output folder (no file)
            boolean skippable = result.problems().stream().anyMatch(p -> p.isError() && !p.file().isEmpty());
            err.println("feedcard: " + errors + (errors == 1 ? " error" : " errors") + "; nothing in " + config.out() + " was changed"
                    + (config.keepGoing() || !skippable ? "" : " (fix them, or publish the good posts with --keep-going)"));
            err.flush();
            return Main.CONTENT_ERRORS;
        }
        long broken = result.problems().stream().filter(p -> p.skipped() && !p.file().endsWith("/")).count();
        long unread = result.problems().stream().filter(p -> p.skipped() && p.file().endsWith("/")).count();
        if (broken > 0 || unread > 0) {
            err.println("feedcard: published without " + (broken > 0 ? broken + (broken == 1 ? " broken post" : " broken posts") : "")
                    + (broken > 0 && unread > 0 ? " and " : "")
                    + (unread > 0 ? "the posts of " + unread + (unread == 1 ? " folder" : " folders") + " it could not read" : "") + " (listed above)");
        }
        err.flush();
        if (!quiet) out.println(summary(result, config));
        if (!quiet && preview) out.println("preview: " + config.out().resolve(PreviewPage.PATH));
        out.flush();
        return Main.OK;
    }

    /** The site's own folders, which the cache may not share: output, content, static and pages folders. */
    private static List<Path> siteFolders(Config config) {
        List<Path> folders = new ArrayList<>(List.of(config.out(), config.content()));
        folders.addAll(config.contentSettings().staticFolders());
        if (config.pages() != null) folders.add(config.pages());
        return folders;
    }

    static String summary(BuildResult r, Config config) {
        String pages = "";
        if (r.pages() != null) {
            PagesResult p = r.pages();
            pages = String.format(Locale.ROOT, "; pages in %s: %d written, %d unchanged%s%s", config.pages(), p.written(), p.unchanged(),
                    p.leftAlone() > 0 ? ", " + p.leftAlone() + " left alone" : "", p.notFound() > 0 ? ", " + p.notFound() + " not found" : "");
        }
        String advice = AdviceGroup.summary(r.problems());
        String turbo = r.cardsByLibjpegTurbo() > 0 ? " (" + r.cardsByLibjpegTurbo() + " decoded by libjpeg-turbo)" : "";
        return String.format(Locale.ROOT, "%d posts, %d feeds, %d cards%s, %d skipped -> %s (%d written, %d unchanged, %d removed)%s in %.1f s%s",
                r.posts(), r.feeds(), r.cards(), turbo, r.skipped(), config.out(), r.written(), r.unchanged(), r.removed(), pages,
                r.took().toMillis() / 1000.0, advice.isEmpty() ? "" : "; " + advice + " (listed above)");
    }
}
