package dev.attache.telegram;

import dev.attache.core.testing.OverheadSupport;
import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Telegram adapter's round trip with no core work, run on demand ({@code ./mvnw -B -pl
 * telegram-adapter -am test -Dgroups=load -Dtest=TelegramRoundTripLoadTest
 * -Dsurefire.failIfNoSpecifiedTests=false}): 1,000 {@code /help} messages (after 300 for
 * warm-up), one at a time from distinct private chats, through the real telegrambots client and
 * the fake Bot API; /help is answered from a fixed text, so the latency is the adapter's own
 * (long poll, dispatch, render, pacing, send) and the machine's scheduling. Figures go to stderr
 * and {@code target/adapter-overhead-results.txt}; no time is asserted.
 */
@Tag("load")
class TelegramRoundTripLoadTest {

    @TempDir
    Path dir;

    @Test
    void everyHelpGetsAReplyAndTheRoundTripIsReported() throws Exception {
        int n = Integer.getInteger("attache.bench.questions", 1_000);
        int warmUp = Integer.getInteger("attache.bench.warmup", 300);
        Duration gap = Duration.ofMillis(Integer.getInteger("attache.bench.gapMs", 40));
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        try (BotHarness h = new BotHarness(dir, TelegramBot.Options.defaults(), c -> c.withMeters(meters));
             AutoCloseable logs = OverheadSupport.productionLogLevel()) {
            TelegramOverheadBench.run("warm-up /help", h, meters, Collections.nCopies(warmUp, "/help"), 7_000_000, gap,
                    Duration.ofSeconds(30), true);
            TelegramOverheadBench.Run run = TelegramOverheadBench.run("telegram /help", h, meters,
                    Collections.nCopies(n, "/help"), 8_000_000, gap, Duration.ofSeconds(30), true);
            String report = String.join("\n", "== telegram round trip (/help, no core) at " + Instant.now(),
                    run.phase().summary());
            System.err.println(report);
            Files.writeString(Path.of("target", "adapter-overhead-results.txt"), report + "\n",
                    StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            assertThat(run.phase().n()).isEqualTo(n);
            assertThat(run.phase().counters()).containsEntry("lost", 0L).containsEntry("refused_by_fake", 0L);
        }
    }
}
