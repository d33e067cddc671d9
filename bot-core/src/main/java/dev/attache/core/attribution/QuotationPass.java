package dev.attache.core.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The quotation-driven pass: gives quotations that no cue claimed a source — a colon-introduced quote,
 * a reporting clause after the quote, the continuation of an attributed quote, the speaker of the previous sentence,
 * or the author of a speech — and keeps one candidate per content.
 */
final class QuotationPass {

    private QuotationPass() {
    }

    static void run(TextModel m, ArticleContext context, List<CandidateAttribution> raws) {
        List<Quotation> qs = m.quotations;
        boolean[] covered = new boolean[qs.size()];
        for (CandidateAttribution r : raws) {
            // quotations are ordered and disjoint: binary search the first one ending after r.cs
            int lo = 0;
            int hi = qs.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (qs.get(mid).end() <= r.cs) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            for (int q = lo; q < qs.size() && qs.get(q).start() < r.ce; q++) {
                if (TokenSpans.overlap(qs.get(q), r.cs, r.ce) > 0) {
                    covered[q] = true;
                }
            }
        }
        List<CandidateAttribution> added = new ArrayList<>();
        int ri = 0;
        CandidateAttribution last = null;
        CandidateAttribution lastQuoting = null; // the one ending last of those whose content holds a quotation
        for (int q = 0; q < qs.size(); q++) {
            Quotation qt = qs.get(q);
            while (ri < raws.size() && raws.get(ri).ce <= qt.start()) {
                CandidateAttribution cand = raws.get(ri);
                if (last == null || cand.ce >= last.ce) {
                    last = cand;
                }
                if (cand.quotation >= 0 && (lastQuoting == null || cand.ce >= lastQuoting.ce)) {
                    lastQuoting = cand;
                }
                ri++;
            }
            if (covered[q]) {
                continue;
            }
            int first = TokenSpans.firstToken(m, qt.start());
            if (first < 0) {
                continue;
            }
            CandidateAttribution introduced = colonIntroduced(m, first, q);
            if (introduced == null) {
                introduced = particleIntroduced(m, first, q);
            }
            if (introduced != null) {
                added.add(introduced);
                covered[q] = true;
                continue;
            }
            CandidateAttribution signed = SignatureRule.match(m, q);
            if (signed != null) {
                added.add(signed);
                covered[q] = true;
                last = signed;
                continue;
            }
            if (m.sentenceStart(first) != first) {
                CandidateAttribution mixed = MixedQuoteRule.match(m, first, q);
                if (mixed != null) {
                    added.add(mixed);
                    covered[q] = true;
                    last = mixed;
                }
                continue; // otherwise a quotation inside a sentence without a cue: a title or scare quotes
            }
            CandidateAttribution reported = reportingClauseAfter(m, q);
            if (reported != null) {
                added.add(reported);
                covered[q] = true;
                last = reported;
                continue;
            }
            CandidateAttribution continued = last != null && last.quotation >= 0 ? last
                    : last != null && lastQuoting != null && lastQuoting.cf >= 0 && last.cs <= m.start[lastQuoting.cf]
                    && m.end[lastQuoting.ct] <= last.ce ? lastQuoting : null;
            if (continued != null && continues(m, continued, first)) {
                // "… because “…,” she said. “…”": the quotation goes on after its own reporting clause, even where a
                // report around that clause (“DuVernay said she felt …”) ends later
                continued.ce = qt.end();
                continued.interrupted = true;
                continued.quotation = q;
                covered[q] = true;
                continue;
            }
            CandidateAttribution before = previousSentenceSource(m, first, q);
            if (before != null) {
                added.add(before);
                covered[q] = true;
                last = before;
                continue;
            }
            if (context.isSpeech()) {
                CandidateAttribution r = new CandidateAttribution();
                r.cs = qt.start();
                r.ce = qt.end();
                r.quotation = q;
                r.authorSpeaks = true;
                added.add(r);
            }
        }
        raws.addAll(added);
        dedupe(raws);
    }

