package dev.attache.core.ops;

import dev.attache.core.index.Compaction;
import java.util.List;
import java.util.Optional;

/**
 * The summary of a bulk import: counts, the rejections with their reasons, and the rate.
 * {@code textChars} counts the characters of article text added, so rates are independent of compression.
 * {@code elapsedMs} is the import's own time; the {@code compaction} that a large import is followed by
 * took its own.
 */
public record ImportReport(long added, long duplicates, List<Rejection> rejected, long passages,
                           long textChars, long elapsedMs, Optional<Compaction> compaction) {

    /** One source that was not imported, and why. */
    public record Rejection(String source, String reason) {}

    public ImportReport {
        rejected = List.copyOf(rejected);
    }

    /** The same report, followed by {@code done}. */
    public ImportReport followedBy(Compaction done) {
        return new ImportReport(added, duplicates, rejected, passages, textChars, elapsedMs, Optional.of(done));
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
