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
}
