package dev.attache.core.ingest;

import dev.attache.core.attribution.Span;
import dev.attache.core.ops.Limits;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits clean text into passages, the units that are indexed and retrieved. Passages follow
 * paragraphs: short paragraphs (headings, one-liners) are merged into what follows, consecutive
 * paragraphs are grouped up to about {@value #TARGET_MAX_WORDS} words, and a long paragraph is
 * split at sentence ends (at spaces only when one sentence is too long, mid-word only when one
 * word is). Every passage is non-empty, trimmed, at most {@value #MAX_CHARS} characters, and is
 * exactly {@code text.substring(start, end)}; passages are in order and never overlap.
 */
public final class PassageSplitter {

    /** A passage is grown by whole paragraphs until it has at least this many words. */
    public static final int TARGET_MIN_WORDS = 100;
    /** Paragraphs are not merged beyond this many words, and long paragraphs are cut to it. */
    public static final int TARGET_MAX_WORDS = 160;
    /** No passage is longer than this many characters. */
    public static final int MAX_CHARS = 1200;
    /** A paragraph this short (a heading, a dateline) always joins the next one if it fits. */
    private static final int SHORT_WORDS = 12;

    /** A passage: {@code text} is exactly {@code source.substring(start, end)}. */
    public record Chunk(int start, int end, String text) {
        public Chunk {
            if (start < 0 || end <= start || text.length() != end - start) {
                throw new IllegalArgumentException("bad chunk [" + start + ", " + end + ")");
            }
        }
    }

    private final int maxPassages;

    /** A splitter that returns at most {@code maxPassages} passages (the rest of a text is dropped). */
    public PassageSplitter(int maxPassages) {
        if (maxPassages < 1) {
            throw new IllegalArgumentException("maxPassages must be positive: " + maxPassages);
        }
        this.maxPassages = maxPassages;
    }

    public static PassageSplitter withLimits(Limits limits) {
        return new PassageSplitter(limits.maxPassagesPerArticle());
    }

    /** The passages of {@code text}, at most {@code maxPassages} of them. */
    public List<Chunk> split(String text) {
        WordCounts counts = new WordCounts(text);
        List<Span> units = new ArrayList<>();
        for (Span paragraph : paragraphs(text)) {
            cut(text, counts, paragraph, units);
        }
        List<Chunk> passages = new ArrayList<>();
        int i = 0;
        while (i < units.size() && passages.size() < maxPassages) {
            int start = units.get(i).start();
            int end = units.get(i).end();
            int words = counts.words(start, end);
            int j = i + 1;
            while (j < units.size()) {
                Span next = units.get(j);
                int nextWords = counts.words(next.start(), next.end());
                boolean fits = next.end() - start <= MAX_CHARS;
                boolean wanted = words < SHORT_WORDS
                        || words < TARGET_MIN_WORDS && words + nextWords <= TARGET_MAX_WORDS
                        || j == units.size() - 1 && nextWords < SHORT_WORDS;
                if (!fits || !wanted) {
                    break;
                }
                end = next.end();
                words += nextWords;
                j++;
            }
            passages.add(new Chunk(start, end, text.substring(start, end)));
            i = j;
        }
        return passages;
    }

    /** Trimmed spans of text between blank lines. */
    static List<Span> paragraphs(String text) {
        List<Span> paragraphs = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i >= n) {
                break;
            }
            int start = i;
            int lastVisible = i;
            while (i < n) {
                char c = text.charAt(i);
                if (c == '\n' && blankLineFollows(text, i)) {
                    break;
                }
                if (!Character.isWhitespace(c)) {
                    lastVisible = i;
                }
                i++;
            }
            paragraphs.add(new Span(start, endOfCodePoint(text, lastVisible)));
        }
        return paragraphs;
    }

    private static boolean blankLineFollows(String text, int newline) {
        for (int j = newline + 1; j < text.length(); j++) {
            char c = text.charAt(j);
            if (c == '\n') {
                return true;
            }
            if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }

    /** Adds {@code paragraph} to {@code units}, cut at sentence ends into pieces within the bounds. */
    private static void cut(String text, WordCounts counts, Span paragraph, List<Span> units) {
        if (withinBounds(counts, paragraph.start(), paragraph.end())) {
            units.add(paragraph);
            return;
        }
        String body = paragraph.of(text);
        int offset = paragraph.start();
        int pieceStart = -1;
        int pieceEnd = -1;
        for (Span s : Sentences.split(body)) {
            Span sentence = new Span(offset + s.start(), offset + s.end());
            if (pieceStart >= 0 && withinBounds(counts, pieceStart, sentence.end())) {
                pieceEnd = sentence.end();
                continue;
            }
            if (pieceStart >= 0) {
                units.add(new Span(pieceStart, pieceEnd));
                pieceStart = -1;
            }
            if (withinBounds(counts, sentence.start(), sentence.end())) {
                pieceStart = sentence.start();
                pieceEnd = sentence.end();
            } else {
                cutAtSpaces(text, sentence, units);
            }
        }
        if (pieceStart >= 0) {
            units.add(new Span(pieceStart, pieceEnd));
        }
    }

    /** Cuts one over-long sentence at spaces, or inside a word only when a word alone is too long. */
    private static void cutAtSpaces(String text, Span sentence, List<Span> units) {
        int start = sentence.start();
        int end = sentence.end();
        while (start < end) {
            int limit = Math.min(end, start + MAX_CHARS);
            int cut = limit;
            if (limit < end) {
                int space = limit;
                while (space > start && !Character.isWhitespace(text.charAt(space))) {
                    space--;
                }
                cut = space > start ? space : limit;
                int wordsEnd = limitByWords(text, start, cut);
                cut = wordsEnd > start ? wordsEnd : cut;
                if (Character.isLowSurrogate(text.charAt(cut)) && cut - 1 > start) {
                    cut--;                             // never split a surrogate pair
                }
            }
            int pieceEnd = cut;
            while (pieceEnd > start && Character.isWhitespace(text.charAt(pieceEnd - 1))) {
                pieceEnd--;
            }
            units.add(new Span(start, pieceEnd));
            start = cut;
            while (start < end && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
        }
    }

    /** The end of the last word that keeps {@code [start, end)} within the word target, or -1. */
    private static int limitByWords(String text, int start, int end) {
        int words = 0;
        boolean inWord = false;
        for (int i = start; i < end; i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !inWord && ++words > TARGET_MAX_WORDS) {
                int cut = i;
                while (cut > start && Character.isWhitespace(text.charAt(cut - 1))) {
                    cut--;
                }
                return cut;
            }
            inWord = !space;
        }
        return -1;
    }

    private static boolean withinBounds(WordCounts counts, int start, int end) {
        return end - start <= MAX_CHARS && counts.words(start, end) <= TARGET_MAX_WORDS;
    }

    private static int endOfCodePoint(String text, int index) {
        return index + Character.charCount(text.codePointAt(index));
    }
}
