package dev.attache.discord;

import dev.attache.core.testing.OverheadSupport;
import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.core.Attache;
import dev.attache.core.AttacheConfig;
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
 * A few questions of {@link DiscordOverheadLoadTest} in the default suite, so the harness cannot
 * rot: on one short article written for this test, every {@code /ask} gets an interaction response
 * through the real JDA, and the phase holds one latency and one core time per question. Times are
 * measured, never asserted.
 */
class DiscordOverheadSmokeTest {

    static final String ARTICLE = """
            Harbor council backs a shared ferry schedule

            The Northern Ledger

            The harbor council voted on Tuesday to share one ferry schedule between the three island towns.
            "One timetable will save every town money," said Mira Olsen, the council's transport chair.
            The towns will review the schedule after one year, the council said.
            """;

    @TempDir
    Path dir;

    @Test
    void eachAskYieldsOneLatencyAndOneCoreTime() throws Exception {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        try (FakeDiscord fake = new FakeDiscord();
             Attache attache = Attache.open(AttacheConfig.at(dir).withMeters(meters))) {
            assertThat(attache.add(Caller.local(Platform.CLI), new AddRequest.FromText(ARTICLE)))
                    .isInstanceOf(AddOutcome.Added.class);
            DiscordConfig config = DiscordConfig.ofToken("fake-token").withApiUrl(fake.apiUrl())
                    .withGatewayUrl(fake.gatewayUrl()).withGuild(fake.guildId);
            try (DiscordBot bot = new DiscordBot(attache, config)) {
                bot.start();
                assertThat(bot.awaitReady(Duration.ofSeconds(20))).as("ready; calls:\n%s", fake.describeCalls())
                        .isTrue();
                List<String> questions = List.of("What did the harbor council decide about ferries?",
                        "What did Mira Olsen say?", "When will the towns review the schedule?",
                        "What is the weather on Mars?");

                OverheadSupport.Phase core = OverheadSupport.core("core", attache, questions, Duration.ofMillis(40));
                OverheadSupport.freshGeneration(attache, 1);
                OverheadSupport.Phase discord = DiscordOverheadBench.run("discord", fake, meters, questions,
                        320_000_000_000_000_000L, Duration.ofMillis(40), Duration.ofSeconds(20));
                System.err.println(core.summary() + "\n" + discord.summary());

                assertThat(core.n()).isEqualTo(questions.size());
                assertThat(discord.n()).isEqualTo(questions.size());
                assertThat(discord.counters()).containsEntry("lost", 0L).containsEntry("failed_callbacks", 0L);
                assertThat(java.util.Arrays.stream(discord.coreInside()).boxed().toList()).hasSize(questions.size())
                        .allMatch(t -> t > 0);
                assertThat(OverheadSupport.addedOverCore(discord, core)).contains("p50", "p99");
            }
        }
    }
}
