package dev.attache.core.attribution;

import java.util.Set;

/**
 * The passive rule: "Trump has been criticized by some of his rivals for …", "X was quoted as saying …",
 * "The plan was rejected by Congress": the phrase after "by" is the source (none when the sentence
 * names no agent), the clause around the cue the content, as PolNeAR annotates passives.
 */
final class PassiveCueRule {

    private static final Set<String> BE = Words.set("is", "are", "was", "were", "been", "being", "be", "’s", "'s");
    private static final Set<String> IRREGULAR_PARTICIPLES = Words.set("said", "told", "known", "thought", "shown",
            "written", "seen", "heard", "understood", "felt", "sought", "read");
    /** Verbs of receiving a visitor, which report a stance only towards a thing ("the plan was welcomed by …"). */
    private static final Set<String> GREETINGS = Words.set("welcomed", "greeted", "received");
    /** How far the subject may lie before the cue, in tokens. */
    private static final int MAX_SUBJECT_DISTANCE = 25;

    private PassiveCueRule() {
    }

    /** True when token {@code t} is a past participle after a form of "be" ("was criticized", "has been praised"). */
    static boolean applies(TextModel m, int t, int a) {
        String w = m.lower[t];
        if (!(w.endsWith("ed") || IRREGULAR_PARTICIPLES.contains(w)) || m.isCapitalized(t)) {
            return false;
        }
        int p = t - 1;
        while (p > a && (MentionFinder.isLyAdverb(m, p) || m.is(p, "also") || m.is(p, "not") || m.is(p, "often")
                || m.is(p, "widely") || m.is(p, "long"))) {
            p--;
        }
        return p > a && m.quote[p] < 0 && BE.contains(m.lower[p]);
    }

    /** A verb of saying at {@code k}, not a weak one nor a noun of the same form after a determiner ("the plan"). */
    private static boolean isReportingVerb(TextModel m, int k) {
        String lemma = CueLexicon.lemma(m.lower[k]);
        return lemma != null && !m.isCapitalized(k) && !CueLexicon.WEAK.contains(lemma)
                && !(k > 0 && Lexicon.DETERMINERS.contains(m.lower[k - 1]));
    }

    /** Whether the agent phrase [from, to] is money given ("a grant from …", "donations"), not someone who speaks. */
    private static boolean fundsSomething(TextModel m, int from, int to) {
        for (int k = from; k <= to && k <= from + 3; k++) {
            if (FUNDS.contains(m.lower[k])) {
                return true;
            }
            if (m.is(k, "from") || m.is(k, "of")) {
                return false;
            }
        }
        return false;
    }

    private static final Set<String> FUNDS = Words.set("grant", "grants", "donation", "donations", "funding", "gift",
            "gifts", "contribution", "contributions", "subsidy", "subsidies", "endowment");

    /** The candidate for the passive cue at {@code t} in sentence [a, b], or null. */
    static CandidateAttribution match(TextModel m, int t, int a, int b) {
        CandidateAttribution quoted = QuotedAsSaying.passive(m, t, a, b);
        if (quoted != null) {
            return quoted; // "X was quoted as saying …": X's words, whoever quoted them
        }
        int e = TokenSpans.contentEnd(m, t + 1, b);
        int first = a;
        while (first < t && m.kind[first] == TextModel.PUNCT) {
            first++;
        }
        if (t - first > MAX_SUBJECT_DISTANCE) {
            return null;
        }
        for (int k = first; k < t; k++) {
            if (m.lower[k].equals(",") || m.lower[k].equals(";") || m.quote[k] >= 0) {
                first = k + 1; // an introductory phrase or an earlier clause is not part of it
            }
        }
        if (first >= t - 1 || e < first) {
            return null;
        }
        int be = t - 1;
        while (be > first && !BE.contains(m.lower[be])) {
            be--;
        }
        if (GREETINGS.contains(m.lower[t]) && be > first && ClauseSubjects.personLike(m, new int[]{be - 1, be - 1})) {
            // "Xi Jinping is welcomed by the foreign minister at the airport": a greeting ("the Trump move was welcomed by
            // developers", whose head is no person, is a stance)
            return null;
        }
        CandidateAttribution r = new CandidateAttribution();
        r.cf = t;
        r.ct = t;
        int by = t + 1;
        if (by <= b && m.is(by, "by") && m.quote[by] < 0) {
            int[] agent = MentionFinder.nounPhraseRight(m, by + 1, b);
            if (agent != null && fundsSomething(m, by + 1, agent[1])) {
                return null; // "Environmental coverage … is supported by a grant from the … Trust": money says nothing
            }
            if (agent != null) {
                r.sf = agent[0];
                r.st = agent[1];
            }
        }
        if (r.sf < 0 && e <= t) {
            return null; // "Cole was not convinced.": a state, with neither agent nor complement
        }
        for (int k = first; r.sf < 0 && k < be; k++) {
            if (isReportingVerb(m, k)) {
                // "Tesla says it has fixed the shortcomings and they will not be repeated": without an agent, the
                // passive is part of the report it stands in, not one of its own
                return null;
            }
        }
        TokenSpans.setContent(m, r, first, Math.max(e, t));
        return r;
    }
}
