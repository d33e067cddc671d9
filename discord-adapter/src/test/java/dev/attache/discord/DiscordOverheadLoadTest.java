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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The Discord half of issue 7's "adapters add ≤ 5 ms p99", run on demand
 * ({@code ./mvnw -B -pl discord-adapter -am test -Dgroups=load -Dtest=DiscordOverheadLoadTest
 * -Dsurefire.failIfNoSpecifiedTests=false}), never in the default suite: on a library of the first
 * 5,000 RealTimeQA articles of the shared data, 1,000 distinct real RealTimeQA questions (after
 * 300 for warm-up, asked five times over so that the JIT compiler has settled) are asked in blocks
 * of 100, each block directly through the core and then as {@code /ask} through the real JDA
 * against {@link FakeDiscord}, each in a fresh answer-cache generation so every answer is computed.
 * The figures go to stderr and are appended to {@code target/adapter-overhead-results.txt}; nothing
 * about time is asserted. Knobs:
 * {@code -Dattache.bench.questions}, {@code .warmup}, {@code .warmupRounds}, {@code .articles},
 * {@code .gapMs}.
 */
@Tag("load")
class DiscordOverheadLoadTest {

    /** Kept between runs: importing the articles takes about a minute. */
    static final Path LIBRARY = Path.of("target", "overhead-library");

    /** Questions per block; core and bot blocks alternate. */
    static final int BLOCK = 100;

    @Test
    void everyQuestionGetsAResponseThroughTheBotAndTheOverheadIsReported() throws Exception {
        int questions = Integer.getInteger("attache.bench.questions", 1_000);
        int warmUp = Integer.getInteger("attache.bench.warmup", 300);
        int warmUpRounds = Integer.getInteger("attache.bench.warmupRounds", 5);
        int articles = Integer.getInteger("attache.bench.articles", 5_000);
        Duration gap = Duration.ofMillis(Integer.getInteger("attache.bench.gapMs", 40));
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        // Every question comes from its own user, but all in the fake's one channel: its limit is lifted.
        LoadLimits limits = LoadLimits.defaults().withPerChat(new RateLimit(1_000_000, 1_000_000));
        try (FakeDiscord fake = new FakeDiscord();
             Attache attache = Attache.open(AttacheConfig.at(LIBRARY).withMeters(meters).withLoad(limits))) {
            OverheadSupport.ensureLibrary(attache, articles);
            DiscordConfig config = DiscordConfig.ofToken("fake-token").withApiUrl(fake.apiUrl())
                    .withGatewayUrl(fake.gatewayUrl()).withGuild(fake.guildId);
            try (DiscordBot bot = new DiscordBot(attache, config);
                 AutoCloseable logs = OverheadSupport.productionLogLevel()) {
                bot.start();
                assertThat(bot.awaitReady(Duration.ofSeconds(30))).as("ready; calls:\n%s", fake.describeCalls()).isTrue();
                List<String> all = OverheadSupport.questions(7);
                List<String> warm = all.subList(0, warmUp);
                List<String> measured = all.subList(warmUp, Math.min(all.size(), warmUp + questions));
                String library = String.format(Locale.ROOT, "library: %d articles, %d passages (RealTimeQA); %d"
                                + " questions after %d warm-up × %d; gap %d ms; direct-reply window %d ms; processors %d;"
                                + " java %s",
                        attache.stats().articles(), attache.stats().passages(), measured.size(), warm.size(), warmUpRounds,
                        gap.toMillis(), DiscordLimits.DIRECT_REPLY_WINDOW.toMillis(),
                        Runtime.getRuntime().availableProcessors(), Runtime.version());
                System.err.println(library);

                int generation = 0;
                for (int round = 0; round < warmUpRounds; round++) {
                    OverheadSupport.freshGeneration(attache, ++generation);
                    OverheadSupport.core("warm-up core", attache, warm, gap);
                    OverheadSupport.freshGeneration(attache, ++generation);
                    DiscordOverheadBench.run("warm-up discord", fake, meters, warm,
                            300_000_000_000_000_000L + 1_000_000L * round, gap, Duration.ofSeconds(30));
                }

                // Blocks of core and bot phases alternate, so both see the same (shared, changing) machine load.
                List<OverheadSupport.Phase> coreBlocks = new ArrayList<>();
                List<OverheadSupport.Phase> botBlocks = new ArrayList<>();
                for (int from = 0; from < measured.size(); from += BLOCK) {
                    List<String> block = measured.subList(from, Math.min(measured.size(), from + BLOCK));
                    OverheadSupport.freshGeneration(attache, ++generation);
                    coreBlocks.add(OverheadSupport.core("core", attache, block, gap));
                    OverheadSupport.freshGeneration(attache, ++generation);
                    botBlocks.add(DiscordOverheadBench.run("discord", fake, meters, block,
                            310_000_000_000_000_000L + from, gap, Duration.ofSeconds(30)));
                }
                OverheadSupport.Phase core = OverheadSupport.Phase.concat("core", coreBlocks);
                OverheadSupport.Phase discord = OverheadSupport.Phase.concat("discord", botBlocks);

                String report = String.join("\n", "== discord overhead run at " + Instant.now(), library,
                        core.summary(), discord.summary(), OverheadSupport.addedOverCore(discord, core));
                System.err.println(report);
                Files.writeString(Path.of("target", "adapter-overhead-results.txt"), report + "\n",
                        StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);

                assertThat(discord.counters().get("lost")).as("questions without a response").isZero();
                assertThat(discord.n()).isEqualTo(measured.size());
                assertThat(discord.counters().get("failed_callbacks")).as("callbacks the fake refused").isZero();
            }
        }
    }
}
