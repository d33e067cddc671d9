package dev.attache.telegram;

import dev.attache.core.testing.OverheadSupport;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Measures what the Telegram adapter adds to an answer: one question at a time, each from its
 * own private chat, through the real telegrambots client and {@link TelegramBot} against the
 * fake Bot API. A question's latency runs on the fake's clock from the moment its update is
 * queued (a pending long poll returns it at once) to the moment the request carrying the
 * answer's last message (the one with the buttons) reaches the fake; the core's own time for
 * the same question is read from core's answer timer around it, so each request's overhead is
 * its latency minus its core time.
 */
final class TelegramOverheadBench {

    /** What became of one phase, with its time stamps broken down (ns). */
    record Run(OverheadSupport.Phase phase, long[] queuedToHandedOut, long[] toFirstMessage) {

        /** Blocks of one run, as one. */
        static Run concat(String name, List<Run> blocks) {
            return new Run(OverheadSupport.Phase.concat(name, blocks.stream().map(Run::phase).toList()),
                    blocks.stream().flatMapToLong(b -> java.util.Arrays.stream(b.queuedToHandedOut())).toArray(),
                    blocks.stream().flatMapToLong(b -> java.util.Arrays.stream(b.toFirstMessage())).toArray());
        }
    }

    private TelegramOverheadBench() {
    }

    /**
     * Asks {@code questions} through the bot in {@code h}, waiting {@code gap} after each reply
     * (Telegram's pacing allows 30 messages a second overall; a gap of 35 ms or more keeps the
     * pacer from delaying a first message); a question with no complete answer within
     * {@code timeout} is counted as lost and left out of the latencies.
     */
    static Run run(String name, BotHarness h, MeterRegistry meters, List<String> questions, long firstChat,
                   Duration gap, Duration timeout) throws InterruptedException {
        return run(name, h, meters, questions, firstChat, gap, timeout, false);
    }

    /**
     * As {@link #run(String, BotHarness, MeterRegistry, List, long, Duration, Duration)}; with
     * {@code anyReplyCompletes} the first message to the chat completes a request (for commands
     * such as /help, whose reply has no buttons).
     */
    static Run run(String name, BotHarness h, MeterRegistry meters, List<String> questions, long firstChat,
                   Duration gap, Duration timeout, boolean anyReplyCompletes) throws InterruptedException {
        Map<Long, CompletableFuture<FakeBotApi.Call>> first = new ConcurrentHashMap<>();
        Map<Long, CompletableFuture<FakeBotApi.Call>> complete = new ConcurrentHashMap<>();
        AtomicInteger messages = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        java.util.function.Consumer<FakeBotApi.Call> listener = c -> {
            if (!c.method().equals("sendMessage") || !complete.containsKey(c.chatId())) {
                return;
            }
            if (c.status() != 200) {
                refused.incrementAndGet();
                return;
            }
            messages.incrementAndGet();
            first.get(c.chatId()).complete(c);
            if (anyReplyCompletes || c.params().has("reply_markup") || c.text().startsWith("Sorry")
                    || c.text().startsWith("⏳")) {
                complete.get(c.chatId()).complete(c);
            }
        };
        h.api.listen(listener);
        double answered0 = OverheadSupport.answeredCount(meters);
        int n = questions.size();
        long[] latency = new long[n];
        long[] core = new long[n];
        long[] poll = new long[n];
        long[] firstMessage = new long[n];
        int got = 0;
        int lost = 0;
        int withButtons = 0;
        Map<String, Long> groups0 = OverheadSupport.cpuByGroup();
        long cpu0 = OverheadSupport.processCpuNanos();
        String load0 = OverheadSupport.loadavg();
        long wall0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            long chat = firstChat + i;
            first.put(chat, new CompletableFuture<>());
            complete.put(chat, new CompletableFuture<>());
            long core0 = OverheadSupport.coreAnswerNanos(meters);
            int update = h.api.sendText(chat, chat, questions.get(i));
            FakeBotApi.Call done;
            try {
                done = complete.get(chat).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException | java.util.concurrent.ExecutionException e) {
                lost++;
                continue;
            }
            long queued = h.api.queuedNanos(update);
            latency[got] = done.receivedNanos() - queued;
            core[got] = OverheadSupport.coreAnswerNanos(meters) - core0;
            poll[got] = h.api.handedOutNanos(update) - queued;
            firstMessage[got] = first.get(chat).getNow(done).receivedNanos() - queued;
            if (done.params().has("reply_markup")) {
                withButtons++;
            }
            got++;
            first.remove(chat);
            complete.remove(chat);
            Thread.sleep(gap);
        }
        long wall = System.nanoTime() - wall0;
        long cpu = OverheadSupport.processCpuNanos() - cpu0;
        Map<String, Long> counters = new java.util.TreeMap<>(OverheadSupport.cpuCounters(groups0,
                OverheadSupport.cpuByGroup()));
        counters.putAll(Map.of("lost", (long) lost, "messages", (long) messages.get(), "refused_by_fake", (long) refused.get(),
                        "with_buttons", (long) withButtons));
        h.api.unlisten(listener);
        h.api.forgetUpdateTimes();
        OverheadSupport.Phase phase = new OverheadSupport.Phase(name, java.util.Arrays.copyOf(latency, got),
                java.util.Arrays.copyOf(core, got),
                (int) Math.round(OverheadSupport.answeredCount(meters) - answered0), wall, cpu, load0 + " → " + OverheadSupport.loadavg(),
                counters);
        return new Run(phase, java.util.Arrays.copyOf(poll, got), java.util.Arrays.copyOf(firstMessage, got));
    }
}
