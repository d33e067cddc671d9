package dev.attache.core.attribution;

import java.util.Set;

/**
 * A sentence-opening prepositional phrase before an inserted reporting clause ("During the war, she said, the
 * town …"): it frames the report rather than belonging to what was said, so the content starts after the clause.
 */
final class IntroPhrase {

    private IntroPhrase() {
    }

    private static final Set<String> OPENERS = Words.set("during", "in", "at", "on", "after", "before", "since",
            "over", "under", "with", "without", "despite", "throughout", "for", "within", "among", "by", "behind");

    /**
     * The start of a content {@code ls..le} before its reporting clause: after an opening prepositional phrase and its
     * comma when the rest holds a quotation ("Behind the scenes, X is “…,” said Y": the phrase frames the report),
     * else {@code ls}.
     */
    static int endBeforeQuotedClause(TextModel m, int ls, int le) {
        for (int k = ls + 1; k < le; k++) {
            if (m.quote[k] >= 0 || m.kind[k] == TextModel.PUNCT && !m.is(k, ",")) {
                return ls;
            }
            if (m.is(k, ",")) {
                return opensWith(m, ls, k - 1) && TokenSpans.containsQuotation(m, k + 1, le) ? k + 1 : ls;
            }
        }
        return ls;
    }

    /**
     * True when tokens {@code ls..le} look like a clause rather than a phrase: a subject pronoun, a finite auxiliary, a
     * modal or a past verb ("After Mr. Trump took possession … he made …"; "Over the year business volume rose …",
     * which news agencies write without a comma after the opening phrase).
     */
    static boolean holdsClause(TextModel m, int ls, int le) {
        for (int k = ls; k <= le; k++) {
            String w = m.lower[k];
            if (m.quote[k] < 0 && m.kind[k] == TextModel.WORD && !m.isCapitalized(k)
                    && (ClauseSubjects.SUBJECT_PRONOUNS.contains(w) || Lexicon.FINITE_AUXILIARIES.contains(w)
                    || Lexicon.MODALS.contains(w) || ClauseSubjects.isIrregularPast(w) || w.length() > 3 && w.endsWith("ed"))) {
                return true;
            }
        }
        return false;
    }

    /** "At least 40 people …", "Over 108,000 customers …": a number's qualifier, not a preposition. */
    private static boolean quantity(TextModel m, int ls, int le) {
        return ls + 1 <= le && (m.is(ls, "at") && (m.is(ls + 1, "least") || m.is(ls + 1, "most"))
                || Character.isDigit(m.lower[ls + 1].charAt(0)));
    }

    /** True when tokens {@code ls..le} are one opening prepositional phrase (no comma of its own). */
    static boolean opensWith(TextModel m, int ls, int le) {
        if (!OPENERS.contains(m.lower[ls]) || m.quote[ls] >= 0 || quantity(m, ls, le)) {
            return false;
        }
        for (int k = ls + 1; k <= le; k++) {
            if (m.kind[k] == TextModel.PUNCT || m.quote[k] >= 0) {
                return false;
            }
        }
        return true;
    }
}
