package dev.attache.telegram;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.TreeSet;
import java.util.function.LongSupplier;

/**
 * Spaces outgoing messages to stay within {@link Pacing}: each caller reserves the earliest slot
 * that respects the per-chat interval, the per-group window and the overall rate, then sleeps
 * until it. Reservations are made under one lock, so concurrent senders never share a slot.
 * Overall, any two reservations are at least {@code 1 s / perSecondOverall} apart, but a message
 * may take a free gap before later reservations: a chat whose own replies are paced into the
 * future (someone flooding it) does not hold back messages to other chats.
 */
final class Pacer {

    /** Sleeps until a {@link System#nanoTime()}-style instant; replaced in tests. */
    interface Sleeper {
        void sleepUntil(long nanos) throws InterruptedException;
    }

    private static final long WINDOW_NANOS = Duration.ofMinutes(1).toNanos();

    private final Pacing pacing;
    private final LongSupplier clock;
    private final Sleeper sleeper;
    private final long overallSpacing;
    private final Cache<Long, ChatSlots> chats = Caffeine.newBuilder()
            .maximumSize(100_000).expireAfterAccess(Duration.ofMinutes(2)).build();
    /** Reserved send times, all at least {@link #overallSpacing} apart; older ones are pruned. */
    private final TreeSet<Long> reserved = new TreeSet<>();

    private static final class ChatSlots {
        long next = Long.MIN_VALUE;
        final ArrayDeque<Long> window = new ArrayDeque<>();
    }

    Pacer(Pacing pacing) {
        this(pacing, System::nanoTime, nanos -> {
            long wait = nanos - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(Duration.ofNanos(wait));
            }
        });
    }

    Pacer(Pacing pacing, LongSupplier clock, Sleeper sleeper) {
        this.pacing = pacing;
        this.clock = clock;
        this.sleeper = sleeper;
        this.overallSpacing = Duration.ofSeconds(1).toNanos() / pacing.perSecondOverall();
    }

    /** Waits for the next slot in which a message may go to {@code chatId}. */
    void acquire(long chatId, boolean group) throws InterruptedException {
        sleeper.sleepUntil(reserve(chatId, group));
    }

    /** Reserves and returns the earliest permitted send time for a message to {@code chatId}. */
    synchronized long reserve(long chatId, boolean group) {
        long now = clock.getAsLong();
        ChatSlots slots = chats.get(chatId, k -> new ChatSlots());
        long t = Math.max(now, slots.next);
        if (group) {
            while (!slots.window.isEmpty() && slots.window.peekFirst() <= t - WINDOW_NANOS) {
                slots.window.pollFirst();
            }
            if (slots.window.size() >= pacing.perGroupPerMinute()) {
                t = Math.max(t, slots.window.peekFirst() + WINDOW_NANOS);
                slots.window.pollFirst();
            }
        }
        t = overallSlot(now, t);
        if (group) {
            slots.window.addLast(t);
        }
        slots.next = t + pacing.perChatInterval().toNanos();
        return t;
    }

    /** The earliest time from {@code t} at least one overall spacing from every other reservation; reserved. */
    private long overallSlot(long now, long t) {
        reserved.headSet(now - overallSpacing).clear();
        long c = t;
        while (true) {
            Long before = reserved.floor(c);
            if (before != null && c - before < overallSpacing) {
                c = before + overallSpacing;
                continue;
            }
            Long after = reserved.ceiling(c);
            if (after != null && after - c < overallSpacing) {
                c = after + overallSpacing;
                continue;
            }
            reserved.add(c);
            return c;
        }
    }
}
