package dev.attache.core.ops;

/**
 * Counts that describe the library and its use; {@code embeddedPassages} counts the passages that
 * have a dense vector (hybrid search finds the others by their words only).
 */
public record LibraryStats(long articles, long passages, long quotes, long speakers, long indexBytes,
                           long generation, long upVotes, long downVotes, long embeddedPassages) {
}
