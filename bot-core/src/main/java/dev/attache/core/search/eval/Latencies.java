package dev.attache.core.search.eval;

import java.util.Arrays;

/**
 * Wall-clock durations of queries, summarized as nearest-rank percentiles in milliseconds.
 * Not thread-safe.
 */
public final class Latencies {

    private long[] nanos = new long[64];
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

    /** The nearest-rank percentile {@code p} (0 &lt; p ≤ 100) in milliseconds; 0 when nothing was recorded. */
    public double percentileMs(double p) {
        if (p <= 0 || p > 100) {
            throw new IllegalArgumentException("percentile must be in (0, 100]: " + p);
        }
        if (count == 0) {
            return 0;
        }
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100 * count);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }
}
