package dev.attache.core.ingest;

/**
 * Counts the words (runs of non-whitespace) in any span of one text in constant time, after one
 * pass over the text. The passage splitter checks many overlapping spans; counting each again made
 * its cost grow with the square of a piece's length.
 */
final class WordCounts {

    private final String text;
    /** {@code startsBefore[i]}: words that start in {@code [0, i)} of the whole text. */
    private final int[] startsBefore;

    WordCounts(String text) {
        this.text = text;
        startsBefore = new int[text.length() + 1];
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            startsBefore[i + 1] = startsBefore[i] + (!space && !inWord ? 1 : 0);
            inWord = !space;
        }
    }

    /** The words in {@code [start, end)}; a word cut by {@code start} counts as a word of the span. */
    int words(int start, int end) {
        if (end <= start) {
            return 0;
        }
        int cutWord = Character.isWhitespace(text.charAt(start)) ? 0 : 1;
        return cutWord + startsBefore[end] - startsBefore[start + 1];
    }
}
