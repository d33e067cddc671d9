package dev.attache.telegram;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.attache.core.ops.AttacheMetrics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.LoggerFactory;

/**
 * Drives a running {@link BotHarness} like a crowd: {@code users} people, each in a private chat,
 * ask a question, wait for the whole answer (the message that carries the buttons), think, and
 * ask again until the run ends; optionally one more person floods {@code floodMessages} questions
 * as fast as the fake accepts them. Every reply is classified (answer, "slow down" notice, other),
 * latencies are taken from the moment the update is queued at the fake Bot API to the moment the
 * bot's answer reaches it, and errors logged by Attaché are counted. Questions are drawn from a
 * few templates and topics with a seeded random, so runs are reproducible and mostly miss the
 * answer cache.
 */
final class LoadHarness {

    /** What to simulate. */
    record Plan(int users, Duration duration, Duration thinkMin, Duration thinkMax, int floodMessages,
                Duration floodStart, long seed, long firstUserId, long flooderId, Duration replyTimeout) {
        Plan withFlood(int messages) {
            return new Plan(users, duration, thinkMin, thinkMax, messages, floodStart, seed, firstUserId, flooderId,
                    replyTimeout);
        }

        Plan withSeedAndUsers(long newSeed, long newFirstUserId, long newFlooderId) {
            return new Plan(users, duration, thinkMin, thinkMax, floodMessages, floodStart, newSeed, newFirstUserId,
                    newFlooderId, replyTimeout);
        }
    }

    /** What happened. Latencies are of the ordinary users' answers, in nanoseconds. */
    record Result(int asked, int answered, int othersNotices, int othersLost, List<Long> latencies, List<long[]> slowest,
                  int floodAnswered, int floodNotices, long floodLimited, int floodOtherReplies, long floodUnaccounted,
                  int errorsLogged, List<String> errorSamples) {

        long percentileNanos(double p) {
            if (latencies.isEmpty()) {
                return 0;
            }
            List<Long> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
            return sorted.get(Math.max(0, Math.min(i, sorted.size() - 1)));
        }

        String summary(String name) {
            return String.format(Locale.ROOT,
                    "%s: asked=%d answered=%d others_notices=%d others_lost=%d p50=%.1fms p90=%.1fms p99=%.1fms max=%.1fms"
                            + " | flood answered=%d notices=%d limited=%d other_replies=%d unaccounted=%d | errors=%d",
                    name, asked, answered, othersNotices, othersLost, percentileNanos(50) / 1e6,
                    percentileNanos(90) / 1e6, percentileNanos(99) / 1e6, percentileNanos(100) / 1e6,
                    floodAnswered, floodNotices, floodLimited, floodOtherReplies, floodUnaccounted, errorsLogged)
                    + "\n  slowest (sent at s, latency ms): " + slowest.stream()
                    .map(a -> String.format(Locale.ROOT, "%.1f:%d", a[0] / 1e9, a[1] / 1_000_000)).toList();
        }
    }

    static final List<String> TEMPLATES = List.of(
            "What did %s officials say about %s?",
            "How did %s respond to changes in %s?",
            "What is the outlook for %s in %s?",
            "Why did %s change its policy on %s?",
            "What did analysts expect for %s and %s?");
    static final List<String> PLACES = List.of("Brazil", "Japan", "Canada", "West Germany", "France", "Britain",
            "the United States", "Indonesia", "Malaysia", "Argentina", "Australia", "China", "the Soviet Union",
            "Saudi Arabia", "Mexico", "Nigeria", "India", "Italy", "the Netherlands", "South Korea");
    static final List<String> TOPICS = List.of("cocoa", "coffee", "sugar", "grain", "wheat", "corn", "crude oil",
            "natural gas", "gold", "silver", "copper", "interest rates", "the money supply", "the trade deficit",
            "the dollar", "the yen", "inflation", "economic growth", "unemployment", "housing starts", "retail sales",
            "company earnings", "acquisitions", "OPEC output", "tariffs", "soybeans", "livestock", "rubber", "tin",
            "shipping", "bank lending", "the budget deficit", "exports", "imports", "farm subsidies");

    static String question(Random rnd) {
        String template = TEMPLATES.get(rnd.nextInt(TEMPLATES.size()));
        String a = PLACES.get(rnd.nextInt(PLACES.size()));
        String b = TOPICS.get(rnd.nextInt(TOPICS.size()));
        return template.startsWith("What is the outlook") || template.startsWith("What did analysts")
                ? String.format(Locale.ROOT, template, b, a) : String.format(Locale.ROOT, template, a, b);
    }

    private static boolean isAnswer(FakeBotApi.Call c) {
        return c.params().has("reply_markup");
    }

    private static boolean isNotice(FakeBotApi.Call c) {
        return c.text().startsWith("⏳");
    }

    private LoadHarness() {
    }

