package dev.feedcard.cli;

import dev.feedcard.config.Version;
import dev.feedcard.report.IoFailure;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The {@code feedcard} command. Exit codes: 0 published, 1 problems found and nothing changed, 2 a usage or
 * configuration error, 3 feedcard could not finish (a file could not be read or written, or a bug).
 */
@Command(name = "feedcard",
        mixinStandardHelpOptions = true,
        versionProvider = Main.VersionProvider.class,
        description = "Writes Atom, RSS and JSON feeds and Open Graph cards for a folder of Markdown posts.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:published (with --keep-going, broken posts are listed and skipped)",
                "1:problems in the posts or the output folder; nothing in the output folder was changed",
                "2:a wrong flag or setting",
                "3:a file could not be read or written, or feedcard failed; each output file is still complete"})
public final class Main implements Runnable {
    /** The build published its files. */
    public static final int OK = 0;
    /** The posts (or the output folder) have problems; nothing in the output folder was changed. */
    public static final int CONTENT_ERRORS = 1;
    /** A flag or a setting is wrong. */
    public static final int USAGE = 2;
    /** feedcard could not finish: an input or output error, or a bug. */
    public static final int FAILED = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /**
     * The commands, by name. Only the one run is introspected (picocli reads every option's annotations, a tenth of a
     * second for all of them); help and a missing or unknown name get them all. Made when a command is run, not when
     * this class is loaded: the JVM that only starts a tuned one (see {@link TunedJvm}) needs none of it.
     */
    private static Map<String, Supplier<Object>> commands() {
        Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
        commands.put("build", BuildCommand::new);
        commands.put("check", CheckCommand::new);
        commands.put("serve", ServeCommand::new);
        commands.put("init", InitCommand::new);
        commands.put("help", CommandLine.HelpCommand::new);
        return commands;
    }

    /**
     * A command made ready to run: picocli applies model transformers (which add the declared settings' flags, see
     * {@link BuildOptions}) to a command made into a CommandLine of its own, not to one added as a bare object.
     */
    private static CommandLine command(Supplier<Object> command) {
        return new CommandLine(command.get());
    }

    /** Runs the command line, in a tuned second JVM unless JVM options were given, and exits with its code. */
    public static void main(String[] args) {
        if (System.getProperty(TunedJvm.PROPERTY) == null) {
            int code = runInTunedJvm(args);
            if (code >= 0) System.exit(code);
        } else if (Boolean.getBoolean(TunedJvm.PROPERTY)) {
            TunedJvm.stopWithParent();
        }
        // a terminal's own charset; UTF-8 for logs and pipes, whatever the locale says
        Charset charset = System.console() != null ? System.console().charset() : StandardCharsets.UTF_8;
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, charset), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, charset), true);
        int code = run(out, err, args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /**
     * Runs feedcard in a tuned JVM (see {@link TunedJvm}), then, after its first successful build with this jar and
     * Java, makes its class-data archive (see {@link ClassDataArchive}); returns its exit code, or -1 when this JVM
     * should run feedcard itself.
     */
    private static int runInTunedJvm(String[] args) {
        Path jar = ownJar();
        Path javaHome = Path.of(System.getProperty("java.home"));
        ClassDataArchive classData = jar == null ? null
                : ClassDataArchive.of(jar, javaHome, System.getProperty("java.vm.version"), System.getenv(), System.getProperty("user.home"));
        long maxHeap = Runtime.getRuntime().maxMemory();
        boolean hugePages = TunedJvm.transparentHugePages();
        // the JVM's management classes are asked only when the command line does not plainly show the options
        Optional<List<String>> arguments = TunedJvm.commandLine();
        Optional<List<String>> plain = arguments.isPresent() ? TunedJvm.plainJvmArguments(arguments.get(), System.getenv()) : Optional.empty();
        List<String> jvmArguments = plain.isPresent() ? plain.get() : ManagementFactory.getRuntimeMXBean().getInputArguments();
        Optional<List<String>> tuned = TunedJvm.command(jvmArguments, jar, javaHome, maxHeap, hugePages, classData, args);
        if (tuned.isEmpty()) return -1;
        int code = TunedJvm.run(tuned.get());
        boolean built = code == OK && (args.length == 0 || args[0].equals("build"));
        if (built && classData != null) {
            boolean quiet = Arrays.asList(args).contains("-q") || Arrays.asList(args).contains("--quiet");
            classData.makeIfMissing(TunedJvm.jvm(javaHome, maxHeap, hugePages), jar, () -> {
                if (!quiet && System.console() != null) {
                    System.err.println("feedcard: making a class-data archive so that later builds start faster (once for this feedcard and Java)...");
                }
            });
        }
        return code;
    }

    /** The jar feedcard runs from, or null when its classes are not in a jar file. */
    private static Path ownJar() {
        try {
            return Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | RuntimeException e) {
            return null;
        }
    }

    /** Runs feedcard as the command line would, printing to standard output and error, and returns its exit code. */
    public static int run(String... args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        try {
            return run(out, err, args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** Runs feedcard as the command line would, printing to {@code out} and {@code err}, and returns its exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new Main());
        if (args.length == 0) args = new String[]{"build"};
        Map<String, Supplier<Object>> commands = commands();
        if (commands.containsKey(args[0]) && !args[0].equals("help")) {
            cli.addSubcommand(command(commands.get(args[0])));
        } else {
            for (Supplier<Object> command : commands.values()) cli.addSubcommand(command(command));
        }
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((thrown, line, parsed) -> {
            Exception e = thrown instanceof java.io.UncheckedIOException u ? u.getCause() : thrown;
            if (e instanceof IOException io) {
                IoFailure failure = IoFailure.of(io);
                line.getErr().println("feedcard: " + failure.what());
                line.getErr().println("feedcard: the build stopped; each file in the output folder is either as it was or complete and new."
                        + " To go on: " + failure.hint() + ", then run feedcard again.");
            } else {
                line.getErr().println("feedcard: internal error: " + e);
                for (StackTraceElement frame : e.getStackTrace()) line.getErr().println("    at " + frame);
                line.getErr().println("feedcard: this is a bug; please report it with the output above."
                        + " Each file in the output folder is either as it was or complete and new.");
            }
            line.getErr().flush();
            return FAILED;
        });
        try {
            return cli.execute(args);
        } catch (OutOfMemoryError e) {
            err.println("feedcard: ran out of memory (Java was given " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB)."
                    + " Each file in the output folder is either as it was or complete and new.");
            err.println("feedcard: give Java more memory, such as: java -Xmx2g -jar feedcard.jar " + String.join(" ", args));
            err.flush();
            return FAILED;
        }
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command, such as 'build'");
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[]{"feedcard " + Version.get()};
        }
    }
}
