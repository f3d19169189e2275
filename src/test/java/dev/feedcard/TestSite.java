package dev.feedcard;

import dev.feedcard.build.BuildResult;
import dev.feedcard.build.Builder;
import dev.feedcard.build.Progress;
import dev.feedcard.config.Config;
import dev.feedcard.config.Settings;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** A content folder made by a test, post by post, and built with the settings the test names. */
public final class TestSite {
    public static final String URL = "https://blog.example.org/";
    /** The "now" of test builds, so that no test depends on the clock. */
    public static final Instant NOW = Instant.parse("2024-06-01T00:00:00Z");

    private final Path content;
    private final Map<String, Object> settings = new LinkedHashMap<>();

    public TestSite(Path dir) {
        this.content = dir.resolve("content");
        try {
            Files.createDirectories(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        settings.put("siteUrl", URL);
        settings.put("title", "Test blog");
        settings.put("author", "Jane Doe");
        settings.put("description", "Notes on testing");
    }

    public Path content() {
        return content;
    }

    /** Sets one setting, as feedcard.yml or a flag would. */
    public TestSite set(String key, Object value) {
        settings.put(key, value);
        return this;
    }

    /** Writes {@code <slug>/index.md} with the front matter lines and the body. */
    public TestSite post(String slug, String frontMatter, String body) {
        write(slug + "/index.md", "---\n" + frontMatter.strip() + "\n---\n\n" + body);
        return this;
    }

    public TestSite write(String path, String text) {
        try {
            Path file = content.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Writes a PNG of the given size, two coloured halves, so that a card can be made from it. */
    public TestSite png(String path, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(30, 90, 160));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(240, 180, 40));
        g.fillRect(0, 0, width / 2, height);
        g.dispose();
        try {
            Path file = content.resolve(path);
            Files.createDirectories(file.getParent());
            ImageIO.write(image, "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public Config config(Path out) {
        return config(out, NOW);
    }

    public Config config(Path out, Instant now) {
        Map<String, Object> values = new LinkedHashMap<>(settings);
        values.put("content", content.toString());
        values.put("out", out.toString());
        return Config.from(new Settings(values, "test"), now);
    }

    public BuildResult build(Path out) {
        return build(out, NOW);
    }

    public BuildResult build(Path out, Instant now) {
        try {
            BuildResult result = new Builder(config(out, now), Progress.NONE).build();
            if (!result.published()) throw new AssertionError("the build failed: " + result.problems());
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
