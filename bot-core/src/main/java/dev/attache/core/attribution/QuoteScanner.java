package dev.attache.core.attribution;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds top-level quotations in a text in one linear pass. Understands “…” "…" «…» „…“ ‘…’ and
 * '…', nested quotes (only the outermost is reported), apostrophes (don’t, O’Malley, Jones’, ’90s
 * never open a quote), and quotes spanning paragraphs: a paragraph that opens a quote without
 * closing it continues into the next paragraph when that one opens with a quote mark.
 */
final class QuoteScanner {

    /** An unclosed quote that is not continued is dropped as a stray mark beyond this length. */
    static final int MAX_UNCLOSED_LENGTH = 1500;
    private static final int MAX_DEPTH = 8;

    private static final int CURLY = 0;   // “ … ”
    private static final int LOW = 1;     // „ … “ or „ … ”
    private static final int GUILLEMET = 2;
    private static final int STRAIGHT = 3; // " … "
    private static final int SINGLE = 4;  // ‘ … ’ or ' … '

    private QuoteScanner() {
    }

    /**
     * Paragraphs are separated by blank lines, or by single line breaks between sentences unless the text is
     * hard-wrapped; returns their spans, whitespace trimmed.
     */
    static List<Span> paragraphs(String text) {
        List<Span> out = new ArrayList<>();
        int n = text.length();
        boolean lineBreaks = !hardWrapped(text);
        int i = 0;
        while (i < n) {
            while (i < n && isSpace(text.charAt(i))) {
                i++;
            }
            if (i >= n) {
                break;
            }
            int start = i;
            int lastNonSpace = i;
            int newlines = 0;
            while (i < n) {
                char c = text.charAt(i);
                if (c == '\n') {
                    newlines++;
                    if (newlines >= 2 || lineBreaks && lineEndsParagraph(text, lastNonSpace, i)) {
                        break;
                    }
                } else if (!isSpace(c)) {
                    newlines = 0;
                    lastNonSpace = i;
                }
                i++;
            }
            out.add(new Span(start, lastNonSpace + 1));
        }
        return out;
    }

    /** Most single line breaks fall inside a sentence: the lines were wrapped, they are not paragraphs. */
    private static boolean hardWrapped(String text) {
        int inside = 0;
        int atEnd = 0;
        for (int i = text.indexOf('\n'); i > 0; i = text.indexOf('\n', i + 1)) {
            if (i + 1 < text.length() && text.charAt(i + 1) == '\n' || text.charAt(i - 1) == '\n') {
                continue;
            }
            int k = i - 1;
            while (k > 0 && isSpace(text.charAt(k))) {
                k--;
            }
            if (lineEndsParagraph(text, k, i)) {
                atEnd++;
            } else {
                inside++;
            }
        }
        return inside > atEnd;
    }

    /**
     * A single line break ends a paragraph when the line ends a sentence (".", "?", "!", a closing mark after
     * one) and the next line opens one (a capital or an opening mark): articles that separate paragraphs by one
     * newline. A hard-wrapped line ends mid-sentence and stays in its paragraph.
     */
    private static boolean lineEndsParagraph(String text, int lastNonSpace, int newline) {
        int k = lastNonSpace;
        while (k > 0 && "”\"’'".indexOf(text.charAt(k)) >= 0) {
            k--; // past closing marks: .” / .’” / ,”
        }
        char e = text.charAt(k);
        if (!(e == '.' || e == '?' || e == '!' || e == ',' && k < lastNonSpace)) {
            return false;
        }
        int j = newline + 1;
        while (j < text.length() && isSpace(text.charAt(j))) {
            j++;
        }
        if (j >= text.length()) {
            return false;
        }
        char c = text.charAt(j);
        return Character.isUpperCase(c) || c == '“' || c == '"' || c == '‘';
    }

