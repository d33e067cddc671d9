package dev.attache.core.attribution;

import java.util.Set;

/**
 * The mixed-quote rule: a quotation inside a sentence that no cue claimed, governed by a verb whose
 * subject is a speaker, a document or an organization ("Trump further summed up Clinton as “terrible”",
 * "Kasich has called for “boots on the ground”", "The ad warns of “…”"): the subject is the source, the
 * verb the cue, the words from the verb to the closing mark the content. PolNeAR annotates such quotations with whatever verb governs them.
 */
final class MixedQuoteRule {

    /** How far left of the quotation the governing verb may lie (object and preposition between). */
    static final int MAX_GAP = 8;

    /** Shorter quotations inside a sentence are mostly scare quotes, names and titles. */
    static final int MIN_WORDS = 3;

    /** Words that are never the governing verb of a quotation. */
    private static final Set<String> NOT_A_VERB = Words.set("and", "or", "but", "nor", "as", "than", "like",
            "such", "so", "so-called", "called", "also", "not", "just", "only", "even", "still", "very", "more",
            "most", "much", "many", "own", "new", "other", "another", "same", "which", "who", "whom", "whose",
            "what", "where", "when", "while", "if", "because", "although", "though", "whether", "then", "there");

    private MixedQuoteRule() {
    }

    /** A candidate for quotation {@code q} whose first token is {@code first}, or null. */
    static CandidateAttribution match(TextModel m, int first, int q) {
        int a = m.sentenceStart(first);
        if (first - a < 2 || !endsClause(m, q) || isTitle(m, q) || words(m, q) < MIN_WORDS) {
            return null;
        }
        for (int k = first - 1; k > a && first - k <= MAX_GAP; k--) {
            if (m.quote[k] >= 0 || m.kind[k] != TextModel.WORD) {
                return null; // another quotation or a clause mark between: not this quotation's verb
            }
            String w = m.lower[k];
            boolean callFor = w.equals("called") && m.is(k + 1, "for"); // "called for “…”" asks, it names nothing
            if (m.isCapitalized(k) || Lexicon.STOP.contains(w) || Lexicon.DETERMINERS.contains(w)
                    || NOT_A_VERB.contains(w) && !callFor || Lexicon.PRONOUNS.contains(w) || Character.isDigit(w.charAt(0))) {
                continue;
            }
            if (!verbForm(m, k)) {
                continue;
            }
            int j = MentionFinder.skipBetweenLeft(m, k - 1, a);
            if (j < a || m.kind[j] != TextModel.WORD) {
                continue;
            }
            // "X visited the port and vowed to punish “…”": a second coordinated verb has the clause's subject
            int[] subj = (m.is(k - 1, "and") || m.is(k - 1, "but")) && CueLexicon.lemma(w) != null
                    ? ClauseSubjects.sentenceSubject(m, a, k - 1)
                    : MentionFinder.subjectLeft(m, j, a);
            if (subj != null && ClauseSubjects.nounAfterSingular(m, subj, w, CueLexicon.lemma(w))) {
                continue; // "as a wake-up call for …": a bare verb form after "a …" is a noun
            }
            if (subj == null || !ClauseSubjects.personLike(m, subj) && !determinedPhrase(m, subj)
                    || subj[0] == subj[1] && ClauseSubjects.SUBJECTLESS.contains(m.lower[subj[0]])) {
                continue;
            }
            if (subj[0] > a && !opensClauseBefore(m, subj[0] - 1)) {
                continue; // "… of Hillary Clinton’s “…”": the mention is not a clause subject
            }
            CandidateAttribution r = new CandidateAttribution();
            r.sf = subj[0];
            r.st = subj[1];
            r.cf = k;
            r.ct = k;
            int close = TokenSpans.firstToken(m, m.quotations.get(q).end() - 1);
            TokenSpans.setContent(m, r, k + 1, close);
            return r;
        }
        return null;
    }