    /** Of attributions with the same content keep the one with the strongest cue (then the first). */
    static void dedupe(List<CandidateAttribution> raws) {
        java.util.Map<Long, CandidateAttribution> best = new java.util.HashMap<>();
        for (CandidateAttribution r : raws) {
            long key = ((long) r.cs << 32) | (r.ce & 0xffffffffL);
            CandidateAttribution b = best.get(key);
            if (b == null || r.strength > b.strength) {
                best.put(key, r);
            }
        }
        raws.removeIf(r -> best.get(((long) r.cs << 32) | (r.ce & 0xffffffffL)) != r);
    }

    /**
     * Whether the words from a sentence's start to {@code k}, before a colon, are a field's label: two to four words,
     * capitalized first and the others in lower case, no preposition, determiner, verb or pronoun, ending in a noun for
     * nothing that speaks, the first word no one's surname in the article ("Choice lyric", "Biggest box-office
     * opening"; not "Audience member", "He said", "The mayor fired back", "Schiff to senators" nor "Ruby pauses").
     */
    private static boolean fieldLabel(TextModel m, int a, int k) {
        if (k <= a || k - a > 3 || !m.isCapitalized(a) || SpeakerLabelRule.canSpeak(m.lower[k])) {
            return false;
        }
        for (int i = a; i <= k; i++) {
            String w = m.lower[i];
            if (m.kind[i] != TextModel.WORD || i > a && (m.isCapitalized(i) || Lexicon.STOP.contains(w))
                    || CueLexicon.lemma(w) != null && !(i == k && w.endsWith("ing")) // "Worth repeating:"
                    || Lexicon.PRONOUNS.contains(w) || Lexicon.FINITE_AUXILIARIES.contains(w)
                    || Lexicon.DETERMINERS.contains(w) || w.endsWith("ed") || ClauseSubjects.isIrregularPast(w)) {
                return false; // "The mayor fired back:", "Nikki Haley on abortion:", "Schiff to senators:"
            }
        }
        for (int i = 1; i < m.size; i++) {
            if (i != a && m.lower[i].equals(m.lower[a]) && m.isCapitalized(i - 1) && m.kind[i - 1] == TextModel.WORD) {
                return false; // "Ruby pauses:" where the article names "Bryan Ruby"
            }
        }
        return true;
    }

    /** “…” right after "X:" or "X fired back:" — the colon is the cue, X (or the sentence subject) the source. */
    static CandidateAttribution colonIntroduced(TextModel m, int first, int q) {
        int colon = first - 1;
        if (colon < 0 || !m.lower[colon].equals(":") || m.quote[colon] >= 0) {
            return null;
        }
        int k = colon - 1;
        if (k >= 0 && m.is(k, ")") && m.quote[k] < 0) {
            int[] labelled = MentionFinder.subjectLeft(m, k, m.sentenceStart(k)); // "Rep. Jo Hale (R-S.C.): “…”"
            return labelled == null || !ClauseSubjects.personLike(m, labelled) ? null
                    : TokenSpans.quoted(m, q, labelled, colon, colon, 3);
        }
        if (k < 0 || m.quote[k] >= 0 || m.kind[k] != TextModel.WORD) {
            return null;
        }
        int a = m.sentenceStart(k);
        int[] src = null;
        boolean objectPronoun = Lexicon.PRONOUNS.contains(m.lower[k]) && !ClauseSubjects.SUBJECT_PRONOUNS.contains(m.lower[k])
                && k > a; // "Cruz called them on it:" — "it" is an object, the speaker is the subject
        if ((m.isCapitalized(k) || Lexicon.PRONOUNS.contains(m.lower[k])) && !Lexicon.ORG_WORDS.contains(m.lower[k])
                && !objectPronoun) {
            int from = Lexicon.PRONOUNS.contains(m.lower[k]) ? k : MentionFinder.nounPhraseLeft(m, k, a);
            boolean quoted = from > a && from < k && QUOTING.contains(m.lower[from]) && QUOTERS.contains(m.lower[from - 1]);
            if (quoted) {
                // "Allow me to quote Mr. Narayan:", "I quote the Secretary-General:": the one quoted speaks (not "she
                // ended her speech by quoting X:", whose source is she)
                from++;
            }
            src = from < 0 || !quoted && from - 1 >= a && TokenSpans.PP_PREPOSITIONS.contains(m.lower[from - 1])
                    ? null : new int[]{from, k};
        }
        if (src == null && fieldLabel(m, a, k)) {
            return null; // "Choice lyric: “…”", "Memorable quote: “…”": a listing's field, no one who speaks
        }
        if (src == null && objectPronoun) {
            src = subjectOfVerbBefore(m, k, a); // "When …, Cruz called them on it:"
        }
        if (src == null) {
            // "Of course, as X observed, the biggest victor was not on the stage, it was the stage itself:"
            src = ClauseSubjects.nearestClauseSubject(m, a, k + 1);
        }
        if (src == null) {
            src = ClauseSubjects.sentenceSubject(m, a, k + 1);
        }
        if (src == null || src[0] == src[1] && SpeakerLabelRule.NOT_SPEAKERS.contains(m.lower[src[0]])
                || SpeakerLabelRule.numberedEvent(m, src[0], src[1])) {
            return null; // "WINNER: “…”", "Update: “…”", "Super Bowl XIII: “…”": a field's name, no one who speaks
        }
        return TokenSpans.quoted(m, q, src, colon, colon, 3);
    }

