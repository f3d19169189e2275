package dev.feedcard;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** What tests share: where the corpus is, writing posts, and reading feeds back with the JDK's own XML parser. */
public final class Fixtures {
    private Fixtures() {
    }

    /** The hippocampus-garden corpus (read-only). */
    public static Path corpus() {
        return Path.of(System.getProperty("feedcard.corpus", "src/test/resources/corpora/hippocampus-garden/content/blog"));
    }

    /** The corpus's posts, its Markdown files, in the order of their paths. */
    public static List<Path> corpusPosts() throws IOException {
        try (Stream<Path> files = Files.walk(corpus())) {
            return files.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().toList();
        }
    }

    public static Path seed() {
        return Path.of(System.getProperty("feedcard.seed", "src/test/resources/seed"));
    }

    public static Path write(Path root, String relative, String text) {
        try {
            Path file = root.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A post file with the given front matter lines and body. */
    public static Path post(Path root, String relative, String frontMatter, String body) {
        return write(root, relative, "---\n" + frontMatter.strip() + "\n---\n\n" + body);
    }

    /** Parses XML with the JDK's parser (namespace-aware), failing the test on any well-formedness error. */
    public static Document xml(Path file) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return f.newDocumentBuilder().parse(file.toFile());
        } catch (Exception e) {
            throw new AssertionError(file + " is not well-formed XML: " + e.getMessage(), e);
        }
    }

    public static List<Element> children(Element parent, String localName) {
        List<Element> out = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e && localName.equals(e.getLocalName())) out.add(e);
        }
        return out;
    }

    public static String text(Element parent, String localName) {
        List<Element> found = children(parent, localName);
        return found.isEmpty() ? null : found.get(0).getTextContent();
    }
}
