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

    /** The subject of the last subordinate or coordinate clause before a participle ("…, when X interrupted, shouting"). */
    static int[] nearestClauseSubject(TextModel m, int a, int limit) {
        for (int k = limit - 1; k > a && limit - k <= 25; k--) {
            if (m.quote[k] >= 0) {
                return null;
            }
            if (CLAUSE_OPENERS.contains(m.lower[k]) && !m.isCapitalized(k)) {
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

    /** The subject at the start of a sentence (after an introductory phrase), ending before {@code limit}. */
    static int[] sentenceSubject(TextModel m, int a, int limit) {
        int k = a;
        String w0 = m.lower[k];
        boolean pronoun = Words.set("he", "she", "they", "we", "i").contains(w0);
        if (k < limit && !pronoun && (Lexicon.STOP.contains(w0) || MentionFinder.isLyAdverb(m, k)
                || w0.length() > 4 && w0.endsWith("ly") && m.kind[k] == TextModel.WORD
                || m.kind[k] != TextModel.WORD || w0.endsWith("ed") || w0.endsWith("ing"))) {
            int c = k;
            while (c < limit && c - k < 15 && !m.lower[c].equals(",")) {
                c++;
            }
            if (c >= limit || !m.lower[c].equals(",")) {
                return null;
            }
            k = c + 1;
        }
        if (k >= limit || m.quote[k] >= 0) {
            return null;
        }
        int[] np = MentionFinder.nounPhraseRight(m, k, limit - 1);
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
        if (np == null || np[1] + 1 >= limit || m.kind[np[1] + 1] != TextModel.WORD || m.isCapitalized(np[1] + 1)) {
            return null;
        }
        if (np[0] == np[1] && SUBJECTLESS.contains(m.lower[np[0]])) {
            return null;
        }
        return np;
    }

    /** A mention that can be a speaker: a pronoun for people, a capitalized name, or a role or group noun. */
    static boolean personLike(TextModel m, int[] np) {
        String h = m.lower[np[1]];
        if (np[0] == np[1] && Words.set("he", "she", "they", "we", "i").contains(h)) {
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
}
