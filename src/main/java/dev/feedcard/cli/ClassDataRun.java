package dev.feedcard.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * What the JVM that makes the {@link ClassDataArchive} runs: builds a small blog of its own in a temporary folder
 * (feeds, cards and head tags, then a rebuild with nothing changed), so that the classes a build loads are the ones
 * archived, and removes it. Exits with 0 only when both builds succeeded.
 */
public final class ClassDataRun {
    private ClassDataRun() {
    }

    /** Builds the small blog twice and exits with 0 when both builds succeeded. */
    public static void main(String[] args) throws IOException {
        Path folder = Files.createTempDirectory("feedcard-classes");
        int code;
        try {
            Path content = Files.createDirectories(folder.resolve("content"));
            Files.writeString(content.resolve("2024-05-01-first.md"), """
                    ---
                    title: "A first post"
                    date: 2024-05-01
                    tags: [notes, tools]
                    description: What this blog is about.
                    ---
                    Some *Markdown* with [a link](/about/), `code`, ~~struck~~ text and https://example.org.

                    | a | b |
                    |---|---|
                    | 1 | 2 |

                    <iframe src="https://www.youtube.com/embed/aqz-KE-bpKQ"></iframe>
                    """);
            Files.writeString(content.resolve("2024-05-02-second.md"), """
                    ---
                    title: 二つ目の記事
                    date: 2024-05-02T10:00:00+09:00
                    lang: ja
                    tags: [notes]
                    ---
                    日本語の本文です。

                    ```java
                    class A {}
                    ```
                    """);
            // a configuration of its own: never the feedcard.yml of the folder the user's build ran in
            Path config = Files.writeString(folder.resolve("feedcard.yml"), "siteUrl: https://example.org\nlanguages: [en, ja]\n");
            String[] build = {"build", "--config", config.toString(), "--content", content.toString(), "--out", folder.resolve("out").toString(),
                    "--quiet"};
            code = Main.run(build);
            if (code == Main.OK) code = Main.run(build);
        } finally {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
        System.exit(code);
    }
}
