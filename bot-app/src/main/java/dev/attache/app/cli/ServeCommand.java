package dev.attache.app.cli;

import dev.attache.app.AppEnvironment;
import dev.attache.app.LibraryOptions;
import dev.attache.app.OpsServer;
import dev.attache.core.Attache;
import dev.attache.core.ops.Operators;
import dev.attache.core.ops.Platform;
import dev.attache.discord.DiscordBot;
import dev.attache.discord.DiscordConfig;
import dev.attache.telegram.TelegramBot;
import dev.attache.telegram.TelegramConfig;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Run the bots on one shared library until stopped (SIGTERM or Ctrl-C).",
                "Telegram when TELEGRAM_BOT_TOKEN is set (TELEGRAM_OPERATORS, TELEGRAM_API_URL),",
                "Discord when DISCORD_BOT_TOKEN is set (DISCORD_OPERATORS, DISCORD_OPERATOR_ROLES, DISCORD_GUILD,",
                "DISCORD_API_URL, DISCORD_GATEWAY_URL). On stop, the bots finish what is in flight and the library is committed.",
                "GET /healthz and /metrics (Prometheus) are served on 127.0.0.1:$ATTACHE_METRICS_PORT (default 9464; 0: off)."})
public final class ServeCommand implements Callable<Integer> {

    @Mixin
    LibraryOptions library;

    @Override
    public Integer call() throws Exception {
        if (System.getenv("ATTACHE_LOG_LEVEL") == null) {
            System.setProperty("ATTACHE_LOG_LEVEL", "INFO");
        }
        Logger log = LoggerFactory.getLogger(ServeCommand.class);
        AppEnvironment env = AppEnvironment.fromSystem();
        Optional<TelegramConfig> telegram = TelegramConfig.fromEnvironment(env.env());
        DiscordConfig discord = DiscordConfig.fromEnvironment(env.env());
        if (telegram.isEmpty() && !discord.enabled()) {
            throw new IllegalArgumentException("nothing to serve: set TELEGRAM_BOT_TOKEN and/or DISCORD_BOT_TOKEN "
                    + "(see README: Run it on Telegram / Run it on Discord)");
        }
        int metricsPort = env.metricsPort();
        PrometheusMeterRegistry meters = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        new JvmMemoryMetrics().bindTo(meters);
        new JvmThreadMetrics().bindTo(meters);
        new ProcessorMetrics().bindTo(meters);
        new UptimeMetrics().bindTo(meters);
        JvmGcMetrics gc = new JvmGcMetrics();
        gc.bindTo(meters);
        Operators operators = discord.addTo(new Operators(
                Map.of(Platform.TELEGRAM, telegram.map(TelegramConfig::operators).orElse(Set.of())), Set.of()));
        Attache attache = library.openForService(operators, meters);
        List<AutoCloseable> running = new ArrayList<>();
        running.add(gc);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            log.info("stopping: finishing work in flight, then committing the library");
            for (AutoCloseable bot : running.reversed()) {
                closeQuietly(bot, log);
            }
            closeQuietly(attache, log);
            stopped.countDown();
        }, "attache-shutdown"));
        try {
            if (metricsPort > 0) {
                running.add(OpsServer.start(metricsPort, attache, meters));
            }
            if (telegram.isPresent()) {
                running.add(new TelegramBot(attache, telegram.get()).start());
                log.info("telegram bot started");
            }
            if (discord.enabled()) {
                DiscordBot bot = new DiscordBot(attache, discord);
                running.add(bot);
                bot.start();
                log.info("discord bot started");
            }
        } catch (RuntimeException | java.io.IOException e) {
            log.error("start-up failed: {}", e.getMessage());
            System.exit(1);
        }
        log.info("serving library={} articles={}", library.dataDir(), attache.stats().articles());
        stopped.await();
        return 0;
    }

    private static void closeQuietly(AutoCloseable closeable, Logger log) {
        try {
            closeable.close();
        } catch (Exception e) {
            log.warn("error while stopping {}: {}", closeable.getClass().getSimpleName(), e.toString());
        }
    }
}
