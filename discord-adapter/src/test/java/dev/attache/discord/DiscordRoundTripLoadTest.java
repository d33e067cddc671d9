package dev.attache.discord;

import dev.attache.core.testing.OverheadSupport;
import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.core.Attache;
import dev.attache.core.AttacheConfig;
import dev.attache.core.ops.LoadLimits;
import dev.attache.core.ops.RateLimit;
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
 * The Discord adapter's round trip with no core work, run on demand ({@code ./mvnw -B -pl
 * discord-adapter -am test -Dgroups=load -Dtest=DiscordRoundTripLoadTest
 * -Dsurefire.failIfNoSpecifiedTests=false}): 1,000 {@code /ask} with a blank question (after 300
 * for warm-up), one at a time from distinct users, through the real JDA and the fake Discord; core
 * refuses a blank question at once, so the latency from dispatch to the interaction response is the
 * adapter's own (gateway read, event, worker, rendering the error embed, the callback through JDA's
 * requester) and the machine's scheduling. Figures go to stderr and
 * {@code target/adapter-overhead-results.txt}; no time is asserted.
 */
@Tag("load")
class DiscordRoundTripLoadTest {

    @TempDir
    Path dir;

    @Test
    void everyBlankAskGetsAResponseAndTheRoundTripIsReported() throws Exception {
        int n = Integer.getInteger("attache.bench.questions", 1_000);
        int warmUp = Integer.getInteger("attache.bench.warmup", 300);
        Duration gap = Duration.ofMillis(Integer.getInteger("attache.bench.gapMs", 40));
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        LoadLimits limits = LoadLimits.defaults().withPerChat(new RateLimit(1_000_000, 1_000_000));
        try (FakeDiscord fake = new FakeDiscord();
             Attache attache = Attache.open(AttacheConfig.at(dir).withMeters(meters).withLoad(limits))) {
            DiscordConfig config = DiscordConfig.ofToken("fake-token").withApiUrl(fake.apiUrl())
                    .withGatewayUrl(fake.gatewayUrl()).withGuild(fake.guildId);
            try (DiscordBot bot = new DiscordBot(attache, config);
                 AutoCloseable logs = OverheadSupport.productionLogLevel()) {
                bot.start();
                assertThat(bot.awaitReady(Duration.ofSeconds(30))).isTrue();
                DiscordOverheadBench.run("warm-up blank /ask", fake, meters, Collections.nCopies(warmUp, " "),
                        330_000_000_000_000_000L, gap, Duration.ofSeconds(30));
                OverheadSupport.Phase phase = DiscordOverheadBench.run("discord blank /ask", fake, meters,
                        Collections.nCopies(n, " "), 340_000_000_000_000_000L, gap, Duration.ofSeconds(30));
                String report = String.join("\n", "== discord round trip (blank /ask, no core) at " + Instant.now(),
                        phase.summary());
                System.err.println(report);
                Files.writeString(Path.of("target", "adapter-overhead-results.txt"), report + "\n",
                        StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                assertThat(phase.n()).isEqualTo(n);
                assertThat(phase.counters()).containsEntry("lost", 0L).containsEntry("failed_callbacks", 0L);
            }
        }
    }
}
