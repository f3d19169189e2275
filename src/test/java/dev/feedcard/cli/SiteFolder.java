package dev.feedcard.cli;

import dev.feedcard.testing.TestBlog;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.imageio.ImageIO;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A site's folder written by a test: text files, images, and feedcard runs on it, with the Atom feed read back. */
final class SiteFolder {
    static final String NOW = "2025-06-01T00:00:00Z";
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String MEDIA = "http://search.yahoo.com/mrss/";
    private static final String XML = "http://www.w3.org/XML/1998/namespace";

    private final Path root;

    SiteFolder(Path root) {
        this.root = root;
    }

    Path root() {
        return root;
    }

    Path path(String name) {
        return root.resolve(name);
    }

    SiteFolder text(String name, String text) {
        try {
            Path file = root.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The colour of every fixture image's edges, which no drawn title card has: a card that shows it was made from the image. */
    static final Color IMAGE_COLOUR = new Color(200, 40, 160);

    /** An image (png or jpg by its name) of the given size: {@link #IMAGE_COLOUR} with a lighter panel in the middle. */
    SiteFolder image(String name, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(IMAGE_COLOUR);
        g.fillRect(0, 0, width, height);
        g.setPaint(new GradientPaint(width / 3f, height / 3f, new Color(250, 220, 120), width * 2 / 3f, height * 2 / 3f, new Color(90, 200, 240)));
        g.fillRect(width / 3, height / 3, width / 3, height / 3);
        g.dispose();
        try {
            Path file = root.resolve(name);
            Files.createDirectories(file.getParent());
            String format = name.endsWith(".png") ? "png" : "jpg";
            if (!ImageIO.write(image, format, file.toFile())) throw new IOException("no writer for " + format);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What one run printed and returned. */
    record Run(int code, String out, String err) {
        @Override
        public String toString() {
            return "exit " + code + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code;
        try (PrintWriter o = new PrintWriter(out); PrintWriter e = new PrintWriter(err)) {
            code = Main.run(o, e, args);
        }
        return new Run(code, out.toString(), err.toString());
    }

    Run init() {
        return run("init", "--dir", root.toString());
    }

    /** feedcard build with the feedcard.yml that init wrote, at a fixed "now", plus extra flags. */
    Run buildWithConfig(String... flags) {
        List<String> args = new ArrayList<>(List.of("build", "--config", root.resolve("feedcard.yml").toString(), "--now", NOW, "--quiet"));
        args.addAll(List.of(flags));
        return run(args.toArray(String[]::new));
    }

    /** One Atom entry as a reader sees it; its language is its xml:lang, else the feed's. */
    record Entry(String title, String link, String published, String updated, String thumbnail, String language) {
    }

    /** The entries of an Atom feed, in the feed's order, by title. */
    static Map<String, Entry> atomEntries(Path atom) throws Exception {
        Document doc = TestBlog.parseXml(Files.readAllBytes(atom));
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
}
