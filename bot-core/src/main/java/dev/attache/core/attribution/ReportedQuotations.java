package dev.attache.core.attribution;

import java.util.List;

/**
 * A quotation reported through a medium: in "“…,” X said, according to Y." PolNeAR annotates one
 * relation, with Y (the transcript, the outlet) as its source and the quotation as its content. The
 * "according to" candidate takes the quotation of the reporting clause it follows, and X stays its
 * speaker; the reporting clause is then resolved but not returned.
 */
final class ReportedQuotations {

    /** How many earlier candidates (in cue order) are searched for the reporting clause. */
    private static final int LOOK_BACK = 3;

    private ReportedQuotations() {
    }

    static void merge(TextModel m, List<CandidateAttribution> raws) {
        for (int i = 1; i < raws.size(); i++) {
            CandidateAttribution according = raws.get(i);
            if (according.cf < 0 || !m.is(according.cf, "according") || according.sf < according.cf) {
                continue;
            }
            for (int k = i - 1; k >= 0 && i - k <= LOOK_BACK; k--) {
                CandidateAttribution quoted = raws.get(k);
                if (reportsQuotationBefore(m, quoted, according)) {
                    according.cs = quoted.cs;
                    according.ce = quoted.ce;
                    according.quotation = quoted.quotation;
                    according.interrupted = quoted.interrupted;
                    according.sourceOf = quoted; // the speaker is the one quoted; the source span stays Y
                    quoted.nested = true;
                    break;
                }
            }
        }
    }

    /** "“…,” X said …, according to": a quotation before its own cue, that cue inside the "according to" content. */
    private static boolean reportsQuotationBefore(TextModel m, CandidateAttribution quoted, CandidateAttribution according) {
        return quoted.quotation >= 0 && quoted.cf >= 0 && quoted.sf >= 0 && !quoted.nested
                && TokenSpans.startsWithQuotation(m, quoted) && quoted.cs < m.start[quoted.cf]
                && according.cs <= m.start[quoted.cf] && m.end[quoted.ct] <= according.ce
                && m.sentence[quoted.cf] == m.sentence[according.cf];
    }
}
