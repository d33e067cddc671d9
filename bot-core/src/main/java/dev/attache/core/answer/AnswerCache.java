package dev.attache.core.answer;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Function;

/**
 * Recently given answers, keyed by the normalized question, its as-of day, its options and the
 * library generation, so a change to the library never serves a stale answer. Bounded in size
 * and time.
 */
public final class AnswerCache {

    static final int MAX_ENTRIES = 10_000;
    static final Duration TTL = Duration.ofHours(1);

    private record Key(String question, LocalDate asOf, int topK, String speaker, long generation) {}

    private final Cache<Key, Answer> cache = Caffeine.newBuilder()
            .maximumSize(MAX_ENTRIES)
            .expireAfterWrite(TTL)
            .build();

    /** The cached answer for this question and generation, or a new one computed by {@code compute}. */
    public Answer get(Question question, long generation, Function<Question, Answer> compute) {
        Key key = new Key(normalize(question.text()), question.asOf(), question.topK(),
                question.speaker().map(AnswerCache::normalize).orElse(""), generation);
        return cache.get(key, k -> compute.apply(question));
    }

    /** Drops every entry; called when the library changes, since older generations can never hit again. */
    public void clear() {
        cache.invalidateAll();
    }

    /**
     * Collapses whitespace, drops trailing ?!. and lower-cases: what {@code strip().replaceAll("\\s+", " ")
     * .replaceAll("[?!.]+$", "").toLowerCase(Locale.ROOT)} did, in one pass without regular expressions,
     * since it runs on every question, cached or not.
     */
    static String normalize(String question) {
        String s = question.strip();
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isRegexSpace(c)) {
                space = true;
                continue;
            }
            if (space) {
                b.append(' ');
                space = false;
            }
            b.append(c);
        }
        int end = b.length();
        while (end > 0 && "?!.".indexOf(b.charAt(end - 1)) >= 0) {
            end--;
        }
        b.setLength(end);
        return b.toString().toLowerCase(Locale.ROOT);
    }

    /** What {@code \\s} matches: space, tab, newline, vertical tab, form feed, carriage return. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }
}
