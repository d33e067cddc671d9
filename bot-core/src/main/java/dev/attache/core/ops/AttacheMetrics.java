package dev.attache.core.ops;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.function.ToDoubleFunction;

/**
 * Attaché's counters and timers, on whatever Micrometer registry the application chose (the
 * launcher exposes a Prometheus one on {@code /metrics}). Core records answers, latency,
 * abstentions, quote-verification failures, imports, refused and busy questions; adapters record
 * platform errors here, so every platform's faults are counted the same way. Names follow
 * Micrometer's dotted style; Prometheus shows them as {@code attache_answers_total} and so on.
 */
public final class AttacheMetrics {

    public static final String ANSWERS = "attache.answers";
    public static final String ANSWER_DURATION = "attache.answer.duration";
    public static final String ABSTENTIONS = "attache.abstentions";
    public static final String QUOTE_VERIFICATION_FAILURES = "attache.quote.verification.failures";
    public static final String IMPORTS = "attache.imports";
    public static final String PLATFORM_ERRORS = "attache.platform.errors";
    public static final String RATE_LIMITED = "attache.rate.limited";
    public static final String BUSY = "attache.answers.busy";
    public static final String IN_FLIGHT = "attache.answers.in.flight";
    public static final String ARTICLES = "attache.library.articles";
    public static final String EMBEDDED_PASSAGES = "attache.library.embedded.passages";

    private final MeterRegistry registry;
    private final Counter answered;
    private final Counter notAnswered;
    private final Counter abstentions;
    private final Counter busy;
    private final Timer duration;

    public AttacheMetrics(MeterRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.answered = Counter.builder(ANSWERS).description("Questions answered, by status").tag("status", "answered")
                .register(registry);
        this.notAnswered = Counter.builder(ANSWERS).description("Questions answered, by status").tag("status", "no_answer")
                .register(registry);
        this.abstentions = Counter.builder(ABSTENTIONS)
                .description("Questions the library did not cover, answered by saying so").register(registry);
        this.busy = Counter.builder(BUSY)
                .description("Questions refused because every answer slot stayed taken").register(registry);
        this.duration = Timer.builder(ANSWER_DURATION).description("Time to answer a question, cache hits included")
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1)).maximumExpectedValue(Duration.ofSeconds(30))
                .register(registry);
    }

    public MeterRegistry registry() {
        return registry;
    }

    /** One answer given: counted by status (an abstention also as such) and timed. */
    public void answered(boolean answeredFromLibrary, Duration took) {
        (answeredFromLibrary ? answered : notAnswered).increment();
        if (!answeredFromLibrary) {
            abstentions.increment();
        }
        duration.record(took);
    }

    public void busy() {
        busy.increment();
    }

    /** Articles imported by {@code source} ({@code add} or {@code bulk}) with {@code outcome}. */
    public void imported(String source, String outcome, long count) {
        if (count > 0) {
            Counter.builder(IMPORTS).description("Articles offered to the library, by source and outcome")
                    .tag("source", source).tag("outcome", outcome).register(registry).increment(count);
        }
    }

    /**
     * A fault talking to a chat platform, for example {@code kind=rate_limited} (429),
     * {@code server_error} (5xx), {@code network} (time-out, connection lost), {@code refused}
     * (another 4xx), {@code undelivered} (given up after retries).
     */
    public void platformError(Platform platform, String kind) {
        Counter.builder(PLATFORM_ERRORS).description("Faults talking to a chat platform, by platform and kind")
                .tag("platform", platform.name().toLowerCase(Locale.ROOT)).tag("kind", kind)
                .register(registry).increment();
    }

    /** A question refused by a rate limit. */
    public void rateLimited(Platform platform, RateLimits.Scope scope) {
        Counter.builder(RATE_LIMITED).description("Questions refused by a per-user or per-chat rate limit")
                .tag("platform", platform.name().toLowerCase(Locale.ROOT))
                .tag("scope", scope.name().toLowerCase(Locale.ROOT))
                .register(registry).increment();
    }

    /** A counter that reads a running total kept elsewhere (such as quote-verification failures). */
    public <T> void countFrom(String name, String description, T source, ToDoubleFunction<T> total) {
        FunctionCounter.builder(name, source, total).description(description).register(registry);
    }

    /** A gauge that reads a current value kept elsewhere (such as answers in flight). */
    public <T> void gauge(String name, String description, T source, ToDoubleFunction<T> value) {
        Gauge.builder(name, source, value).description(description).register(registry);
    }
}
