package dev.attache.core.ingest;

import dev.attache.core.attribution.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * The passage splitter as it was before words were counted incrementally (commit d0f4d05): every
 * bound check counts the words of its span again. Kept as the test oracle that the faster
 * {@link PassageSplitter} must match boundary for boundary.
 */
final class ReferencePassageSplitter {

    /** PassageSplitter's SHORT_WORDS. */
    private static final int SHORT_WORDS = 12;

    private final int maxPassages;

    ReferencePassageSplitter(int maxPassages) {
        this.maxPassages = maxPassages;
    }

    List<PassageSplitter.Chunk> split(String text) {
        List<Span> units = new ArrayList<>();
        for (Span paragraph : PassageSplitter.paragraphs(text)) {
            cut(text, paragraph, units);
        }
        List<PassageSplitter.Chunk> passages = new ArrayList<>();
        int i = 0;
        while (i < units.size() && passages.size() < maxPassages) {
            int start = units.get(i).start();
            int end = units.get(i).end();
            int words = words(text, start, end);
            int j = i + 1;
            while (j < units.size()) {
                Span next = units.get(j);
                int nextWords = words(text, next.start(), next.end());
                boolean fits = next.end() - start <= PassageSplitter.MAX_CHARS;
                boolean wanted = words < SHORT_WORDS
                        || words < PassageSplitter.TARGET_MIN_WORDS && words + nextWords <= PassageSplitter.TARGET_MAX_WORDS
                        || j == units.size() - 1 && nextWords < SHORT_WORDS;
                if (!fits || !wanted) {
                    break;
                }
                end = next.end();
                words += nextWords;
                j++;
            }
            passages.add(new PassageSplitter.Chunk(start, end, text.substring(start, end)));
            i = j;
        }
        return passages;
    }

    private static void cut(String text, Span paragraph, List<Span> units) {
        if (withinBounds(text, paragraph.start(), paragraph.end())) {
            units.add(paragraph);
            return;
        }
        String body = paragraph.of(text);
        int offset = paragraph.start();
        int pieceStart = -1;
        int pieceEnd = -1;
        for (Span s : Sentences.split(body)) {
            Span sentence = new Span(offset + s.start(), offset + s.end());
            if (pieceStart >= 0 && withinBounds(text, pieceStart, sentence.end())) {
                pieceEnd = sentence.end();
                continue;
            }
            if (pieceStart >= 0) {
                units.add(new Span(pieceStart, pieceEnd));
                pieceStart = -1;
            }
            if (withinBounds(text, sentence.start(), sentence.end())) {
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

    private static void cutAtSpaces(String text, Span sentence, List<Span> units) {
        int start = sentence.start();
        int end = sentence.end();
        while (start < end) {
            int limit = Math.min(end, start + PassageSplitter.MAX_CHARS);
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
                    cut--;
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

    private static int limitByWords(String text, int start, int end) {
        int words = 0;
        boolean inWord = false;
        for (int i = start; i < end; i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !inWord && ++words > PassageSplitter.TARGET_MAX_WORDS) {
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

    private static boolean withinBounds(String text, int start, int end) {
        return end - start <= PassageSplitter.MAX_CHARS && words(text, start, end) <= PassageSplitter.TARGET_MAX_WORDS;
    }

    static int words(String text, int start, int end) {
        int words = 0;
        boolean inWord = false;
        for (int i = start; i < end; i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return words;
    }
}
