package dev.feedcard.testing;

import dev.feedcard.Fixtures;
import dev.feedcard.build.BuildResult;
import dev.feedcard.build.Builder;
import dev.feedcard.build.Progress;
import dev.feedcard.cli.Main;
import dev.feedcard.config.Config;
import dev.feedcard.config.Settings;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.imageio.ImageIO;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import java.awt.Color;
import java.awt.GradientPaint;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A small blog in a temporary folder, for tests that run feedcard as a person would: a content folder of posts
 * and images, an output folder, and {@link #build} through {@link Main#run(PrintWriter, PrintWriter, String...)};
 * or, for tests of feedcard's own stages, {@link #build(Path)} through {@link Builder} with the {@link #set settings}.
 * A blog from {@link #empty} is laid out by its test as a site generator would, for {@link #init} to find.
 */
public final class TestBlog {
    public static final String SITE_URL = "https://blog.example.org/";
    /** The "now" of every test build, so that no test depends on the clock. */
    public static final String NOW = "2025-06-01T00:00:00Z";
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String MEDIA = "http://search.yahoo.com/mrss/";
    private static final String XML = "http://www.w3.org/XML/1998/namespace";

    private final Path root;
    private final Path content;
    private final Path out;
    private final Map<String, Object> settings = new LinkedHashMap<>();

    /** A blog in {@code dir}, with an empty {@code content/} folder and {@code out/} as its output folder. */
    public TestBlog(Path dir) {
        this(dir, true);
    }

    private TestBlog(Path dir, boolean withContent) {
        this.root = dir;
        this.content = dir.resolve("content");
        this.out = dir.resolve("out");
        settings.put("siteUrl", SITE_URL);
        settings.put("title", "Test blog");
        settings.put("author", "Jane Doe");
        settings.put("description", "Notes on testing");
        if (!withContent) return;
        try {
            Files.createDirectories(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A blog in {@code dir} with nothing written yet: its test lays out a site's files with {@link #siteFile}. */
    public static TestBlog empty(Path dir) {
        return new TestBlog(dir, false);
    }

    /** A file or folder at {@code name} in the blog's own folder, which holds content/ and out/ or a site generator's files. */
    public Path path(String name) {
        return root.resolve(name);
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

    /** A post at {@code <slug>/index.md} with the given front matter lines and body. */
    public Path postWith(String slug, String frontMatter, String body) {
        return Fixtures.post(content, slug + "/index.md", frontMatter, body);
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

    /** A PNG (or JPEG, by its name) of the given size, a gradient so that cards differ from blank images. */
    public Path image(String name, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(30, 90, 160), width, height, new Color(240, 200, 80)));
        g.fillRect(0, 0, width, height);
        g.dispose();
        return writeImage(content.resolve(name), image);
    }

    /** Writes a text file at {@code name} in the blog's own folder, such as a site generator's configuration. */
    public TestBlog siteFile(String name, String text) {
        try {
            Path file = root.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An image (PNG or JPEG, by its name) at {@code name} in the blog's own folder: {@code edge} with a lighter panel in the middle. */
    public TestBlog siteImage(String name, int width, int height, Color edge) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(edge);
        g.fillRect(0, 0, width, height);
        g.setPaint(new GradientPaint(width / 3f, height / 3f, new Color(250, 220, 120), width * 2 / 3f, height * 2 / 3f, new Color(90, 200, 240)));
        g.fillRect(width / 3, height / 3, width / 3, height / 3);
        g.dispose();
        writeImage(root.resolve(name), image);
        return this;
    }

    private static Path writeImage(Path file, BufferedImage image) {
        try {
            Files.createDirectories(file.getParent());
            String format = file.getFileName().toString().endsWith(".png") ? "png" : "jpg";
            if (!ImageIO.write(image, format, file.toFile())) throw new IOException("no writer for " + format);
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

    /** Runs {@code feedcard init} on the blog's own folder. */
    public Run init() {
        return run("init", "--dir", root.toString());
    }

    /** Runs {@code feedcard build} with the feedcard.yml that {@link #init} wrote, at {@link #NOW}, quiet, plus {@code flags}. */
    public Run buildWithConfig(String... flags) {
        List<String> args = new ArrayList<>(List.of("build", "--config", root.resolve("feedcard.yml").toString(), "--now", NOW, "--quiet"));
        args.addAll(List.of(flags));
        return run(args.toArray(String[]::new));
    }

    /** Sets one setting of {@link #config} and {@link #build(Path)}, as feedcard.yml or a flag would. */
    public TestBlog set(String key, Object value) {
        settings.put(key, value);
        return this;
    }

    /** The configuration of a build of this blog into {@code out} at {@link #NOW}, from the {@link #set settings}. */
    public Config config(Path out) {
        return config(out, Instant.parse(NOW));
    }

    /** The configuration of a build of this blog into {@code out} at {@code now}, from the {@link #set settings}. */
    public Config config(Path out, Instant now) {
        Map<String, Object> values = new LinkedHashMap<>(settings);
        values.put("content", content.toString());
        values.put("out", out.toString());
        return Config.from(new Settings(values, "test"), now);
    }

    /** Builds this blog into {@code out} through {@link Builder} at {@link #NOW}; fails unless the build published. */
    public BuildResult build(Path out) {
        return build(out, Instant.parse(NOW));
    }

    /** Builds this blog into {@code out} through {@link Builder} at {@code now}; fails unless the build published. */
    public BuildResult build(Path out, Instant now) {
        try {
            BuildResult result = new Builder(config(out, now), Progress.NONE).build();
            if (!result.published()) throw new AssertionError("the build failed: " + result.problems());
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

    /** One Atom entry as a reader sees it; its language is its xml:lang, else the feed's. */
    public record Entry(String title, String link, String published, String updated, String thumbnail, String language) {
    }

    /** The entries of an Atom feed, in the feed's order, by title. */
    public static Map<String, Entry> atomEntries(Path atom) throws Exception {
        Document doc = parseXml(Files.readAllBytes(atom));
        String feedLanguage = doc.getDocumentElement().getAttributeNS(XML, "lang");
        Map<String, Entry> entries = new LinkedHashMap<>();
        NodeList list = doc.getElementsByTagNameNS(ATOM, "entry");
        for (int i = 0; i < list.getLength(); i++) {
            Element e = (Element) list.item(i);
            String link = null;
            NodeList links = e.getElementsByTagNameNS(ATOM, "link");
            for (int j = 0; j < links.getLength(); j++) {
                Element l = (Element) links.item(j);
                if (l.getAttribute("rel").isEmpty() || l.getAttribute("rel").equals("alternate")) link = l.getAttribute("href");
            }
            NodeList thumbnails = e.getElementsByTagNameNS(MEDIA, "thumbnail");
            String thumbnail = thumbnails.getLength() == 0 ? null : ((Element) thumbnails.item(0)).getAttribute("url");
            String title = child(e, "title");
            String language = e.hasAttributeNS(XML, "lang") ? e.getAttributeNS(XML, "lang") : feedLanguage;
            entries.put(title, new Entry(title, link, child(e, "published"), child(e, "updated"), thumbnail, language));
        }
        return entries;
    }

    private static String child(Element e, String name) {
        NodeList list = e.getElementsByTagNameNS(ATOM, name);
        return list.getLength() == 0 ? null : list.item(0).getTextContent().strip();
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

    /**
     * The URL feeds and head tags give the card at {@code path} in {@code out}: the site's URL, the path, and the
     * card's version, the CRC-32 of the bytes published there (so a test that expects it checks them too).
     */
    public static String cardUrl(String siteUrl, Path out, String path) {
        try {
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            crc.update(Files.readAllBytes(out.resolve(path)));
            return siteUrl + path + "?v=" + String.format(java.util.Locale.ROOT, "%08x", crc.getValue());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
