package dev.attache.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.core.ops.Caller;
import dev.attache.core.ops.ImportProgress;
import dev.attache.core.ops.ImportReport;
import dev.attache.core.ops.LoadLimits;
import dev.attache.core.ops.Platform;
import dev.attache.core.testing.SharedData;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The load harness of issue 8, run on demand ({@code ./mvnw -B -pl telegram-adapter -am test
 * -Dgroups=load}), not in the default suite: on a library of the Reuters-21578 corpus (about
 * 19,000 articles, from the shared data) and Attaché's default rate limits, concurrency bound and
 * Telegram pacing, 50 people ask questions for 60 seconds at a human pace (one every 6-9 s, in
 * their own private chats), once alone and once while one more person floods 1,000 questions.
 * Both runs must lose nothing and log no error; the flooder gets answers within their limit and
 * "slow down" notices for the rest; and the others' p99 latency under the flood stays within 2x
 * of the unflooded run. The figures go to stderr and to {@code target/load-results.txt}; they are
 * recorded in docs/RELIABILITY.md.
 */
@Tag("load")
class TelegramLoadTest {

    static final int USERS = 50;
    static final Duration RUN = Duration.ofSeconds(60);
    static final int FLOOD = 1_000;

    /** The Reuters library is kept between runs of the harness (importing it takes minutes). */
    static final Path LIBRARY = Path.of("target", "load-library");

    @Test
    void fiftyUsersKeepTheirLatencyWhileOneFloodsAThousandQuestions() throws Exception {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        LoadLimits limits = LoadLimits.defaults();
        TelegramBot.Options options = TelegramBot.Options.defaults().withPollTimeoutSeconds(10);
        String workers = System.getProperty("attache.load.workers", "");
        if (!workers.isBlank()) {
            options = options.withWorkers(Integer.parseInt(workers));
        }
        try (BotHarness h = new BotHarness(LIBRARY, options, c -> c.withMeters(meters).withLoad(limits))) {
            long t0 = System.nanoTime();
            if (h.attache.stats().articles() < 18_000) {
                ImportReport imported = h.attache.importPaths(Caller.local(Platform.CLI),
                        List.of(SharedData.file("corpora/reuters21578.jsonl.gz")), ImportProgress.NONE);
                System.err.println("imported " + imported.added() + " articles in " + imported.elapsedMs() + " ms");
            }
            String library = "library: " + h.attache.stats().articles() + " articles, " + h.attache.stats().passages()
                    + " passages (Reuters-21578); limits " + limits + "; pacing " + options.pacing()
                    + "; workers " + options.workers() + "; processors " + Runtime.getRuntime().availableProcessors();
            System.err.println(library);

            LoadHarness.Plan plan = new LoadHarness.Plan(USERS, RUN, Duration.ofSeconds(6), Duration.ofSeconds(9), 0,
                    Duration.ofSeconds(5), 1, 30_001, 39_001, Duration.ofSeconds(60));
            LoadHarness.Result warmUp = LoadHarness.run(h, meters,
                    new LoadHarness.Plan(20, Duration.ofSeconds(15), Duration.ofSeconds(3), Duration.ofSeconds(5), 0,
                            Duration.ZERO, 9, 90_001, 99_001, Duration.ofSeconds(60)));
            LoadHarness.Result alone = LoadHarness.run(h, meters, plan.withSeedAndUsers(2, 40_001, 49_001));
            LoadHarness.Result flooded = LoadHarness.run(h, meters,
                    plan.withSeedAndUsers(3, 50_001, 59_001).withFlood(FLOOD));

            String report = String.join("\n", "run at " + Instant.now(), library, warmUp.summary("warm-up"),
                    alone.summary("unflooded"), flooded.summary("flooded"),
                    String.format(java.util.Locale.ROOT, "p99 ratio flooded/unflooded = %.2f",
                            (double) flooded.percentileNanos(99) / alone.percentileNanos(99)));
            System.err.println(report);
            Files.writeString(Path.of("target", "load-results.txt"), report + "\n", StandardCharsets.UTF_8);

            for (LoadHarness.Result r : List.of(alone, flooded)) {
                assertThat(r.othersLost()).as("questions without a reply").isZero();
                assertThat(r.othersNotices()).as("ordinary users told to slow down").isZero();
                assertThat(r.answered()).isEqualTo(r.asked());
                assertThat(r.errorsLogged()).as("errors logged: %s", r.errorSamples()).isZero();
            }
            assertThat(flooded.floodUnaccounted()).as("flood messages neither answered nor refused").isZero();
            assertThat(flooded.floodOtherReplies()).isZero();
            assertThat(flooded.floodNotices()).isBetween(1, (int) flooded.floodLimited());
            assertThat(flooded.percentileNanos(99)).as("others' p99 under the flood, within 2x of the unflooded run")
                    .isLessThanOrEqualTo(2 * alone.percentileNanos(99));
        }
    }
}