    static List<Quotation> scan(String text, List<Span> paragraphs) {
        List<Quotation> out = new ArrayList<>();
        int[] stackType = new int[MAX_DEPTH];
        int[] stackPos = new int[MAX_DEPTH];
        List<Span> pending = null; // segments of a quote continuing from the previous paragraph
        for (int p = 0; p < paragraphs.size(); p++) {
            Span para = paragraphs.get(p);
            int ps = para.start();
            int pe = para.end();
            int depth = 0;
            List<Span> current = null;
            if (pending != null) {
                if (opensDouble(text, ps)) {
                    current = pending;
                } else {
                    out.add(new Quotation(pending, false));
                }
                pending = null;
            }
            for (int i = ps; i < pe; i++) {
                char c = text.charAt(i);
                if (!isQuoteChar(c)) {
                    continue;
                }
                char prev = i > ps ? text.charAt(i - 1) : ' ';
                int markEnd = i + 1;
                boolean closesInnerFirst = i + 2 < pe && text.charAt(i + 2) == '\'' && !isSpace(prev)
                        && find(stackType, depth, SINGLE) >= 0 && find(stackType, depth, SINGLE) > findDouble(stackType, depth);
                if (c == '\'' && i + 1 < pe && text.charAt(i + 1) == '\'' && !closesInnerFirst) {
                    c = '"'; // ''…'' as in the New York Times ('''  closes an inner '…' first, then the outer)
                    markEnd = i + 2;
                }
                char next = markEnd < pe ? text.charAt(markEnd) : ' ';
                int open = -1;
                int close = -1; // stack index to close
                switch (c) {
                    case '“' -> {
                        int low = find(stackType, depth, LOW);
                        int curly = find(stackType, depth, CURLY);
                        if (low >= 0 && (curly < low)) {
                            close = low;
                        } else if (curly >= 0 && !isSpace(prev) && !Character.isLetterOrDigit(next)) {
                            close = curly; // a misprinted closing mark
                        } else if (!isSpace(next)) {
                            open = CURLY;
                        }
                    }
                    case '„' -> open = LOW;
                    case '”' -> {
                        int d = findDouble(stackType, depth);
                        if (d >= 0) {
                            close = d;
                        } else if (isSpace(prev) && Character.isLetter(next)) {
                            open = CURLY; // a misprinted opening mark
                        }
                    }
                    case '«' -> open = GUILLEMET;
                    case '»' -> close = find(stackType, depth, GUILLEMET);
                    case '"' -> {
                        int s = find(stackType, depth, STRAIGHT);
                        int d = findDouble(stackType, depth);
                        if (s < 0 && d >= 0 && !isSpace(prev) && !Character.isLetterOrDigit(next)) {
                            close = d; // “…" : mixed marks close each other
                            break;
                        }
                        if (s >= 0 && (!isSpace(prev) || isSpace(next))) {
                            close = s;
                        } else if (s < 0 && !isSpace(next)) {
                            open = STRAIGHT;
                        } else if (s >= 0) {
                            close = s;
                        }
                    }
                    case '‘' -> {
                        if (!isSpace(next) && !Character.isLetterOrDigit(prev)) {
                            open = SINGLE;
                        }
                    }
                    case '’', '\'' -> {
                        if (Character.isLetter(prev) && Character.isLetter(next)) {
                            break; // apostrophe inside a word
                        }
                        int s = find(stackType, depth, SINGLE);
                        if (s >= 0 && !isSpace(prev) && !Character.isLetterOrDigit(next)) {
                            close = s;
                        } else if (c == '\'' && !Character.isLetterOrDigit(prev) && Character.isLetter(next)
                                && (isSpace(prev) || prev == '(' || prev == '"' || prev == '“'
                                || prev == '—' || prev == '-' || i == ps)) {
                            open = SINGLE;
                        }
                    }
                    default -> {
                    }
                }
                if (close >= 0) {
                    if (close == 0) {
                        Span seg = new Span(stackPos[0], markEnd);
                        if (current == null) {
                            current = new ArrayList<>();
                        }
                        current.add(seg);
                        out.add(new Quotation(current, true));
                        current = null;
                    }
                    depth = close;
                } else if (open >= 0 && depth < MAX_DEPTH) {
                    stackType[depth] = open;
                    stackPos[depth] = i;
                    depth++;
                }
                i = markEnd - 1;
            }
            if (depth > 0) {
                int bottom = stackType[0];
                if (bottom != SINGLE) {
                    if (current == null) {
                        current = new ArrayList<>();
                    }
                    current.add(new Span(stackPos[0], pe));
                    int nextStart = p + 1 < paragraphs.size() ? paragraphs.get(p + 1).start() : -1;
                    if (nextStart >= 0 && opensDouble(text, nextStart)) {
                        pending = current;
                    } else if (pe - stackPos[0] <= MAX_UNCLOSED_LENGTH || current.size() > 1) {
                        out.add(new Quotation(current, false));
                    }
                } else if (current != null) {
                    out.add(new Quotation(current, false));
                }
            } else if (current != null) {
                out.add(new Quotation(current, false));
            }
        }
        if (pending != null) {
            out.add(new Quotation(pending, false));
        }
        return out;
    }

    private static boolean opensDouble(String text, int i) {
        char c = text.charAt(i);
        return c == '“' || c == '"' || c == '«' || c == '„'
                || c == '\'' && i + 1 < text.length() && text.charAt(i + 1) == '\'';
    }

    /** Whitespace including no-break and other Unicode spaces. */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200b' || c == '\ufeff';
    }

    static boolean isQuoteChar(char c) {
        return c == '“' || c == '”' || c == '„' || c == '«' || c == '»' || c == '"'
                || c == '‘' || c == '’' || c == '\'';
    }

    private static int find(int[] types, int depth, int type) {
        for (int d = depth - 1; d >= 0; d--) {
            if (types[d] == type) {
                return d;
            }
        }
        return -1;
    }

    private static int findDouble(int[] types, int depth) {
        for (int d = depth - 1; d >= 0; d--) {
            if (types[d] == CURLY || types[d] == LOW || types[d] == STRAIGHT || types[d] == GUILLEMET) {
                return d;
            }
        }
        return -1;
    }
}
