package dev.attache.core.attribution;

import java.util.Locale;
import java.util.Set;

/**
 * A source whose appositive lacks its closing comma, in the news wires' style: "…, James Fry, vice-president of Acme
 * said". {@link MentionFinder} finds the post left of the cue; this class decides whether the name before the post's
 * comma is the one who spoke.
 */
final class UnclosedAppositive {

    private UnclosedAppositive() {
    }

    /**
     * "…, James Fry, vice-president of Acme said": an appositive from {@code from} to {@code j} whose closing comma
     * the writer left out. The name before it speaks, not the post's organization, and the name is no part of what
     * was said. The appositive names a post ("the company's president", "an analyst with …"); the name stands in
     * capitals right after a comma, a quotation or the sentence's start, and is no place, body or acronym ("…, Park
     * City, Utah, an FSLIC spokesman said").
     */
    static int[] nameBefore(TextModel m, int from, int j, int limit) {
        int comma = from - 1;
        int nameEnd = comma - 1;
        if (nameEnd < limit || !m.is(comma, ",") || m.quote[comma] >= 0 || m.quote[nameEnd] >= 0
                || m.kind[nameEnd] != TextModel.WORD || m.isCapitalized(from) || !namesAPost(m, from, j)
                || NounCueRule.POSSESSIVE_PRONOUNS.contains(m.lower[from]) // "the boy, Clayton Carnes, his mother said, loved …"
                || j + 1 < m.size && m.lower[j + 1].endsWith("ing") // "X, former economic planning minister"
                || verbAfterAside(m, j + 2)) {
            return null;
        }
        if (m.isCapitalized(j) && roleBeforeName(m, from, j)) {
            return null; // "…, Ontario, union spokesman Wendy Cuthbertson said": the phrase holds its own name
        }
        int nameStart = MentionFinder.nounPhraseLeft(m, nameEnd, limit);
        if (nameStart < 0 || nameEnd - nameStart > 3 || !MentionFinder.allCapitalized(m, nameStart, nameEnd)
                || nameStart == nameEnd && m.sentenceStart(nameStart) == nameStart) { // "Afterward, the monarch said"
            return null;
        }
        for (int k = nameStart; k <= nameEnd; k++) {
            if (!personNameWord(m, k)) {
                return null;
            }
        }
        boolean opensClause = nameStart - 1 < limit || m.sentenceStart(nameStart) == nameStart
                || m.is(nameStart - 1, ",") || m.kind[nameStart - 1] == TextModel.QUOTE;
        return opensClause ? new int[]{nameStart, j} : null;
    }

    /**
     * ", was unaware …" at {@code comma}, after the cue: the cue and its source are an aside inside a clause whose
     * subject is the name before them ("President Joe Biden, a senior administration official said, was unaware").
     */
    private static boolean verbAfterAside(TextModel m, int comma) {
        if (comma + 1 >= m.size || !m.is(comma, ",") || m.quote[comma + 1] >= 0 || m.isCapitalized(comma + 1)) {
            return false;
        }
        String w = m.lower[comma + 1];
        return Lexicon.FINITE_AUXILIARIES.contains(w) || Lexicon.MODALS.contains(w)
                || w.endsWith("ed") && CueLexicon.lemma(w) == null;
    }

    /** Whether the capitalized words that end at {@code j} follow a lower-case word other than a preposition or article. */
    private static boolean roleBeforeName(TextModel m, int from, int j) {
        int k = j;
        while (k > from && m.isCapitalized(k - 1)) {
            k--;
        }
        int before = k - 1;
        return before >= from && m.kind[before] == TextModel.WORD && !Lexicon.STOP.contains(m.lower[before])
                && !Lexicon.DETERMINERS.contains(m.lower[before]) && !m.isCapitalized(before);
    }

    /** Whether tokens {@code from..to} name a post: a role noun, an office, "-ist", "spokesman". */
    private static boolean namesAPost(TextModel m, int from, int to) {
        for (int k = from; k <= to; k++) {
            String w = m.lower[k];
            if (m.quote[k] < 0 && !m.isCapitalized(k) && (Lexicon.ROLE_NOUNS.contains(w) || Lexicon.hyphenatedOffice(w)
                    || w.endsWith("ist") || w.endsWith("man") || w.endsWith("woman") || w.endsWith("person"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A capitalized word that may be part of a person's name: not a word of the sentence's grammar, a body's, a
     * place's, an acronym or a legislator's party and state ("Addressing Burzynski, the inspectors wrote", "Gelco
     * Express Ltd", "Okla", "D-Mass", "SEC").
     */
    private static boolean personNameWord(TextModel m, int k) {
        String w = m.lower[k];
        String token = m.token(k);
        return !Lexicon.STOP.contains(w) && !Lexicon.DETERMINERS.contains(w) && !w.endsWith("ing") && !w.endsWith("ly")
                && CueLexicon.lemma(w) == null && !Lexicon.ORG_WORDS.contains(w) && !Lexicon.COMPANY_FORMS.contains(w)
                && !Lexicon.US_STATES.contains(w) && !Lexicon.COUNTRIES.contains(w) && !MentionFinder.isPartyAndState(w)
                && w.chars().noneMatch(Character::isDigit) && !acronym(token)
                && !(w.endsWith(".") && w.length() > 2 && !w.equals("jr.") && !w.equals("sr.")) // "Calif.", "N.J.", not "E."
                && !STATE_ABBREVIATIONS.contains(w);
    }

    /** "SEC", "AGPM": capitals only, more than one letter, no initial's period ("E." is one). */
    private static boolean acronym(String token) {
        return token.length() > 1 && token.indexOf('.') < 0 && token.equals(token.toUpperCase(Locale.ROOT));
    }

    /** The states' abbreviations in news style, which a place's name may end in without a period ("Tulsa, Okla"). */
    private static final Set<String> STATE_ABBREVIATIONS = Words.set("ala", "ariz", "ark", "calif", "colo",
            "conn", "del", "fla", "ga", "ill", "ind", "kan", "ky", "la", "md", "mass", "mich", "minn", "miss", "mo",
            "mont", "neb", "nev", "okla", "ore", "pa", "tenn", "tex", "va", "vt", "wash", "wis", "wyo");
}
