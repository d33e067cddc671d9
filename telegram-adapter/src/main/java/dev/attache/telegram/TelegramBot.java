package dev.attache.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.attache.core.Attache;
import dev.attache.core.ops.Platform;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeChat;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeDefault;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * Attaché on Telegram: long-polls the Bot API (the public one or the configured base URL),
 * answers questions and operator commands through the {@link Attache} facade, and registers its
 * commands for Telegram's menu. {@link #start()} returns once polling runs; {@link #close()} stops
 * polling and every thread the bot started (telegrambots' polling threads are not daemon threads
 * and would otherwise keep the JVM alive). Messages in one chat are handled in order; different
 * chats are handled concurrently.
 */
public final class TelegramBot implements AutoCloseable {

    /**
     * Tuning knobs, mostly for tests.
     *
     * @param pollTimeoutSeconds how long one getUpdates call waits for updates (long polling)
     * @param pacing the flood limits replies are spaced by
     * @param retryBackoff the first delay before retrying a 5xx or a time-out; it doubles
     * @param typingDelay how long an answer may take before "typing…" is shown
     * @param workers threads handling updates
     */
    public record Options(int pollTimeoutSeconds, Pacing pacing, Duration retryBackoff, Duration typingDelay,
                          int workers) {

        public static final int POLL_TIMEOUT_SECONDS = 50;
        public static final Duration RETRY_BACKOFF = Duration.ofMillis(500);
        public static final Duration TYPING_DELAY = Duration.ofMillis(300);
        public static final int WORKERS = 4;

        public Options {
            if (pollTimeoutSeconds < 0 || workers < 1) {
                throw new IllegalArgumentException("bad options");
            }
            Objects.requireNonNull(pacing);
            Objects.requireNonNull(retryBackoff);
            Objects.requireNonNull(typingDelay);
        }

        public static Options defaults() {
            return new Options(POLL_TIMEOUT_SECONDS, Pacing.telegram(), RETRY_BACKOFF, TYPING_DELAY, WORKERS);
        }

        public Options withPollTimeoutSeconds(int seconds) {
            return new Options(seconds, pacing, retryBackoff, typingDelay, workers);
        }

        public Options withPacing(Pacing p) {
            return new Options(pollTimeoutSeconds, p, retryBackoff, typingDelay, workers);
        }

        public Options withRetryBackoff(Duration d) {
            return new Options(pollTimeoutSeconds, pacing, d, typingDelay, workers);
        }

        public Options withTypingDelay(Duration d) {
            return new Options(pollTimeoutSeconds, pacing, retryBackoff, d, workers);
        }

        public Options withWorkers(int n) {
            return new Options(pollTimeoutSeconds, pacing, retryBackoff, typingDelay, n);
        }
    }

    /** Commands everyone sees in Telegram's menu. */
    static final List<BotCommand> PUBLIC_COMMANDS = List.of(
            new BotCommand("start", "What I do and how to ask"),
            new BotCommand("help", "How to use me"),
            new BotCommand("ask", "Ask a question (in groups)"),
            new BotCommand("who", "What someone is quoted as saying"),
            new BotCommand("sources", "Sources of my last answer here"));

    /** Commands operators also see, in their private chats with the bot. */
    static final List<BotCommand> OPERATOR_COMMANDS = List.of(
            new BotCommand("add", "Add an article: URL, document or reply"),
            new BotCommand("remove", "Remove an article by id"),
            new BotCommand("list", "List the library"),
            new BotCommand("stats", "Library statistics"));

    private static final Logger log = LoggerFactory.getLogger(TelegramBot.class);

    private final Attache attache;
    private final TelegramConfig config;
    private final Options options;
    private final List<AutoCloseable> closers = new ArrayList<>();
    private final ConcurrentHashMap<Long, CompletableFuture<Void>> chatQueues = new ConcurrentHashMap<>();
    private volatile boolean started;
    private volatile boolean closed;
    private volatile UpdateRouter.Identity identity;

    public TelegramBot(Attache attache, TelegramConfig config) {
        this(attache, config, Options.defaults());
    }

    public TelegramBot(Attache attache, TelegramConfig config, Options options) {
        this.attache = Objects.requireNonNull(attache, "attache");
        this.config = Objects.requireNonNull(config, "config");
        this.options = Objects.requireNonNull(options, "options");
    }

