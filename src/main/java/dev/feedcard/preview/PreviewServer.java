package dev.feedcard.preview;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.feedcard.build.SiteOutline;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The local server of {@code feedcard serve}, on the JDK's own HTTP server: the output folder as a production server
 * would send it (feed types, {@code ETag}, {@code Last-Modified}, 304 answers to conditional requests), the preview
 * page at {@code /preview/}, and at {@value #VERSION_PATH} the number of the build the page shows, which the page
 * polls to reload itself after a rebuild.
 *
 * <p>After a failed build the last good output is still served, and the preview page shows the errors.
 */
public final class PreviewServer implements AutoCloseable {
    public static final String VERSION_PATH = "/_feedcard/version";
    private static final String PAGE_PATH = "/preview/";

    /** What the server shows: the last good build, and the errors of a later failed one. */
    private record State(StaticFiles files, SiteOutline outline, List<String> errors, long version, boolean building, Instant changed) {
    }

    private record Page(long version, Resource resource) {
    }

    private final HttpServer server;
    private final ExecutorService threads;
    private final AtomicReference<State> state;
    private final AtomicReference<Page> page = new AtomicReference<>();

    /**
     * Binds the address (port 0 picks a free port) and starts answering.
     *
     * @param out the output folder to serve until the first build says otherwise
     */
    public PreviewServer(InetSocketAddress address, Path out) throws IOException {
        this.state = new AtomicReference<>(new State(new StaticFiles(out), null, List.of(), 0, true, Instant.now()));
        this.server = HttpServer.create(address, 64);
        this.threads = Executors.newFixedThreadPool(6, r -> {
            Thread t = new Thread(r, "feedcard-http");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    /** The port answering, useful after asking for port 0. */
    public int port() {
        return server.getAddress().getPort();
    }

    /** A good build: serve its output folder and show what it published. */
    public void published(Path out, SiteOutline outline) {
        state.updateAndGet(s -> new State(new StaticFiles(out), outline, List.of(), s.version() + 1, false, Instant.now()));
    }

    /** A failed build: keep serving the last good output, and show these errors on the preview page. */
    public void failed(List<String> errors) {
        state.updateAndGet(s -> new State(s.files(), s.outline(), List.copyOf(errors), s.version() + 1, false, Instant.now()));
    }

    /** A rebuild has started (the page shows it). */
    public void building() {
        state.updateAndGet(s -> new State(s.files(), s.outline(), s.errors(), s.version(), true, s.changed()));
    }

    /** The number of the build the page shows; it grows with every build, good or failed. */
    public long version() {
        return state.get().version();
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                plain(exchange, 405, "Only GET and HEAD are answered here.");
                return;
            }
            String path = exchange.getRequestURI().getRawPath();
            State s = state.get();
            if (path.equals(VERSION_PATH)) {
                exchange.getResponseHeaders().set("Cache-Control", "no-store");
                send(exchange, 200, "application/json; charset=utf-8",
                        ("{\"version\":" + s.version() + ",\"building\":" + s.building() + "}").getBytes(StandardCharsets.UTF_8));
            } else if (path.equals("/preview")) {
                redirect(exchange, PAGE_PATH);
            } else if (path.equals(PAGE_PATH) || path.equals("/" + PreviewPage.PATH)) {
                answer(exchange, page(s));
            } else {
                files(exchange, s.files(), path);
            }
        } catch (RuntimeException e) {
            // a request must never take the server down; the browser gets a 500
            try {
                plain(exchange, 500, "feedcard could not answer: " + e);
            } catch (IOException | RuntimeException ignored) {
                // the response was already under way
            }
        }
    }

    private void files(HttpExchange exchange, StaticFiles files, String path) throws IOException {
        StaticFiles.Lookup found = files.lookup(path);
        if (found instanceof StaticFiles.Found f) {
            Resource file = StaticFiles.read(f.file());
            if (MediaTypes.isXmlFeed(file.type())) {
                exchange.getResponseHeaders().set("Vary", "Accept");
                if (wantsPage(exchange)) file = file.as(MediaTypes.XML, "page");
            }
            answer(exchange, file);
        } else if (found instanceof StaticFiles.RedirectToFolder r) {
            redirect(exchange, r.location());
        } else if (path.equals("/")) {
            redirect(exchange, PAGE_PATH);
        } else if (path.equals("/favicon.ico")) {
            // browsers ask for it on every page (a feed opened through feed.xsl too): no icon, and no error in their console
            exchange.getResponseHeaders().set("Cache-Control", "no-cache");
            exchange.sendResponseHeaders(204, -1);
        } else {
            plain(exchange, 404, "Not found: " + path + " is not in the output folder.");
        }
    }

    /**
     * Whether the request is a browser opening a page (its Accept header names text/html). Browsers show an Atom or
     * RSS feed sent with its own type as plain text (Chromium) or offer to download it, and apply the feed's
     * {@code xml-stylesheet} (feed.xsl) only to a document sent as XML: such a request gets the feed as
     * {@code application/xml}; feed readers, which do not ask for HTML, get the feed's own type.
     */
    private static boolean wantsPage(HttpExchange exchange) {
        String accept = exchange.getRequestHeaders().getFirst("Accept");
        return accept != null && accept.toLowerCase(Locale.ROOT).contains("text/html");
    }

    private Resource page(State s) {
        Page cached = page.get();
        if (cached != null && cached.version() == s.version()) return cached.resource();
        PreviewPage.Live live = new PreviewPage.Live(s.version(), s.errors());
        String html = s.outline() == null ? PreviewPage.failure(live) : new PreviewPage(s.outline()).html(live);
        Resource resource = Resource.text(html, "text/html; charset=utf-8", s.changed());
        page.set(new Page(s.version(), resource));
        return resource;
    }

    /** Sends a resource, or 304 when the request's validators show the client has it already. */
    private static void answer(HttpExchange exchange, Resource r) throws IOException {
        var headers = exchange.getResponseHeaders();
        headers.set("ETag", r.etag());
        headers.set("Last-Modified", r.lastModifiedHeader());
        headers.set("Cache-Control", "no-cache");
        var request = exchange.getRequestHeaders();
        if (r.notModified(request.getFirst("If-None-Match"), request.getFirst("If-Modified-Since"))) {
            exchange.sendResponseHeaders(304, -1);
            return;
        }
        send(exchange, 200, r.type(), r.body());
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        if (exchange.getRequestMethod().equalsIgnoreCase("HEAD")) {
            exchange.getResponseHeaders().set("Content-Length", Integer.toString(body.length));
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static void plain(HttpExchange exchange, int status, String message) throws IOException {
        send(exchange, status, "text/plain; charset=utf-8", (message + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        exchange.sendResponseHeaders(302, -1);
    }
}