    /**
     * The subject of the past-tense verb a few words left of {@code object}, when it is a person or a
     * pronoun: the clause right before a colon, whatever opens its sentence; or null.
     */
    private static int[] subjectOfVerbBefore(TextModel m, int object, int a) {
        for (int v = object - 1; v > a && object - v <= 4; v--) {
            if (m.quote[v] >= 0 || m.kind[v] != TextModel.WORD) {
                return null;
            }
            if (!m.isCapitalized(v) && (m.lower[v].endsWith("ed") || ClauseSubjects.isIrregularPast(m.lower[v]))) {
                int[] subject = MentionFinder.subjectLeft(m, MentionFinder.skipBetweenLeft(m, v - 1, a), a);
                return subject != null && (ClauseSubjects.personLike(m, subject)
                        || Lexicon.PRONOUNS.contains(m.lower[subject[1]])) ? subject : null;
            }
        }
        return null;
    }

    private static final Set<String> REPLY_PARTICLES = Words.set("back", "in", "up", "out");
    private static final Set<String> QUOTING = Words.set("quote", "cite");
    /** The words before "quote" when the writer or speaker quotes: "to quote", "I quote", "let me quote". */
    private static final Set<String> QUOTERS = Words.set("to", "i", "we", "me", "us");

    /**
     * A past-tense verb, or a phrasal verb of reply, and a comma before a quotation that ends the sentence: "X
     * muttered, “…”", "X shot back, “…”", "X chimed in, “…”", "X piped up, “…”": the subject of the verb.
     */
    static CandidateAttribution particleIntroduced(TextModel m, int first, int q) {
        int comma = first - 1;
        int particle = comma - 1;
        if (particle >= 0 && !REPLY_PARTICLES.contains(m.lower[particle])) {
            if (first + 1 >= m.size || !m.isCapitalized(first + 1)) {
                return null; // without a particle only a quoted sentence: "she went, ''sending …''" is a fragment
            }
            particle = comma; // no particle: "X muttered, “…”"
        }
        int verb = particle - 1;
        if (verb < 1 || !m.is(comma, ",") || m.quote[comma] >= 0
                || m.quote[verb] >= 0 || m.kind[verb] != TextModel.WORD || m.isCapitalized(verb)
                || !(m.lower[verb].endsWith("ed") || ClauseSubjects.isIrregularPast(m.lower[verb]))) {
            return null;
        }
        Quotation qt = m.quotations.get(q);
        int last = TokenSpans.firstToken(m, qt.end() - 1);
        int a = m.sentenceStart(verb);
        if (last + 1 < m.size && m.sentence[last + 1] == m.sentence[first] && m.kind[last + 1] == TextModel.WORD) {
            return null; // the sentence goes on after the quotation
        }
        int j = MentionFinder.skipBetweenLeft(m, verb - 1, a);
        int[] src = j > a && (m.is(j, "and") || m.is(j, "but")) ? ClauseSubjects.sentenceSubject(m, a, j) // "X frowned and muttered, “…”"
                : MentionFinder.subjectLeft(m, j, a);
        if (src == null || !ClauseSubjects.personLike(m, src) && !Lexicon.PRONOUNS.contains(m.lower[src[1]])) {
            return null;
        }
        return TokenSpans.quoted(m, q, src, verb, particle == comma ? verb : particle, 3);
    }

