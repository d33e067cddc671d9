package dev.attache.core.answer;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Function;

/**
 * Recently given answers, keyed by the normalized question, its as-of day, its options and the
 * library generation, so a change to the library never serves a stale answer. Bounded in time and
 * in the heap its answers hold: an answer keeps the text of its ranked passages, about 24 KB with
 * ten of them, so a bound on the number of entries alone would let a busy bot's cache outgrow a small heap.
 */
public final class AnswerCache {

    /**
     * The most heap the cached answers may hold: an eighth of the heap, at most this (about 10,000
     * answers of ten passages).
     */
    static final long MAX_BYTES = 256L << 20;
    static final Duration TTL = Duration.ofHours(1);

    private record Key(String question, LocalDate asOf, int topK, String speaker, long generation) {}

    private final Cache<Key, Answer> cache;

    /** A cache holding at most an eighth of the heap, and at most {@link #MAX_BYTES}. */
    public AnswerCache() {
        this(Math.min(MAX_BYTES, Runtime.getRuntime().maxMemory() / 8));
    }

    AnswerCache(long maxBytes) {
        cache = Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .weigher((Key key, Answer answer) -> bytes(key, answer))
                .expireAfterWrite(TTL)
                .build();
    }

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

    /** The heap the cached answers hold, as {@link #bytes} counts it, once pending evictions are done. */
    long heldBytes() {
        cache.cleanUp();
        return cache.policy().eviction().orElseThrow().weightedSize().orElseThrow();
    }

    /**
     * About how much heap an entry holds: two bytes a character of its strings (text with curly quotes
     * or accents takes two), and 48 for each string and each object around them. On RealTimeQA's answers
     * (ten passages each) this comes to 24.1 KB an answer, against 23.7 KB measured on the heap.
     */
    static int bytes(Key key, Answer answer) {
        HeapEstimate estimate = new HeapEstimate();
        estimate.strings(key.question(), key.speaker(), answer.id(), answer.question());
        for (RankedPassage passage : answer.passages()) {
            estimate.object();
            estimate.strings(passage.passageId(), passage.articleId(), passage.text());
        }
        for (Point point : answer.points()) {
            estimate.object();
            estimate.strings(point.text(), point.cue(), point.passageId());
            point.speaker().ifPresent(s -> estimate.strings(s.name(), s.role(), s.organization()));
        }
        for (Source source : answer.sources()) {
            estimate.object();
            estimate.strings(source.articleId(), source.title(), source.outlet(), source.author(), source.url());
        }
        return (int) Math.min(Integer.MAX_VALUE, estimate.bytes + ENTRY_OVERHEAD);
    }

    /** The entry, the key, the answer and their lists, as objects. */
    private static final int ENTRY_OVERHEAD = 256 + 4 * HeapEstimate.PER_OBJECT;

    private static final class HeapEstimate {
        static final int PER_OBJECT = 48;
        long bytes;

        void object() {
            bytes += PER_OBJECT;
        }

        void strings(String... values) {
            for (String value : values) {
                bytes += PER_OBJECT + (value == null ? 0 : 2L * value.length());
            }
        }
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
