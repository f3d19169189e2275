package dev.feedcard.cli;

import dev.feedcard.build.Checker;
import dev.feedcard.config.Config;
import dev.feedcard.config.ConfigException;
import dev.feedcard.report.AdviceGroup;
import dev.feedcard.report.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Judges the posts as build does, with the same options, and writes nothing: every problem build would report, "
                + "in the same words and with the same severity (images are decoded, no card is made). Advice (alt text, "
                + "description, an image the card crops heavily) is listed once per kind, with how many posts it concerns.",
                "With --pages DIR, also reads each post's page in the site generator's output and reports which head tags "
                        + "are missing or wrong (against the tags the last build wrote into the output folder's meta/).",
                "Exit 0 when build would succeed, 1 when it would stop on an error (with --strict: also on a warning or advice)."})
final class CheckCommand implements Callable<Integer> {
    @Mixin
    BuildOptions options;

    @Option(names = "--strict", description = "Fail (exit 1) on warnings and advice too.")
    boolean strict;

    @Option(names = {"-q", "--quiet"}, description = "Print only problems.")
    boolean quiet;

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
        Console console = new Console(err, quiet);
        Checker.Result result = new Checker(config, console).check();
        console.clearProgress();
        for (Problem p : result.problems()) if (!p.isAdvice()) out.println(p.format());
        for (AdviceGroup group : AdviceGroup.of(result.problems())) out.println(group.format());
        long advised = AdviceGroup.filesAdvised(result.problems());
        String advice = AdviceGroup.summary(result.problems());
        boolean failed = result.errors() > 0 || strict && (result.warnings() > 0 || advised > 0);
        if (!quiet || failed) {
            out.println("feedcard: checked " + result.posts() + (result.posts() == 1 ? " post: " : " posts: ")
                    + count(result.errors(), "error") + ", " + count(result.warnings(), "warning") + (advice.isEmpty() ? "" : ", " + advice)
                    + (failed && result.errors() == 0 ? " (--strict counts warnings and advice)" : ""));
        }
        out.flush();
        return failed ? Main.CONTENT_ERRORS : Main.OK;
    }

    private static String count(long n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }
}
