package dev.attache.core.attribution;

/**
 * The "in X's words" rule: "in Forbes’ words, “…”", "in her own words, “…”", "in the words of an aide, “…”" —
 * the one whose words they are is the source, the quotation right after the phrase's comma the content.
 */
final class InWordsRule {

    private InWordsRule() {
    }

    /** {@code t} is "words". */
    static CandidateAttribution match(TextModel m, int t, int a, int b) {
        int[] src;
        int comma;
        int cueFrom;
        int cueTo;
        if (t + 2 <= b && m.is(t + 1, "of") && t - 2 >= a && m.is(t - 1, "the") && m.is(t - 2, "in")) {
            src = MentionFinder.nounPhraseRight(m, t + 2, b); // "in the words of an aide, “…”"
            comma = src == null ? -1 : src[1] + 1;
            cueFrom = t - 2;
            cueTo = t + 1;
        } else {
            int k = m.is(t - 1, "own") ? t - 2 : t - 1;
            src = possessor(m, k, a);
            comma = t + 1;
            cueFrom = src == null ? -1 : src[0] - 1;
            cueTo = cueFrom;
        }
        if (src == null || cueFrom < a || !m.is(cueFrom, "in") || comma + 1 > b || !m.is(comma, ",")
                || m.quote[comma] >= 0 || !m.opensQuote(comma + 1)) {
            return null;
        }
        return TokenSpans.quoted(m, m.quote[comma + 1], src, cueFrom, cueTo, 3);
    }

    /** The possessor ending at {@code k}: "his", "her", "their", or the name before a "’s" / "’" at k ("Forbes’"); else null. */
    private static int[] possessor(TextModel m, int k, int a) {
        if (k < a || m.quote[k] >= 0) {
            return null;
        }
        if (m.is(k, "his") || m.is(k, "her") || m.is(k, "their")) {
            return new int[]{k, k};
        }
        boolean mark = m.is(k, "’s") || m.is(k, "'s") || m.is(k, "’") || m.is(k, "'");
        if (!mark || k - 1 < a || m.kind[k - 1] != TextModel.WORD) {
            return null;
        }
        int from = MentionFinder.nounPhraseLeft(m, k - 1, a);
        return from < 0 ? null : new int[]{from, k - 1};
    }
}
