package dev.attache.core.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns text as sources give it (hard-wrapped PDF or newswire lines, one paragraph per line, page
 * breaks inside sentences) into clean paragraphs separated by one blank line. It promises: no
 * control characters or invisible junk (zero-width spaces, BOMs, soft hyphens, bidi overrides)
 * survive, runs of whitespace become one space, RTL text, emoji and their joiners are kept, and a
 * paragraph ends only at a blank line, an indented start, a list item, a heading, or a sentence end
 * on a line shorter than the wrap width. Runs in time linear in the input (plus a sort of the line
 * lengths).
 */
public final class Reflow {

    /** Narrower wrapping than this is not assumed, so that short lines in short texts end paragraphs. */
    private static final int MIN_WRAP_WIDTH = 40;
    /** Lines with a typical length above this were not wrapped: each is a paragraph. */
    private static final int MAX_WRAP_WIDTH = 150;
    /** A sentence-ending line this much shorter than the wrap width ends its paragraph. */
    private static final double SHORT_LINE = 0.75;
    /** A heading line is at most this fraction of the wrap width. */
    private static final double HEADING_LINE = 0.6;
    private static final int MAX_HEADING_CHARS = 80;
    /** Word parts before a line-end hyphen that keep the hyphen when the document gives no evidence. */
    private static final Set<String> HYPHEN_PREFIXES = Set.of(
            "self", "non", "ex", "well", "ill", "all", "half", "so", "co", "anti", "post", "pre", "cross",
            "long", "short", "full", "far", "high", "low", "vice", "socio", "counter");

    private Reflow() {
    }

    /** Cleans and reflows {@code raw}; the result has paragraphs joined by {@code "\n\n"} and no other newline. */
    public static String reflow(String raw) {
        List<Line> lines = lines(sanitize(raw));
        if (lines.isEmpty()) {
            return "";
        }
        int width = wrapWidth(lines);
        int baseIndent = lines.stream().mapToInt(Line::indent).min().orElse(0);
        boolean wrapped = width <= MAX_WRAP_WIDTH;
        // a text whose paragraphs open indented has no unindented headings to find but those in capitals ("UKRAINE"):
        // "The Semiconductor Industry" on a newswire's first line (its dateline cut off) runs on into "Association
        // urged …" on the next
        boolean indentOpensParagraphs = lines.stream().anyMatch(l -> l.indent > baseIndent);
        Hyphens hyphens = new Hyphens(raw);
        StringBuilder out = new StringBuilder(raw.length());
        Line previous = null;
        boolean previousStarted = true;   // whether `previous` began a paragraph
        for (Line line : lines) {
            boolean starts = true;
            if (previous == null) {
                out.append(line.text);
            } else if (breaksBefore(previous, line, width, wrapped,
                    previousStarted && (!indentOpensParagraphs || inCapitals(previous.text)), baseIndent)) {
                out.append("\n\n").append(line.text);
            } else {
                join(out, previous.text, line.text, hyphens);
                starts = false;
            }
            previous = line;
            previousStarted = starts;
        }
        return out.toString();
    }

    /**
     * Normalizes line ends to {@code \n}, spaces of every kind to a plain space (tabs included), and
     * removes control characters, unpaired surrogates and invisible format characters, except the
     * joiners and direction marks that RTL scripts and emoji need.
     */
    public static String sanitize(String raw) {
        StringBuilder out = null;      // created at the first change: clean text is returned as it is
        int kept = 0;                  // raw[kept, i) is unchanged and not yet copied to out
        int n = raw.length();
        for (int i = 0; i < n; ) {
            char c = raw.charAt(i);
            if (c >= ' ' && c <= '~' || c == '\n') {
                i++;                   // printable ASCII and \n stay as they are
                continue;
            }
            int cp = raw.codePointAt(i);
            int next = i + Character.charCount(cp);
            String replacement;
            if (cp == '\r') {
                replacement = next < n && raw.charAt(next) == '\n' ? "" : "\n";
            } else if (cp == 0x0B || cp == 0x0C || cp == 0x85 || cp == 0x2028) {
                replacement = "\n";
            } else if (cp == 0x2029) {
                replacement = "\n\n";
            } else if (cp == '\t' || Character.getType(cp) == Character.SPACE_SEPARATOR) {
                replacement = " ";
            } else if (isJunk(cp)) {
                replacement = "";
            } else {
                i = next;
                continue;
            }
            if (out == null) {
                out = new StringBuilder(n);
            }
            out.append(raw, kept, i).append(replacement);
            kept = next;
            i = next;
        }
        return out == null ? raw : out.append(raw, kept, n).toString();
    }

