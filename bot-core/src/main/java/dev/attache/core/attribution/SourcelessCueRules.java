package dev.attache.core.attribution;

import java.util.Set;

/**
 * Cues whose holder the sentence does not name, following PolNeAR: "Asked whether …", "X was asked what …",
 * "X is expected to …", "X seems …" (the subject is part of the content).
 */
final class SourcelessCueRules {

    private SourcelessCueRules() {
    }

    /** "Asked whether the plan would pass, the senator said …": the question, with no source of its own. */
    static CandidateAttribution askedIntro(TextModel m, int t, int b) {
        int k = t + 1;
        while (k <= b && k - t < 10 && m.quote[k] < 0 && !ReportingVerbRule.WH.contains(m.lower[k]) && !m.lower[k].equals(",")) {
            k++;
        }
        if (k > b || !ReportingVerbRule.WH.contains(m.lower[k]) || m.quote[k] < 0 && m.lower[k].equals(",")) {
            return null;
        }
        int e = k + 1;
        while (e <= b && e - k < 60 && !(m.lower[e].equals(",") && m.quote[e] < 0)
                && !(m.closesQuote(e) && e + 1 <= b && m.kind[e + 1] == TextModel.WORD && ReportingVerbRule.reportingMarkBefore(m, e))) {
            e++;
        }
        if (e <= b && m.closesQuote(e)) {
            e++; // Asked if she is “ready,” 70 percent said yes: the question ends with its quotation
        }
        if (e > b && !m.isCapitalized(t)) {
            e = TokenSpans.contentEnd(m, k, b) + 1; // "… he said when asked whether he would run." ends the sentence
        }
        if (e > b + 1 || e > b && m.isCapitalized(t) || e - k < 2) {
            return null;
        }
        CandidateAttribution r = new CandidateAttribution();
        r.cf = t;
        r.ct = t;
        TokenSpans.setContent(m, r, k, e - 1);
        return r;
    }

    /** "The bill is expected to pass", "He seems ready": an expectation or impression whose holder the sentence does not name. */
    static CandidateAttribution passiveAsked(TextModel m, int t, int b) {
        int c = t + 1;
        int e = c;
        while (e + 1 <= b && e - c < 60 && !(m.quote[e + 1] < 0 && (m.lower[e + 1].equals(",") || m.lower[e + 1].equals(";")))) {
            e++;
        }
        e = TokenSpans.contentEnd(m, c, e);
        if (e < c + 1 || m.quote[c] >= 0) {
            return null;
        }
        CandidateAttribution r = new CandidateAttribution();
        r.cf = t - 1;
        r.ct = t;
        TokenSpans.setContent(m, r, c, e);
        return r;
    }

    static final Set<String> SEEM = Words.set("seem", "seems", "seemed", "seeming", "appear", "appears",
            "appeared");

    static CandidateAttribution expected(TextModel m, int t, int cueFrom, int a, int b) {
        int e = TokenSpans.contentEnd(m, t + 1, b);
        for (int k = t + 1; k < e; k++) {
            if (m.is(k, ":") && m.quote[k] < 0 && m.opensQuote(k + 1)) {
                e = k - 1; // "X seemed irritated: “…”": the quotation after the colon is X's, not part of the impression
                break;
            }
        }
        int first = a;
        while (first < t && m.kind[first] == TextModel.PUNCT) {
            first++;
        }
        if (e < t + 1 || t - first < 1 || t - first > 25) {
            return null;
        }
        for (int k = first; k < t; k++) {
            if (m.lower[k].equals(",") || m.quote[k] >= 0) {
                first = k + 1; // an introductory phrase or an earlier clause is not part of it
            } else if (k < cueFrom && (m.lower[k].equals("that") || CueLexicon.lemma(m.lower[k]) != null && !m.isCapitalized(k))) {
                return null; // "X said (that) Clinton appeared …": the impression is part of X's report, not one of its own
            }
        }
        if (first >= t - 1 && !(first == t - 1 && m.kind[first] == TextModel.WORD && m.quote[first] < 0
                && (m.isCapitalized(first) || ClauseSubjects.SUBJECT_PRONOUNS.contains(m.lower[first])))) {
            return null; // a one-word subject must be a name or a pronoun ("Carson seems to …")
        }
        if (first >= cueFrom) {
            return null;
        }
        CandidateAttribution r = new CandidateAttribution();
        r.cf = cueFrom;
        r.ct = t;
        TokenSpans.setContent(m, r, first, e);
        return r;
    }
}
