package dev.attache.core.attribution;

import java.util.Set;

/**
 * "Interfax quoted him as saying …", "“…,” state media quoted Xi as saying", "…, Jo Hale was quoted as saying by the
 * agency": the one quoted is the source, not the outlet that quotes them, and what they said is what follows "as
 * saying", or what comes before them.
 */
final class QuotedAsSaying {

    private static final Set<String> QUOTING = Words.set("quoted", "quotes", "quoting");
    private static final Set<String> SAYING = Words.set("saying", "telling", "writing", "stating", "warning", "adding");
    private static final Set<String> OBJECT_PRONOUNS = Words.set("him", "her", "them");
    /** How many tokens the one quoted may take between "quoted" and "as". */
    private static final int MAX_OBJECT_TOKENS = 8;

    private QuotedAsSaying() {
    }

    /**
     * The report of a passive "quoted as saying" at token {@code t} of the sentence {@code [a, b]}: "Jo Hale was quoted
     * as saying (that) …" and "…, Jo Hale was quoted as saying by Harbor Wire" are Jo Hale's; null for another passive.
     */
    static CandidateAttribution passive(TextModel m, int t, int a, int b) {
        int saying = t + 2;
        if (!m.is(t, "quoted") || !m.is(t + 1, "as") || saying > b || !SAYING.contains(m.lower[saying])) {
            return null;
        }
        int be = t - 1;
        while (be > a && MentionFinder.isLyAdverb(m, be)) {
            be--;
        }
        int[] quoted = MentionFinder.subjectLeft(m, be - 1, a);
        if (quoted == null || quoted[1] != be - 1) {
            return null;
        }
        CandidateAttribution r = new CandidateAttribution();
        r.sf = quoted[0];
        r.st = quoted[1];
        r.cf = t;
        r.ct = saying;
        int c = wordsAfter(m, saying, b);
        int e = TokenSpans.contentEnd(m, c, b);
        if (c <= e && !m.is(c, "by")) {
            TokenSpans.setContent(m, r, c, e); // "Jo Hale was quoted as saying the pier would close"
            return r;
        }
        int before = TokenSpans.contentEnd(m, a, quoted[0] - 1); // "The pier will close, Jo Hale was quoted as saying"
        if (before < a) {
            return null;
        }
        TokenSpans.setContent(m, r, a, before);
        return r;
    }

    /** Makes the one quoted the source of {@code r}, whose cue is token {@code t} of a sentence ending at {@code b}. */
    static void reassign(TextModel m, CandidateAttribution r, int t, int b) {
        if (!QUOTING.contains(m.lower[t])) {
            return;
        }
        int as = -1;
        for (int k = t + 2; k <= b && k - t <= MAX_OBJECT_TOKENS + 1; k++) {
            if (m.quote[k] >= 0) {
                return;
            }
            if (m.is(k, "as")) {
                as = k;
                break;
            }
        }
        int saying = as < 0 ? -1 : m.is(as + 1, "having") && m.is(as + 2, "said") ? as + 2 : as + 1;
        if (saying < 0 || saying > b || !(SAYING.contains(m.lower[saying]) || m.is(saying, "said"))) {
            return;
        }
        int[] quoted = as == t + 2 && OBJECT_PRONOUNS.contains(m.lower[t + 1]) ? new int[]{t + 1, t + 1}
                : MentionFinder.nounPhraseRight(m, t + 1, as - 1);
        if (quoted == null || quoted[1] != as - 1
                || quoted[0] == quoted[1] && ClauseSubjects.SUBJECT_PRONOUNS.contains(m.lower[quoted[0]])) {
            return; // "quoted He as saying" names He Kang, whom a pronoun's reading would lose
        }
        r.sf = quoted[0];
        r.st = quoted[1];
        if (r.cs >= m.start[t]) {
            // the content ran on from the cue over the one quoted: it is what follows "as saying"
            int c = wordsAfter(m, saying, b);
            if (c > b || m.start[c] >= r.ce) {
                return;
            }
            r.cs = m.start[c];
        }
    }

    /** The first token of what was said after the verb of saying at {@code saying}: past a colon, a comma or "that". */
    private static int wordsAfter(TextModel m, int saying, int b) {
        int c = saying + 1;
        while (c <= b && m.quote[c] < 0 && (m.is(c, ":") || m.is(c, ",") || m.is(c, "that"))) {
            c++;
        }
        return c;
    }
}
