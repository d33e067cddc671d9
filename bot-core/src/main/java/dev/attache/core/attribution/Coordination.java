package dev.attache.core.attribution;

/**
 * A subject of two coordinated noun phrases opening its clause ("the mayor and her allies said", "He said the
 * city and its partners will seek …"): the mention is the whole coordination, not its last conjunct, so that the
 * report is seen as opening another report's content and the source covers both.
 */
final class Coordination {

    private Coordination() {
    }

    /** The start of "NP and" before the phrase starting at {@code from}, when that NP opens a clause; else {@code from}. */
    static int extendLeft(TextModel m, int from, int limit) {
        int and = from - 1;
        if (and - 1 < limit || !m.is(and, "and") || m.quote[and] >= 0 || m.quote[and - 1] >= 0) {
            return from;
        }
        int first = MentionFinder.nounPhraseLeft(m, and - 1, limit);
        if (first < 0) {
            return from;
        }
        int before = first - 1;
        boolean opensClause = before < limit || m.closesQuote(before) // "“…,” the mayor and her deputy said"
                || m.quote[before] < 0 && (m.is(before, "that") || m.is(before, ",")
                || m.kind[before] == TextModel.WORD && !m.isCapitalized(before) && CueLexicon.lemma(m.lower[before]) != null);
        return opensClause ? first : from;
    }
}
