package dev.attache.core.ops;

/** Counts that describe the library and its use. */
public record LibraryStats(long articles, long passages, long quotes, long speakers, long indexBytes,
                           long generation, long upVotes, long downVotes) {
}
