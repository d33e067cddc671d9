package dev.attache.core.attribution;

import java.util.Set;

/**
 * Finds the subject of a sentence or of the clause before a participle, and tells whether a mention can
 * be a speaker (a person pronoun, a name, a role or group noun).
 */
final class ClauseSubjects {

    private ClauseSubjects() {
    }

    static final Set<String> SUBJECTLESS = Words.set("that", "which", "it", "this", "there", "what");

    static final Set<String> CLAUSE_OPENERS = Words.set("when", "as", "while", "after", "because", "before",
            "since", "and", "but", "where", "whereas");

    /**
     * The subject of the last subordinate or coordinate clause before a participle ("…, when X interrupted, shouting"),
     * or null; a subordinate clause that follows a word without a comma ("… after they came out, saying …") is left out.
     */
    static int[] nearestClauseSubject(TextModel m, int a, int limit) {
        for (int k = limit - 1; k > a && limit - k <= 25; k--) {
            if (m.quote[k] >= 0) {
                return null;
            }
            if (CLAUSE_OPENERS.contains(m.lower[k]) && !m.isCapitalized(k)) {
                if (!m.is(k, "and") && !m.is(k, "but") && k - 1 > a && m.kind[k - 1] == TextModel.WORD) {
                    // "X apologized after they came out, saying …": a subordinate clause run on from its main clause
                    // without a comma leaves the participle to the main clause's subject
                    return null;
                }
                int[] np = MentionFinder.nounPhraseRight(m, k + 1, limit - 1);
                if (np != null && np[1] + 1 < limit && m.kind[np[1] + 1] == TextModel.WORD
                        && !m.isCapitalized(np[1] + 1) && !Lexicon.STOP.contains(m.lower[np[1] + 1])
                        && !SUBJECTLESS.contains(m.lower[np[0]]) && personLike(m, np)) {
                    return np;
                }
                return null;
            }
        }
        return null;
    }

    private static final Set<String> SUBORDINATORS = Words.set("when", "after", "because", "while", "since", "before",
            "where", "until");

    /**
     * The person-like subject of a subordinate clause that opens, without a comma, in the words before {@code limit}
     * ("… when Kasp brought up the bombing"), or null.
     */
    static int[] subordinateClauseSubject(TextModel m, int a, int limit) {
        for (int k = limit - 1; k > a && limit - k <= 25; k--) {
            if (m.quote[k] >= 0 || m.kind[k] == TextModel.PUNCT) {
                return null;
            }
            if (SUBORDINATORS.contains(m.lower[k]) && !m.isCapitalized(k)) {
                int[] np = MentionFinder.nounPhraseRight(m, k + 1, limit - 1);
                return np != null && np[1] + 1 < limit && m.kind[np[1] + 1] == TextModel.WORD && !m.isCapitalized(np[1] + 1)
                        && !Lexicon.STOP.contains(m.lower[np[1] + 1]) && personLike(m, np) ? np : null;
            }
        }
        return null;
    }

    /** The subject at the start of a sentence (after an introductory phrase), ending before {@code limit}. */
    static int[] sentenceSubject(TextModel m, int a, int limit) {
        int k = a;
        String w0 = m.lower[k];
        boolean pronoun = PERSONAL_PRONOUNS.contains(w0);
        boolean name = k + 1 < limit && m.isCapitalized(k) && m.isCapitalized(k + 1)
                && !Lexicon.STOP.contains(w0) && !Lexicon.DETERMINERS.contains(m.lower[k + 1]);
        if (k < limit && !pronoun && (Lexicon.STOP.contains(w0) || PLACE_PREPOSITIONS.contains(w0) || MentionFinder.isLyAdverb(m, k)
                || w0.length() > 4 && w0.endsWith("ly") && m.kind[k] == TextModel.WORD && !name
                || m.kind[k] != TextModel.WORD || w0.endsWith("ed") || w0.endsWith("ing"))) {
            int c = k;
            while (c < limit && c - k < 25 && !m.lower[c].equals(",")) {
                c++;
            }
            if (c < limit && m.lower[c].equals(",")) {
                return subjectAfterIntroduction(m, a, c, limit);
            }
            // no introductory phrase: "And then Trump went …", "But the aide spoke …", "Then he cut …"
            while (k < limit && k - a < 3 && m.quote[k] < 0 && (OPENING_WORDS.contains(m.lower[k])
                    || MentionFinder.isLyAdverb(m, k))) {
                k++;
            }
            if (k == a || k >= limit || Lexicon.STOP.contains(m.lower[k]) && !PERSONAL_PRONOUNS.contains(m.lower[k])) {
                return null;
            }
        }
        return subjectAt(m, a, k, limit);
    }

    static final Set<String> PERSONAL_PRONOUNS = Words.set("he", "she", "they", "we", "i");

    /** Prepositions that open a sentence's introductory phrase but may be adjectives inside a noun ("outside groups"). */
    private static final Set<String> PLACE_PREPOSITIONS = Words.set("outside", "inside", "beyond", "behind", "beside",
            "besides", "throughout", "alongside");

