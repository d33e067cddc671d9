package dev.attache.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.attache.core.ops.FetchPolicy;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UrlFetcherTest {

    private HttpServer server;
    private ExecutorService executor;
    private String base;
    private final FetchPolicy allowLocal = new FetchPolicy(Duration.ofSeconds(2), 64 * 1024, 3, Set.of("127.0.0.1"));

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        executor = Executors.newCachedThreadPool();
        server.setExecutor(executor);
        server.createContext("/ok", ex -> respond(ex, 200, "text/html; charset=utf-8", "<p>Hello.</p>"));
        server.createContext("/hop", ex -> {
            int n = Integer.parseInt(ex.getRequestURI().getQuery());
            ex.getResponseHeaders().add("Location", n == 0 ? "/ok" : "/hop?" + (n - 1));
            respond(ex, 302, "text/html", "");
        });
        server.createContext("/big", ex -> respond(ex, 200, "text/plain", "x".repeat(200 * 1024)));
        server.createContext("/pdf", ex -> respond(ex, 200, "application/pdf", "%PDF-1.4"));
        server.createContext("/missing", ex -> respond(ex, 404, "text/html", "no"));
        server.createContext("/slow", ex -> {
            try {
                Thread.sleep(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            respond(ex, 200, "text/html", "late");
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
        executor.shutdownNow();
    }

    private static void respond(HttpExchange ex, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", type);
        ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Test
    void fetchesAnAllowedPageWithItsTypeAndCharset() {
        try (UrlFetcher fetcher = new UrlFetcher(allowLocal)) {
            FetchedPage page = fetcher.fetch(base + "/ok");
            assertThat(page.finalUrl()).isEqualTo(base + "/ok");
            assertThat(page.contentType()).isEqualTo("text/html");
            assertThat(page.charset()).isEqualTo("utf-8");
            assertThat(new String(page.bytes(), StandardCharsets.UTF_8)).isEqualTo("<p>Hello.</p>");
        }
    }

    @Test
    void followsARedirectChainWithinTheLimitAndReportsTheFinalUrl() {
        try (UrlFetcher fetcher = new UrlFetcher(allowLocal)) {
            assertThat(fetcher.fetch(base + "/hop?2").finalUrl()).isEqualTo(base + "/ok");
        }
    }

    @Test
    void refusesTooManyRedirects() {
        try (UrlFetcher fetcher = new UrlFetcher(allowLocal)) {
            assertThatThrownBy(() -> fetcher.fetch(base + "/hop?5")).isInstanceOf(FetchException.class)
                    .hasMessageContaining("Too many redirects");
        }
    }

    @Test
    void stopsReadingAPageBeyondTheSizeLimit() {
        try (UrlFetcher fetcher = new UrlFetcher(allowLocal)) {
            assertThatThrownBy(() -> fetcher.fetch(base + "/big")).isInstanceOf(FetchException.class)
                    .hasMessageContaining("larger than the limit");
        }
    }

    @Test
    void refusesContentThatIsNotAPageOrText() {
        try (UrlFetcher fetcher = new UrlFetcher(allowLocal)) {
            assertThatThrownBy(() -> fetcher.fetch(base + "/pdf")).isInstanceOf(FetchException.class)
                    .hasMessageContaining("application/pdf").hasMessageContaining("text/html");
        }
    }

    @Test
    void reportsHttpErrors() {
        try (UrlFetcher fetcher = new UrlFetcher(allowLocal)) {
            assertThatThrownBy(() -> fetcher.fetch(base + "/missing")).isInstanceOf(FetchException.class)
                    .hasMessageContaining("HTTP 404");
        }
    }

    @Test
    void givesUpOnASlowServerAfterTheTimeLimit() {
        FetchPolicy quick = new FetchPolicy(Duration.ofMillis(500), 64 * 1024, 3, Set.of("127.0.0.1"));
        try (UrlFetcher fetcher = new UrlFetcher(quick)) {
            assertThatThrownBy(() -> fetcher.fetch(base + "/slow")).isInstanceOf(FetchException.class)
                    .hasMessageContaining("took longer than");
        }
    }

    @Test
    void refusesLoopbackWithoutTheAllowlist() {
        try (UrlFetcher fetcher = new UrlFetcher(FetchPolicy.defaults())) {
            assertThatThrownBy(() -> fetcher.fetch(base + "/ok")).isInstanceOf(FetchException.class)
                    .hasMessageContaining("private, local or reserved");
        }
    }

    @Test
    void refusesARedirectToAPrivateAddress() {
        server.createContext("/to-metadata", ex -> {
            ex.getResponseHeaders().add("Location", "http://169.254.169.254/latest/meta-data/");
            respond(ex, 302, "text/html", "");
        });
        try (UrlFetcher fetcher = new UrlFetcher(allowLocal)) {
            assertThatThrownBy(() -> fetcher.fetch(base + "/to-metadata")).isInstanceOf(FetchException.class)
                    .hasMessageContaining("169.254.169.254");
        }
    }

    @Test
    void connectsToTheAddressesItCheckedWhenTheNameAnswersDifferentlyTheSecondTime() throws Exception {
        // DNS rebinding: the first answer is public, every later one the loopback server; no lookup may reach it
        InetAddress publicAddress = InetAddress.getByAddress(new byte[] {(byte) 203, 0, 113, 7});
        AtomicInteger lookups = new AtomicInteger();
        AtomicInteger requests = new AtomicInteger();
        server.createContext("/inside", ex -> {
            requests.incrementAndGet();
            respond(ex, 200, "text/html", "<p>Internal.</p>");
        });
        UrlFetcher.Resolver rebinding = host -> new InetAddress[] {
            lookups.getAndIncrement() == 0 ? publicAddress : InetAddress.getLoopbackAddress()};
        try (UrlFetcher fetcher = new UrlFetcher(FetchPolicy.defaults(), rebinding)) {
            assertThatThrownBy(() -> fetcher.fetch("http://news.example:" + server.getAddress().getPort() + "/inside"))
                    .isInstanceOf(FetchException.class).hasMessageContaining("private, local or reserved");
        }
        assertThat(lookups.get()).isGreaterThan(1);
        assertThat(requests.get()).isZero();
    }

    @Test
    void connectsByNameToTheAddressItsResolverGives() {
        UrlFetcher.Resolver local = host -> new InetAddress[] {InetAddress.getLoopbackAddress()};
        FetchPolicy allowNamed = allowLocal.allowingPrivateHosts(Set.of("news.example"));
        try (UrlFetcher fetcher = new UrlFetcher(allowNamed, local)) {
            FetchedPage page = fetcher.fetch("http://news.example:" + server.getAddress().getPort() + "/ok");
            assertThat(new String(page.bytes(), StandardCharsets.UTF_8)).isEqualTo("<p>Hello.</p>");
        }
    }

    @Test
    void stopsReadingAStreamedPageWithoutALengthBeyondTheSizeLimit() {
        server.createContext("/stream", ex -> {
            ex.getResponseHeaders().add("Content-Type", "text/plain");
            ex.sendResponseHeaders(200, 0); // chunked: the size is known only by reading
            try (OutputStream out = ex.getResponseBody()) {
                for (int i = 0; i < 200; i++) {
                    out.write("z".repeat(1024).getBytes(StandardCharsets.UTF_8));
                }
            } catch (IOException closedByTheFetcher) {
                // the fetcher stops reading at the limit
            }
        });
        try (UrlFetcher fetcher = new UrlFetcher(allowLocal)) {
            assertThatThrownBy(() -> fetcher.fetch(base + "/stream")).isInstanceOf(FetchException.class)
                    .hasMessageContaining("larger than the limit");
        }
    }

    @Test
    void readsAPageOfExactlyTheSizeLimit() {
        server.createContext("/exact", ex -> respond(ex, 200, "text/plain", "y".repeat(64 * 1024)));
        try (UrlFetcher fetcher = new UrlFetcher(allowLocal)) {
            assertThat(fetcher.fetch(base + "/exact").bytes()).hasSize(64 * 1024);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://10.0.0.1/", "http://169.254.169.254/latest/meta-data/", "http://[::1]/",
        "http://localhost/", "http://192.168.1.1/", "http://172.16.5.4/", "http://100.64.0.1/", "http://0.0.0.0/",
        "http://[fd00::1]/", "http://[fe80::1]/", "http://224.0.0.1/", "http://[::ffff:10.0.0.1]/"})
    void refusesPrivateAndReservedAddresses(String url) {
        try (UrlFetcher fetcher = new UrlFetcher(FetchPolicy.defaults())) {
            assertThatThrownBy(() -> fetcher.fetch(url)).isInstanceOf(FetchException.class)
                    .hasMessageContaining("Refused");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://example.com/a", "file:///etc/passwd", "javascript:alert(1)", "not a url"})
    void refusesNonHttpUrls(String url) {
        try (UrlFetcher fetcher = new UrlFetcher(FetchPolicy.defaults())) {
            assertThatThrownBy(() -> fetcher.fetch(url)).isInstanceOf(FetchException.class);
        }
    }
}
