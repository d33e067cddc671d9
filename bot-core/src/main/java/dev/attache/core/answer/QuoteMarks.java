package dev.attache.core.answer;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * How the double quote marks of a text pair up: which quotation it leaves open, and whether it
 * starts inside one. A straight mark does not say which it is: it closes a quotation that is open
 * (sources mix “WE," with "WE") and opens one otherwise.
 */
final class QuoteMarks {

    private final Deque<Character> open = new ArrayDeque<>();
    /** A mark closed a quotation that opened before the text, right after its last words: "…,” said". */
    private boolean closesEarlierQuotation;

    private QuoteMarks(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '“' || c == '«' || c == '"' && open.isEmpty()) {
                open.push(c);
            } else if (c == '”' || c == '»' || c == '"') {
                if (open.isEmpty()) {
                    // "…,” the report said" closes a quoted sentence; a stray mark before a word is a typo
                    closesEarlierQuotation |= i > 0 && ",.!?…".indexOf(text.charAt(i - 1)) >= 0;
                } else {
                    open.pop();
                }
            }
        }
    }

    static QuoteMarks of(String text) {
        return new QuoteMarks(text);
    }

    /** Whether a quotation is left open at the end. */
    boolean leavesOpen() {
        return !open.isEmpty();
    }

    /** The mark that closes the innermost quotation left open, in its own style. */
    String closer() {
        return switch (open.peek()) {
            case '«' -> "»";
            case '"' -> "\"";
            default -> "”";
        };
    }

    /** Whether a mark closes a quotation that opened before the text: "…,” the report said". */
    boolean startsInside() {
        return closesEarlierQuotation;
    }
}
