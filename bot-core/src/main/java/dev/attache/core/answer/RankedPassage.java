package dev.attache.core.answer;

import java.util.OptionalDouble;

/**
 * A retrieved passage with its retrieval score, in rank order within an {@link Answer}, and the
 * cosine similarity of its vector to the question's when hybrid search compared them (the passage
 * has a vector).
 */
public record RankedPassage(String passageId, String articleId, float score, String text, OptionalDouble similarity) {

    /** A passage found by words only. */
    public RankedPassage(String passageId, String articleId, float score, String text) {
        this(passageId, articleId, score, text, OptionalDouble.empty());
    }
}
