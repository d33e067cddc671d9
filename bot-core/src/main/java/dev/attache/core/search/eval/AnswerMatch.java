package dev.attache.core.search.eval;

import java.util.List;
import java.util.Locale;

/**
 * Whether a passage holds a gold answer string, as in the RealTimeQA answer-hit measure: the
 * answer with its surrounding quote marks (“ ” " ' ‘ ’) stripped, and both texts case-folded,
 * curly apostrophes read as straight ones and runs of white space as one space; the answer must
 * occur as a substring of the passage. Both systems of an evaluation are judged by this one rule.
 */
public final class AnswerMatch {

    private static final String QUOTES = "“”\"'‘’«»";

    private AnswerMatch() {
    }

    /** The answer as it is looked for: quote marks around it stripped, normalized; may be empty. */
    public static String normalizeAnswer(String answer) {
        String s = normalizeText(answer).strip();
        int start = 0;
        int end = s.length();
        while (start < end && (QUOTES.indexOf(s.charAt(start)) >= 0 || Character.isWhitespace(s.charAt(start)))) {
            start++;
        }
        while (end > start && (QUOTES.indexOf(s.charAt(end - 1)) >= 0 || Character.isWhitespace(s.charAt(end - 1)))) {
            end--;
        }
        return s.substring(start, end);
    }

    /** Case-folded, curly apostrophes as straight ones, white space runs as one space. */
    public static String normalizeText(String text) {
        return text.replace('’', '\'').replace('‘', '\'').replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** True when some non-empty normalized answer occurs in the normalized passage text. */
    public static boolean holdsAnswer(String normalizedPassage, List<String> normalizedAnswers) {
        for (String answer : normalizedAnswers) {
            if (!answer.isEmpty() && normalizedPassage.contains(answer)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The 1-based rank of the first passage that holds an answer, 0 when none does.
     */
    public static int firstHit(List<String> passages, List<String> answers) {
        List<String> normalized = answers.stream().map(AnswerMatch::normalizeAnswer).toList();
        for (int i = 0; i < passages.size(); i++) {
            if (holdsAnswer(normalizeText(passages.get(i)), normalized)) {
                return i + 1;
            }
        }
        return 0;
    }
}
