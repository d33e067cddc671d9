package dev.attache.core.ops;

import java.util.List;

/**
 * The summary of a bulk import: counts, the rejections with their reasons, and the rate.
 * {@code textChars} counts the characters of article text added, so rates are independent of compression.
 */
public record ImportReport(long added, long duplicates, List<Rejection> rejected, long passages,
                           long textChars, long elapsedMs) {

    /** One source that was not imported, and why. */
    public record Rejection(String source, String reason) {}

    public ImportReport {
        rejected = List.copyOf(rejected);
    }

    public double articlesPerSecond() {
        return elapsedMs == 0 ? 0 : added * 1000.0 / elapsedMs;
    }

    public double passagesPerSecond() {
        return elapsedMs == 0 ? 0 : passages * 1000.0 / elapsedMs;
    }

    /** Millions of characters of article text added per second. */
    public double megacharsPerSecond() {
        return elapsedMs == 0 ? 0 : textChars / 1e6 * 1000.0 / elapsedMs;
    }
}
