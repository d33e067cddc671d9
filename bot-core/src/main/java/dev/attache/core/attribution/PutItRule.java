package dev.attache.core.attribution;

/**
 * The "as X put it" / "as X puts it" rule: X is the source; the content is the quotation or clause after "put it," /
 * "put it:", or the clause before ", as X put it".
 */
final class PutItRule {

    /** How many words of circumstance may follow "As X put it" before its comma. */
    private static final int MAX_PHRASE_AFTER = 15;

    private PutItRule() {
    }

    /** {@code t} is "put" or "puts", followed by "it". */
    static CandidateAttribution match(TextModel m, int t, int a, int b) {
        int j = MentionFinder.skipBetweenLeft(m, t - 1, a);
        int[] subj = MentionFinder.subjectLeft(m, j, a);
        if (subj == null || subj[0] - 1 < a || !m.is(subj[0] - 1, "as") || m.quote[subj[0] - 1] >= 0
                || subj[0] == subj[1] && ClauseSubjects.SUBJECTLESS.contains(m.lower[subj[0]])) {
            return null;
        }
        int as = subj[0] - 1;
        CandidateAttribution r = new CandidateAttribution();
        r.cf = t;
        r.ct = t + 1;
        r.sf = subj[0];
        r.st = subj[1];
        int after = TokenSpans.skipModifiers(m, t + 2, b);
        boolean mark = after <= b && m.quote[after] < 0 && (m.is(after, ",") || m.is(after, ":"));
        if (!mark && as == a) {
            // "As X put it in a statement to a colleague in July, …": the phrase runs to its comma
            for (int k = after; k <= b && k - after <= MAX_PHRASE_AFTER && m.quote[k] < 0; k++) {
                if (m.is(k, ",") || m.is(k, ":")) {
                    after = k;
                    mark = true;
                    break;
                }
            }
        }
        if (mark) {
            after++;
        }
        if (after <= b && m.opensQuote(after) || mark && after > b && after < m.size && m.opensQuote(after)) {
            r.strength = 3;
            TokenSpans.setQuotation(m, r, m.quote[after]);
            return r;
        }
        if (as - 1 >= a && m.closesQuote(as - 1) && ReportingVerbRule.reportingMarkBefore(m, as - 1)) {
            TokenSpans.setQuotation(m, r, m.quote[as - 1]); // "“…,” as X put it."
            return r;
        }
        if (as - 1 >= a && m.is(as - 1, ",") && m.quote[as - 1] < 0) {
            int e = as - 2;
            int s = a;
            while (s < e && m.kind[s] == TextModel.PUNCT && m.quote[s] < 0) {
                s++;
            }
            if (e - s < 1) {
                return null;
            }
            if (m.closesQuote(e) && m.quotations.get(m.quote[e]).start() == m.start[s]) {
                TokenSpans.setQuotation(m, r, m.quote[e]);
            } else {
                TokenSpans.setContent(m, r, s, e);
            }
            return r;
        }
        if (mark && as == a) {
            int e = TokenSpans.contentEnd(m, after, b);
            if (e - after >= 2) {
                TokenSpans.setContent(m, r, after, e);
                return r;
            }
        }
        return null;
    }
}
