package dev.attache.telegram;

import com.sun.net.httpserver.HttpServer;
import dev.attache.core.Attache;
import dev.attache.core.AttacheConfig;
import dev.attache.core.ops.FetchPolicy;
import dev.attache.core.ops.Operators;
import dev.attache.core.ops.Platform;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One bot under test: a library in a temporary directory, the fake Bot API, a local web server
 * for pages to /add, and the real telegrambots client running {@link TelegramBot} against them.
 */
final class BotHarness implements AutoCloseable {

    static final long OPERATOR = 123;
    static final long STRANGER = 456;
    static final long GROUP = -1001234567L;
    static final Duration WAIT = Duration.ofSeconds(20);

    final FakeBotApi api;
    final HttpServer pages;
    final Map<String, byte[]> pageBodies = new ConcurrentHashMap<>();
    final Attache attache;
    final TelegramBot bot;

    BotHarness(Path dir) throws IOException {
        this(dir, TelegramBot.Options.defaults().withPollTimeoutSeconds(1)
                .withPacing(new Pacing(Duration.ofMillis(200), Pacing.PER_GROUP_PER_MINUTE, Pacing.PER_SECOND_OVERALL))
                .withRetryBackoff(Duration.ofMillis(100)));
    }

    BotHarness(Path dir, TelegramBot.Options options) throws IOException {
        this(dir, options, c -> c);
    }

    /** With core's configuration adjusted by {@code configure} (rate limits, metrics registry…). */
    BotHarness(Path dir, TelegramBot.Options options, java.util.function.UnaryOperator<AttacheConfig> configure)
            throws IOException {
        api = new FakeBotApi();
        pages = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        pages.createContext("/", ex -> {
            try (ex) {
                byte[] body = pageBodies.get(ex.getRequestURI().getPath());
                if (body == null) {
                    ex.sendResponseHeaders(404, -1);
                    return;
                }
                ex.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
                ex.sendResponseHeaders(200, body.length);
                try (OutputStream out = ex.getResponseBody()) {
                    out.write(body);
                }
            }
        });
        pages.start();
        attache = Attache.open(configure.apply(AttacheConfig.at(dir)
                .withOperators(new Operators(Map.of(Platform.TELEGRAM, Set.of(String.valueOf(OPERATOR))), Set.of()))
                .withFetch(FetchPolicy.defaults().allowingPrivateHosts(Set.of("127.0.0.1")))));
        TelegramConfig config = new TelegramConfig(FakeBotApi.TOKEN, Set.of(String.valueOf(OPERATOR)), api.baseUrl());
        bot = new TelegramBot(attache, config, options).start();
    }

    /** Serves a test resource under {@code /path} and returns its URL. */
    String serve(String path, String resource) {
        pageBodies.put(path, resource(resource));
        return "http://127.0.0.1:" + pages.getAddress().getPort() + path;
    }

    static byte[] resource(String name) {
        try (InputStream in = BotHarness.class.getResourceAsStream("/articles/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource /articles/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    URI apiUrl() {
        return api.baseUrl();
    }

    @Override
    public void close() throws IOException {
        bot.close();
        api.close();
        pages.stop(0);
        attache.close();
    }
}
