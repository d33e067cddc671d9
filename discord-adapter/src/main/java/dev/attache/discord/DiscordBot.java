package dev.attache.discord;

import dev.attache.core.Attache;
import dev.attache.core.answer.Answer;
import dev.attache.core.answer.Question;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.exceptions.InvalidTokenException;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.SessionControllerAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Attaché on Discord: connects with JDA (no privileged intents: everything arrives as
 * application commands), registers the slash commands globally or on the development guild, and
 * answers them from the library. JDA reconnects and resumes by itself after a gateway drop.
 * {@link #close()} disconnects and stops the bot's threads.
 */
public final class DiscordBot implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DiscordBot.class);

    /** Answers a question; the real one is {@link Attache#ask}, tests may slow it down. */
    @FunctionalInterface
    interface Answerer {
        Answer ask(Question question);
    }

    private final DiscordConfig config;
    private final InteractionHandler handler;
    private JDA jda;

    public DiscordBot(Attache attache, DiscordConfig config) {
        this(attache, config, attache::ask, DiscordLimits.DIRECT_REPLY_WINDOW);
    }

    DiscordBot(Attache attache, DiscordConfig config, Answerer answerer, Duration directReplyWindow) {
        this.config = Objects.requireNonNull(config, "config");
        this.handler = new InteractionHandler(Objects.requireNonNull(attache, "attache"), answerer,
                new DiscordRenderer(), config.guild(), directReplyWindow);
    }

    /**
     * Logs in and connects to the gateway; returns once the token is accepted. Commands are
     * registered when the gateway is ready ({@link #awaitReady}). Throws
     * {@link IllegalStateException} when no token is configured or the bot already started.
     */
    public synchronized void start() {
        if (jda != null) {
            throw new IllegalStateException("the Discord bot is already started");
        }
        String token = config.token().orElseThrow(() -> new IllegalStateException(
                "DISCORD_BOT_TOKEN is not set: create a bot token in the Discord developer portal"));
        RestConfig rest = new RestConfig();
        config.apiUrl().ifPresent(rest::setBaseUrl);
        JDABuilder builder = JDABuilder.createLight(token, EnumSet.noneOf(GatewayIntent.class))
                .setRestConfig(rest)
                .setEnableShutdownHook(false)
                .setAutoReconnect(true)
                .addEventListeners(handler);
        config.gatewayUrl().ifPresent(url -> builder
                .setSessionController(new FixedGatewaySessionController(url))
                .setCompression(Compression.NONE));
        log.info("discord starting config={}", config);
        try {
            jda = builder.build();
        } catch (InvalidTokenException e) {
            throw new IllegalStateException("Discord rejected DISCORD_BOT_TOKEN: copy the bot token again from the"
                    + " Discord developer portal (Bot, Reset Token)", e);
        }
    }

    /** Waits until the gateway is ready and the commands are registered; false on timeout or failure. */
    public boolean awaitReady(Duration timeout) throws InterruptedException {
        return handler.awaitCommandsRegistered(timeout);
    }

    /** The JDA session, for tests and diagnostics; present once started. */
    synchronized JDA jda() {
        if (jda == null) {
            throw new IllegalStateException("not started");
        }
        return jda;
    }

    /** Deferrals waiting on the timer, for tests: a direct reply cancels its own. */
    int pendingDeferrals() {
        return handler.pendingDeferrals();
    }

    @Override
    public synchronized void close() {
        if (jda != null) {
            jda.shutdown();
            try {
                if (!jda.awaitShutdown(10, TimeUnit.SECONDS)) {
                    jda.shutdownNow();
                }
            } catch (InterruptedException e) {
                jda.shutdownNow();
                Thread.currentThread().interrupt();
            }
            jda = null;
        }
        handler.close();
        log.info("discord stopped");
    }

    /** Hands JDA a fixed gateway URL (a proxy or a test server) instead of Discord's. */
    private static final class FixedGatewaySessionController extends SessionControllerAdapter {
        private final String gateway;

        FixedGatewaySessionController(String gateway) {
            this.gateway = gateway;
        }

        @Override
        public String getGateway() {
            return gateway;
        }
    }
}
