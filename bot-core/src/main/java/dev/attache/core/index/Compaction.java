package dev.attache.core.index;

import java.time.Duration;

/** What merging the index into one segment did ({@link LibraryIndex#compact}). */
public record Compaction(int segmentsBefore, int segmentsAfter, Duration took) {
}