    /** How far an introductory phrase with commas of its own may run ("At an event in Ames, Iowa, on Sunday, X …"). */
    private static final int MAX_INTRODUCTION = 40;

    /**
     * The subject after an introductory phrase ending at {@code comma}; when the phrase holds commas of its own
     * ("Speaking in Salem, New Hampshire, Trump went …"), the first comma after which a subject and its verb follow.
     */
    private static int[] subjectAfterIntroduction(TextModel m, int a, int comma, int limit) {
        for (int c = comma; c < limit && c - a <= MAX_INTRODUCTION && m.quote[c] < 0; c++) {
            if (m.lower[c].equals(",")) {
                int[] np = subjectAt(m, a, c + 1, limit);
                if (np != null) {
                    return np;
                }
            }
        }
        return null;
    }

    /** The subject noun phrase starting at {@code k}, followed by a lower-case word (its verb), or null. */
    private static int[] subjectAt(TextModel m, int a, int k, int limit) {
        if (k >= limit || m.quote[k] >= 0) {
            return null;
        }
        int[] np = MentionFinder.nounPhraseRight(m, k, limit - 1);
        if (np != null) {
            np = cutAtVerb(m, np); // "The aide rallied supporters, saying …": the phrase ran over the verb
        }
        if (np != null && k == a && (MentionFinder.TIME_NOUNS.contains(m.lower[np[1]]) || m.is(np[1] + 1, "ago")
                || m.is(np[1] + 1, "later") || m.is(np[1] + 1, "earlier"))) {
            // "Hours later, Trump …", "Eight years ago, he …": the subject follows the time phrase
            int c = np[1] + 1;
            while (c < limit && c - k < 8 && !m.lower[c].equals(",")) {
                c++;
            }
            if (c + 1 < limit && m.lower[c].equals(",")) {
                return sentenceSubject(m, c + 1, limit);
            }
        }
        if (np != null && np[1] + 2 < limit && m.is(np[1] + 1, ",") && holdsAppositive(m, np) && personLike(m, np)
                && verbAt(m, np[1] + 2)) {
            return np; // "Gary Emineth, a former party chairman, became a delegate and said …"
        }
        if (np != null && np[1] + 2 < limit && m.is(np[1] + 1, ",") && !holdsAppositive(m, np)) {
            int end = nameAppositiveEnd(m, np[1] + 1, limit);
            if (end > 0) {
                return new int[]{np[0], end}; // "The committee chairman, Jo Reyes, left early and said …"
            }
        }
        if (np != null && np[1] + 1 < limit && m.is(np[1] + 1, ",") && personLike(m, np) && parentheticalThenVerb(m, np[1] + 1, limit)) {
            return np; // "Hale, for one, was unequivocal: “…”"
        }
        if (np == null || np[1] + 1 >= limit || m.kind[np[1] + 1] != TextModel.WORD || m.isCapitalized(np[1] + 1)) {
            return null;
        }
        if (np[0] == np[1] && SUBJECTLESS.contains(m.lower[np[0]])) {
            return null;
        }
        return np;
    }

    /** A short parenthetical ("for one", "for her part", "however") between {@code comma} and a comma and a verb. */
    private static boolean parentheticalThenVerb(TextModel m, int comma, int limit) {
        if (comma + 1 >= limit || !MentionFinder.PARENTHETICAL_OPENERS.contains(m.lower[comma + 1]) || m.quote[comma + 1] >= 0) {
            return false;
        }
        for (int k = comma + 2; k < limit && k - comma <= 5; k++) {
            if (m.is(k, ",")) {
                return k + 1 < limit && m.kind[k + 1] == TextModel.WORD && !m.isCapitalized(k + 1) && m.quote[k + 1] < 0;
            }
            if (m.kind[k] != TextModel.WORD || m.quote[k] >= 0) {
                return false;
            }
        }
        return false;
    }

    /** A lower-case word that can be a verb after a subject, an auxiliary included ("…, was blunt"). */
    private static boolean verbAt(TextModel m, int k) {
        return m.kind[k] == TextModel.WORD && !m.isCapitalized(k) && m.quote[k] < 0
                && (!Lexicon.STOP.contains(m.lower[k]) || Lexicon.FINITE_AUXILIARIES.contains(m.lower[k]));
    }

    /** The end of a capitalized name between {@code comma} and a second comma followed by a verb, else -1. */
    private static int nameAppositiveEnd(TextModel m, int comma, int limit) {
        int k = comma + 1;
        while (k < limit && k - comma <= 5 && m.isCapitalized(k) && m.quote[k] < 0) {
            k++;
        }
        return k > comma + 2 && k + 1 < limit && m.is(k, ",") && verbAt(m, k + 1) ? k - 1 : -1;
    }

    /** A noun phrase that took in an appositive after a comma ("Gary Emineth, a former party chairman"). */
    private static boolean holdsAppositive(TextModel m, int[] np) {
        for (int k = np[0] + 1; k < np[1]; k++) {
            if (m.is(k, ",")) {
                return true;
            }
        }
        return false;
    }

    /** Words that may open a sentence before its subject without a comma. */
    private static final Set<String> OPENING_WORDS = Words.set("and", "but", "then", "so", "yet", "still", "now",
            "later", "also");