    /**
     * Connects (getMe, which checks the token), registers the command menus and starts long
     * polling. Throws {@link IllegalStateException} when Telegram cannot be reached or refuses the
     * token; the bot is then closed.
     */
    public synchronized TelegramBot start() {
        if (started || closed) {
            throw new IllegalStateException(closed ? "closed" : "already started");
        }
        started = true;
        try {
            ExecutorService okHttpThreads = Executors.newCachedThreadPool(threads("attache-telegram-http", true));
            OkHttpClient okHttp = new OkHttpClient.Builder()
                    .dispatcher(new Dispatcher(okHttpThreads))
                    .connectionPool(new ConnectionPool(8, 60, TimeUnit.SECONDS))
                    .connectTimeout(Duration.ofSeconds(15))
                    .writeTimeout(Duration.ofSeconds(30))
                    .readTimeout(Duration.ofSeconds(options.pollTimeoutSeconds() + 30L))
                    // One retry policy: the reply sender's (backoff, counted in attache.platform.errors).
                    // OkHttp's own silent retry of a dropped pooled connection hid such faults from it.
                    .retryOnConnectionFailure(false)
                    .build();
            closers.add(() -> {
                okHttp.dispatcher().cancelAll();
                okHttpThreads.shutdownNow();
                okHttp.connectionPool().evictAll();
            });
            TelegramUrl url = new TelegramUrl(config.scheme(), config.host(), config.port(), false);
            OkHttpTelegramClient client = new OkHttpTelegramClient(okHttp, config.token(), url);

            User me = client.execute(new GetMe());
            identity = new UpdateRouter.Identity(me.getId(), me.getUserName() == null ? "" : me.getUserName());
            log.info("telegram connected bot_id={} username={} api={}", me.getId(), me.getUserName(), config.apiUrl());

            ScheduledExecutorService timer = typingTimer();
            closers.add(timer::shutdownNow);
            ExecutorService workers = Executors.newFixedThreadPool(options.workers(), threads("attache-telegram-worker", false));
            closers.add(() -> {
                workers.shutdown();
                if (!workers.awaitTermination(5, TimeUnit.SECONDS)) {
                    workers.shutdownNow();
                }
            });
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(15))
                    .followRedirects(HttpClient.Redirect.NORMAL).build();
            closers.add(http::shutdownNow);

            ReplySender sender = new ReplySender(client, new Pacer(options.pacing()), options.retryBackoff(),
                    kind -> attache.metrics().platformError(Platform.TELEGRAM, kind));
            registerCommands(sender);
            UpdateRouter router = new UpdateRouter(attache, config, sender, new TelegramRenderer(), new AnswerMemory(),
                    identity, timer, options.typingDelay(), http);

            ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(threads("attache-telegram-poll", false));
            closers.add(poller::shutdownNow);
            TelegramBotsLongPollingApplication app = new TelegramBotsLongPollingApplication(
                    ObjectMapper::new, () -> okHttp, () -> poller);
            closers.add(app); // the application runs from construction; close() stops its sessions
            LongPollingUpdateConsumer consumer = updates -> {
                for (Update u : updates) {
                    dispatch(u, router, workers);
                }
            };
            int timeout = options.pollTimeoutSeconds();
            app.registerBot(config.token(), () -> url,
                    lastId -> GetUpdates.builder().offset(lastId + 1).limit(100).timeout(timeout).build(), consumer);
            log.info("telegram polling bot_id={} poll_timeout_s={}", me.getId(), timeout);
            return this;
        } catch (TelegramApiException | RuntimeException e) {
            close();
            throw new IllegalStateException("Telegram bot could not start (api " + config.apiUrl()
                    + "): " + e.getMessage(), e);
        }
    }

    /**
     * The timer of the "typing…" notices. Most answers beat the notice's delay and cancel it; a
     * cancelled notice leaves the queue at once rather than waking the timer thread for nothing
     * (once per question, in the middle of others).
     */
    static ScheduledThreadPoolExecutor typingTimer() {
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, threads("attache-telegram-timer", true));
        timer.setRemoveOnCancelPolicy(true);
        return timer;
    }

    /** The bot's @username, known once started. */
    public String username() {
        UpdateRouter.Identity id = identity;
        return id == null ? "" : id.username();
    }

    public TelegramConfig config() {
        return config;
    }

    /** Stops polling and every thread the bot started; waits briefly for replies in progress. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        // the polling application first, so no new updates arrive; then workers, then HTTP threads
        List<AutoCloseable> order = new ArrayList<>(closers);
        java.util.Collections.reverse(order);
        for (AutoCloseable c : order) {
            try {
                c.close();
            } catch (Exception e) {
                log.warn("telegram shutdown step failed error={}", e.toString());
            } catch (Error e) {
                log.warn("telegram shutdown step failed error={}", e.toString());
            }
        }
        closers.clear();
        log.info("telegram stopped");
    }

    private void dispatch(Update u, UpdateRouter router, ExecutorService workers) {
        long chat = chatOf(u);
        try {
            chatQueues.compute(chat, (k, tail) -> {
                CompletableFuture<Void> prev = tail == null ? CompletableFuture.completedFuture(null) : tail;
                CompletableFuture<Void> next = prev.thenRunAsync(() -> router.handle(u), workers);
                next.whenComplete((v, e) -> chatQueues.remove(k, next));
                return next;
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            log.warn("update dropped at shutdown update_id={}", u.getUpdateId());
        }
    }

    private static long chatOf(Update u) {
        if (u.hasMessage() && u.getMessage().getChatId() != null) {
            return u.getMessage().getChatId();
        }
        if (u.hasCallbackQuery() && u.getCallbackQuery().getMessage() != null) {
            return u.getCallbackQuery().getMessage().getChatId();
        }
        return 0L;
    }

    private void registerCommands(ReplySender sender) {
        List<BotCommand> operatorMenu = new ArrayList<>(PUBLIC_COMMANDS);
        operatorMenu.addAll(OPERATOR_COMMANDS);
        sender.call(SetMyCommands.builder().commands(PUBLIC_COMMANDS).scope(new BotCommandScopeDefault()).build());
        for (String op : config.operators()) {
            // an operator's private chat with the bot has the operator's user id as its chat id
            sender.call(SetMyCommands.builder().commands(operatorMenu).scope(new BotCommandScopeChat(op)).build());
        }
    }

    private static ThreadFactory threads(String prefix, boolean daemon) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
            t.setDaemon(daemon);
            return t;
        };
    }
}
