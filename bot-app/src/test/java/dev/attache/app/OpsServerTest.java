package dev.attache.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.attache.core.Attache;
import dev.attache.core.AttacheConfig;
import dev.attache.core.answer.Question;
import dev.attache.core.ops.AddRequest;
import dev.attache.core.ops.Caller;
import dev.attache.core.ops.LoadLimits;
import dev.attache.core.ops.Platform;
import dev.attache.core.ops.RateLimit;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /healthz} and {@code /metrics} of {@code attache serve}, and their configuration. */
class OpsServerTest {

    static final String ARTICLE = """
            Harbor towns weigh a shared coast guard

            The three harbor towns of the northern coast are considering one coast guard for all of them.
            "A shared coast guard would answer calls faster and cost each town less," said Mara Lindqvist, \
            the harbor master of Eastport.
            """;

    @TempDir
    Path dir;

    PrometheusMeterRegistry meters = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    Attache attache;
    OpsServer ops;
    HttpClient http = HttpClient.newHttpClient();
    boolean closed;

    @BeforeEach
    void start() throws IOException {
        attache = Attache.open(AttacheConfig.at(dir).withMeters(meters));
        attache.add(Caller.local(Platform.CLI), new AddRequest.FromText(ARTICLE));
        ops = OpsServer.start(0, attache, meters);
    }

    @AfterEach
    void stop() throws IOException {
        ops.close();
        if (!closed) {
            attache.close();
        }
        http.close();
    }

    HttpResponse<String> get(String path) throws Exception {
        return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + ops.port() + path))
                .timeout(Duration.ofSeconds(10)).GET().build());
    }

    HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void healthzSaysOkWithTheArticleCountAndUptimeWhileTheLibraryIsOpen() throws Exception {
        HttpResponse<String> res = get("/healthz");
        assertThat(res.statusCode()).isEqualTo(200);
        assertThat(res.headers().firstValue("Content-Type")).hasValue("application/json");
        JsonNode body = new ObjectMapper().readTree(res.body());
        assertThat(body.path("status").asText()).isEqualTo("ok");
        assertThat(body.path("articles").asLong()).isEqualTo(1);
        assertThat(body.path("uptime_s").isIntegralNumber()).isTrue();
    }

    @Test
    void healthzSaysUnavailableOnceTheLibraryIsClosed() throws Exception {
        attache.close();
        closed = true;
        HttpResponse<String> res = get("/healthz");
        assertThat(res.statusCode()).isEqualTo(503);
        assertThat(res.body()).contains("\"status\":\"unavailable\"");
    }

    @Test
    void metricsAreInThePrometheusTextFormatWithAnswersLatencyAbstentionsImportsAndErrors() throws Exception {
        attache.ask(Question.of("Should the harbor towns share a coast guard?"));
        attache.ask(Question.of("What is the outlook for Brazilian soybean exports?"));
        attache.metrics().platformError(Platform.TELEGRAM, "server_error");
        attache.checkRate(Caller.of(Platform.TELEGRAM, "9"), "9");

        HttpResponse<String> res = get("/metrics");
        assertThat(res.statusCode()).isEqualTo(200);
        assertThat(res.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
        assertThat(res.body())
                .contains("attache_answers_total{status=\"answered\"} 1.0")
                .contains("attache_answers_total{status=\"no_answer\"} 1.0")
                .contains("attache_abstentions_total 1.0")
                .contains("attache_answer_duration_seconds_count 2")
                .contains("attache_answer_duration_seconds_bucket{le=")
                .contains("attache_quote_verification_failures_total 0.0")
                .contains("attache_imports_total{outcome=\"added\",source=\"add\"} 1.0")
                .contains("attache_platform_errors_total{kind=\"server_error\",platform=\"telegram\"} 1.0")
                .contains("attache_answers_in_flight 0.0")
                .contains("attache_library_articles 1.0");
    }

    @Test
    void onlyGetIsServedAndUnknownPathsAreNotFound() throws Exception {
        HttpResponse<String> post = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + ops.port() + "/metrics"))
                .POST(HttpRequest.BodyPublishers.ofString("x")).build());
        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(get("/admin").statusCode()).isEqualTo(404);
    }

    @Test
    void aPortInUseFailsWithAMessageNamingTheVariable() {
        assertThatThrownBy(() -> OpsServer.start(ops.port(), attache, meters))
                .isInstanceOf(IOException.class).hasMessageContaining("ATTACHE_METRICS_PORT");
    }

    @Test
    void theEnvironmentSetsTheMetricsPortAndTheLimits() {
        AppEnvironment env = new AppEnvironment(Map.of("ATTACHE_METRICS_PORT", "0", "ATTACHE_USER_BURST", "3",
                "ATTACHE_USER_PER_MINUTE", "4", "ATTACHE_CHAT_BURST", "30", "ATTACHE_CHAT_PER_MINUTE", "60",
                "ATTACHE_MAX_CONCURRENT_ANSWERS", "7", "ATTACHE_ANSWER_QUEUE_SECONDS", "9"));
        assertThat(env.metricsPort()).isZero();
        assertThat(env.loadLimits()).isEqualTo(new LoadLimits(new RateLimit(3, 4), new RateLimit(30, 60), 7,
                Duration.ofSeconds(9)));
        assertThat(env.coreConfig(dir).load()).isEqualTo(env.loadLimits());

        AppEnvironment defaults = new AppEnvironment(Map.of());
        assertThat(defaults.metricsPort()).isEqualTo(AppEnvironment.DEFAULT_METRICS_PORT);
        assertThat(defaults.loadLimits()).isEqualTo(LoadLimits.defaults());

        assertThatThrownBy(() -> new AppEnvironment(Map.of("ATTACHE_METRICS_PORT", "70000")).metricsPort())
                .hasMessageContaining("ATTACHE_METRICS_PORT");
        assertThatThrownBy(() -> new AppEnvironment(Map.of("ATTACHE_USER_BURST", "0")).loadLimits())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rate limit");
    }
}
