package dev.feedcard.cli;

import dev.feedcard.config.ConfigFile;
import dev.feedcard.init.Generator;
import dev.feedcard.init.SiteDetector;
import dev.feedcard.init.SiteLayout;
import dev.feedcard.init.StarterConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.Callable;

@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Recognises the site's generator (Hugo, Jekyll, Astro, Eleventy, Gatsby, Next.js or a plain folder)"
                + " and writes a commented feedcard.yml for it. Never overwrites an existing one.")
final class InitCommand implements Callable<Integer> {
    @Option(names = "--dir", paramLabel = "DIR", description = "The site's folder (default: the current folder).")
    Path dir = Path.of(".");

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(dir)) {
            err.println("feedcard: " + dir + " is not a folder (give the site's folder with --dir DIR)");
            return Main.USAGE;
        }
        Path file = dir.resolve(ConfigFile.DEFAULT_NAME);
        if (Files.exists(file)) {
            err.println("feedcard: " + file + " already exists; init never overwrites it (edit it, or move it away and run init again)");
            return Main.USAGE;
        }
        SiteLayout layout = SiteDetector.detect(dir);
        try {
            Files.writeString(file, StarterConfig.yaml(layout), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            err.println("feedcard: " + file + " already exists; init never overwrites it");
            return Main.USAGE;
        }
        out.println(layout.generator() == Generator.PLAIN
                ? "Generator: none recognised; a plain Markdown folder" + (layout.evidence().isEmpty() ? "" : " (found " + String.join(", ", layout.evidence()) + ")")
                : "Generator: " + layout.generator().displayName() + " (found " + String.join(", ", layout.evidence()) + ")");
        out.println("  content:   " + layout.content() + " (" + layout.posts() + (layout.posts() == 1 ? " post)" : " posts)"));
        out.println("  static:    " + (layout.staticFolders().isEmpty() ? "none" : String.join(", ", layout.staticFolders())));
        out.println("  out:       " + layout.out());
        out.println("  siteUrl:   " + (layout.siteUrl() != null ? layout.siteUrl() + " (from " + layout.siteUrlSource() + ")"
                : "not found: set it in " + ConfigFile.DEFAULT_NAME));
        out.println("  permalink: " + layout.permalink());
        for (String note : layout.notes()) out.println("  check:     " + note);
        out.println("Wrote " + file + ". Build with: java -jar feedcard.jar build"
                + (dir.equals(Path.of(".")) ? "" : " --config " + file));
        out.flush();
        return Main.OK;
    }
}
