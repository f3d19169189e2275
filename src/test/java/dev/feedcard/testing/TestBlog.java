package dev.feedcard.testing;

import dev.feedcard.cli.Main;
import org.w3c.dom.Document;

import javax.imageio.ImageIO;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A small blog in a temporary folder, for tests that run feedcard as a person would: a content folder of posts
 * and images, an output folder, and {@link #build} through {@link Main#run(PrintWriter, PrintWriter, String...)}.
 */
public final class TestBlog {
    public static final String SITE_URL = "https://blog.example.org/";
    public static final String NOW = "2025-06-01T00:00:00Z";

    private final Path content;
    private final Path out;

    public TestBlog(Path dir) {
        this.content = dir.resolve("content");
        this.out = dir.resolve("out");
        try {
            Files.createDirectories(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path content() {
        return content;
    }

    public Path out() {
        return out;
    }

    /** What one run of feedcard returned and printed. */
    public record Run(int code, String out, String err) {
        @Override
        public String toString() {
            return "exit " + code + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    /** A post with a title, a date and a short body, at {@code name} (such as "hello/index.md"). */
    public Path post(String name, String title, String date) {
        return text(name, "---\ntitle: \"" + title + "\"\ndate: " + date + "\ntags: [notes]\n---\n\nThe text of " + title + ".\n");
    }

    public Path text(String name, String text) {
        return bytes(name, text.getBytes(StandardCharsets.UTF_8));
    }

    public Path bytes(String name, byte[] bytes) {
        try {
            Path file = content.resolve(name);
            Files.createDirectories(file.getParent());
            return Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PNG of the given size, a gradient so that cards differ from blank images. */
    public Path image(String name, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new java.awt.GradientPaint(0, 0, new Color(30, 90, 160), width, height, new Color(240, 200, 80)));
        g.fillRect(0, 0, width, height);
        g.dispose();
        try {
            Path file = content.resolve(name);
            Files.createDirectories(file.getParent());
            ImageIO.write(image, "png", file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs {@code feedcard build} on this blog with the given flags, which replace the test defaults they name. */
    public Run build(String... flags) {
        return run(buildArgs(flags));
    }

    /** The arguments of {@code feedcard build} on this blog: the test defaults, replaced or added to by {@code flags}. */
    public String[] buildArgs(String... flags) {
        List<String> given = List.of(flags);
        List<String> args = new ArrayList<>(List.of("build"));
        String[][] defaults = {{"--content", content.toString()}, {"--out", out.toString()}, {"--site-url", SITE_URL},
                {"--title", "Test blog"}, {"--now", NOW}};
        for (String[] flag : defaults) if (!given.contains(flag[0])) args.addAll(List.of(flag));
        args.addAll(given);
        return args.toArray(String[]::new);
    }

    public static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code;
        try (PrintWriter o = new PrintWriter(out); PrintWriter e = new PrintWriter(err)) {
            code = Main.run(o, e, args);
        }
        return new Run(code, out.toString(), err.toString());
    }

    /** Every file below {@code folder} (hidden ones too), relative path to SHA-256. */
    public static Map<String, String> hashes(Path folder) {
        Map<String, String> hashes = new TreeMap<>();
        if (!Files.exists(folder)) return hashes;
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                hashes.put(folder.relativize(file).toString().replace('\\', '/'), HexFormat.of().formatHex(sha.digest(Files.readAllBytes(file))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return hashes;
    }

    /** Parses XML with the JDK's parser, refusing DTDs; throws when it is not well-formed. */
    public static Document parseXml(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        DocumentBuilder builder = factory.newDocumentBuilder();
        builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
            @Override
            public void error(org.xml.sax.SAXParseException e) throws org.xml.sax.SAXException {
                throw e;
            }

            @Override
            public void fatalError(org.xml.sax.SAXParseException e) throws org.xml.sax.SAXException {
                throw e;
            }
        });
        return builder.parse(new java.io.ByteArrayInputStream(xml));
    }
}
