package dev.attache.core.testing;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.AppenderBase;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * Everything a run prints while this is open: every log event of every logger at every level
 * (the root logger is lowered to TRACE meanwhile), with its stack traces, and whatever goes to
 * System.out and System.err. For tests that scan a run's output, e.g. for secrets. Loggers of a
 * test's fakes (their server side, which is not part of the application) can be left out by name prefix.
 */
public final class CapturedOutput implements AutoCloseable {

    private final StringBuffer text = new StringBuffer();
    private final Logger root = (Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
    private final Level rootLevel = root.getLevel();
    private final PrintStream out = System.out;
    private final PrintStream err = System.err;
    private final List<String> ignoredLoggers;
    private final java.util.Map<String, String> ignoredLevels = new java.util.HashMap<>();
    private final AppenderBase<ILoggingEvent> appender = new AppenderBase<>() {
        @Override
        protected void append(ILoggingEvent event) {
            if (ignoredLoggers.stream().anyMatch(event.getLoggerName()::startsWith)) {
                return;
            }
            text.append(event.getLevel()).append(' ').append(event.getLoggerName()).append(' ')
                    .append(event.getFormattedMessage()).append('\n');
            if (event.getThrowableProxy() != null) {
                text.append(ThrowableProxyUtil.asString(event.getThrowableProxy())).append('\n');
            }
        }
    };

    /** @param ignoredLoggerPrefixes loggers of the test's fakes, e.g. the fake Discord gateway's WebSocket server */
    public CapturedOutput(String... ignoredLoggerPrefixes) {
        this.ignoredLoggers = List.of(ignoredLoggerPrefixes);
        for (String name : ignoredLoggers) {
            Logger logger = (Logger) LoggerFactory.getLogger(name);
            ignoredLevels.put(name, logger.getLevel() == null ? "" : logger.getLevel().levelStr);
            logger.setLevel(Level.OFF); // also silences them on the console, which is captured too
        }
        appender.setContext(root.getLoggerContext());
        appender.start();
        root.addAppender(appender);
        root.setLevel(Level.TRACE);
        System.setOut(tee(out));
        System.setErr(tee(err));
    }

    private PrintStream tee(PrintStream original) {
        ByteArrayOutputStream sink = new ByteArrayOutputStream() {
            @Override
            public synchronized void flush() {
                text.append(toString(StandardCharsets.UTF_8));
                reset();
            }
        };
        return new PrintStream(new OutputStream() {
            @Override
            public void write(int b) throws java.io.IOException {
                original.write(b);
                sink.write(b);
                if (b == '\n') {
                    sink.flush();
                }
            }

            @Override
            public void write(byte[] b, int off, int len) throws java.io.IOException {
                original.write(b, off, len);
                sink.write(b, off, len);
                sink.flush();
            }
        }, true, StandardCharsets.UTF_8);
    }

    /** The lines of the output so far that contain {@code secret}, for a failure message. */
    public List<String> linesContaining(String secret) {
        return text().lines().filter(l -> l.contains(secret)).map(l -> l.length() > 300 ? l.substring(0, 300) + "…" : l)
                .toList();
    }

    /** All output so far. */
    public String text() {
        return text.toString();
    }

    @Override
    public void close() {
        System.setOut(out);
        System.setErr(err);
        root.setLevel(rootLevel);
        root.detachAppender(appender);
        appender.stop();
        ignoredLevels.forEach((name, level) ->
                ((Logger) LoggerFactory.getLogger(name)).setLevel(level.isEmpty() ? null : Level.toLevel(level)));
    }
}
