package dev.attache.core.attribution;

import java.util.List;

/**
 * A quotation resumed after a participle of its own reporting clause: in "“…,” X said, referring to the plan,
 * “…”" the participle ("referring", "pointing", "gesturing") has the same source and would report the second
 * part alone. PolNeAR annotates one relation, with the first cue and both parts, as for "“…,” X said. “…”"; the
 * participle's candidate is merged into the first and not returned.
 */
final class ParticipleInterruptions {

    private ParticipleInterruptions() {
    }

    static void merge(TextModel m, List<CandidateAttribution> raws) {
        for (int i = 1; i < raws.size(); i++) {
            CandidateAttribution first = raws.get(i - 1);
            CandidateAttribution participle = raws.get(i);
            if (resumes(m, first, participle)) {
                TokenSpans.extendToQuotation(m, first, participle.quotation);
                participle.nested = true;
            }
        }
    }

    /** "“…,” X said, GERUND …, “…”": the same source, the participle right after the first cue's comma. */
    private static boolean resumes(TextModel m, CandidateAttribution first, CandidateAttribution participle) {
        if (first.nested || participle.nested || first.quotation < 0 || participle.quotation != first.quotation + 1
                || first.sf < 0 || first.sf != participle.sf || first.st != participle.st || participle.cf != participle.ct
                || !m.lower[participle.cf].endsWith("ing") || m.sentence[first.cf] != m.sentence[participle.cf]
                || !TokenSpans.startsWithQuotation(m, first) || first.ce > m.start[first.sf]
                || !TokenSpans.startsWithQuotation(m, participle) || m.is(participle.cf, "adding")) {
            return false;
        }
        int afterClause = Math.max(first.ct, first.st) + 1;
        while (afterClause < participle.cf && m.kind[afterClause] == TextModel.WORD && m.quote[afterClause] < 0
                && !m.lower[afterClause].endsWith("ing")) {
            afterClause++; // "said Tuesday,"
        }
        return m.is(afterClause, ",") && afterClause + 1 == participle.cf;
    }
}
