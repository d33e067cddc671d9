package dev.attache.core.answer;

import java.util.Set;

/**
 * Whether one point would only repeat another in nearly the same words: a wire story two outlets ran with a word
 * changed ("Lula da Silva also promises to …" and "Lula also promises to …"), or one sentence behind a run-in label
 * ("Limiting chip access: After the Biden administration …"). Compared as the index reads words (stemmed, without
 * stop words): nearly all of the shorter point's words are in the other, and every number of it, so that "rose 8.8
 * pct in February" does not hide "rose 9.0 pct in March". Short points are never judged repeats, since a few shared
 * words say too little.
 */
final class Repetition {

    /** Points of fewer words than this are not compared. */
    static final int MIN_TERMS = 6;
    /** The share of the shorter point's words the other must hold. */
    static final double SHARED = 0.8;

    private Repetition() {
    }

    static boolean repeats(Set<String> terms, Set<String> otherTerms) {
        Set<String> shorter = terms.size() <= otherTerms.size() ? terms : otherTerms;
        Set<String> longer = shorter == terms ? otherTerms : terms;
        if (shorter.size() < MIN_TERMS) {
            return false;
        }
        int shared = 0;
        for (String term : shorter) {
            if (longer.contains(term)) {
                shared++;
            } else if (term.chars().anyMatch(Character::isDigit)) {
                return false; // a figure the other point does not give: another fact
            }
        }
        return shared >= SHARED * shorter.size();
    }
}
