package dev.attache.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.attache.core.Attache;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The operations endpoints of {@code attache serve}, on the loopback interface only (127.0.0.1):
 * {@code GET /healthz} answers 200 with {@code {"status":"ok","articles":N,"uptime_s":S}} while the
 * library is open and 503 otherwise; {@code GET /metrics} gives every meter in the Prometheus text
 * format. Nothing else is served, and nothing here can change the library. Built on the JDK's
 * HTTP server, one daemon thread.
 */
public final class OpsServer implements AutoCloseable {

    public static final String PROMETHEUS_CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";
    private static final Logger log = LoggerFactory.getLogger(OpsServer.class);

    private final HttpServer server;
    private final ExecutorService thread;
    private final Attache attache;
    private final PrometheusMeterRegistry registry;
    private final long startedNanos = System.nanoTime();
    private final ObjectMapper json = new ObjectMapper();

    private OpsServer(HttpServer server, ExecutorService thread, Attache attache, PrometheusMeterRegistry registry) {
        this.server = server;
        this.thread = thread;
        this.attache = attache;
        this.registry = registry;
    }

    /** Starts serving on 127.0.0.1:{@code port} ({@code 0}: any free port, see {@link #port()}). */
    public static OpsServer start(int port, Attache attache, PrometheusMeterRegistry registry) throws IOException {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("ATTACHE_METRICS_PORT must be between 0 and 65535, not " + port);
        }
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 16);
        } catch (java.net.BindException e) {
            throw new IOException("port " + port + " on 127.0.0.1 is in use: set ATTACHE_METRICS_PORT to a free port,"
                    + " or to 0 to turn /healthz and /metrics off", e);
        }
        ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "attache-ops-http");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(thread);
        OpsServer ops = new OpsServer(server, thread, attache, registry);
        server.createContext("/healthz", ops::healthz);
        server.createContext("/metrics", ops::metrics);
        server.createContext("/", ex -> ops.send(ex, 404, "text/plain; charset=utf-8", "not found: try /healthz or /metrics\n"));
        server.start();
        log.info("ops endpoints listening address=http://127.0.0.1:{} paths=/healthz,/metrics", ops.port());
        return ops;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private void healthz(HttpExchange ex) throws IOException {
        if (!allowGet(ex)) {
            return;
        }
        ObjectNode body = json.createObjectNode();
        int status;
        try {
            long articles = attache.stats().articles();
            body.put("status", "ok").put("articles", articles);
            status = 200;
        } catch (RuntimeException e) {
            body.put("status", "unavailable").put("error", e.getClass().getSimpleName());
            status = 503;
        }
        body.put("uptime_s", Duration.ofNanos(System.nanoTime() - startedNanos).toSeconds());
        send(ex, status, "application/json", json.writeValueAsString(body) + "\n");
    }

    private void metrics(HttpExchange ex) throws IOException {
        if (!allowGet(ex)) {
            return;
        }
        String text;
        try {
            text = registry.scrape();
        } catch (RuntimeException e) {
            log.error("metrics scrape failed", e);
            send(ex, 500, "text/plain; charset=utf-8", "scrape failed\n");
            return;
        }
        send(ex, 200, PROMETHEUS_CONTENT_TYPE, text);
    }

    private boolean allowGet(HttpExchange ex) throws IOException {
        String method = ex.getRequestMethod();
        if (method.equals("GET") || method.equals("HEAD")) {
            return true;
        }
        ex.getResponseHeaders().set("Allow", "GET, HEAD");
        send(ex, 405, "text/plain; charset=utf-8", "method not allowed\n");
        return false;
    }

    private void send(HttpExchange ex, int status, String contentType, String body) throws IOException {
        try (ex) {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("Content-Type", contentType);
            ex.getResponseHeaders().set("Cache-Control", "no-store");
            boolean head = ex.getRequestMethod().equals("HEAD");
            ex.sendResponseHeaders(status, head ? -1 : bytes.length);
            if (!head) {
                try (OutputStream out = ex.getResponseBody()) {
                    out.write(bytes);
                }
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        thread.shutdownNow();
    }
}