    /** Common irregular past forms, which end a subject noun phrase ("The aide spoke …"). */
    private static final Set<String> IRREGULAR_PASTS = Words.set("went", "took", "threw", "made", "gave", "held",
            "met", "spoke", "came", "got", "sent", "stood", "left", "brought", "began", "ran", "won", "lost",
            "wrote", "saw", "put", "kept", "led", "felt", "thought", "knew", "found", "became", "drew", "broke",
            "chose", "fell", "paid", "sought", "struck", "caught", "fought", "taught", "bought", "spent", "rose",
            "hit", "let", "cut", "shot", "sat", "heard", "meant", "read", "upheld", "withdrew", "overtook", "undertook");

    static boolean isIrregularPast(String w) {
        return IRREGULAR_PASTS.contains(w);
    }

    /**
     * A lower-case phrase that ran over its verb ("the aide rallied supporters") ends before the first word
     * after its head that looks like a finite past verb (an -ed form or a common irregular past), and before an
     * adverb of time that ends it ("the aide later").
     */
    static int[] cutAtVerb(TextModel m, int[] np) {
        int first = np[0] + (Lexicon.DETERMINERS.contains(m.lower[np[0]]) ? 1 : 0);
        int end = np[1];
        for (int k = first + 1; k <= np[1]; k++) {
            String w = m.lower[k];
            if (m.kind[k] == TextModel.WORD && !m.isCapitalized(k)
                    && (w.length() > 4 && w.endsWith("ed") || IRREGULAR_PASTS.contains(w))) {
                end = k - 1;
                break;
            }
        }
        if (end > first && end + 1 < m.size && m.kind[end + 1] == TextModel.WORD && TRAILING_ADVERBS.contains(m.lower[end])
                && endsANoun(m, end - 1)) {
            end--; // "The veteran artist first teased …": the adverb is the verb's ("a decade later, I …" is no subject)
        }
        return end == np[1] ? np : new int[]{np[0], end};
    }

    /**
     * Whether token {@code k} can end a noun phrase before an adverb: not a function word ("the first", "who
     * previously"), a possessive ("India’s first") or a time ("two years later", which is no subject).
     */
    private static boolean endsANoun(TextModel m, int k) {
        String w = m.lower[k];
        return m.kind[k] == TextModel.WORD && !Lexicon.STOP.contains(w) && !w.equals("most")
                && !w.endsWith("’s") && !w.endsWith("'s") && !MentionFinder.TIME_NOUNS.contains(w);
    }

    /** Adverbs of time that stand between a subject and its verb ("The singer first teased …", "The aide later said"). */
    private static final Set<String> TRAILING_ADVERBS = Words.set("first", "later", "initially", "previously",
            "recently", "again", "originally", "subsequently", "eventually", "finally");

    /** A mention that can be a speaker: a pronoun for people, a capitalized name, or a role or group noun. */
    static boolean personLike(TextModel m, int[] np) {
        String h = m.lower[np[1]];
        if (np[0] == np[1] && PERSONAL_PRONOUNS.contains(h)) {
            return true;
        }
        if (Lexicon.ROLE_NOUNS.contains(h) || Lexicon.ANONYMOUS_HEADS.contains(h)) {
            return true;
        }
        for (int k = np[0]; k <= np[1]; k++) {
            if (m.isCapitalized(k) && !Lexicon.DETERMINERS.contains(m.lower[k]) && !Lexicon.STOP.contains(m.lower[k])
                    && !Lexicon.ORG_WORDS.contains(h)) {
                return true;
            }
        }
        return false;
    }

    static final Set<String> SUBJECT_PRONOUNS = Words.set("i", "we", "they", "you", "he", "she", "who");

    /**
     * A cue's bare present form ({@code w}, of {@code lemma}) after a singular indefinite phrase ("a wake-up call",
     * "a plan"): a verb cannot agree so, so the word is a noun and the phrase no subject.
     */
    static boolean nounAfterSingular(TextModel m, int[] subj, String w, String lemma) {
        return w.equals(lemma) && !w.endsWith("ed") && !isIrregularPast(w) && singularIndefinite(m, subj);
    }

    /**
     * A phrase opening with "a", "an", "each" or "every", without "of", a plural head or a share ("a third say"):
     * a singular subject.
     */
    private static boolean singularIndefinite(TextModel m, int[] subj) {
        String first = m.lower[subj[0]];
        if (!(first.equals("a") || first.equals("an") || first.equals("each") || first.equals("every"))
                || m.lower[subj[1]].endsWith("s")) {
            return false;
        }
        if (MentionFinder.quantityLeft(m, subj[1], subj[0]) >= 0 || subj[0] < subj[1] && SHARES.contains(m.lower[subj[0] + 1])) {
            return false;
        }
        for (int k = subj[0]; k <= subj[1]; k++) {
            if (m.is(k, "of")) {
                return false; // "a handful of them say"
            }
        }
        return true;
    }

    private static final Set<String> SHARES = Words.set("third", "quarter", "half", "fifth", "majority", "minority",
            "plurality", "number", "lot", "few", "handful", "couple", "dozen");
}
