package dev.attache.core.search.eval;

import java.util.Arrays;

/**
 * Durations in nanoseconds (wall-clock or CPU time of queries and answers), summarized as
 * nearest-rank percentiles. Used by the evaluation and by the benchmark harness. Not thread-safe:
 * each measuring thread keeps its own.
 */
public final class Latencies {

    private long[] nanos = new long[1024];
    private int count;

    public void add(long durationNanos) {
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, count * 2);
        }
        nanos[count++] = durationNanos;
    }

    public int count() {
        return count;
    }

    /** The nearest-rank percentile {@code p} (0 &lt; p ≤ 100) in nanoseconds; 0 when nothing was recorded. */
    public long nanos(double p) {
        if (p <= 0 || p > 100) {
            throw new IllegalArgumentException("percentile must be in (0, 100]: " + p);
        }
        if (count == 0) {
            return 0;
        }
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100 * count);
        return sorted[Math.min(count - 1, Math.max(0, rank - 1))];
    }

    /** {@link #nanos} in milliseconds. */
    public double ms(double p) {
        return nanos(p) / 1e6;
    }

    /** {@link #nanos} in microseconds. */
    public double us(double p) {
        return nanos(p) / 1e3;
    }
}
