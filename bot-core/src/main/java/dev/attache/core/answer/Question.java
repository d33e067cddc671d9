package dev.attache.core.answer;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A question as asked: its text, the date it is asked "as of" (recency is relative to it and
 * nothing published after it is used), how many passages to return, and optionally a speaker
 * whose words alone should be considered.
 */
public record Question(String text, LocalDate asOf, int topK, Optional<String> speaker) {

    public static final int DEFAULT_TOP_K = 10;

    public Question {
        if (topK < 1) {
            throw new IllegalArgumentException("topK must be at least 1");
        }
    }

    public static Question of(String text) {
        return new Question(text, LocalDate.now(), DEFAULT_TOP_K, Optional.empty());
    }

    public static Question of(String text, LocalDate asOf) {
        return new Question(text, asOf, DEFAULT_TOP_K, Optional.empty());
    }
}
