package dev.attache.core.attribution;

import java.util.List;
import java.util.Set;

/**
 * The speaker-label rule: a paragraph that opens with a name and a colon is that name's statement —
 * headlines in the "Rubio: I'm Not Interested" style and transcripts ("A: …", "Ms. Reyes: …"). The
 * name is the source, the colon the cue, the rest of the paragraph the content.
 */
final class SpeakerLabelRule {

    /** How many tokens a label may have before its colon. */
    static final int MAX_LABEL = 6;
    /** Labels that introduce a note, not a speaker. */
    private static final Set<String> NOT_SPEAKERS = Words.set("note", "update", "updated", "editor", "photo",
            "related", "correction", "clarification", "source", "sources", "watch", "read", "listen", "video",
            "subscribe", "advertisement", "tags", "topics", "filed", "share", "caption", "credit", "see", "more",
            "also", "previously", "background", "disclosure", "q", "question", "full", "transcript", "text",
            "contributing", "contributors", "reporting", "additional", "editing", "edited", "compiled", "via");

    private SpeakerLabelRule() {
    }

    private static boolean hasWord(TextModel m, int from, int to) {
        for (int k = from; k <= to; k++) {
            if (m.kind[k] == TextModel.WORD && Character.isLetter(m.lower[k].charAt(0))) {
                return true;
            }
        }
        return false;
    }

    static void run(TextModel m, List<CandidateAttribution> raws) {
        int t = 0;
        for (int p = 0; p < m.paragraphs.size(); p++) {
            int paraEnd = m.paragraphs.get(p).end();
            while (t < m.size && m.start[t] < m.paragraphs.get(p).start()) {
                t++;
            }
            if (t >= m.size) {
                return;
            }
            int first = t;
            int last = first;
            while (last + 1 < m.size && m.start[last + 1] < paraEnd) {
                last++;
            }
            CandidateAttribution r = label(m, first, last);
            if (r != null) {
                // the label's statement is quoted speech: cues inside it are the speaker's own words, as in a quotation
                raws.removeIf(o -> o.cf > r.cf && m.start[o.cf] < r.ce && o.sf >= 0
                        && (Lexicon.FIRST_PERSON.contains(m.lower[o.sf]) || m.is(o.sf, "you")) && o.sf == o.st);
                raws.add(r);
            }
        }
    }

    /** The quotation's segment opening at {@code start} is not its last: the quote runs on into the next paragraph. */
    private static boolean continuesPastParagraph(Quotation q, int start) {
        List<Span> segments = q.segments();
        for (int i = 0; i + 1 < segments.size(); i++) {
            if (segments.get(i).start() == start) {
                return true;
            }
        }
        return false;
    }

    /** A label of capitalized words inside a quotation ("PENCE", "Gov. Reyes"), where the noun-phrase walk does not go. */
    private static int[] capitalizedLabel(TextModel m, int from, int to) {
        for (int k = from; k <= to; k++) {
            if (!(m.kind[k] == TextModel.WORD && m.isCapitalized(k) || m.is(k, "."))) {
                return null;
            }
        }
        return new int[]{from, to};
    }

    private static CandidateAttribution label(TextModel m, int first, int last) {
        int block = -1; // a transcript quoted paragraph by paragraph: "“WALLACE: … / “PENCE: …"
        if (m.opensQuote(first) && first + 1 <= last && m.quote[first + 1] == m.quote[first]
                && continuesPastParagraph(m.quotations.get(m.quote[first]), m.start[first])) {
            block = m.quote[first];
            first++;
        }
        if (m.quote[first] != block || m.kind[first] != TextModel.WORD || !m.isCapitalized(first)
                || NOT_SPEAKERS.contains(m.lower[first]) || m.is(first, "the") || m.is(first, "a") || m.is(first, "an")) {
            return null; // "The Latest: …" is a section title
        }
        int colon = -1;
        for (int k = first + 1; k <= last && k - first <= MAX_LABEL; k++) {
            if (m.quote[k] != block) {
                return null;
            }
            if (m.is(k, ":")) {
                colon = k;
                break;
            }
            if (m.kind[k] == TextModel.PUNCT && !m.is(k, ".") && !m.is(k, "(") && !m.is(k, ")") && !m.is(k, "-")) {
                return null;
            }
        }
        if (colon < 0 || colon + 1 > last || m.quote[colon + 1] != block && m.opensQuote(colon + 1)) {
            return null; // a quotation after the colon is the colon-introduced rule's
        }
        int[] np = block >= 0 ? capitalizedLabel(m, first, colon - 1) : MentionFinder.nounPhraseRight(m, first, colon - 1);
        if (np == null || np[1] != colon - 1 && !m.is(colon - 1, ")")) {
            return null;
        }
        int end = TokenSpans.contentEnd(m, colon + 1, last);
        if (end < colon + 2 || !hasWord(m, colon + 1, end)) {
            return null; // "Jane Doe: 1,769." is a tally
        }
        CandidateAttribution r = new CandidateAttribution();
        r.sf = np[0];
        r.st = colon - 1;
        r.cf = colon;
        r.ct = colon;
        r.sentence = m.sentence[colon];
        TokenSpans.setContent(m, r, colon + 1, end);
        return r;
    }
}