    static Result run(BotHarness h, MeterRegistry meters, Plan plan) throws InterruptedException {
        Map<Long, BlockingQueue<FakeBotApi.Call>> replies = new ConcurrentHashMap<>();
        for (int u = 0; u < plan.users(); u++) {
            replies.put(plan.firstUserId() + u, new LinkedBlockingQueue<>());
        }
        replies.put(plan.flooderId(), new LinkedBlockingQueue<>());
        h.api.listen(c -> {
            if (c.method().equals("sendMessage") && c.status() == 200) {
                BlockingQueue<FakeBotApi.Call> q = replies.get(c.chatId());
                if (q != null) {
                    q.add(c);
                }
            }
        });
        ListAppender<ILoggingEvent> errors = new ListAppender<>();
        errors.start();
        Logger attacheLogs = (Logger) LoggerFactory.getLogger("dev.attache");
        attacheLogs.addAppender(errors);
        double limitedBefore = limitedCount(meters);

        AtomicInteger asked = new AtomicInteger();
        AtomicInteger answered = new AtomicInteger();
        AtomicInteger notices = new AtomicInteger();
        AtomicInteger lost = new AtomicInteger();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        List<long[]> timed = Collections.synchronizedList(new ArrayList<>());
        long start = System.nanoTime();
        long end = start + plan.duration().toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int u = 0; u < plan.users(); u++) {
            long user = plan.firstUserId() + u;
            Random rnd = new Random(plan.seed() * 1_000 + u);
            threads.add(Thread.ofPlatform().name("load-user-" + u).start(() -> {
                BlockingQueue<FakeBotApi.Call> mine = replies.get(user);
                try {
                    // spread the first questions over the first think time
                    Thread.sleep(rnd.nextLong(Math.max(1, plan.thinkMax().toMillis())));
                    while (System.nanoTime() < end) {
                        long sent = System.nanoTime();
                        h.api.sendText(user, user, question(rnd));
                        asked.incrementAndGet();
                        FakeBotApi.Call last = awaitComplete(mine, plan.replyTimeout());
                        if (last == null) {
                            lost.incrementAndGet();
                        } else if (isAnswer(last)) {
                            answered.incrementAndGet();
                            latencies.add(last.atNanos() - sent);
                            timed.add(new long[] {sent - start, last.atNanos() - sent});
                        } else if (isNotice(last)) {
                            notices.incrementAndGet();
                        }
                        long think = plan.thinkMin().toMillis()
                                + rnd.nextLong(Math.max(1, plan.thinkMax().toMillis() - plan.thinkMin().toMillis()));
                        Thread.sleep(think);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
        }
        Thread flooder = null;
        if (plan.floodMessages() > 0) {
            Random rnd = new Random(plan.seed() * 7_919);
            flooder = Thread.ofPlatform().name("load-flooder").start(() -> {
                try {
                    Thread.sleep(plan.floodStart());
                    for (int i = 0; i < plan.floodMessages(); i++) {
                        h.api.sendText(plan.flooderId(), plan.flooderId(), question(rnd));
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
        for (Thread t : threads) {
            t.join();
        }
        // The flood is accounted for when every message was either answered or refused by the limit.
        int floodAnswered = 0;
        int floodNotices = 0;
        int floodOther = 0;
        long floodLimited = 0;
        if (flooder != null) {
            flooder.join();
            BlockingQueue<FakeBotApi.Call> q = replies.get(plan.flooderId());
            long deadline = System.nanoTime() + plan.replyTimeout().toNanos() * 4;
            while (true) {
                FakeBotApi.Call c = q.poll(100, TimeUnit.MILLISECONDS);
                if (c != null) {
                    if (isAnswer(c)) {
                        floodAnswered++;
                    } else if (isNotice(c)) {
                        floodNotices++;
                    } else {
                        floodOther++;
                    }
                }
                floodLimited = Math.round(limitedCount(meters) - limitedBefore); // ordinary users are never limited
                if (floodAnswered + floodLimited >= plan.floodMessages() && q.isEmpty() || System.nanoTime() > deadline) {
                    break;
                }
            }
            // a last short wait for replies still paced on their way
            FakeBotApi.Call c;
            while ((c = q.poll(1500, TimeUnit.MILLISECONDS)) != null) {
                if (isAnswer(c)) {
                    floodAnswered++;
                } else if (isNotice(c)) {
                    floodNotices++;
                } else {
                    floodOther++;
                }
            }
        }
        attacheLogs.detachAppender(errors);
        List<ILoggingEvent> errorEvents = errors.list.stream().filter(e -> e.getLevel().isGreaterOrEqual(Level.ERROR))
                .toList();
        List<long[]> slowest = new ArrayList<>(timed);
        slowest.sort((a, b) -> Long.compare(b[1], a[1]));
        return new Result(asked.get(), answered.get(), notices.get(), lost.get(), List.copyOf(latencies),
                List.copyOf(slowest.subList(0, Math.min(8, slowest.size()))), floodAnswered,
                floodNotices, floodLimited, floodOther, plan.floodMessages() - floodAnswered - floodLimited,
                errorEvents.size(), errorEvents.stream().limit(5).map(ILoggingEvent::getFormattedMessage).toList());
    }

    /** The reply that completes an answer (the one with buttons) or a one-message notice; null on time-out. */
    private static FakeBotApi.Call awaitComplete(BlockingQueue<FakeBotApi.Call> replies, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            FakeBotApi.Call c = left <= 0 ? null : replies.poll(left, TimeUnit.NANOSECONDS);
            if (c == null || isAnswer(c) || isNotice(c) || !c.params().has("reply_markup") && c.text().startsWith("Sorry")) {
                return c;
            }
        }
    }

    private static double limitedCount(MeterRegistry meters) {
        return meters.find(AttacheMetrics.RATE_LIMITED).counters().stream().mapToDouble(Counter::count).sum();
    }
}
