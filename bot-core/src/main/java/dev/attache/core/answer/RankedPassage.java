package dev.attache.core.answer;

/** A retrieved passage with its retrieval score, in rank order within an {@link Answer}. */
public record RankedPassage(String passageId, String articleId, float score, String text) {
}
