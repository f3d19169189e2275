package dev.feedcard.feed;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.feedcard.testing.TestBlog;
import dev.feedcard.testing.HeadlessBrowsers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.w3c.dom.Element;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code atom.xml} and {@code rss.xml} opened in a browser, as a subscriber who follows a feed link sees them: the
 * output folder is served over HTTP on 127.0.0.1 with the feeds sent as XML, as static hosts send {@code .xml} files,
 * and looked at in headless Chromium (the rendered text read back, and a screenshot) and in Firefox ESR (a
 * screenshot). Screenshots land in {@code target/screenshots/}. {@code .ci/run} installs both browsers.
 */
class FeedPageInBrowserIT {
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    /** feed.css's accent colour, which the page's feed badge and entry titles are in: raw XML has none of it. */
    static final int ACCENT = 0xc2410c;
    static final List<String> LANGUAGES = List.of("ja", "es", "fr", "de", "it");

    @TempDir
    static Path dir;
    static Path out;
    static HttpServer server;
    static String base;
    static ChromeDriver chromium;

    @BeforeAll
    static void start() throws Exception {
        TestBlog site = new TestBlog(dir).set("languages", "en,ja,es,fr,de,it");
        site.postWith("llama", "title: Llama 4's context window\ndate: 2024-05-01\nlang: en\n"
                + "description: What \"long\" means for Llama 4's users & why", "Text.\n");
        site.postWith("nibanme", "title: 二番目の記事\ndate: 2024-05-02\nlang: ja\ndescription: 日本語の要約です。", "本文。\n");
        site.postWith("manana", "title: Mañana en la playa\ndate: 2024-05-03\nlang: es\ndescription: Un día de sol.", "Texto.\n");
        site.postWith("ete", "title: L’été à Paris\ndate: 2024-05-04\nlang: fr\ndescription: Une promenade.", "Texte.\n");
        site.postWith("gruesse", "title: Grüße aus Köln\ndate: 2024-05-05\nlang: de\ndescription: Ein Spaziergang.", "Text.\n");
        site.postWith("buongiorno", "title: Buongiorno\ndate: 2024-05-06\nlang: it\ndescription: Una passeggiata.", "Testo.\n");
        out = dir.resolve("out");
        site.build(out);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", FeedPageInBrowserIT::serve);
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
        chromium = HeadlessBrowsers.chromium(dir.resolve("chromium-profile"));
        chromium.manage().window().setSize(new Dimension(1000, 1400));
    }

    @AfterAll
    static void stop() {
        if (chromium != null) chromium.quit();
        if (server != null) server.stop(0);
    }

    @Test
    void chromiumShowsEachFeedAsAPageInItsLanguage() throws Exception {
        List<String> feeds = new ArrayList<>(List.of("atom.xml", "rss.xml"));
        for (String language : LANGUAGES) feeds.addAll(List.of("lang/" + language + "/atom.xml", "lang/" + language + "/rss.xml"));
        for (String feed : feeds) {
            String language = feed.startsWith("lang/") ? feed.split("/")[1] : "en";
            looksRight(feed, "application/xml", FeedWords.ALL.getOrDefault(language, FeedWords.ALL.get("en")));
        }
        looksRight("atom.xml", "text/xml", FeedWords.ALL.get("en"));
        looksRight("rss.xml", "text/xml", FeedWords.ALL.get("en"));
    }

    @Test
    void firefoxShowsTheFeedsAsStyledPages() throws Exception {
        for (String feed : List.of("atom.xml", "rss.xml", "lang/ja/rss.xml")) {
            Path file = SCREENSHOTS.resolve("feed-firefox-" + feed.replace('/', '-').replace(".xml", ".png"));
            BufferedImage shot = HeadlessBrowsers.firefoxScreenshot(base + feed, file, Files.createTempDirectory(dir, "firefox"), 1000, 1400);
            assertTrue(HeadlessBrowsers.colours(shot) > 50, feed + " is no blank page: " + file);
            assertTrue(HeadlessBrowsers.pixelsNear(shot, ACCENT, 24) > 500,
                    feed + " is shown through feed.css (its badge and titles in the accent colour), not as raw XML: " + file);
        }
    }

    /** Opens the feed sent as {@code type} and checks what the page shows, in the words of {@code words}. */
    private static void looksRight(String feed, String type, FeedWords words) throws Exception {
        Feed expected = Feed.read(out.resolve(feed));
        chromium.manage().logs().get(LogType.BROWSER);
        chromium.get(base + feed + "?type=" + type);
        // an XML page's stylesheet may still be loading when the page is handed over, on a busy machine
        try {
            new WebDriverWait(chromium, Duration.ofSeconds(10)).until(d -> (Long) js("return document.styleSheets.length;") > 0);
        } catch (TimeoutException e) {
            // the assertion below says what is wrong
        }
        assertEquals(1L, js("return document.styleSheets.length;"), feed + " names one stylesheet, which loads");
        assertTrue((Long) js("return document.styleSheets[0].cssRules.length;") > 20, feed + ": feed.css was read");

        List<String> console = new ArrayList<>();
        for (LogEntry entry : chromium.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.WARNING.intValue()) console.add(entry.getLevel() + " " + entry.getMessage());
        }
        assertTrue(console.isEmpty(), feed + ": no warnings or errors in the console (Chromium warns there of XSLT's removal): " + console);

