package dev.attache.app;

import dev.attache.core.AttacheConfig;
import dev.attache.core.ops.FetchPolicy;
import dev.attache.core.ops.Limits;
import dev.attache.core.ops.LoadLimits;
import dev.attache.core.ops.RateLimit;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The application's configuration, read from environment variables (documented in the README):
 * where the library lives, who its operators are on each platform, the input limits, the rate
 * limits and concurrency bound on answers, the port of the operations endpoints, and whether
 * search is hybrid.
 */
public record AppEnvironment(Map<String, String> env) {

    /** Default port of {@code /healthz} and {@code /metrics} (Prometheus exporters' customary range). */
    public static final int DEFAULT_METRICS_PORT = 9464;

    public static AppEnvironment fromSystem() {
        return new AppEnvironment(System.getenv());
    }

    public Path defaultDataDir() {
        String configured = env.get("ATTACHE_DATA");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        return Path.of(System.getProperty("user.home"), ".attache");
    }

    /**
     * The core configuration for the command line and the console, whose user is always an
     * operator; {@code serve} adds the bots' operators, read by the adapters' own configurations.
     */
    public AttacheConfig coreConfig(Path dataDir) {
        Limits defaults = Limits.defaults();
        Limits limits = new Limits(
                intValue("ATTACHE_MAX_QUESTION_CHARS", defaults.maxQuestionChars()),
                longValue("ATTACHE_MAX_FILE_BYTES", defaults.maxFileBytes()),
                intValue("ATTACHE_MAX_PASSAGES_PER_ARTICLE", defaults.maxPassagesPerArticle()));
        FetchPolicy fetch = FetchPolicy.defaults().allowingPrivateHosts(idSet("ATTACHE_FETCH_ALLOW_HOSTS"));
        return AttacheConfig.at(dataDir).withLimits(limits).withFetch(fetch)
                .withLoad(loadLimits());
    }

    /** Whether hybrid (dense + word) search is on: {@code ATTACHE_DENSE} is {@code on} (the default) or {@code off}. */
    public boolean denseOn() {
        String value = env.getOrDefault("ATTACHE_DENSE", "on").strip().toLowerCase(java.util.Locale.ROOT);
        return switch (value) {
            case "on", "true", "1", "" -> true;
            case "off", "false", "0" -> false;
            default -> throw new IllegalArgumentException("ATTACHE_DENSE must be on or off, not \"" + value + "\"");
        };
    }

    /** Rate limits and the answer concurrency bound: {@code ATTACHE_USER_*}, {@code ATTACHE_CHAT_*}, … */
    public LoadLimits loadLimits() {
        LoadLimits d = LoadLimits.defaults();
        try {
            return new LoadLimits(
                    new RateLimit(intValue("ATTACHE_USER_BURST", d.perUser().burst()),
                            intValue("ATTACHE_USER_PER_MINUTE", d.perUser().perMinute())),
                    new RateLimit(intValue("ATTACHE_CHAT_BURST", d.perChat().burst()),
                            intValue("ATTACHE_CHAT_PER_MINUTE", d.perChat().perMinute())),
                    intValue("ATTACHE_MAX_CONCURRENT_ANSWERS", d.maxConcurrentAnswers()),
                    Duration.ofSeconds(longValue("ATTACHE_ANSWER_QUEUE_SECONDS", d.answerQueueTimeout().toSeconds())));
        } catch (IllegalArgumentException e) {
            throw e.getMessage() != null && e.getMessage().startsWith("ATTACHE_") ? e
                    : new IllegalArgumentException("rate limit settings: " + e.getMessage(), e);
        }
    }

    /** The port of {@code /healthz} and {@code /metrics} on 127.0.0.1; 0 turns them off. */
    public int metricsPort() {
        int port = intValue("ATTACHE_METRICS_PORT", DEFAULT_METRICS_PORT);
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("ATTACHE_METRICS_PORT must be between 0 (off) and 65535, not " + port);
        }
        return port;
    }

    /** A list of ids or host names, separated by commas, semicolons or spaces. */
    Set<String> idSet(String name) {
        String value = env.getOrDefault(name, "");
        return Arrays.stream(value.split("[,;\\s]+")).map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
    }

    private int intValue(String name, int fallback) {
        return (int) longValue(name, fallback);
    }

    private long longValue(String name, long fallback) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, not \"" + value + "\"");
        }
    }
}
