package dev.attache.core.attribution;

/**
 * The "according to X" rule: X is the source; the content is the clause before the phrase, the rest of the
 * sentence after it, or both sides when the phrase interrupts the clause.
 */
final class AccordingToRule {

    private AccordingToRule() {
    }

    static CandidateAttribution match(TextModel m, int t, int a, int b) {
        int[] src = MentionFinder.nounPhraseRight(m, t + 2, b);
        if (src == null || src[0] == src[1] && NO_SOURCE.contains(m.lower[src[0]])) {
            return null; // "going according to plan": as planned, nobody's words
        }
        int by = src[1] + 1;
        if (!m.is(by, "by") && src[1] > src[0] && m.lower[src[1]].endsWith("ed")) {
            by = src[1];
        } else if (!m.is(by, "by") && by + 1 <= b && m.lower[by].endsWith("ed") && m.quote[by] < 0) {
            by++;
        }
        if (m.is(by, "by") && by + 1 <= b && m.quote[by] < 0 && m.lower[by - 1].endsWith("ed")) {
            // "according to audio provided by Harbor Radio", "… a court filing signed by Jo Reyes": the phrase runs
            // on to the one who provided it
            int[] agent = MentionFinder.nounPhraseRight(m, by + 1, b);
            if (agent != null) {
                src = new int[]{src[0], agent[1]};
            }
        }
        CandidateAttribution r = new CandidateAttribution();
        r.cf = t;
        r.ct = t + 1;
        r.sf = src[0];
        r.st = src[1];
        int first = a;
        while (first < t && (m.is(first, "but") || m.is(first, "and") || m.kind[first] == TextModel.PUNCT)) {
            first++;
        }
        if (t - 2 >= a && m.is(t - 1, ",") && m.is(t - 2, "that") && m.quote[t - 2] < 0) {
            first = t; // "X said that, according to Y, Z": the phrase opens the that-clause, Z is what Y tells
        }
        if (first == t && TokenSpans.contentEnd(m, src[1] + 2, b) < src[1] + 2) {
            // "According to officials, the account was …": the phrase took the clause for an appositive
            for (int k = src[0] + 1; k < src[1]; k++) {
                if (m.is(k, ",") && m.quote[k] < 0) {
                    r.st = src[1] = k - 1;
                    break;
                }
            }
        }
        if (first == t && reportAfterComma(m, src)) {
            // "According to Yahoo News, Clinton spokesman Jo Reyes said Friday that if …, “…”": a report after
            // the phrase's comma is its content, not an appositive of the source
            for (int k = src[0] + 1; k < src[1]; k++) {
                if (m.is(k, ",") && m.quote[k] < 0) {
                    r.st = src[1] = k - 1;
                    break;
                }
            }
        }
        if (first == t && src[1] + 1 <= b && !m.is(src[1] + 1, ",")) {
            // "According to The Ledger, the men wore shirts that read “…”": no comma closes what follows the
            // phrase's first comma, so that part is the clause, not an appositive of the source
            for (int k = src[0] + 1; k < src[1]; k++) {
                if (m.is(k, ",") && m.quote[k] < 0) {
                    r.st = src[1] = k - 1;
                    break;
                }
            }
        }
        if (first == t && src[1] + 1 <= b && !m.is(src[1] + 1, ",")) {
            // "According to a 2013 study by two economists, …": the source runs to the comma
            for (int k = src[1] + 1; k <= b && k - src[1] <= 15 && m.quote[k] < 0; k++) {
                if (m.is(k, ",")) {
                    r.st = src[1] = k - 1;
                    break;
                }
            }
        }
        if (first == t) {
            int c = src[1] + 1;
            if (c <= b && m.lower[c].equals(",")) {
                c++;
            }
            int e = TokenSpans.contentEnd(m, c, b);
            if (e < c) {
                return null;
            }
            TokenSpans.setContent(m, r, c, e);
        } else {
            int e = t - 1;
            while (e >= a && m.kind[e] == TextModel.PUNCT && !m.closesQuote(e)) {
                e--;
            }
            if (e < a) {
                return null;
            }
            int c = src[1] + 1;
            int end = e;
            if (c <= b && m.lower[c].equals(",") && TokenSpans.contentEnd(m, c + 1, b) >= c + 2) {
                end = TokenSpans.contentEnd(m, c + 1, b); // "X, according to Y, Z"
            }
            if (m.quote[e] >= 0 && m.closesQuote(e)) {
                TokenSpans.setQuotation(m, r, m.quote[e]);
            } else {
                TokenSpans.setContent(m, r, first, end);
            }
        }
        return r;
    }

    /** A reporting verb after the first comma of the source phrase {@code src} ("Yahoo News, Jo Reyes said …"). */
    private static final java.util.Set<String> NO_SOURCE = Words.set("plan", "plans", "schedule", "script",
            "tradition", "custom", "expectations", "design", "form", "need", "needs");

    private static boolean reportAfterComma(TextModel m, int[] src) {
        boolean afterComma = false;
        for (int k = src[0] + 1; k <= src[1]; k++) {
            if (m.is(k, ",") && m.quote[k] < 0) {
                afterComma = true;
            } else if (afterComma && m.quote[k] < 0 && !m.lower[k].endsWith("ing") && MentionFinder.cueVerbAt(m, k)) {
                return true;
            }
        }
        return false;
    }
}
