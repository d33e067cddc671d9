package dev.attache.app;

import dev.attache.core.ops.ImportProgress;
import java.io.PrintStream;
import java.util.Locale;

/**
 * A one-line progress bar on stderr for long imports, redrawn at most four times a second;
 * {@link #close()} ends the line.
 */
public final class ProgressBar implements ImportProgress, AutoCloseable {

    private static final long REDRAW_NANOS = 250_000_000L;
    private static final int WIDTH = 30;

    private final PrintStream err;
    private final String unit;
    private final long startNanos = System.nanoTime();
    private long lastDraw;
    private boolean drawn;

    /** A bar counting articles. */
    public ProgressBar(PrintStream err) {
        this(err, "articles");
    }

    /** A bar counting {@code unit} (a plural noun). */
    public ProgressBar(PrintStream err, String unit) {
        this.err = err;
        this.unit = unit;
    }

    @Override
    public synchronized void update(long bytesRead, long totalBytes, long count) {
        long now = System.nanoTime();
        if (now - lastDraw < REDRAW_NANOS) {
            return;
        }
        lastDraw = now;
        double fraction = totalBytes > 0 ? Math.min(1, (double) bytesRead / totalBytes) : 0;
        int filled = (int) (fraction * WIDTH);
        double seconds = (now - startNanos) / 1e9;
        err.printf(Locale.ROOT, "\r[%s%s] %3.0f%%  %,d %s  %.0f/s ", "#".repeat(filled), ".".repeat(WIDTH - filled),
                fraction * 100, count, unit, seconds > 0 ? count / seconds : 0);
        err.flush();
        drawn = true;
    }

    @Override
    public synchronized void close() {
        if (drawn) {
            err.println();
            drawn = false;
        }
    }
}
