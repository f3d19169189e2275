package dev.feedcard.cli;

import dev.feedcard.Fixtures;
import dev.feedcard.preview.ContentWatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What {@code feedcard serve} says before it starts serving (the serving itself is PreviewInBrowserIT's). */
class ServeCommandTest {
    @Test
    void aPortInUseIsAUsageErrorThatSaysWhatToDo(@TempDir Path dir) throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            String err = CommandLineTest.captureErr(() -> assertEquals(2, Main.run("serve", "--content", dir.toString(),
                    "--out", dir.resolve("out").toString(), "--port", Integer.toString(taken.getLocalPort()))));
            assertTrue(err.contains("cannot listen on 127.0.0.1:" + taken.getLocalPort()) && err.contains("choose another --port"), err);
        }
        assertFalse(Files.exists(dir.resolve("out")), "nothing was built");
    }

    @Test
    void aJekyllSitesConfigurationAndAuthorsAboveItsPostsAreWatchedWithThem(@TempDir Path site) throws Exception {
        Path posts = site.resolve("_posts");
        Fixtures.post(posts, "2024-03-01-hello.md", "title: Hello", "Text.");
        Path jekyll = Fixtures.write(site, "_config.yml", "defaults: []\n");
        Path authors = Fixtures.write(site, "_data/authors.yml", "jane:\n  name: Jane\n");
        Path config = site.resolve("feedcard.yml");
        assertEquals(List.of(config, jekyll.toAbsolutePath(), authors.toAbsolutePath()), ServeCommand.filesBeside(posts, config));
        try (ContentWatcher watcher = new ContentWatcher(posts, ServeCommand.filesBeside(posts, config), List.of())) {
            Fixtures.write(site, "_config.yml", "defaults:\n  - values: {layout: post}\n");
            Set<Path> changed = assertTimeoutPreemptively(Duration.ofSeconds(60), watcher::awaitChange, "a limit against a hung test");
            assertTrue(changed.contains(jekyll.toAbsolutePath()), "an edit of _config.yml rebuilds: " + changed);
            Fixtures.write(site, "_data/authors.yml", "jane:\n  name: Jane Doe\n");
            changed = assertTimeoutPreemptively(Duration.ofSeconds(60), watcher::awaitChange, "a limit against a hung test");
            assertTrue(changed.contains(authors.toAbsolutePath()), "an edit of the authors file rebuilds: " + changed);
        }
    }

    @Test
    void aPortOutOfRangeIsAUsageError(@TempDir Path dir) {
        String err = CommandLineTest.captureErr(() -> assertEquals(2, Main.run("serve", "--content", dir.toString(), "--port", "70000")));
        assertTrue(err.contains("--port must be between 0 and 65535"), err);
    }

    @Test
    void helpNamesThePortTheHostAndTheBuildOptions() {
        java.io.PrintStream original = System.out;
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        System.setOut(new java.io.PrintStream(bytes, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            assertEquals(0, Main.run("serve", "--help"));
        } finally {
            System.setOut(original);
        }
        String help = bytes.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(help.contains("--port=PORT") && help.contains("default: 8080"), help);
        assertTrue(help.contains("--host=HOST") && help.contains("default: 127.0.0.1"), help);
        assertTrue(help.contains("--content=DIR") && help.contains("--site-url=URL"), "serve takes build's options: " + help);
    }
}
