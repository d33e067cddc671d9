package dev.attache.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.longpolling.BotSession;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;

/**
 * The app puts telegrambots and JDA on one classpath with a single OkHttp, JDA's OkHttp 5
 * (okhttp-jvm); telegrambots was built against OkHttp 4. This proves that there is one copy of
 * okhttp3 and that telegrambots' client and long polling work on it, against a local Bot API.
 */
class TelegramBotsOnOkHttp5Test {

    private static final String TOKEN = "123:abc";

    @Test
    void theClasspathHoldsExactlyOneOkHttpAndItIsVersion5() throws Exception {
        List<URL> copies = Collections.list(getClass().getClassLoader().getResources("okhttp3/OkHttpClient.class"));
        assertThat(copies).hasSize(1);
        assertThat(okhttp3.OkHttp.VERSION).startsWith("5.");
    }

    @Test
    void telegramClientAndLongPollingWorkOnOkHttp5() throws Exception {
        List<String> methods = new CopyOnWriteArrayList<>();
        AtomicBoolean updateServed = new AtomicBoolean();
        HttpServer api = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        api.createContext("/", ex -> {
            String path = ex.getRequestURI().getPath();
            String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
            String method = trimmed.substring(trimmed.lastIndexOf('/') + 1).toLowerCase(java.util.Locale.ROOT);
            methods.add(method);
            ex.getRequestBody().readAllBytes();
            String body = switch (method) {
                case "getme" -> "{\"ok\":true,\"result\":{\"id\":42,\"is_bot\":true,\"first_name\":\"Attache\","
                        + "\"username\":\"attache_bot\"}}";
                case "getupdates" -> updateServed.getAndSet(true) ? "{\"ok\":true,\"result\":[]}"
                        : "{\"ok\":true,\"result\":[{\"update_id\":7,\"message\":{\"message_id\":1,\"date\":1700000000,"
                        + "\"chat\":{\"id\":5,\"type\":\"private\"},\"from\":{\"id\":5,\"is_bot\":false,"
                        + "\"first_name\":\"Ana\"},\"text\":\"hello\"}}]}";
                default -> "{\"ok\":true,\"result\":true}";
            };
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "application/json");
            ex.sendResponseHeaders(200, bytes.length);
            ex.getResponseBody().write(bytes);
            ex.close();
        });
        api.start();
        TelegramUrl url = new TelegramUrl("http", "127.0.0.1", api.getAddress().getPort(), false);
        try {
            User me = new OkHttpTelegramClient(TOKEN, url).execute(new GetMe());
            assertThat(me.getUserName()).isEqualTo("attache_bot");

            List<Update> received = new CopyOnWriteArrayList<>();
            CountDownLatch got = new CountDownLatch(1);
            try (TelegramBotsLongPollingApplication app = new TelegramBotsLongPollingApplication()) {
                BotSession session = app.registerBot(TOKEN, () -> url,
                        offset -> GetUpdates.builder().offset(offset + 1).timeout(1).build(),
                        updates -> {
                            received.addAll(updates);
                            got.countDown();
                        });
                assertThat(got.await(20, TimeUnit.SECONDS)).isTrue();
                session.stop();
            }
            assertThat(received).extracting(u -> u.getMessage().getText()).containsExactly("hello");
            assertThat(methods).contains("getme", "getupdates");
        } finally {
            api.stop(0);
        }
    }
}
