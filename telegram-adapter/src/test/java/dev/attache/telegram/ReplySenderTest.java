package dev.attache.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;

/** The sender against the fake Bot API through the real telegrambots client; no core needed. */
class ReplySenderTest {

    private FakeBotApi api;
    private OkHttpClient http;
    private OkHttpTelegramClient client;
    private ReplySender sender;

    @BeforeEach
    void start() throws Exception {
        api = new FakeBotApi();
        http = new OkHttpClient();
        client = new OkHttpTelegramClient(http, FakeBotApi.TOKEN,
                new TelegramUrl("http", "127.0.0.1", api.baseUrl().getPort(), false));
        sender = new ReplySender(client, new Pacer(new Pacing(Duration.ofMillis(20), 20, 30)), Duration.ofMillis(50));
    }

    @AfterEach
    void stop() {
        api.close();
        http.dispatcher().executorService().shutdownNow();
        http.connectionPool().evictAll();
    }

    @Test
    void waitsRetryAfterThenDelivers() {
        api.failNext("sendMessage", FakeBotApi.Fault.tooManyRequests(1));
        assertThat(sender.send(5, false, "<b>hi</b>", null, null)).isPresent();
        List<FakeBotApi.Call> calls = api.calls("sendMessage");
        assertThat(calls).extracting(FakeBotApi.Call::status).containsExactly(429, 200);
        assertThat(calls.get(1).atNanos() - calls.get(0).atNanos()).isGreaterThanOrEqualTo(Duration.ofSeconds(1).toNanos());
    }

    @Test
    void retriesServerErrorsWithBackoff() {
        api.failNext("sendMessage", FakeBotApi.Fault.serverError());
        api.failNext("sendMessage", FakeBotApi.Fault.serverError());
        assertThat(sender.send(5, false, "hi", null, null)).isPresent();
        assertThat(api.calls("sendMessage")).extracting(FakeBotApi.Call::status).containsExactly(500, 500, 200);
    }

    @Test
    void resendsAsPlainTextWhenMarkupIsRejected() {
        api.failNext("sendMessage", FakeBotApi.Fault.cantParseEntities());
        assertThat(sender.send(5, false, "<b>A &amp; B</b>", null, null)).isPresent();
        FakeBotApi.Call last = api.calls("sendMessage").get(1);
        assertThat(last.html()).isFalse();
        assertThat(last.text()).isEqualTo("A & B");
    }

    @Test
    void givesUpOnOtherClientErrorsAndSaysSo() {
        api.failNext("sendMessage", new FakeBotApi.Fault(403, 403, "Forbidden: bot was blocked by the user", null));
        assertThat(sender.send(5, false, "hi", null, null)).isEmpty();
        assertThat(api.calls("sendMessage")).hasSize(1);
    }

    @Test
    void givesUpAfterTheLastAttempt() {
        for (int i = 0; i < ReplySender.MAX_ATTEMPTS; i++) {
            api.failNext("sendMessage", FakeBotApi.Fault.serverError());
        }
        assertThat(sender.send(5, false, "hi", null, null)).isEmpty();
        assertThat(api.calls("sendMessage")).hasSize(ReplySender.MAX_ATTEMPTS);
    }

    @Test
    void pacesMessagesToOneChat() {
        ReplySender sender = new ReplySender(client, new Pacer(Pacing.telegram()), Duration.ofMillis(50));
        for (int i = 0; i < 3; i++) {
            sender.send(5, false, "m" + i, null, null);
        }
        List<FakeBotApi.Call> calls = api.calls("sendMessage");
        assertThat(calls.get(2).atNanos() - calls.get(0).atNanos())
                .isGreaterThanOrEqualTo(Duration.ofMillis(1900).toNanos());
    }
}
