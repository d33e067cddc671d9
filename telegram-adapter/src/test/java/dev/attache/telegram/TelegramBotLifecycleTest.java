package dev.attache.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.attache.core.Attache;
import dev.attache.core.AttacheConfig;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TelegramBotLifecycleTest {

    @TempDir
    Path dir;

    private static long botThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && t.getName().startsWith("attache-telegram")).count();
    }

    @Test
    void closeStopsPollingAndEveryThreadTheBotStarted() throws Exception {
        try (BotHarness h = new BotHarness(dir)) {
            h.api.awaitOne("getUpdates", c -> true, BotHarness.WAIT);
            assertThat(botThreads()).isPositive();
        }
        long deadline = System.currentTimeMillis() + 10_000;
        while (botThreads() > 0 && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        assertThat(botThreads()).isZero();
    }

    @Test
    void aWrongTokenFailsStartClearlyWithoutShowingIt() throws Exception {
        try (FakeBotApi api = new FakeBotApi(); Attache attache = Attache.open(AttacheConfig.at(dir))) {
            TelegramBot bot = new TelegramBot(attache, new TelegramConfig("1:wrong-secret", Set.of(), api.baseUrl()));
            assertThatThrownBy(bot::start).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("could not start").hasMessageNotContaining("wrong-secret");
        }
    }

    @Test
    void aCancelledTypingNoticeLeavesTheTimerQueueAtOnce() {
        ScheduledThreadPoolExecutor timer = TelegramBot.typingTimer();
        try {
            ScheduledFuture<?> typing = timer.schedule(() -> { }, 1, TimeUnit.MINUTES);
            assertThat(timer.getQueue()).hasSize(1);
            typing.cancel(false);
            assertThat(timer.getQueue()).as("nothing left to wake the timer for").isEmpty();
        } finally {
            timer.shutdownNow();
        }
    }
}
