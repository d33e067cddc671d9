package dev.attache.core.ops;

/**
 * Counts that describe the library and its use; {@code embeddedPassages} counts the passages that
 * have a dense vector (hybrid search finds the others by their words only); every search visits each
 * of the index's {@code indexSegments} ({@code attache compact} merges them into one).
 */
public record LibraryStats(long articles, long passages, long quotes, long speakers, long indexBytes,
                           int indexSegments, long generation, long upVotes, long downVotes, long embeddedPassages) {
}