        String text = HeadlessBrowsers.renderedText(chromium);
        assertFalse(text.contains("XSLT") || text.contains("cannot be formatted") || text.contains("style information"),
                feed + " shows no banner or notice: " + text);
        for (String shown : List.of(expected.title(), expected.firstTitle(), expected.firstSummary())) {
            assertTrue(text.contains(shown), feed + " shows '" + shown + "': " + text);
        }
        assertFalse(text.contains("&apos;") || text.contains("&amp;") || text.contains("<p>") || text.contains("feedcard"),
                feed + " shows text, not markup, and hides what is not for people: " + text);
        if (feed.endsWith("atom.xml")) assertTrue(text.contains(expected.self()), feed + " shows its address as text to copy: " + text);

        String root = feed.endsWith("atom.xml") ? "document.documentElement" : "document.documentElement.firstElementChild";
        String generator = root + ".getElementsByTagName('generator')[0]";
        assertEquals(quoted(words.badge().formatted(feed.endsWith("atom.xml") ? "Atom" : "RSS")), pseudo(root, "::before"), feed);
        assertEquals(quoted(words.heading()), pseudo(generator, "::before"), feed);
        assertEquals(quoted(words.explanation()), pseudo(generator, "::after"), feed);
        String self = feed.endsWith("atom.xml")
                ? "document.documentElement.getElementsByTagNameNS('http://www.w3.org/2005/Atom', 'id')[0]"
                : "document.querySelector('[rel=self]')";
        assertEquals(quoted(words.label()), pseudo(self, "::before"), feed);
        assertTrue((Double) js("return " + self + ".getBoundingClientRect().height + 0.5;") > 10, feed + ": the address is on the page");

        Files.createDirectories(SCREENSHOTS);
        Path file = SCREENSHOTS.resolve("feed-chromium-" + type.replace('/', '-') + "-" + feed.replace('/', '-').replace(".xml", ".png"));
        Files.write(file, chromium.getScreenshotAs(OutputType.BYTES));
        BufferedImage shot = ImageIO.read(file.toFile());
        assertTrue(HeadlessBrowsers.colours(shot) > 50, feed + " is no blank page: " + file);
        assertTrue(HeadlessBrowsers.pixelsNear(shot, ACCENT, 24) > 500, feed + " is styled by feed.css: " + file);
    }

    private static String pseudo(String element, String which) {
        return (String) js("return getComputedStyle(" + element + ", '" + which + "').content;");
    }

    private static String quoted(String words) {
        return '"' + words + '"';
    }

    private static Object js(String script) {
        return chromium.executeScript(script);
    }

    /** Serves the output folder: a feed with the type its address asks for ({@code ?type=}), by default as XML. */
    private static void serve(HttpExchange exchange) throws IOException {
        URI uri = exchange.getRequestURI();
        Path file = out.resolve(uri.getPath().substring(1)).normalize();
        if (!file.startsWith(out) || !Files.isRegularFile(file)) {
            // a browser asks every site for its icon, which is no part of the feeds
            exchange.sendResponseHeaders(uri.getPath().equals("/favicon.ico") ? 204 : 404, -1);
            exchange.close();
            return;
        }
        String query = uri.getQuery() == null ? "" : uri.getQuery();
        String type = file.toString().endsWith(".css") ? "text/css; charset=utf-8"
                : query.startsWith("type=") ? query.substring(5) : "application/xml";
        byte[] body = Files.readAllBytes(file);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream o = exchange.getResponseBody()) {
            o.write(body);
        }
    }

    /** What the feed says, read with an XML parser: its title and address, and its first entry's title and summary. */
    record Feed(String title, String self, String firstTitle, String firstSummary) {
        static Feed read(Path file) throws Exception {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            Element root = factory.newDocumentBuilder().parse(new ByteArrayInputStream(Files.readAllBytes(file))).getDocumentElement();
            String atom = "http://www.w3.org/2005/Atom";
            if (root.getLocalName().equals("feed")) {
                Element entry = (Element) root.getElementsByTagNameNS(atom, "entry").item(0);
                return new Feed(child(root, atom, "title"), child(root, atom, "id"), child(entry, atom, "title"), child(entry, atom, "summary"));
            }
            Element channel = (Element) root.getElementsByTagName("channel").item(0);
            Element item = (Element) channel.getElementsByTagName("item").item(0);
            String self = ((Element) channel.getElementsByTagNameNS(atom, "link").item(0)).getAttribute("href");
            return new Feed(child(channel, "", "title"), self, child(item, "", "title"), child(item, "", "description"));
        }

        private static String child(Element parent, String namespace, String name) {
            for (var n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e && e.getLocalName().equals(name) && namespace.equals(e.getNamespaceURI() == null ? "" : e.getNamespaceURI())) {
                    return e.getTextContent();
                }
            }
            throw new AssertionError("no " + name + " in " + parent.getLocalName());
        }
    }
}
