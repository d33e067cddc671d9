package dev.attache.telegram;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * The fake Bot API ({@link FakeBotApi}) for tests outside this package, e.g. the application's
 * tests that run {@code attache serve} as a real process against it: its token, its address,
 * messages to send the bot and the replies the bot made.
 */
public final class FakeTelegram implements AutoCloseable {

    /** The only token the fake accepts; distinctive, so a test can search logs for it. */
    public static final String TOKEN = FakeBotApi.TOKEN;

    private final FakeBotApi api;

    public FakeTelegram() throws IOException {
        api = new FakeBotApi();
    }

    /** The Bot API base URL to give the bot ({@code TELEGRAM_API_URL}). */
    public URI baseUrl() {
        return api.baseUrl();
    }

    /** A private-chat message from {@code userId}. */
    public void sendText(long userId, String text) {
        api.sendText(userId, userId, text);
    }

    /** A private-chat message replying to the user's own message {@code repliedText}, e.g. {@code /add}. */
    public void sendReplyToText(long userId, String text, String repliedText) {
        api.sendReplyToText(userId, userId, text, repliedText);
    }

    /** Waits until the bot has fetched every update queued so far. */
    public void awaitFetched(Duration timeout) {
        api.awaitConfirmed(timeout);
    }

    /** The texts of the messages the bot sent or edited in the chat with {@code userId}, so far. */
    public List<String> repliesTo(long userId) {
        return api.calls().stream()
                .filter(c -> (c.method().equals("sendMessage") || c.method().equals("editMessageText"))
                        && c.status() == 200 && c.chatId() == userId)
                .map(FakeBotApi.Call::text).toList();
    }

    @Override
    public void close() {
        api.close();
    }
}
