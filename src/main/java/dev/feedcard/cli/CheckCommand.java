package dev.feedcard.cli;

import dev.feedcard.build.Checker;
import dev.feedcard.config.Config;
import dev.feedcard.config.ConfigException;
import dev.feedcard.report.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Reads the posts and reports what would go wrong when they are built or shared: images that are "
                + "missing, unreadable, too small or far from 1.91:1, missing alt text or description. Writes nothing.",
                "With --pages DIR, also reads each post's page in the site generator's output and reports which head tags "
                        + "are missing or wrong (against the tags the last build wrote into the output folder's meta/).",
                "Exit 0 when no post has an error (with --strict: nor a warning), 1 otherwise."})
final class CheckCommand implements Callable<Integer> {
    @Mixin
    BuildOptions options;

    @Option(names = "--strict", description = "Fail (exit 1) on warnings too.")
    boolean strict;

    @Option(names = {"-q", "--quiet"}, description = "Print only problems.")
    boolean quiet;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Config config;
        try {
            config = options.toConfig();
        } catch (ConfigException e) {
            err.println("feedcard: " + e.getMessage());
            return Main.USAGE;
        }
        Console console = new Console(err, quiet);
        Checker.Result result = new Checker(config, console).check();
        console.clearProgress();
        for (Problem p : result.problems()) out.println(p.format());
        boolean failed = result.errors() > 0 || strict && result.warnings() > 0;
        if (!quiet || failed) {
            out.println("feedcard: checked " + result.posts() + (result.posts() == 1 ? " post: " : " posts: ")
                    + count(result.errors(), "error") + ", " + count(result.warnings(), "warning")
                    + (failed && result.errors() == 0 ? " (--strict counts warnings)" : ""));
        }
        out.flush();
        return failed ? Main.CONTENT_ERRORS : Main.OK;
    }

    private static String count(long n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }
}
