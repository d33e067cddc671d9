package dev.attache.telegram;

import dev.attache.core.testing.OverheadSupport;
import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.core.ops.AddOutcome;
import dev.attache.core.ops.AddRequest;
import dev.attache.core.ops.Caller;
import dev.attache.core.ops.Platform;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A few questions of {@link TelegramOverheadLoadTest} in the default suite, so the harness cannot
 * rot: on two short test articles, every question gets a complete answer through the bot, and the
 * phase holds one latency and one core time per question. Times are measured, never asserted.
 */
class TelegramOverheadSmokeTest {

    @TempDir
    Path dir;

    @Test
    void eachQuestionYieldsOneLatencyAndOneCoreTime() throws Exception {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        try (BotHarness h = new BotHarness(dir, TelegramBot.Options.defaults(), c -> c.withMeters(meters))) {
            Caller cli = Caller.local(Platform.CLI);
            assertThat(h.attache.add(cli, new AddRequest.FromFile("lighthouse-treaty.txt",
                    BotHarness.resource("lighthouse-treaty.txt")))).isInstanceOf(AddOutcome.Added.class);
            assertThat(h.attache.add(cli, new AddRequest.FromFile("baltic-corridor.html",
                    BotHarness.resource("baltic-corridor.html")))).isInstanceOf(AddOutcome.Added.class);
            List<String> questions = List.of("What did the treaty say about lighthouses?",
                    "Who opposed the Baltic corridor?", "What will the corridor cost?",
                    "When was the lighthouse treaty signed?", "What is the weather on Mars?");

            OverheadSupport.Phase core = OverheadSupport.core("core", h.attache, questions, Duration.ofMillis(40));
            OverheadSupport.freshGeneration(h.attache, 1);
            TelegramOverheadBench.Run run = TelegramOverheadBench.run("telegram", h, meters, questions, 5_000_000,
                    Duration.ofMillis(40), Duration.ofSeconds(20));
            System.err.println(core.summary() + "\n" + run.phase().summary());

            assertThat(core.n()).isEqualTo(questions.size());
            assertThat(run.phase().n()).isEqualTo(questions.size());
            assertThat(run.phase().counters()).containsEntry("lost", 0L).containsEntry("refused_by_fake", 0L)
                    .containsEntry("with_buttons", (long) questions.size());
            assertThat(java.util.Arrays.stream(run.phase().coreInside()).boxed().toList()).hasSize(questions.size()).allMatch(t -> t > 0);
            assertThat(run.queuedToHandedOut()).hasSize(questions.size());
            assertThat(OverheadSupport.addedOverCore(run.phase(), core)).contains("p50", "p99");
        }
    }
}
