package dev.feedcard.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OutOfMemoryIT {
    @Test
    void runningOutOfMemorySaysHowToGiveJavaMoreAndTouchesNothing(@TempDir Path dir) throws Exception {
        Path content = Files.createDirectories(dir.resolve("content"));
        String paragraph = "A paragraph long enough to take some room, with *emphasis* and a [link](https://example.com/). ".repeat(40);
        String body = (paragraph + "\n\n").repeat(150);
        for (int i = 0; i < 40; i++) {
            Files.writeString(content.resolve("post-" + i + ".md"), "---\ntitle: Post " + i + "\ndate: 2024-01-" + (10 + i % 18) + "\n---\n" + body);
        }
        Path out = dir.resolve("out");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process build = new ProcessBuilder(List.of(java.toString(), "-Xmx24m", "-Djava.awt.headless=true", "-cp",
                System.getProperty("java.class.path"), "dev.feedcard.cli.Main", "build", "--content", content.toString(),
                "--out", out.toString(), "--feeds-only", "--quiet"))
                .redirectErrorStream(true).redirectOutput(dir.resolve("build.log").toFile()).start();
        assertTrue(build.waitFor(5, TimeUnit.MINUTES));
        String log = Files.readString(dir.resolve("build.log"));
        assertEquals(Main.FAILED, build.exitValue(), log);
        assertTrue(log.contains("feedcard: ran out of memory (Java was given"), log);
        assertTrue(log.contains("java -Xmx2g -jar feedcard.jar build --content"), log);
        assertFalse(log.contains("Exception in thread"), log);
        assertFalse(Files.exists(out.resolve("atom.xml")), "nothing was published");
    }
}
