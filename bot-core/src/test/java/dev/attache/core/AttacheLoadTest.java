package dev.attache.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.attache.core.answer.Question;
import dev.attache.core.ops.AddOutcome;
import dev.attache.core.ops.AddRequest;
import dev.attache.core.ops.AnswerBusyException;
import dev.attache.core.ops.AttacheMetrics;
import dev.attache.core.ops.Caller;
import dev.attache.core.ops.LoadLimits;
import dev.attache.core.ops.Platform;
import dev.attache.core.ops.RateLimit;
import dev.attache.core.ops.RateLimits;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The concurrency bound on answers, the rate limits through the facade, and the metrics core records. */
class AttacheLoadTest {

    static final String ARTICLE = """
            Harbor towns weigh a shared coast guard

            The three harbor towns of the northern coast are considering one coast guard for all of them.
            "A shared coast guard would answer calls faster and cost each town less," said Mara Lindqvist, \
            the harbor master of Eastport.
            Critics say the towns would lose control over their own waters.
            """;

    @TempDir
    Path dir;

    SimpleMeterRegistry meters = new SimpleMeterRegistry();
    Attache attache;

    @BeforeEach
    void open() throws Exception {
        attache = Attache.open(AttacheConfig.at(dir).withMeters(meters).withLoad(LoadLimits.defaults()
                .withMaxConcurrentAnswers(1).withAnswerQueueTimeout(Duration.ZERO)
                .withPerUser(new RateLimit(2, 1))));
        AddOutcome added = attache.add(Caller.local(Platform.CLI), new AddRequest.FromText(ARTICLE));
        assertThat(added).isInstanceOf(AddOutcome.Added.class);
    }

    @AfterEach
    void close() throws Exception {
        attache.close();
    }

    @Test
    void whenEveryAnswerSlotIsTakenAQuestionIsRefusedAsBusyAndCountedThenAnsweredOnceASlotIsFree()
            throws Exception {
        attache.answerSlots().acquire();
        assertThat(meters.get(AttacheMetrics.IN_FLIGHT).gauge().value()).isEqualTo(1.0);
        try {
            assertThatThrownBy(() -> attache.ask(Question.of("Should the harbor towns share a coast guard?")))
                    .isInstanceOf(AnswerBusyException.class)
                    .hasMessageContaining("ask again");
        } finally {
            attache.answerSlots().release();
        }
        assertThat(meters.get(AttacheMetrics.BUSY).counter().count()).isEqualTo(1.0);
        assertThat(attache.ask(Question.of("Should the harbor towns share a coast guard?")).answered()).isTrue();
        assertThat(attache.answerSlots().availablePermits()).isEqualTo(1);
    }

    @Test
    void aCachedAnswerNeedsNoSlot() throws Exception {
        String q = "Should the harbor towns share a coast guard?";
        attache.ask(Question.of(q));
        attache.answerSlots().acquire();
        try {
            assertThat(attache.ask(Question.of(q)).answered()).isTrue();
        } finally {
            attache.answerSlots().release();
        }
    }

    @Test
    void answersAbstentionsAndLatencyAreCounted() {
        attache.ask(Question.of("Should the harbor towns share a coast guard?"));
        attache.ask(Question.of("What is the inflation outlook for Brazilian soybean exports?"));
        assertThat(meters.get(AttacheMetrics.ANSWERS).tag("status", "answered").counter().count()).isEqualTo(1.0);
        assertThat(meters.get(AttacheMetrics.ANSWERS).tag("status", "no_answer").counter().count()).isEqualTo(1.0);
        assertThat(meters.get(AttacheMetrics.ABSTENTIONS).counter().count()).isEqualTo(1.0);
        assertThat(meters.get(AttacheMetrics.ANSWER_DURATION).timer().count()).isEqualTo(2);
        assertThat(meters.get(AttacheMetrics.QUOTE_VERIFICATION_FAILURES).functionCounter().count()).isZero();
        assertThat(meters.get(AttacheMetrics.ARTICLES).gauge().value()).isEqualTo(1.0);
    }

    @Test
    void importsAreCountedBySourceAndOutcome() {
        attache.add(Caller.local(Platform.CLI), new AddRequest.FromText(ARTICLE));
        assertThat(meters.get(AttacheMetrics.IMPORTS).tags("source", "add", "outcome", "added").counter().count())
                .isEqualTo(1.0);
        assertThat(meters.get(AttacheMetrics.IMPORTS).tags("source", "add", "outcome", "duplicate").counter().count())
                .isEqualTo(1.0);
    }

    @Test
    void checkRateLimitsEachCallerAndCountsTheRefusals() {
        Caller flooder = Caller.of(Platform.TELEGRAM, "77");
        List<RateLimits.Outcome> outcomes = List.of(attache.checkRate(flooder, "77"), attache.checkRate(flooder, "77"),
                attache.checkRate(flooder, "77"));
        assertThat(outcomes).extracting(o -> o.getClass().getSimpleName()).containsExactly("Allowed", "Allowed", "Limited");
        assertThat(attache.checkRate(Caller.of(Platform.TELEGRAM, "78"), "78")).isInstanceOf(RateLimits.Allowed.class);
        assertThat(meters.get(AttacheMetrics.RATE_LIMITED).tags("platform", "telegram", "scope", "user").counter().count())
                .isEqualTo(1.0);
    }

    @Test
    void platformErrorsAreCountedByPlatformAndKind() {
        attache.metrics().platformError(Platform.DISCORD, "server_error");
        assertThat(meters.get(AttacheMetrics.PLATFORM_ERRORS).tags("platform", "discord", "kind", "server_error")
                .counter().count()).isEqualTo(1.0);
    }
}
