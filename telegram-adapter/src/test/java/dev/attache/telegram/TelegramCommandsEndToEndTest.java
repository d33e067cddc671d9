package dev.attache.telegram;

import static dev.attache.telegram.BotHarness.OPERATOR;
import static dev.attache.telegram.BotHarness.STRANGER;
import static dev.attache.telegram.BotHarness.WAIT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.core.answer.Question;
import dev.attache.core.ops.AddOutcome;
import dev.attache.core.ops.AddRequest;
import dev.attache.core.ops.Caller;
import dev.attache.core.ops.Platform;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands beyond asking — /who, /list, /remove — and "typing…", through the real client and the fake Bot API. */
class TelegramCommandsEndToEndTest {

    @TempDir
    Path dir;
    BotHarness h;
    String articleId;

    @BeforeEach
    void start() throws Exception {
        // "typing…" shows at once, so that every answer of this test shows it.
        h = new BotHarness(dir, TelegramBot.Options.defaults().withPollTimeoutSeconds(1)
                .withPacing(new Pacing(Duration.ofMillis(200), Pacing.PER_GROUP_PER_MINUTE, Pacing.PER_SECOND_OVERALL))
                .withRetryBackoff(Duration.ofMillis(100)).withTypingDelay(Duration.ZERO));
        String url = h.serve("/news/baltic-corridor.html", "baltic-corridor.html");
        AddOutcome added = h.attache.add(Caller.of(Platform.TELEGRAM, String.valueOf(OPERATOR)), new AddRequest.FromUrl(url));
        articleId = ((AddOutcome.Added) added).article().id();
    }

    @AfterEach
    void stop() throws Exception {
        h.close();
    }

    @Test
    void typingIsShownWhileAnAnswerIsPrepared() {
        h.api.sendText(STRANGER, STRANGER, "Would a Baltic grain corridor need naval escorts?");
        h.api.awaitOne("sendChatAction", c -> c.chatId() == STRANGER
                && c.params().path("action").asText().equals("typing"), WAIT);
        h.api.awaitOne("sendMessage", c -> c.chatId() == STRANGER, WAIT);
    }

    @Test
    void whoListsWhatAPersonIsQuotedAsSayingWithSources() {
        h.api.sendText(STRANGER, STRANGER, "/who Holm");
        FakeBotApi.Call reply = h.api.awaitOne("sendMessage", c -> c.chatId() == STRANGER, WAIT);
        assertThat(reply.text()).contains("Petra Holm").contains("Harbour states weigh a Baltic grain corridor");
        assertThat(TelegramHtmlValidator.problems(reply.text())).isEmpty();
    }

    @Test
    void operatorListsAndRemovesAnArticleAndItIsNoLongerUsed() {
        h.api.sendText(OPERATOR, OPERATOR, "/list");
        FakeBotApi.Call list = h.api.awaitOne("sendMessage", c -> c.chatId() == OPERATOR, WAIT);
        assertThat(list.text()).contains("Harbour states weigh a Baltic grain corridor");

        h.api.sendText(OPERATOR, OPERATOR, "/remove " + articleId);
        h.api.awaitOne("sendMessage", c -> c.chatId() == OPERATOR && c.text().contains("Removed"), WAIT);
        assertThat(h.attache.stats().articles()).isZero();
        assertThat(h.attache.ask(Question.of("Would a Baltic grain corridor need naval escorts?")).answered()).isFalse();
    }

    @Test
    void strangersRemoveIsRefusedAndTheArticleStays() {
        h.api.sendText(STRANGER, STRANGER, "/remove " + articleId);
        FakeBotApi.Call reply = h.api.awaitOne("sendMessage", c -> c.chatId() == STRANGER, WAIT);
        assertThat(reply.text()).doesNotContain("Removed");
        assertThat(h.attache.stats().articles()).isEqualTo(1);
    }
}
