package dev.attache.core.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Development aid for {@link CarryFit}, not used by the extractor: the quotations no rule attributed, as cases
 * for a learned "carry the speaker on" decision, each with a proposed source and a few general features.
 * Two kinds: a quotation opening a sentence after a report with a source (proposed: that report's source, cue
 * and speaker), and a quotation inside a sentence after the sentence's subject (proposed: the subject). Tried on
 * branch {@code attr6} and not adopted: on PolNeAR train a logistic model over these features gains nothing on
 * held-out articles (see docs/QUALITY.md, Attribution).
 */
final class CarryCases {

    private CarryCases() {
    }

    /** Feature names of the opening cases, in the order of {@link Case#features()}. */
    static final List<String> FEATURES = List.of("bias", "opensParagraph", "endsParagraph", "wordsAfter",
            "logLength", "firstPerson", "paragraphGap", "lastDirect", "lastPersonLike", "lastPronoun",
            "logTokenGap", "capitalsBetween", "quoteBetween", "closed", "segments", "lastColon", "lastStrength3");

    private static final Set<String> FIRST_PERSON = Words.set("i", "we", "my", "our", "me", "us", "i'm", "i’m",
            "we're", "we’re", "i've", "i’ve", "i'll", "i’ll", "we'll", "we’ll", "i'd", "i’d", "ours", "myself");

    /**
     * A quotation no candidate covers, with its proposed source: the report before it ({@code last}, opening
     * cases) or the sentence subject ({@code source}, inside cases), and the features of the pair.
     */
    record Case(int quotation, int kind, CandidateAttribution last, int[] source, double[] features) {
    }

    /** Case kinds: a quotation opening a sentence after a report; a quotation inside a sentence after its subject. */
    static final int OPENING = 0;
    static final int INSIDE = 1;

    /** Feature names of the inside cases. */
    static final List<String> INSIDE_FEATURES = List.of("bias", "logLength", "endsClause", "firstPerson",
            "thatBefore", "prepBefore", "determinerBefore", "verbBefore", "subjectPronoun", "subjectName",
            "logSubjectGap", "commaBetween", "capitalizedQuote", "endsSentence", "colonBefore");

    /** The candidate a case adds: the quotation as content, the last report's source, cue and speaker. */
    static CandidateAttribution carried(TextModel m, Case c) {
        CandidateAttribution r = new CandidateAttribution();
        CandidateAttribution last = c.last();
        if (last != null) {
            r.sf = last.sf;
            r.st = last.st;
            r.cf = last.cf;
            r.ct = last.ct;
            r.sourceOf = last;
        } else {
            r.sf = c.source()[0];
            r.st = c.source()[1];
        }
        TokenSpans.setQuotation(m, r, c.quotation());
        return r;
    }

    /**
     * The quotations no candidate covers that open a sentence after a report with a source, or stand inside a
     * sentence after its subject, with their features.
     */
    static List<Case> cases(TextModel m, List<CandidateAttribution> raws) {
        List<Quotation> qs = m.quotations;
        List<Case> out = new ArrayList<>();
        if (qs.isEmpty()) {
            return out;
        }
        List<CandidateAttribution> reports = new ArrayList<>(raws.size());
        for (CandidateAttribution r : raws) {
            if (!r.nested && r.ce > r.cs) {
                reports.add(r);
            }
        }
        reports.sort(java.util.Comparator.comparingInt(r -> r.ce));
        int ri = 0;
        CandidateAttribution last = null;
        int coveredTo = -1;
        for (int q = 0; q < qs.size(); q++) {
            Quotation qt = qs.get(q);
            while (ri < reports.size() && reports.get(ri).ce <= qt.start()) {
                CandidateAttribution r = reports.get(ri++);
                if (r.sf >= 0) {
                    last = r;
                }
                coveredTo = Math.max(coveredTo, r.ce);
            }
            if (covered(reports, ri, qt)) {
                continue;
            }
            int first = TokenSpans.firstToken(m, qt.start());
            if (first < 0 || m.start[first] != qt.start() || MixedQuoteRule.isTitle(m, q)) {
                continue;
            }
            int a = m.sentenceStart(first);
            if (a == first) {
                if (last != null) {
                    out.add(new Case(q, OPENING, last, null, features(m, q, first, last)));
                }
                continue;
            }
            int[] subj = ClauseSubjects.sentenceSubject(m, a, first);
            if (subj != null && subj[1] < first && m.quote[subj[0]] < 0) {
                out.add(new Case(q, INSIDE, null, subj, insideFeatures(m, q, first, subj)));
            }
        }
        return out;
    }

    private static boolean covered(List<CandidateAttribution> reports, int ri, Quotation qt) {
        for (int k = ri; k < reports.size(); k++) {
            CandidateAttribution r = reports.get(k);
            if (r.cs < qt.end() && r.ce > qt.start()) {
                return true;
            }
        }
        return false;
    }

