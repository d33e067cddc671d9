package dev.attache.telegram;

import dev.attache.core.testing.OverheadSupport;
import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.core.ops.LoadLimits;
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
 * The Telegram half of issue 7's "adapters add ≤ 5 ms p99", run on demand
 * ({@code ./mvnw -B -pl telegram-adapter -am test -Dgroups=load -Dtest=TelegramOverheadLoadTest
 * -Dsurefire.failIfNoSpecifiedTests=false}), never in the default suite: on a library of the first
 * 5,000 RealTimeQA articles of the shared data, 1,000 distinct real RealTimeQA questions (after
 * 300 for warm-up, asked five times over so that the JIT compiler has settled) are asked in blocks
 * of 100, each block directly through the core and then through the bot against the fake Bot
 * API, each in a fresh answer-cache generation so every answer is computed. Telegram's default options (pacing, long polling) are used. The figures go to
 * stderr and are appended to {@code target/adapter-overhead-results.txt}; nothing about time is
 * asserted. Knobs: {@code -Dattache.bench.questions}, {@code .warmup}, {@code .warmupRounds},
 * {@code .articles}, {@code .gapMs}.
 */
@Tag("load")
class TelegramOverheadLoadTest {

    /** Kept between runs: importing the articles takes about a minute. */
    static final Path LIBRARY = Path.of("target", "overhead-library");

    /** Questions per block; core and bot blocks alternate. */
    static final int BLOCK = 100;

    @Test
    void everyQuestionGetsAnAnswerThroughTheBotAndTheOverheadIsReported() throws Exception {
        int questions = Integer.getInteger("attache.bench.questions", 1_000);
        int warmUp = Integer.getInteger("attache.bench.warmup", 300);
        int warmUpRounds = Integer.getInteger("attache.bench.warmupRounds", 5);
        int articles = Integer.getInteger("attache.bench.articles", 5_000);
        Duration gap = Duration.ofMillis(Integer.getInteger("attache.bench.gapMs", 40));
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        // One question per user and chat: the limits never bite; they are still checked per question.
        LoadLimits limits = LoadLimits.defaults();
        try (BotHarness h = new BotHarness(LIBRARY, TelegramBot.Options.defaults(),
                c -> c.withMeters(meters).withLoad(limits));
             AutoCloseable logs = OverheadSupport.productionLogLevel()) {
            OverheadSupport.ensureLibrary(h.attache, articles);
            List<String> all = OverheadSupport.questions(7);
            List<String> warm = all.subList(0, warmUp);
            List<String> measured = all.subList(warmUp, Math.min(all.size(), warmUp + questions));
            String library = String.format(Locale.ROOT, "library: %d articles, %d passages (RealTimeQA); %d questions"
                            + " after %d warm-up × %d; gap %d ms; options %s; processors %d; java %s",
                    h.attache.stats().articles(), h.attache.stats().passages(), measured.size(), warm.size(), warmUpRounds,
                    gap.toMillis(), TelegramBot.Options.defaults(), Runtime.getRuntime().availableProcessors(),
                    Runtime.version());
            System.err.println(library);

            int generation = 0;
            for (int round = 0; round < warmUpRounds; round++) {
                OverheadSupport.freshGeneration(h.attache, ++generation);
                OverheadSupport.core("warm-up core", h.attache, warm, gap);
                OverheadSupport.freshGeneration(h.attache, ++generation);
                TelegramOverheadBench.run("warm-up telegram", h, meters, warm, 1_000_000 + 100_000L * round, gap,
                        Duration.ofSeconds(30));
            }

            // Blocks of core and bot phases alternate, so both see the same (shared, changing) machine load.
            List<OverheadSupport.Phase> coreBlocks = new ArrayList<>();
            List<TelegramOverheadBench.Run> botBlocks = new ArrayList<>();
            for (int from = 0; from < measured.size(); from += BLOCK) {
                List<String> block = measured.subList(from, Math.min(measured.size(), from + BLOCK));
                OverheadSupport.freshGeneration(h.attache, ++generation);
                coreBlocks.add(OverheadSupport.core("core", h.attache, block, gap));
                OverheadSupport.freshGeneration(h.attache, ++generation);
                botBlocks.add(TelegramOverheadBench.run("telegram", h, meters, block, 2_000_000 + from, gap,
                        Duration.ofSeconds(30)));
            }
            OverheadSupport.Phase core = OverheadSupport.Phase.concat("core", coreBlocks);
            TelegramOverheadBench.Run tg = TelegramOverheadBench.Run.concat("telegram", botBlocks);

            String report = String.join("\n", "== telegram overhead run at " + Instant.now(), library,
                    core.summary(), tg.phase().summary(),
                    String.format(Locale.ROOT, "%-22s queued → handed out by getUpdates p50=%.2fms p99=%.2fms;"
                                    + " queued → first message p50=%.2fms p99=%.2fms", "",
                            OverheadSupport.percentile(tg.queuedToHandedOut(), 50) / 1e6,
                            OverheadSupport.percentile(tg.queuedToHandedOut(), 99) / 1e6,
                            OverheadSupport.percentile(tg.toFirstMessage(), 50) / 1e6,
                            OverheadSupport.percentile(tg.toFirstMessage(), 99) / 1e6),
                    OverheadSupport.addedOverCore(tg.phase(), core));
            System.err.println(report);
            Files.writeString(Path.of("target", "adapter-overhead-results.txt"), report + "\n",
                    StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);

            assertThat(tg.phase().counters().get("lost")).as("questions without a complete answer").isZero();
            assertThat(tg.phase().n()).isEqualTo(measured.size());
            assertThat(tg.phase().counters().get("refused_by_fake")).as("messages the fake refused").isZero();
        }
    }
}
