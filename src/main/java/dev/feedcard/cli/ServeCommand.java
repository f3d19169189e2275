package dev.feedcard.cli;

import dev.feedcard.build.BuildResult;
import dev.feedcard.build.Builder;
import dev.feedcard.build.BuildCaches;
import dev.feedcard.build.CardCache;
import dev.feedcard.config.Config;
import dev.feedcard.config.ConfigException;
import dev.feedcard.content.PostReader;
import dev.feedcard.preview.ContentWatcher;
import dev.feedcard.preview.PreviewServer;
import dev.feedcard.report.AdviceGroup;
import dev.feedcard.report.IoFailure;
import dev.feedcard.report.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Builds, serves the output folder over HTTP with a preview page at /preview/, "
                + "and rebuilds whenever a post or the configuration changes; an open preview page reloads by itself.",
                "Stop it with Ctrl+C."})
final class ServeCommand implements Callable<Integer> {
    @Mixin
    BuildOptions options;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080", description = "The port to listen on, 0 for any free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1",
            description = "The address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for every network). "
                    + "Requests naming another host than localhost, a loopback address, this one (or with 0.0.0.0 this machine's addresses) are refused.")
    String host;

    @Option(names = {"-q", "--quiet"}, description = "Print only problems and the server's address.")
    boolean quiet;

    @Spec
    CommandSpec spec;

    /** The cards of this session's builds: a rebuild remakes only the cards of changed posts. */
    private final CardCache cards = new CardCache();

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Config config;
        try {
            config = options.toConfig();
        } catch (ConfigException e) {
            err.println("feedcard: " + e.getMessage());
            return Main.USAGE;
        }
        if (port < 0 || port > 65535) {
            err.println("feedcard: --port must be between 0 and 65535, not " + port);
            return Main.USAGE;
        }
        PreviewServer server;
        try {
            server = new PreviewServer(new InetSocketAddress(host, port), config.out());
        } catch (BindException e) {
            err.println("feedcard: cannot listen on " + host + ":" + port + " (" + e.getMessage() + "); choose another --port or --host");
            return Main.USAGE;
        }
        try (server) {
            String base = "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + server.port() + "/";
            out.println("feedcard: serving " + config.out() + " at " + base + " - preview: " + base + "preview/ (Ctrl+C to stop)");
            out.flush();
            build(config, server, out, err);
            while (true) {
                try (ContentWatcher watcher = new ContentWatcher(config.content(), filesBeside(config.content(), options.configFile()), List.of(config.out()))) {
                    Config current = config;
                    while (current.content().equals(config.content()) && current.out().equals(config.out())) {
                        Set<Path> changed = watcher.awaitChange();
                        if (!quiet) out.println("changed: " + describe(changed));
                        server.building();
                        try {
                            current = options.toConfig();
                        } catch (ConfigException e) {
                            err.println("feedcard: " + e.getMessage());
                            err.flush();
                            server.failed(List.of(e.getMessage()));
                            continue;
                        }
                        build(current, server, out, err);
                    }
                    config = current;
                }
            }
        }
    }

    private void build(Config config, PreviewServer server, PrintWriter out, PrintWriter err) {
        Console console = new Console(err, quiet);
        BuildResult result;
        try {
            result = new Builder(config, console, outline -> Map.of(), BuildCaches.inMemory(cards)).build();
        } catch (IOException | RuntimeException e) {
            console.clearProgress();
            String message = "the build stopped: " + (e instanceof IOException io ? IoFailure.of(io).what() + " (" + IoFailure.of(io).hint() + ")" : e.getMessage());
            err.println("feedcard: " + message);
            err.flush();
            server.failed(List.of(message));
            return;
        }
        console.clearProgress();
        for (Problem p : result.problems()) if (!p.isAdvice()) err.println(p.format());
        for (AdviceGroup group : AdviceGroup.of(result.problems())) err.println(group.format());
        err.flush();
        if (result.published()) {
            server.published(config.out(), result.outline());
            if (!quiet) out.println(BuildCommand.summary(result, config));
        } else {
            List<String> errors = new ArrayList<>();
            for (Problem p : result.problems()) if (p.isError()) errors.add(p.format());
            server.failed(errors);
            err.println("feedcard: the build failed; still serving the last good output");
        }
        out.flush();
        err.flush();
    }

    private static String describe(Set<Path> changed) {
        List<String> names = changed.stream().limit(3).map(Path::toString).toList();
        return String.join(", ", names) + (changed.size() > 3 ? " and " + (changed.size() - 3) + " more" : "");
    }

    /** The files a rebuild reads besides the content folder, watched with it: feedcard's configuration and the site's. */
    static List<Path> filesBeside(Path content, Path configFile) {
        List<Path> files = new ArrayList<>(List.of(configFile));
        files.addAll(PostReader.siteFiles(content));
        return files;
    }
}
