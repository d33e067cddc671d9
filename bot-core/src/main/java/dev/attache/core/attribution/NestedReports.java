package dev.attache.core.attribution;

import java.util.List;
import java.util.Set;

/**
 * Marks reports nested as a complement clause in another report's content: in "X said (that) Y believes …"
 * or "X said on Monday that Y believes …" the content of "said" holds Y's report. PolNeAR annotates the
 * outer report and, on train, the inner one only about one time in ten, so the inner report is resolved
 * (its mention still names a person) but not returned. A comma between the outer cue and the inner source
 * ("the engineers who claim to find the dam safe, Dara Holm said, “…”") makes the inner report a main clause of
 * its own: it is returned, and the earlier cue, whose content would be that report, is not.
 */
final class NestedReports {

    /** How many earlier candidates (in cue order) are searched for the outer report. */
    private static final int LOOK_BACK = 4;

    private static final Set<String> COMPLEMENTIZERS = Words.set("that", "what", "if", "whether");

    private NestedReports() {
    }

    /** Sets {@code nested} on every candidate whose source opens the content of an earlier cue's report. */
    static void mark(TextModel m, List<CandidateAttribution> raws) {
        markInsideInvertedSources(m, raws);
        for (int i = 1; i < raws.size(); i++) {
            CandidateAttribution inner = raws.get(i);
            if (inner.sf < 0 || inner.cf < inner.sf) {
                continue; // no source, or an inverted one ("…, said X")
            }
            for (int k = i - 1; k >= 0 && i - k <= LOOK_BACK; k--) {
                CandidateAttribution outer = raws.get(k);
                if (outer.cf >= 0 && outer.ct < inner.sf && (opensWith(m, outer, inner)
                        || ContentBoundaries.relativeInside(m, inner, outer))) {
                    inner.nested = true;
                    handOnToOuter(m, raws, inner, outer);
                    break;
                }
                if (outer.cf >= 0 && outer.ct < inner.sf && outer.cs == m.start[inner.sf]
                        && m.sentenceStart(outer.cf) != outer.cf && commaBetween(m, outer.ct, inner.sf)) {
                    // "the engineers who claim to find …, X said, “…”": the earlier cue's content would be X's report
                    // after a comma, a main clause of its own; on train such earlier reports were right a third of the
                    // time, so they are not returned. A cue opening the sentence ("In a poll …, X backed …",
                    // "According to X, …") reports the clause after its comma by design
                    outer.nested = true;
                    break;
                }
            }
        }
    }

    /**
     * The outer content holds the inner report as a complement clause: it begins with the inner source, or a
     * complementizer ("that", "what", "if", "whether") inside it stands right before the inner source.
     */
    private static boolean opensWith(TextModel m, CandidateAttribution outer, CandidateAttribution inner) {
        if (outer.cs > m.start[inner.sf] || m.end[inner.ct] > outer.ce) {
            return false;
        }
        if (m.sentenceStart(outer.cf) != outer.cf && commaBetween(m, outer.ct, inner.sf)) {
            return false; // "those who claim to find …, X said, “…”": a main clause after a comma, no complement
        }
        int first = TokenSpans.firstToken(m, outer.cs);
        return first == inner.sf || first < inner.sf && m.quote[inner.sf - 1] < 0
                && COMPLEMENTIZERS.contains(m.lower[inner.sf - 1]);
    }

    /**
     * A participle that took the nested report's source ("She said she was thinking, “…,” adding, “…”") speaks for
     * the outer report's: the subject of the sentence, not the pronoun that refers back to it inside its content.
     * Only a pronoun under a person is handed on: "court filings revealed that he has sought …, alleging …" and
     * "X said that Republicans rejected it, calling it …" keep the inner clause's subject.
     */
    private static void handOnToOuter(TextModel m, List<CandidateAttribution> raws, CandidateAttribution inner,
                                      CandidateAttribution outer) {
        if (outer.sf < 0 || outer.sourceOf != null || inner.sf != inner.st
                || !ClauseSubjects.PERSONAL_PRONOUNS.contains(m.lower[inner.sf])
                || !ClauseSubjects.personLike(m, new int[]{outer.sf, outer.st})) {
            return;
        }
        for (CandidateAttribution r : raws) {
            if (r.sourceOf == inner) {
                r.sourceOf = outer;
                r.sf = outer.sf;
                r.st = outer.st;
            }
        }
    }

    /** An unquoted comma right before token {@code to}, after token {@code from}. */
    private static boolean commaBetween(TextModel m, int from, int to) {
        return to - 1 > from && m.is(to - 1, ",") && m.quote[to - 1] < 0;
    }

    /**
     * A cue in a relative clause or appositive after an inverted source ("“…,” said X, who … responded", "“…,” said
     * X, a strategist who has advised …") whose content would run back over that reporting clause is no report of
     * its own: the quotation is the inverted cue's. Marked {@code nested}, so it is not returned.
     */
    private static void markInsideInvertedSources(TextModel m, List<CandidateAttribution> raws) {
        for (int i = 1; i < raws.size(); i++) {
            CandidateAttribution r = raws.get(i);
            if (r.cf < 0 || r.sf < 0 || r.ce > m.start[r.cf]) {
                continue; // content after the cue, or no source
            }
            for (int k = i - 1; k >= 0 && i - k <= LOOK_BACK; k--) {
                CandidateAttribution n = raws.get(k);
                if (n.cf >= 0 && n.sf > n.ct && r.sf > n.ct && m.start[n.cf] >= r.cs && m.end[n.ct] <= r.ce) {
                    r.nested = true;
                    break;
                }
            }
        }
    }
}
