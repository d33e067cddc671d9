package dev.attache.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.core.ops.AddOutcome;
import dev.attache.core.ops.AddRequest;
import dev.attache.core.ops.Caller;
import dev.attache.core.ops.LoadLimits;
import dev.attache.core.ops.Platform;
import dev.attache.core.ops.RateLimit;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A few seconds of {@link TelegramLoadTest} in the default suite: ten people asking while one
 * floods 200 questions, through the real telegrambots client and the fake Bot API. Nobody's
 * question is lost, the flooder gets answers within their limit and a "slow down" notice for the
 * rest, and nothing is logged as an error. Latency is measured but not asserted here.
 */
class TelegramLoadSmokeTest {

    @TempDir
    Path dir;

    @Test
    void tenUsersAndAFlooderGetEveryAnswerOrNoticeWithoutErrors() throws Exception {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        // Ordinary users here ask every 0.2-0.5 s, so their own limit is loose; the flooder still hits it.
        LoadLimits limits = LoadLimits.defaults().withPerUser(new RateLimit(20, 240)).withPerChat(new RateLimit(40, 480));
        TelegramBot.Options options = TelegramBot.Options.defaults().withPollTimeoutSeconds(1)
                .withPacing(new Pacing(Duration.ofMillis(50), Pacing.PER_GROUP_PER_MINUTE, 200))
                .withRetryBackoff(Duration.ofMillis(100));
        try (BotHarness h = new BotHarness(dir, options, c -> c.withMeters(meters).withLoad(limits))) {
            Caller cli = Caller.local(Platform.CLI);
            assertThat(h.attache.add(cli, new AddRequest.FromFile("lighthouse-treaty.txt",
                    BotHarness.resource("lighthouse-treaty.txt")))).isInstanceOf(AddOutcome.Added.class);
            assertThat(h.attache.add(cli, new AddRequest.FromFile("baltic-corridor.html",
                    BotHarness.resource("baltic-corridor.html")))).isInstanceOf(AddOutcome.Added.class);

            LoadHarness.Plan plan = new LoadHarness.Plan(10, Duration.ofSeconds(4), Duration.ofMillis(200),
                    Duration.ofMillis(500), 200, Duration.ofMillis(500), 42, 10_001, 20_001, Duration.ofSeconds(30));
            LoadHarness.Result r = LoadHarness.run(h, meters, plan);
            System.err.println(r.summary("smoke"));

            assertThat(r.asked()).isGreaterThan(10);
            assertThat(r.othersLost()).as("ordinary questions without a reply").isZero();
            assertThat(r.othersNotices()).as("ordinary users told to slow down").isZero();
            assertThat(r.answered()).isEqualTo(r.asked());
            assertThat(r.floodUnaccounted()).as("flood messages neither answered nor refused by the limit").isZero();
            assertThat(r.floodOtherReplies()).isZero();
            assertThat(r.floodAnswered()).isBetween(20, 199);
            assertThat(r.floodLimited()).isPositive();
            assertThat(r.floodNotices()).as("one notice per episode of being limited")
                    .isBetween(1, (int) r.floodLimited());
            assertThat(r.errorsLogged()).as("errors logged: %s", r.errorSamples()).isZero();
        }
    }
}
