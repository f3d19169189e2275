package dev.feedcard.cli;

import dev.feedcard.config.Version;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code feedcard} command: exit 0 on success, 1 when the content has errors, 2 on a usage error. */
@Command(name = "feedcard",
        mixinStandardHelpOptions = true,
        versionProvider = Main.VersionProvider.class,
        description = "Writes Atom, RSS and JSON feeds and Open Graph cards for a folder of Markdown posts.",
        subcommands = {BuildCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    public static final int OK = 0;
    public static final int CONTENT_ERRORS = 1;
    public static final int USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs feedcard as the command line would, returning its exit code. */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler((e, line, parsed) -> {
            line.getErr().println("feedcard: " + e.getMessage());
            return USAGE;
        });
        if (args.length == 0) args = new String[]{"build"};
        return cli.execute(args);
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
