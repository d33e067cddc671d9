package dev.attache.app.bench;

import java.util.Arrays;

/**
 * Latency samples in nanoseconds and their percentiles (nearest rank). Not thread-safe: each
 * measuring thread keeps its own and they are merged.
 */
public final class Percentiles {

    private long[] samples = new long[1024];
    private int size;

    public void add(long nanos) {
        if (size == samples.length) {
            samples = Arrays.copyOf(samples, size * 2);
        }
        samples[size++] = nanos;
    }

    public int count() {
        return size;
    }

    /** The {@code p}-th percentile (0 < p ≤ 100) in nanoseconds; 0 when there are no samples. */
    public long nanos(double p) {
        if (size == 0) {
            return 0;
        }
        long[] sorted = Arrays.copyOf(samples, size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * size);
        return sorted[Math.min(size - 1, Math.max(0, rank - 1))];
    }

    public double ms(double p) {
        return nanos(p) / 1e6;
    }

    public double us(double p) {
        return nanos(p) / 1e3;
    }
}
