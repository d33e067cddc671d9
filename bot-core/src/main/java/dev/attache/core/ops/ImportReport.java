package dev.attache.core.ops;

import java.util.List;

/** The summary of a bulk import: counts, the rejections with their reasons, and the rate. */
public record ImportReport(long added, long duplicates, List<Rejection> rejected, long passages,
                           long bytes, long elapsedMs) {

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

    public double megabytesPerSecond() {
        return elapsedMs == 0 ? 0 : bytes / 1e6 * 1000.0 / elapsedMs;
    }
}
