package dev.attache.discord;

import dev.attache.core.testing.OverheadSupport;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Measures what the Discord adapter adds to an answer: one {@code /ask} at a time, each from its
 * own user, through the real JDA and {@link DiscordBot} against {@link FakeDiscord}. A question's
 * latency runs on the fake's clock from the moment its INTERACTION_CREATE dispatch is handed to
 * the gateway connection to the moment the interaction response (the callback carrying the
 * answer's embeds) reaches the fake's REST side; the core's own time for the same question is read
 * from core's answer timer around it, so each request's overhead is its latency minus its core time.
 */
final class DiscordOverheadBench {

    private DiscordOverheadBench() {
    }

    /**
     * Asks {@code questions} through the bot connected to {@code fake}, waiting {@code gap} after
     * each response; a question with no response within {@code timeout} is counted as lost and
     * left out of the latencies.
     */
    static OverheadSupport.Phase run(String name, FakeDiscord fake, MeterRegistry meters, List<String> questions,
                                     long firstUser, Duration gap, Duration timeout) throws InterruptedException {
        AtomicReference<CompletableFuture<FakeDiscord.Call>> pending = new AtomicReference<>();
        AtomicInteger followUps = new AtomicInteger();
        AtomicInteger deferred = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        java.util.function.Consumer<FakeDiscord.Call> listener = c -> {
            if (c.method().equals("POST") && c.path().endsWith("/callback")) {
                CompletableFuture<FakeDiscord.Call> f = pending.get();
                if (c.status() >= 300) {
                    failed.incrementAndGet();
                }
                if (c.body().path("type").asInt() == 5) {
                    deferred.incrementAndGet(); // deferred: the answer comes later by webhook
                    return;
                }
                if (f != null) {
                    f.complete(c);
                }
            } else if (c.method().equals("POST") && c.path().startsWith("/api/v10/webhooks/")) {
                followUps.incrementAndGet();
            } else if (c.method().equals("PATCH") && c.path().endsWith("/messages/@original")) {
                CompletableFuture<FakeDiscord.Call> f = pending.get();
                if (f != null) {
                    f.complete(c); // the deferred answer
                }
            }
        };
        fake.listen(listener);
        double answered0 = OverheadSupport.answeredCount(meters);
        int n = questions.size();
        long[] latency = new long[n];
        long[] core = new long[n];
        int got = 0;
        int lost = 0;
        int embeds = 0;
        Map<String, Long> groups0 = OverheadSupport.cpuByGroup();
        long cpu0 = OverheadSupport.processCpuNanos();
        String load0 = OverheadSupport.loadavg();
        long wall0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            CompletableFuture<FakeDiscord.Call> response = new CompletableFuture<>();
            pending.set(response);
            long core0 = OverheadSupport.coreAnswerNanos(meters);
            ObjectNode options = fake.json.createObjectNode().put(DiscordCommands.QUESTION, questions.get(i));
            FakeDiscord.Interaction interaction = fake.slash(DiscordCommands.ASK, Optional.empty(), options,
                    Long.toString(firstUser + i), Set.of(), Instant.now());
            FakeDiscord.Call done;
            try {
                done = response.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException | ExecutionException e) {
                lost++;
                continue;
            }
            if (!done.path().contains(interaction.id) && !done.path().contains(interaction.token)) {
                throw new IllegalStateException("a response to another interaction: " + done.path());
            }
            latency[got] = done.atNanos() - interaction.dispatchedNanos;
            core[got] = OverheadSupport.coreAnswerNanos(meters) - core0;
            embeds += done.body().path("data").path("embeds").size() + done.body().path("embeds").size();
            got++;
            pending.set(null);
            Thread.sleep(gap);
        }
        long wall = System.nanoTime() - wall0;
        long cpu = OverheadSupport.processCpuNanos() - cpu0;
        Map<String, Long> counters = new java.util.TreeMap<>(OverheadSupport.cpuCounters(groups0,
                OverheadSupport.cpuByGroup()));
        counters.putAll(Map.of("lost", (long) lost, "deferred", (long) deferred.get(), "follow_ups", (long) followUps.get(),
                        "failed_callbacks", (long) failed.get(), "embeds", (long) embeds));
        fake.unlisten(listener);
        fake.forgetCalls();
        return new OverheadSupport.Phase(name, Arrays.copyOf(latency, got), Arrays.copyOf(core, got),
                (int) Math.round(OverheadSupport.answeredCount(meters) - answered0), wall, cpu,
                load0 + " → " + OverheadSupport.loadavg(),
                counters);
    }
}