    /** Characters dropped from text: lone surrogates, controls, noncharacters, and format characters no script needs. */
    static boolean isJunk(int cp) {
        if (Character.isSurrogate((char) cp) && cp <= 0xFFFF) {
            return true;
        }
        int type = Character.getType(cp);
        if (type == Character.CONTROL || type == Character.UNASSIGNED && (cp == 0xFFFE || cp == 0xFFFF)) {
            return true;
        }
        if (type != Character.FORMAT) {
            return false;
        }
        boolean kept = cp == 0x200C || cp == 0x200D        // zero-width (non-)joiner: Persian, emoji
                || cp == 0x200E || cp == 0x200F || cp == 0x061C  // direction marks
                || (cp >= 0x0600 && cp <= 0x0605) || cp == 0x06DD || cp == 0x070F // Arabic/Syriac signs
                || (cp >= 0xE0020 && cp <= 0xE007F);       // tag characters of subdivision flag emoji
        return !kept;
    }

    private record Line(String text, int indent, boolean blankBefore) {
    }

    /** Non-blank lines, trimmed, inner spaces collapsed, with their indentation. */
    private static List<Line> lines(String text) {
        List<Line> lines = new ArrayList<>();
        boolean blankBefore = false;
        int n = text.length();
        int start = 0;
        StringBuilder sb = new StringBuilder();
        while (start <= n) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = n;
            }
            int indent = 0;
            while (start + indent < end && text.charAt(start + indent) == ' ') {
                indent++;
            }
            sb.setLength(0);
            for (int i = start + indent; i < end; i++) {
                int word = i;                  // copied a run at a time: appends of single chars were most of this loop
                while (i < end && text.charAt(i) != ' ') {
                    i++;
                }
                if (i > word) {
                    if (!sb.isEmpty()) {
                        sb.append(' ');
                    }
                    sb.append(text, word, i);
                }
            }
            if (sb.isEmpty()) {
                blankBefore = !lines.isEmpty();
            } else {
                lines.add(new Line(sb.toString(), indent, blankBefore));
                blankBefore = false;
            }
            start = end + 1;
        }
        return lines;
    }

    /** The length most full lines have: the 80th percentile of line lengths. */
    private static int wrapWidth(List<Line> lines) {
        int[] lengths = new int[lines.size()];
        for (int i = 0; i < lengths.length; i++) {
            lengths[i] = lines.get(i).text.length();
        }
        Arrays.sort(lengths);
        return Math.max(MIN_WRAP_WIDTH, lengths[(int) Math.floor((lengths.length - 1) * 0.8)]);
    }

    private static boolean breaksBefore(Line a, Line b, int width, boolean wrapped, boolean aMayBeHeading,
                                        int baseIndent) {
        boolean continues = !endsSentence(a.text) && !endsWithColon(a.text) && startsLowercase(b.text);
        if (continues && !isHeading(a, width, aMayBeHeading)) {
            return false;              // a sentence running on across a line, blank line or page break
        }
        if (b.blankBefore || !wrapped || b.indent > a.indent || startsListItem(b.text)) {
            return true;
        }
        boolean roomLeft = a.text.length() + 1 + firstWordLength(b.text) <= SHORT_LINE * width;
        boolean unwrappedLine = a.text.length() > 2 * width;
        boolean indented = b.indent > baseIndent;
        if ((endsSentence(a.text) || endsWithColon(a.text)) && (roomLeft || unwrappedLine || indented)) {
            return true;
        }
        return isHeading(a, width, aMayBeHeading) && startsUppercase(b.text);
    }

    private static void join(StringBuilder out, String a, String b, Hyphens hyphens) {
        int n = a.length();
        char last = a.charAt(n - 1);
        boolean wordHyphen = last == '-' && n >= 2 && Character.isLetterOrDigit(a.charAt(n - 2));
        if (wordHyphen && Character.isLetter(b.charAt(0))) {
            if (hyphens.isSoft(lastWord(a), firstWord(b))) {
                out.setLength(out.length() - 1);
            }
            out.append(b);
        } else if (wordHyphen || (last == '\u2014' || last == '\u2013') && n >= 2 && a.charAt(n - 2) != ' ') {
            out.append(b);
        } else {
            out.append(' ').append(b);
        }
    }

    /** Decides line-end hyphens from the document's own vocabulary, built on first need. */
    private static final class Hyphens {
        private final String raw;
        private Set<String> words;

        Hyphens(String raw) {
            this.raw = raw;
        }

        /** Soft when the joined word occurs elsewhere in the document and the hyphenated one does not. */
        boolean isSoft(String before, String after) {
            String head = before.toLowerCase(Locale.ROOT);
            String tail = after.toLowerCase(Locale.ROOT);
            if (HYPHEN_PREFIXES.contains(head) || tail.indexOf('-') >= 0) {
                return false;
            }
            Set<String> vocabulary = vocabulary();
            return vocabulary.contains(head + tail) && !vocabulary.contains(head + "-" + tail);
        }

        private Set<String> vocabulary() {
            if (words == null) {
                words = new HashSet<>();
                int n = raw.length();
                int i = 0;
                while (i < n) {
                    while (i < n && !Character.isLetter(raw.charAt(i))) {
                        i++;
                    }
                    int start = i;
                    while (i < n && (Character.isLetter(raw.charAt(i))
                            || raw.charAt(i) == '-' && i + 1 < n && Character.isLetter(raw.charAt(i + 1)))) {
                        i++;
                    }
                    if (i > start) {
                        words.add(raw.substring(start, i).toLowerCase(Locale.ROOT));
                    }
                }
            }
            return words;
        }
    }

    private static boolean inCapitals(String t) {
        return t.equals(t.toUpperCase(Locale.ROOT)) && t.chars().anyMatch(Character::isLetter);
    }

    private static boolean isHeading(Line a, int width, boolean mayBeHeading) {
        String t = a.text;
        if (!mayBeHeading || t.length() > MAX_HEADING_CHARS || t.length() > HEADING_LINE * width
                || endsSentence(t) || t.indexOf(',') >= 0) {
            return false;
        }
        char last = t.charAt(t.length() - 1);
        if (!Character.isLetterOrDigit(last) && last != ')' && last != '?' && last != '!') {
            return false;
        }
        for (String word : t.split(" ")) {
            if (word.length() >= 4 && !Character.isUpperCase(word.codePointAt(0))
                    && !Character.isDigit(word.codePointAt(0))) {
                return false;
            }
        }
        return true;
    }

    /** True when the text ends with . ! ? or … (closing quotes and brackets after it allowed). */
    static boolean endsSentence(String t) {
        int i = t.length() - 1;
        while (i >= 0 && isCloser(t.charAt(i))) {
            i--;
        }
        if (i < 0) {
            return false;
        }
        char c = t.charAt(i);
        return c == '.' || c == '!' || c == '?' || c == '\u2026' || c == ';';
    }

    private static boolean endsWithColon(String t) {
        return t.charAt(t.length() - 1) == ':';
    }

    static boolean isCloser(char c) {
        return c == '"' || c == '\'' || c == ')' || c == ']' || c == '\u201D' || c == '\u2019' || c == '\u00BB';
    }

    private static boolean startsLowercase(String t) {
        return Character.isLowerCase(t.codePointAt(0));
    }

    private static boolean startsUppercase(String t) {
        int cp = t.codePointAt(0);
        return Character.isUpperCase(cp) || Character.isDigit(cp) || "\"'\u201C\u2018(\u00AB".indexOf(cp) >= 0;
    }

    private static boolean startsListItem(String t) {
        if (t.length() >= 2 && "-*\u2022\u25AA\u2013".indexOf(t.charAt(0)) >= 0 && t.charAt(1) == ' ') {
            return true;
        }
        int i = 0;
        while (i < t.length() && i < 3 && Character.isDigit(t.charAt(i))) {
            i++;
        }
        return i > 0 && i + 1 < t.length() && (t.charAt(i) == '.' || t.charAt(i) == ')') && t.charAt(i + 1) == ' ';
    }

    private static int firstWordLength(String t) {
        int space = t.indexOf(' ');
        return space < 0 ? t.length() : space;
    }

    private static String firstWord(String t) {
        int i = 0;
        while (i < t.length() && Character.isLetter(t.charAt(i))) {
            i++;
        }
        return t.substring(0, i);
    }

    /** The letters just before the final hyphen of {@code t}. */
    private static String lastWord(String t) {
        int end = t.length() - 1;
        int i = end;
        while (i > 0 && Character.isLetter(t.charAt(i - 1))) {
            i--;
        }
        return t.substring(i, end);
    }
}
