package dev.feedcard.preview;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.feedcard.build.SiteOutline;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The local server of {@code feedcard serve}, on the JDK's own HTTP server: the output folder as a production server
 * would send it (feed types, {@code ETag}, {@code Last-Modified}, 304 answers to conditional requests), the preview
 * page at {@code /preview/}, and at {@value #VERSION_PATH} the number of the build the page shows, which the page
 * polls to reload itself after a rebuild.
 *
 * <p>After a failed build the last good output is still served, and the preview page shows the errors.
 *
 * <p>Only requests naming this machine in their {@code Host} header are answered (see {@link AllowedHosts}); the
 * others get 421. A client that sends its request too slowly, or stops reading its response, is cut off after a
 * timeout (see {@link GuardedThreads}), and files are sent from disk a piece at a time, whatever their size.
 */
public final class PreviewServer implements AutoCloseable {
    public static final String VERSION_PATH = "/_feedcard/version";
    private static final String PAGE_PATH = "/preview/";

    /** What the server shows: the last good build, and the errors of a later failed one. */
    private record State(StaticFiles files, SiteOutline outline, List<String> errors, long version, boolean building, Instant changed) {
    }

    private record Page(long version, Resource resource) {
    }

    /**
     * How many requests are answered at once (more wait for a free thread), how long a client has to send its
     * request line and headers, and how long a response may go without the client taking any of it.
     */
    record Limits(int threads, Duration headerTimeout, Duration idleTimeout) {
        static final Limits DEFAULT = new Limits(32, Duration.ofSeconds(10), Duration.ofSeconds(30));
    }

    private final HttpServer server;
    private final GuardedThreads threads;
    private final AllowedHosts hosts;
    private final AtomicReference<State> state;
    private final AtomicReference<Page> page = new AtomicReference<>();

    /**
     * Binds the address (port 0 picks a free port) and starts answering.
     *
     * @param out the output folder to serve until the first build says otherwise
     */
    public PreviewServer(InetSocketAddress address, Path out) throws IOException {
        this(address, out, Limits.DEFAULT);
    }

    PreviewServer(InetSocketAddress address, Path out, Limits limits) throws IOException {
        this.state = new AtomicReference<>(new State(new StaticFiles(out), null, List.of(), 0, true, Instant.now()));
        this.hosts = new AllowedHosts(address.getHostString());
        this.server = HttpServer.create(address, 64);
        this.threads = new GuardedThreads(limits.threads(), limits.headerTimeout(), limits.idleTimeout());
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
        threads.close();
    }

    private void handle(HttpExchange exchange) throws IOException {
        threads.progressed(); // the request line and headers are in: from now on the response must keep moving
        try (exchange) {
            if (!hosts.allows(exchange.getRequestHeaders().getFirst("Host"))) {
                // a page whose address only resolves here (DNS rebinding) must not read the blog or its errors
                plain(exchange, 421, "This is feedcard's preview server: open it as http://localhost:" + port() + "/ (or the --host it listens on).");
                return;
            }
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
            try (Resource opened = StaticFiles.open(f.file())) {
                Resource file = opened;
                if (MediaTypes.isXmlFeed(file.type())) {
                    exchange.getResponseHeaders().set("Vary", "Accept");
                    if (wantsPage(exchange)) file = file.as(MediaTypes.XML, "page");
                }
                answer(exchange, file);
            }
        } else if (found instanceof StaticFiles.RedirectToFolder r) {
            redirect(exchange, r.location());
        } else if (path.equals("/")) {
            redirect(exchange, PAGE_PATH);
        } else if (path.equals("/favicon.ico")) {
            // browsers ask for it on every page (a feed opened through feed.css too): no icon, and no error in their console
            exchange.getResponseHeaders().set("Cache-Control", "no-cache");
            exchange.sendResponseHeaders(204, -1);
        } else {
            plain(exchange, 404, "Not found: " + path + " is not in the output folder.");
        }
    }

    /**
     * Whether the request is a browser opening a page (its Accept header names text/html). Browsers show an Atom or
     * RSS feed sent with its own type as plain text (Chromium) or offer to download it, and apply the feed's
     * {@code xml-stylesheet} (feed.css) only to a document sent as XML: such a request gets the feed as
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
    private void answer(HttpExchange exchange, Resource r) throws IOException {
        var headers = exchange.getResponseHeaders();
        headers.set("ETag", r.etag());
        headers.set("Last-Modified", r.lastModifiedHeader());
        headers.set("Cache-Control", "no-cache");
        var request = exchange.getRequestHeaders();
        if (r.notModified(request.getFirst("If-None-Match"), request.getFirst("If-Modified-Since"))) {
            exchange.sendResponseHeaders(304, -1);
            return;
        }
        send(exchange, 200, r);
    }

    private void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        send(exchange, status, Resource.of(body, type, Instant.EPOCH));
    }

    /** Sends the resource's type and bytes (no validators); a file a piece at a time, each piece resetting the idle timeout. */
    private void send(HttpExchange exchange, int status, Resource r) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", r.type());
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        long length = r.body().length();
        if (exchange.getRequestMethod().equalsIgnoreCase("HEAD")) {
            exchange.getResponseHeaders().set("Content-Length", Long.toString(length));
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, length == 0 ? -1 : length);
        try (OutputStream out = exchange.getResponseBody()) {
            r.writeTo(out, threads::progressed);
        }
    }

    private void plain(HttpExchange exchange, int status, String message) throws IOException {
        send(exchange, status, "text/plain; charset=utf-8", (message + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        exchange.sendResponseHeaders(302, -1);
    }
}
