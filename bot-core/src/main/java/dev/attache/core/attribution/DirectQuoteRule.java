package dev.attache.core.attribution;

import java.util.List;

/**
 * When an attribution counts as a direct quotation: at least half of the non-space characters of
 * its content lie between double quotation marks (“…”, "…", «…», „…“) within the content itself.
 * Each segment is read on its own; a segment whose first quotation mark is a closing one starts
 * inside a quote. Two apostrophes ('') count as a double mark. Single quotes (‘…’) do not count, being mostly nested quotes or apostrophes.
 * The evaluator applies the same rule to gold annotations, so gold and system agree on it.
 */
public final class DirectQuoteRule {

    /** The threshold on {@link #insideQuotesFraction}. */
    public static final double THRESHOLD = 0.5;

    private DirectQuoteRule() {
    }

    public static boolean isDirect(String text, List<Span> segments) {
        return insideQuotesFraction(text, segments) >= THRESHOLD;
    }

    /** Fraction of the segments' non-space characters that lie inside double quotation marks. */
    public static double insideQuotesFraction(String text, List<Span> segments) {
        long inside = 0;
        long total = 0;
        for (Span s : segments) {
            int from = Math.min(s.start(), text.length());
            int to = Math.min(s.end(), text.length());
            boolean in = false;
            for (int i = from; i < to; i++) {
                char c = text.charAt(i);
                if (c == '“' || c == '«' || c == '„' || c == '"' || c == '”' || c == '»'
                        || c == '\'' && i + 1 < to && text.charAt(i + 1) == '\'') {
                    in = c == '”' || c == '»';
                    break;
                }
            }
            for (int i = from; i < to; i++) {
                char c = text.charAt(i);
                switch (c) {
                    case '“', '«', '„' -> in = true;
                    case '”', '»' -> in = false;
                    case '"' -> in = !in;
                    case '\'' -> {
                        if (i + 1 < to && text.charAt(i + 1) == '\'') {
                            in = !in; // ''…''
                            i++;
                        }
                    }
                    default -> {
                        if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                            total++;
                            if (in) {
                                inside++;
                            }
                        }
                    }
                }
            }
        }
        return total == 0 ? 0 : (double) inside / total;
    }
}
