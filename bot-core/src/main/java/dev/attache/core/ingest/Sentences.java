package dev.attache.core.ingest;

import dev.attache.core.attribution.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits text into sentences as spans of offsets into it. A sentence ends at . ! ? or … (with any
 * closing quotes or brackets) followed by whitespace and a word that does not start in lower case,
 * or at a blank line; it does not end after titles, months and other common abbreviations (Mr.,
 * Dr., Jan., No.), initials (John F. Kennedy) or dotted acronyms (U.S., e.g.). Linear time; spans
 * are trimmed, non-empty, in order and never overlap.
 */
public final class Sentences {

    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "messrs", "mme", "mlle", "dr", "prof", "sen", "rep", "gov", "gen", "col", "lt", "sgt",
            "capt", "cpt", "maj", "adm", "cmdr", "rev", "st", "hon", "amb", "pres", "supt", "insp", "fr", "sr", "jr",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "no", "nos", "vol", "vols", "p", "pp", "fig", "figs", "para", "paras", "art", "arts", "ch", "sec", "ed",
            "eds", "approx", "est", "dept", "univ", "inc", "corp", "ltd", "co", "bros", "vs", "v", "cf", "al", "ca");
    /** Dotted acronyms: U.S., e.g., a.m. */
    private static final Pattern ACRONYM = Pattern.compile("(\\p{L}{1,2}\\.)+\\p{L}{1,2}");
    /** How far back an abbreviation is looked for; keeps the scan linear on dot-heavy junk. */
    private static final int MAX_ABBREVIATION = 12;

    private Sentences() {
    }

    /** The sentences of {@code text}, as trimmed spans into it. */
    public static List<Span> split(String text) {
        List<Span> sentences = new ArrayList<>();
        int n = text.length();
        int start = 0;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n' && isBlankLineAt(text, i)) {
                add(sentences, text, start, i);
                start = i;
                i = skipWhitespace(text, i);
                continue;
            }
            if (!isTerminal(c)) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < n && (isTerminal(text.charAt(end)) || Reflow.isCloser(text.charAt(end)))) {
                end++;
            }
            if (end < n && !Character.isWhitespace(text.charAt(end))) {
                i = end;
                continue;
            }
            int next = skipWhitespace(text, end);
            boolean ends = next >= n
                    || !Character.isLowerCase(text.codePointAt(next))
                    && !(c == '.' && end == i + 1 && isAbbreviation(text, i));
            if (ends) {
                add(sentences, text, start, end);
                start = end;
            }
            i = end;
        }
        add(sentences, text, start, n);
        return sentences;
    }

    private static boolean isTerminal(char c) {
        return c == '.' || c == '!' || c == '?' || c == '\u2026';
    }

    /** True at a newline that is followed by another newline after only spaces. */
    private static boolean isBlankLineAt(String text, int i) {
        for (int j = i + 1; j < text.length(); j++) {
            char c = text.charAt(j);
            if (c == '\n') {
                return true;
            }
            if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return false;
    }

    private static int skipWhitespace(String text, int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Whether the word ending at the period at {@code dot} is an abbreviation, an initial or an acronym. */
    private static boolean isAbbreviation(String text, int dot) {
        int begin = dot;
        while (begin > 0 && dot - begin < MAX_ABBREVIATION
                && (Character.isLetter(text.charAt(begin - 1)) || text.charAt(begin - 1) == '.')) {
            begin--;
        }
        if (begin == dot || begin > 0 && dot - begin >= MAX_ABBREVIATION) {
            return false;
        }
        String word = text.substring(begin, dot);
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true;                                  // an initial: John F. Kennedy
        }
        if (ACRONYM.matcher(word).matches()) {
            return true;                                  // U.S., e.g., a.m.
        }
        return ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static void add(List<Span> sentences, String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            sentences.add(new Span(start, end));
        }
    }
}