    static final Set<String> SPEECH_NOUNS = Words.set("statement", "statements", "interview", "remarks",
            "speech", "spoke", "speaking", "tweet", "tweets", "post", "posted", "email", "letter", "conference",
            "rally", "address", "appearance", "testimony", "briefing", "video", "ad", "message", "op-ed", "essay",
            "book", "memo", "call", "reporters", "audience", "crowd", "supporters");

    /**
     * A quotation that opens a sentence with no cue of its own, right after a sentence whose subject
     * is a person speaking ("Kim spoke to reporters. “…”", "She took questions: “…”"): that subject.
     */
    static CandidateAttribution previousSentenceSource(TextModel m, int first, int q) {
        int s = m.sentence[first];
        if (s == 0 || MixedQuoteRule.isTitle(m, q)) {
            return null; // a title or a section heading in capitals is nobody's words
        }
        int[] prev = m.sentences.get(s - 1);
        int pa = prev[0];
        int pb = prev[1];
        if (m.paragraph[first] - m.paragraph[pb] > 1 || pb - pa > 60 || m.quote[pa] >= 0) {
            return null;
        }
        int cue = -1;
        boolean speech = m.lower[pb].equals(":");
        for (int k = pa; k <= pb; k++) {
            if (m.quote[k] >= 0) {
                return null; // the sentence before is itself a quotation or holds one: handled elsewhere
            }
            if (m.kind[k] == TextModel.WORD && !m.isCapitalized(k) && !(k > pa && NEGATIONS.contains(m.lower[k - 1]))
                    && (CueLexicon.lemma(m.lower[k]) != null && !CueLexicon.WEAK.contains(CueLexicon.lemma(m.lower[k]))
                    || SPEECH_NOUNS.contains(m.lower[k]))) {
                // "He didn't suggest retaliation. “…”": a denied report introduces no quotation
                if (cue < 0) {
                    cue = k;
                }
                speech = true;
            }
        }
        if (!speech) {
            return null;
        }
        int[] subj = ClauseSubjects.sentenceSubject(m, pa, pb);
        if (subj == null || !ClauseSubjects.personLike(m, subj)) {
            return null;
        }
        if (wordsFollowInParagraph(m, q)) {
            return null; // "X spoke. “…,” Y said …": the quotation's paragraph goes on with a clause of its own
        }
        int c = cue >= 0 ? cue : pb;
        return TokenSpans.quoted(m, q, subj, c, c, 1);
    }

    private static final Set<String> NEGATIONS = Words.set("not", "never", "didn't", "didn’t", "doesn't", "doesn’t",
            "don't", "don’t", "won't", "won’t", "wouldn't", "wouldn’t", "hasn't", "hasn’t", "haven't", "haven’t",
            "hadn't", "hadn’t", "cannot", "can't", "can’t");