    /**
     * A phrase of two or more words that opens with a determiner or a capital ("The ad", "the newspaper’s
     * editorial", "the FBI"): a document or an organization may govern a quotation too. Not a gerund ("the killing").
     */
    private static boolean determinedPhrase(TextModel m, int[] subj) {
        return subj[1] > subj[0] && (Lexicon.DETERMINERS.contains(m.lower[subj[0]]) || m.isCapitalized(subj[0]))
                && !m.lower[subj[1]].endsWith("ing");
    }

    /** A verb by its form: a verb of the cue lexicon, or an inflected form (-s, -ed, -ing) after a subject or auxiliary. */
    private static boolean verbForm(TextModel m, int k) {
        String w = m.lower[k];
        if (CueLexicon.lemma(w) != null) {
            return !CueLexicon.opensACompoundNoun(m, k);
        }
        return w.length() > 3 && (w.endsWith("ed") || w.endsWith("ing") || w.endsWith("s") && !w.endsWith("ss")
                && !w.endsWith("’s") && !w.endsWith("'s"));
    }

    /** The quotation ends its clause: sentence end, a comma or semicolon, or a closing mark right after. */
    static boolean endsClause(TextModel m, int q) {
        Quotation qt = m.quotations.get(q);
        char last = lastNonQuoteChar(m.text, qt);
        if (last == ',' || last == '.' || last == '?' || last == '!' || last == ';' || last == ':') {
            return true;
        }
        int close = TokenSpans.firstToken(m, qt.end() - 1);
        int n = close + 1;
        if (n >= m.size || m.paragraph[n] != m.paragraph[close]) {
            return true;
        }
        String w = m.lower[n];
        return m.kind[n] == TextModel.PUNCT && !w.equals("(") || w.equals("and") || w.equals("but");
    }

    static char lastNonQuoteChar(String text, Quotation qt) {
        for (int i = qt.end() - 1; i >= qt.start(); i--) {
            char c = text.charAt(i);
            if (!QuoteScanner.isSpace(c) && "\"“”«»„‘’'".indexOf(c) < 0) {
                return c;
            }
        }
        return ' ';
    }

    /** A title or slogan: every word of the quotation capitalized ("Make America Great Again"). */
    static boolean isTitle(TextModel m, int q) {
        return titleWords(m, q) >= 2;
    }

    /** The number of words of a quotation whose every word is capitalized (or a function word or a number), else -1. */
    static int titleWords(TextModel m, int q) {
        Quotation qt = m.quotations.get(q);
        int from = TokenSpans.firstToken(m, qt.start());
        int to = TokenSpans.firstToken(m, qt.end() - 1);
        int words = 0;
        for (int t = from; t <= to; t++) {
            if (m.kind[t] == TextModel.WORD) {
                words++;
                if (!m.isCapitalized(t) && !Lexicon.STOP.contains(m.lower[t]) && !Lexicon.DETERMINERS.contains(m.lower[t])
                        && !Character.isDigit(m.lower[t].charAt(0))) {
                    return -1;
                }
            }
        }
        return words;
    }

    private static int words(TextModel m, int q) {
        Quotation qt = m.quotations.get(q);
        int n = 0;
        for (int t = TokenSpans.firstToken(m, qt.start()); t < m.size && m.start[t] < qt.end(); t++) {
            if (m.kind[t] == TextModel.WORD) {
                n++;
            }
        }
        return n;
    }

    /** The token before a subject ends a clause or opens one: punctuation, a conjunction, "that", a time word. */
    private static boolean opensClauseBefore(TextModel m, int p) {
        if (m.kind[p] != TextModel.WORD) {
            return m.quote[p] < 0 || m.closesQuote(p);
        }
        String w = m.lower[p];
        return w.equals("and") || w.equals("but") || w.equals("that") || w.equals("when") || w.equals("while")
                || w.equals("as") || w.equals("because") || w.equals("after") || w.equals("before")
                || w.equals("since") || w.equals("although") || w.equals("though") || w.equals("if")
                || w.equals("so") || w.equals("then") || w.equals("where");
    }
}
