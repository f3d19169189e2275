package dev.feedcard.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The second JVM {@code java -jar feedcard.jar} starts, seen from outside as processes. */
class TunedJvmIT {
    @Test
    void theSecondJvmStopsWhenTheFirstIsKilled(@TempDir Path dir) throws Exception {
        Path jar = ClassDataArchiveIT.jarOfFeedcard(dir);
        Path content = Files.createDirectories(dir.resolve("content"));
        Files.writeString(content.resolve("2024-05-01-first.md"), "---\ntitle: First\ndate: 2024-05-01\n---\nHello.\n");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder serve = new ProcessBuilder(java, "-cp", jar.toString(), Main.class.getName(), "serve", "--content", content.toString(), "--out", dir.resolve("out").toString(),
                "--site-url", "https://example.com/", "--port", "0", "--quiet").redirectErrorStream(true);
        serve.environment().putAll(Map.of("XDG_CACHE_HOME", dir.resolve("cache").toString(), "CI", "true"));
        Process first = serve.start();
        try {
            // the server prints its address once it is up, in the second JVM
            String address = new BufferedReader(new InputStreamReader(first.getInputStream(), StandardCharsets.UTF_8)).readLine();
            List<ProcessHandle> second = first.toHandle().children().toList();
            assertEquals(1, second.size(), "one second JVM, which printed: " + address);
            assertTrue(second.get(0).info().commandLine().orElse("").contains("-Dfeedcard.tunedJvm=true"), second.get(0).info().toString());
            first.destroyForcibly(); // as kill -9 does: the first JVM gets no chance to stop the second
            second.get(0).onExit().get(20, TimeUnit.SECONDS);
            assertFalse(second.get(0).isAlive(), "the second JVM stopped too");
        } finally {
            first.destroyForcibly();
            first.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
        }
    }
}