    private static double[] features(TextModel m, int q, int first, CandidateAttribution last) {
        Quotation qt = m.quotations.get(q);
        int lastTok = TokenSpans.firstToken(m, qt.end() - 1);
        double[] f = new double[FEATURES.size()];
        f[0] = 1;
        int p = m.paragraph[first];
        Span par = m.paragraphs.get(p);
        f[1] = qt.start() <= par.start() + 1 ? 1 : 0;
        int endPar = m.paragraph[lastTok];
        int words = 0;
        for (int t = lastTok + 1; t < m.size && m.paragraph[t] == endPar; t++) {
            if (m.kind[t] == TextModel.WORD) {
                words++;
            }
        }
        f[2] = words == 0 ? 1 : 0;
        int wordsAfter = 0;
        int se = m.sentenceEnd(lastTok);
        for (int t = lastTok + 1; t <= se; t++) {
            if (m.kind[t] == TextModel.WORD && m.quote[t] < 0) {
                wordsAfter++;
            }
        }
        f[3] = Math.min(wordsAfter, 10) / 10.0;
        int inside = 0;
        boolean firstPerson = false;
        for (int t = first; t <= lastTok; t++) {
            if (m.kind[t] == TextModel.WORD) {
                inside++;
                if (!firstPerson && FIRST_PERSON.contains(m.lower[t])) {
                    firstPerson = true;
                }
            }
        }
        f[4] = Math.log(1 + inside) / 5.0;
        f[5] = firstPerson ? 1 : 0;
        int lastEndTok = TokenSpans.firstToken(m, last.ce - 1);
        int gap = p - m.paragraph[Math.max(0, lastEndTok)];
        f[6] = Math.min(gap, 4) / 4.0;
        f[7] = last.quotation >= 0 ? 1 : 0;
        int[] src = {last.sf, last.st};
        f[8] = ClauseSubjects.personLike(m, src) ? 1 : 0;
        f[9] = last.sf == last.st && Lexicon.PRONOUNS.contains(m.lower[last.sf]) ? 1 : 0;
        f[10] = Math.log(1 + Math.max(0, first - lastEndTok)) / 5.0;
        int capitals = 0;
        boolean quoteBetween = false;
        for (int t = lastEndTok + 1; t < first; t++) {
            if (m.quote[t] >= 0) {
                quoteBetween = true;
            } else if (m.isCapitalized(t) && m.sentenceStart(t) != t) {
                capitals++;
            }
        }
        f[11] = Math.min(capitals, 5) / 5.0;
        f[12] = quoteBetween ? 1 : 0;
        f[13] = qt.closed() ? 1 : 0;
        f[14] = qt.segments().size() > 1 ? 1 : 0;
        f[15] = last.cf >= 0 && m.lower[last.ct].equals(":") ? 1 : 0;
        f[16] = last.strength >= 3 ? 1 : 0;
        return f;
    }

    private static final Set<String> PREPOSITIONS = Words.set("of", "as", "in", "on", "for", "with", "about", "from",
            "to", "by", "at", "into", "like", "than", "against", "over");

    private static double[] insideFeatures(TextModel m, int q, int first, int[] subj) {
        Quotation qt = m.quotations.get(q);
        int lastTok = TokenSpans.firstToken(m, qt.end() - 1);
        double[] f = new double[INSIDE_FEATURES.size()];
        f[0] = 1;
        int inside = 0;
        boolean firstPerson = false;
        int capitals = 0;
        for (int t = first; t <= lastTok; t++) {
            if (m.kind[t] == TextModel.WORD) {
                inside++;
                if (!firstPerson && FIRST_PERSON.contains(m.lower[t])) {
                    firstPerson = true;
                }
                if (m.isCapitalized(t)) {
                    capitals++;
                }
            }
        }
        f[1] = Math.log(1 + inside) / 5.0;
        f[2] = MixedQuoteRule.endsClause(m, q) ? 1 : 0;
        f[3] = firstPerson ? 1 : 0;
        boolean that = false;
        for (int t = first - 1; t > subj[1] && first - t <= 3; t--) {
            if (m.lower[t].equals("that")) {
                that = true;
            }
        }
        f[4] = that ? 1 : 0;
        String before = m.lower[first - 1];
        f[5] = PREPOSITIONS.contains(before) ? 1 : 0;
        f[6] = Lexicon.DETERMINERS.contains(before) ? 1 : 0;
        f[7] = m.kind[first - 1] == TextModel.WORD && (CueLexicon.lemma(before) != null || before.endsWith("ed")
                || before.endsWith("s") && !before.endsWith("ss")) ? 1 : 0;
        f[8] = subj[0] == subj[1] && Lexicon.PRONOUNS.contains(m.lower[subj[0]]) ? 1 : 0;
        f[9] = ClauseSubjects.personLike(m, subj) ? 1 : 0;
        f[10] = Math.log(1 + first - subj[1]) / 5.0;
        boolean comma = false;
        for (int t = subj[1] + 1; t < first; t++) {
            if (m.lower[t].equals(",")) {
                comma = true;
                break;
            }
        }
        f[11] = comma ? 1 : 0;
        f[12] = inside > 0 ? (double) capitals / inside : 0;
        f[13] = lastTok + 1 >= m.size || m.sentence[lastTok + 1] != m.sentence[first]
                || lastTok + 2 >= m.size || m.sentence[lastTok + 2] != m.sentence[first] ? 1 : 0;
        f[14] = before.equals(":") ? 1 : 0;
        return f;
    }
}
