package dev.feedcard.preview;

import dev.feedcard.Fixtures;
import dev.feedcard.build.SiteOutline;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PreviewServerTest {
    @TempDir
    Path dir;
    Path out;
    PreviewServer server;
    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeEach
    void start() throws IOException {
        out = dir.resolve("out");
        Fixtures.write(out, "atom.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<?xml-stylesheet href=\"/feed.xsl\" type=\"text/xsl\"?>\n"
                + "<!-- made by feedcard -->\n<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>é</title></feed>\n");
        Fixtures.write(out, "rss.xml", "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel/></rss>\n");
        Fixtures.write(out, "tags/java/index.xml", "<feed xmlns=\"http://www.w3.org/2005/Atom\"/>\n");
        Fixtures.write(out, "sitemap.xml", "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"/>\n");
        Fixtures.write(out, "feed.json", "{\"version\": \"https://jsonfeed.org/version/1.1\", \"title\": \"x\", \"items\": []}\n");
        Fixtures.write(out, "data.json", "{\"a\": 1}\n");
        Fixtures.write(out, "feed.xsl", "<xsl:stylesheet version=\"1.0\" xmlns:xsl=\"http://www.w3.org/1999/XSL/Transform\"/>\n");
        Fixtures.write(out, "blog/index.html", "<!doctype html><title>blog</title>\n");
        Fixtures.write(out, ".feedcard/manifest.txt", "atom.xml\n");
        Files.write(out.resolve("cards.jpg"), new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0});
        Fixtures.write(dir, "secret.txt", "not to be served");
        server = new PreviewServer(new InetSocketAddress("127.0.0.1", 0), out);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<byte[]> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
        if (headers.length > 0) request.headers(headers);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private String type(String path) throws Exception {
        HttpResponse<byte[]> r = get(path);
        assertEquals(200, r.statusCode(), path);
        return r.headers().firstValue("Content-Type").orElse("");
    }

    @Test
    void feedsAndFilesAreSentWithTheirTypes() throws Exception {
        assertEquals("application/atom+xml; charset=utf-8", type("/atom.xml"));
        assertEquals("application/rss+xml; charset=utf-8", type("/rss.xml"));
        assertEquals("application/atom+xml; charset=utf-8", type("/tags/java/index.xml"), "a feed is known by its root element");
        assertEquals("application/xml; charset=utf-8", type("/sitemap.xml"));
        assertEquals("application/feed+json; charset=utf-8", type("/feed.json"));
        assertEquals("application/json; charset=utf-8", type("/data.json"));
        assertEquals("text/xsl; charset=utf-8", type("/feed.xsl"));
        assertEquals("image/jpeg", type("/cards.jpg"));
        assertEquals("text/html; charset=utf-8", type("/blog/"));
        assertEquals("<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>é</title></feed>",
                new String(get("/atom.xml").body(), StandardCharsets.UTF_8).lines().filter(l -> l.startsWith("<feed")).findFirst().orElseThrow());
    }

    @Test
    void aBrowserOpeningAFeedGetsItAsXmlSoThatItsStylesheetApplies() throws Exception {
        String browser = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";
        HttpResponse<byte[]> page = get("/atom.xml", "Accept", browser);
        assertEquals("application/xml; charset=utf-8", page.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("Accept", page.headers().firstValue("Vary").orElseThrow());
        HttpResponse<byte[]> reader = get("/atom.xml", "Accept", "application/atom+xml, application/rss+xml;q=0.9, */*;q=0.1");
        assertEquals("application/atom+xml; charset=utf-8", reader.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("Accept", reader.headers().firstValue("Vary").orElseThrow());
        assertEquals("application/rss+xml; charset=utf-8", get("/rss.xml", "Accept", "*/*").headers().firstValue("Content-Type").orElseThrow());
        String pageTag = page.headers().firstValue("ETag").orElseThrow();
        String readerTag = reader.headers().firstValue("ETag").orElseThrow();
        assertNotEquals(pageTag, readerTag, "two representations, two entity tags");
        assertEquals(304, get("/atom.xml", "Accept", browser, "If-None-Match", pageTag).statusCode());
        assertEquals(200, get("/atom.xml", "If-None-Match", pageTag).statusCode());
    }

    @Test
    void conditionalRequestsAreAnsweredWith304UntilTheFileChanges() throws Exception {
        HttpResponse<byte[]> first = get("/atom.xml");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();
        assertTrue(etag.matches("\"[0-9a-f]{32}\""), etag);

        HttpResponse<byte[]> again = get("/atom.xml", "If-None-Match", etag);
        assertEquals(304, again.statusCode());
        assertEquals(0, again.body().length);
        assertEquals(etag, again.headers().firstValue("ETag").orElseThrow());
        assertEquals(304, get("/atom.xml", "If-None-Match", "\"other\", W/" + etag).statusCode(), "weak comparison, any tag of a list");
        assertEquals(304, get("/atom.xml", "If-Modified-Since", lastModified).statusCode());
        assertEquals(200, get("/atom.xml", "If-None-Match", "\"other\"", "If-Modified-Since", lastModified).statusCode(),
                "If-None-Match decides when both are sent");
        assertEquals(200, get("/atom.xml", "If-Modified-Since", "Mon, 01 Jan 2001 00:00:00 GMT").statusCode());

        Fixtures.write(out, "atom.xml", "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>new</title></feed>\n");
        Files.setLastModifiedTime(out.resolve("atom.xml"), FileTime.from(Instant.now().plusSeconds(5)));
        HttpResponse<byte[]> changed = get("/atom.xml", "If-None-Match", etag);
        assertEquals(200, changed.statusCode());
        assertNotEquals(etag, changed.headers().firstValue("ETag").orElseThrow());
        assertEquals(200, get("/atom.xml", "If-Modified-Since", lastModified).statusCode());
    }

    @Test
    void headAnswersWithoutABodyAndOtherMethodsAreRefused() throws Exception {
        HttpResponse<byte[]> head = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/rss.xml"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, head.statusCode());
        assertEquals(0, head.body().length);
        assertTrue(head.headers().firstValue("ETag").isPresent());
        HttpResponse<byte[]> post = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/rss.xml"))
                .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(405, post.statusCode());
    }

    @Test
    void nothingOutsideTheOutputFolderIsServed() throws Exception {
        for (String path : List.of("/../secret.txt", "/%2e%2e/secret.txt", "/blog/..%2f..%2fsecret.txt", "/..%5csecret.txt",
                "/.feedcard/manifest.txt", "/%00atom.xml", "/blog/../../secret.txt")) {
            String answer = raw("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
            assertTrue(answer.startsWith("HTTP/1.1 404") || answer.startsWith("HTTP/1.1 400"), path + ": " + answer.lines().findFirst().orElse(""));
            assertFalse(answer.contains("not to be served"), path);
        }
        try {
            Files.createSymbolicLink(out.resolve("link.txt"), dir.resolve("secret.txt"));
        } catch (UnsupportedOperationException | IOException e) {
            return; // no symbolic links on this file system
        }
        assertEquals(404, get("/link.txt").statusCode());
    }

    @Test
    void aFolderWithoutItsSlashIsRedirectedAndTheRootGoesToThePreview() throws Exception {
        HttpResponse<byte[]> folder = get("/blog");
        assertEquals(302, folder.statusCode());
        assertEquals("/blog/", folder.headers().firstValue("Location").orElseThrow());
        assertEquals("/preview/", get("/").headers().firstValue("Location").orElseThrow());
        assertEquals("/preview/", get("/preview").headers().firstValue("Location").orElseThrow());
        assertEquals(404, get("/missing.xml").statusCode());
        assertEquals(204, get("/favicon.ico").statusCode(), "no icon, but no error in the browser's console either");
    }

    @Test
    void theVersionGrowsWithEveryBuildAndAFailureKeepsTheLastGoodOutput() throws Exception {
        assertEquals("{\"version\":0,\"building\":true}", new String(get(PreviewServer.VERSION_PATH).body(), StandardCharsets.UTF_8));
        assertTrue(new String(get("/preview/").body(), StandardCharsets.UTF_8).contains("The first build is running"));

        SiteOutline outline = PreviewPageTest.outline();
        server.published(out, outline);
        assertEquals("{\"version\":1,\"building\":false}", new String(get(PreviewServer.VERSION_PATH).body(), StandardCharsets.UTF_8));
        HttpResponse<byte[]> page = get("/preview/");
        assertEquals("text/html; charset=utf-8", page.headers().firstValue("Content-Type").orElseThrow());
        String html = new String(page.body(), StandardCharsets.UTF_8);
        assertTrue(html.contains("data-version=\"1\""), "the page knows which build it shows");
        assertTrue(html.contains("/_feedcard/version"), "the served page polls for rebuilds");
        assertEquals(304, get("/preview/", "If-None-Match", page.headers().firstValue("ETag").orElseThrow()).statusCode());

        server.failed(List.of("posts/a.md:3: error: 'date' is not a date"));
        String failed = new String(get("/preview/").body(), StandardCharsets.UTF_8);
        assertTrue(failed.contains("The last build failed"), failed);
        assertTrue(failed.contains("posts/a.md:3: error: &#39;date&#39; is not a date") || failed.contains("posts/a.md:3: error: 'date' is not a date"));
        assertTrue(failed.contains("A title that runs on"), "the last good build's posts are still shown");
        assertEquals(200, get("/atom.xml").statusCode(), "the last good output is still served");
        assertTrue(new String(get(PreviewServer.VERSION_PATH).body(), StandardCharsets.UTF_8).contains("\"version\":2"));
    }

    @Test
    void requestsNamingAnotherHostAreRefusedSoThatARebindingPageCannotReadTheBlog() throws Exception {
        int port = server.port();
        for (String host : List.of("localhost:" + port, "127.0.0.1:" + port, "[::1]:" + port, "LocalHost:" + port, "localhost", "127.0.0.1")) {
            String answer = raw("GET /blog/ HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n");
            assertTrue(answer.startsWith("HTTP/1.1 200"), host + ": " + answer);
            assertTrue(answer.contains("<title>blog</title>"), host);
        }
        for (String host : List.of("attacker.example", "attacker.example:" + port, "localhost.attacker.example:" + port, "127.0.0.1.nip.io:" + port, "")) {
            for (String path : List.of("/blog/", "/preview/", PreviewServer.VERSION_PATH, "/atom.xml")) {
                String answer = raw("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n");
                assertTrue(answer.startsWith("HTTP/1.1 421"), host + path + ": " + answer);
                for (String fromTheBlog : List.of("<title>blog</title>", "\"version\"", "<feed", "<html")) {
                    assertFalse(answer.contains(fromTheBlog), host + path + ": " + answer);
                }
            }
        }
        String noHost = raw("GET /blog/ HTTP/1.0\r\n\r\n");
        assertTrue(noHost.startsWith("HTTP/1.1 421"), noHost);
    }

    @Test
    void theHostNamedWithHostIsAnsweredToo() throws Exception {
        server.close();
        server = new PreviewServer(new InetSocketAddress(InetAddress.getByAddress("devbox.test", new byte[]{127, 0, 0, 1}), 0), out);
        String named = raw("GET /blog/ HTTP/1.1\r\nHost: devbox.test:" + server.port() + "\r\nConnection: close\r\n\r\n");
        assertTrue(named.startsWith("HTTP/1.1 200"), named);
        String other = raw("GET /blog/ HTTP/1.1\r\nHost: otherbox.test:" + server.port() + "\r\nConnection: close\r\n\r\n");
        assertTrue(other.startsWith("HTTP/1.1 421"), other);
    }

    @Test
    void clientsThatSendHalfARequestAndWaitDoNotKeepOthersWaiting() throws Exception {
        List<Socket> idle = new ArrayList<>();
        try {
            for (int i = 0; i < 12; i++) {
                Socket s = new Socket("127.0.0.1", server.port());
                s.getOutputStream().write("GET /atom.xml HTTP/1.1\r\n".getBytes(StandardCharsets.ISO_8859_1));
                s.getOutputStream().flush();
                idle.add(s);
            }
            Thread.sleep(300);
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/atom.xml"))
                    .timeout(Duration.ofSeconds(5)).build();
            assertEquals(200, http.send(request, HttpResponse.BodyHandlers.ofByteArray()).statusCode());
        } finally {
            for (Socket s : idle) s.close();
        }
    }

    @Test
    void moreHalfSentRequestsThanThreadsAreCutOffAfterTheHeaderTimeout() throws Exception {
        server.close();
        server = new PreviewServer(new InetSocketAddress("127.0.0.1", 0), out, new PreviewServer.Limits(2, Duration.ofSeconds(1), Duration.ofSeconds(1)));
        List<Socket> slow = new ArrayList<>();
        try {
            for (int i = 0; i < 6; i++) {
                Socket s = new Socket("127.0.0.1", server.port());
                s.setSoTimeout(10_000);
                s.getOutputStream().write("GET /atom.xml HTTP/1.1\r\nHost: localhost\r\nX-Slow: ".getBytes(StandardCharsets.ISO_8859_1));
                s.getOutputStream().flush();
                slow.add(s);
            }
            Thread.sleep(200);
            long start = System.nanoTime();
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/atom.xml"))
                    .timeout(Duration.ofSeconds(8)).build();
            assertEquals(200, http.send(request, HttpResponse.BodyHandlers.ofByteArray()).statusCode(),
                    "answered once the six slow clients were cut off, two at a time");
            assertTrue(System.nanoTime() - start > Duration.ofMillis(900).toNanos(), "two threads, both held: the client had to wait for a timeout");
            for (Socket s : slow) {
                assertEquals(-1, readUntilClosed(s), "a half-sent request gets its connection closed, not an answer");
            }
        } finally {
            for (Socket s : slow) s.close();
        }
    }

    @Test
    void aClientThatStopsReadingIsCutOffAfterTheIdleTimeout() throws Exception {
        server.close();
        server = new PreviewServer(new InetSocketAddress("127.0.0.1", 0), out, new PreviewServer.Limits(1, Duration.ofSeconds(1), Duration.ofSeconds(1)));
        long size = 256L * 1024 * 1024;
        try (RandomAccessFile file = new RandomAccessFile(out.resolve("big.bin").toFile(), "rw")) {
            file.setLength(size);
        }
        try (Socket stalled = new Socket("127.0.0.1", server.port())) {
            stalled.setReceiveBufferSize(64 * 1024);
            stalled.setSoTimeout(10_000);
            stalled.getOutputStream().write("GET /big.bin HTTP/1.1\r\nHost: localhost\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            stalled.getOutputStream().flush();
            Thread.sleep(200);
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/atom.xml"))
                    .timeout(Duration.ofSeconds(8)).build();
            assertEquals(200, http.send(request, HttpResponse.BodyHandlers.ofByteArray()).statusCode(),
                    "the only thread is freed from the client that stopped reading");
            long received = 0;
            byte[] buffer = new byte[65536];
            for (int n; (n = stalled.getInputStream().read(buffer)) > 0; ) received += n;
            assertTrue(received < size, "the stalled response was cut off after " + received + " bytes");
        }
    }

    /** Reads what the server sends until it closes the connection: -1, or what ended the wait. */
    private static int readUntilClosed(Socket s) {
        try {
            int last;
            while ((last = s.getInputStream().read()) >= 0) {
                // whatever comes before the close
            }
            return last;
        } catch (java.net.SocketException e) {
            return -1; // reset by the server: closed as well
        } catch (IOException e) {
            return -2; // the read timed out: still open
        }
    }

    @Test
    void aLargeFileIsStreamedToSeveralClientsAtOnceWithoutBeingHeldInMemory() throws Exception {
        long size = 1536L * 1024 * 1024;
        try (RandomAccessFile file = new RandomAccessFile(out.resolve("video.bin").toFile(), "rw")) {
            file.setLength(size); // sparse: takes no room on disk
        }
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        long before = runtime.totalMemory() - runtime.freeMemory();
        AtomicLong peak = new AtomicLong(before);
        ExecutorService clients = Executors.newFixedThreadPool(3);
        try {
            List<Future<long[]>> downloads = new ArrayList<>();
            for (int i = 0; i < 3; i++) downloads.add(clients.submit(() -> download("/video.bin")));
            while (!downloads.stream().allMatch(Future::isDone)) {
                peak.accumulateAndGet(runtime.totalMemory() - runtime.freeMemory(), Math::max);
                Thread.sleep(20);
            }
            for (Future<long[]> d : downloads) {
                long[] got = d.get();
                assertEquals(200, got[0]);
                assertEquals(size, got[1], "Content-Length");
                assertEquals(size, got[2], "bytes received");
            }
        } finally {
            clients.shutdownNow();
        }
        long grown = peak.get() - before;
        assertTrue(grown < size / 4, "the heap grew by " + grown / (1024 * 1024) + " MB while sending a " + size / (1024 * 1024) + " MB file");
        String head = raw("HEAD /video.bin HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertTrue(head.startsWith("HTTP/1.1 200") && head.contains("Content-length: " + size), head);
    }

    /** GETs a path over a raw connection, counting the body's bytes instead of keeping them: {status, Content-Length, bytes}. */
    private long[] download(String path) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(60_000);
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            InputStream in = new BufferedInputStream(socket.getInputStream(), 65536);
            StringBuilder head = new StringBuilder();
            while (!head.toString().endsWith("\r\n\r\n")) {
                int c = in.read();
                if (c < 0) throw new IOException("closed in the headers: " + head);
                head.append((char) c);
            }
            long status = Long.parseLong(head.substring(9, 12));
            long length = head.toString().lines().filter(l -> l.toLowerCase(Locale.ROOT).startsWith("content-length:"))
                    .mapToLong(l -> Long.parseLong(l.substring(15).strip())).findFirst().orElse(-1);
            byte[] buffer = new byte[65536];
            long received = 0;
            for (int n; (n = in.read(buffer)) > 0; ) received += n;
            return new long[]{status, length, received};
        }
    }

    private String raw(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            OutputStream o = socket.getOutputStream();
            o.write(request.getBytes(StandardCharsets.ISO_8859_1));
            o.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }
}