    /** Whether a word follows the quotation's closing mark within its paragraph. */
    static boolean wordsFollowInParagraph(TextModel m, int q) {
        int last = TokenSpans.firstToken(m, m.quotations.get(q).end() - 1);
        for (int k = last + 1; k < m.size && k <= last + 3 && m.paragraph[k] == m.paragraph[last]; k++) {
            if (m.kind[k] == TextModel.WORD) {
                return true;
            }
        }
        return false;
    }

    /** “…,” he mocks. / “…?” asked the host. — a reporting clause with any verb after a quote. */
    static CandidateAttribution reportingClauseAfter(TextModel m, int q) {
        Quotation qt = m.quotations.get(q);
        int close = TokenSpans.firstToken(m, qt.end() - 1);
        if (close < 0 || !m.closesQuote(close) || !ReportingVerbRule.reportingMarkBefore(m, close) || close + 2 >= m.size) {
            return null;
        }
        int u = close + 1;
        int b = m.sentenceEnd(u);
        if (m.paragraph[u] != m.paragraph[close]) {
            return null;
        }
        if (m.sentence[u] != m.sentence[close]) {
            char mark = m.text.charAt(Math.max(0, m.start[close] - 1));
            if (mark != '?' && mark != '!' || !m.isCapitalized(u) && m.kind[u] == TextModel.WORD) {
                return null;
            }
        }
        if (b - u > 25 || u > b) {
            return null;
        }
        int[] np = invertedPast(m, u) ? null : MentionFinder.nounPhraseRight(m, u, b);
        int cue = -1;
        if (np != null) {
            np = ClauseSubjects.cutAtVerb(m, np); // "“…,” the judge exclaimed": the phrase ran over the verb
            int v = np[1] + 1;
            while (v <= b && Lexicon.BETWEEN.contains(m.lower[v])) {
                v++;
            }
            if (v <= b && m.kind[v] == TextModel.WORD && !m.isCapitalized(v) && !Lexicon.STOP.contains(m.lower[v])) {
                cue = v;
            }
        } else if (m.kind[u] == TextModel.WORD && !m.isCapitalized(u) && !Lexicon.STOP.contains(m.lower[u])) {
            np = MentionFinder.nounPhraseRight(m, u + 1, b);
            cue = np == null ? -1 : u;
        }
        if (cue < 0 || np == null) {
            return null;
        }
        CandidateAttribution r = TokenSpans.quoted(m, q, np, cue, cue, 2);
        QuotedAsSaying.reassign(m, r, cue, b); // "“…,” Interfax quoted him as saying": his words
        return r;
    }

    /** "“…,” beamed X": a past-tense verb, then a capitalized name or a determiner. */
    private static boolean invertedPast(TextModel m, int u) {
        return u + 1 < m.size && m.kind[u] == TextModel.WORD && !m.isCapitalized(u) && m.quote[u + 1] < 0
                && (m.lower[u].endsWith("ed") || ClauseSubjects.isIrregularPast(m.lower[u]))
                && (m.isCapitalized(u + 1) || Lexicon.DETERMINERS.contains(m.lower[u + 1]));
    }

    /** A quote right after an attributed quote continues it when only its reporting clause lies between. */
    static boolean continues(TextModel m, CandidateAttribution last, int first) {
        int lastTok = TokenSpans.firstToken(m, last.ce - 1);
        if (lastTok < 0) {
            return false;
        }
        if (m.paragraph[first] - m.paragraph[lastTok] > 1) {
            return false;
        }
        if (m.paragraph[first] != m.paragraph[lastTok] && m.quote[first] >= 0 && MixedQuoteRule.isTitle(m, m.quote[first])) {
            return false; // a paragraph opening with “American Skin (41 Shots)” names a work; it does not go on speaking
        }
        if (first - lastTok > 200) {
            return false;
        }
        int clauseSentence = last.cf >= 0 ? m.sentence[last.cf] : -1;
        for (int u = lastTok + 1; u < first; u++) {
            boolean inClause = m.sentence[u] == clauseSentence;
            if (!inClause && m.kind[u] == TextModel.WORD) {
                return false;
            }
        }
        return true;
    }
}
