package dev.attache.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class PacerTest {

    private static final long SECOND = Duration.ofSeconds(1).toNanos();
    private final AtomicLong now = new AtomicLong(0);
    private final Pacer pacer = new Pacer(Pacing.telegram(), now::get, now::set);

    @Test
    void oneMessagePerSecondInAChat() {
        assertThat(pacer.reserve(1, false)).isEqualTo(0);
        assertThat(pacer.reserve(1, false)).isEqualTo(SECOND);
        assertThat(pacer.reserve(1, false)).isEqualTo(2 * SECOND);
    }

    @Test
    void thirtyMessagesPerSecondOverall() {
        for (int chat = 0; chat < 30; chat++) {
            pacer.reserve(chat, false);
        }
        long t = pacer.reserve(1000, false);
        assertThat(t).isGreaterThanOrEqualTo(30 * (SECOND / 30)).isLessThanOrEqualTo(SECOND);
    }

    @Test
    void twentyMessagesPerMinuteInAGroup() throws InterruptedException {
        long first = pacer.reserve(-5, true);
        for (int i = 1; i < 20; i++) {
            pacer.acquire(-5, true);
        }
        long twentyFirst = pacer.reserve(-5, true);
        assertThat(twentyFirst - first).isGreaterThanOrEqualTo(Duration.ofMinutes(1).toNanos());
    }

    @Test
    void aChatPacedIntoTheFutureDoesNotHoldBackOtherChats() {
        for (int i = 0; i < 5; i++) {
            pacer.reserve(7, false); // someone flooding chat 7: its replies go at 0, 1, 2, 3, 4 s
        }
        long other = pacer.reserve(8, false);
        assertThat(other).isLessThan(SECOND / 10);
        assertThat(pacer.reserve(7, false)).isEqualTo(5 * SECOND);
    }

    @Test
    void everyTwoReservationsAreAtLeastTheOverallSpacingApart() {
        java.util.List<Long> times = new java.util.ArrayList<>();
        java.util.Random rnd = new java.util.Random(11);
        for (int i = 0; i < 500; i++) {
            now.addAndGet(rnd.nextInt(20_000_000));
            times.add(pacer.reserve(rnd.nextInt(12), rnd.nextBoolean()));
        }
        java.util.Collections.sort(times);
        for (int i = 1; i < times.size(); i++) {
            assertThat(times.get(i) - times.get(i - 1)).isGreaterThanOrEqualTo(SECOND / 30);
        }
    }
}
