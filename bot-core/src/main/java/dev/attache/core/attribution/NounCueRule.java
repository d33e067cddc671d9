package dev.attache.core.attribution;

import java.util.Set;

/**
 * The possessive noun-cue rule: "Kim’s claim that …", "his warning that …" — the possessor is the source,
 * the clause the noun introduces the content.
 */
final class NounCueRule {

    private NounCueRule() {
    }

    static final Set<String> NOUN_CUES = Words.set("claim", "claims", "assertion", "assertions", "suggestion",
            "statement", "remarks", "comments", "comment", "criticism", "concern", "concerns", "argument", "warning",
            "warnings", "promise", "pledge", "view", "belief", "insistence", "accusation", "accusations", "allegation",
            "allegations", "denial", "prediction", "assessment", "announcement", "contention", "suggestions",
            "admission", "assurance", "assurances", "vow", "hope", "fear", "fears", "complaint", "complaints",
            "criticisms", "praise", "support", "opposition", "proposal", "plan", "plans", "call", "calls", "demand",
            "demands", "decision", "threat", "threats", "insistence", "position", "message");

    static final Set<String> POSSESSIVE_PRONOUNS = Words.set("his", "her", "their", "its", "my", "our");

    /** "Kim’s claim that …", "his warning that …": a possessive source and the clause the noun introduces. */
    static CandidateAttribution match(TextModel m, int t, int a, int b) {
        int n = t + 1;
        if (!m.is(n, "that") || m.quote[n] >= 0) {
            return null;
        }
        int p = t - 1;
        while (p >= a && p >= t - 3 && m.kind[p] == TextModel.WORD && !m.isCapitalized(p)
                && !POSSESSIVE_PRONOUNS.contains(m.lower[p]) && !m.lower[p].equals("’s") && !m.lower[p].equals("'s")
                && !Lexicon.STOP.contains(m.lower[p]) && !Lexicon.DETERMINERS.contains(m.lower[p])) {
            p--; // adjectives: "his repeated claims"
        }
        int[] src;
        if (p >= a && POSSESSIVE_PRONOUNS.contains(m.lower[p]) && !m.is(p, "its") && !m.is(p, "my") && !m.is(p, "our")) {
            src = new int[]{p, p};
        } else if (p - 1 >= a && (m.lower[p].equals("’s") || m.lower[p].equals("'s")) && m.isCapitalized(p - 1)) {
            int from = MentionFinder.nounPhraseLeft(m, p - 1, a);
            if (from < 0) {
                return null;
            }
            src = new int[]{from, p - 1};
        } else {
            return null;
        }
        int c = n + 1;
        int e = c;
        while (e + 1 <= b && e - c < 60 && !(m.quote[e + 1] < 0 && (m.lower[e + 1].equals(",") && !m.is(e + 2, "“")
                || m.lower[e + 1].equals(";") || m.lower[e + 1].equals("—")))) {
            e++;
        }
        e = TokenSpans.contentEnd(m, c, e);
        if (e < c + 1) {
            return null;
        }
        CandidateAttribution r = new CandidateAttribution();
        r.sf = src[0];
        r.st = src[1];
        r.cf = t;
        r.ct = t;
        TokenSpans.setContent(m, r, c, e);
        return r;
    }
}
