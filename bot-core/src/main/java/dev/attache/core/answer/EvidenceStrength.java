package dev.attache.core.answer;

import dev.attache.core.search.QueryTerms;
import java.util.Map;
import java.util.Set;

/**
 * How well a passage covers a question: the share of the question's information (the inverse
 * document frequency of its distinct terms) that the passage contains. A word the library has
 * never seen weighs the most, so a question about something absent from the library scores low
 * even when its common words match. The abstention threshold is applied to this measure.
 */
public final class EvidenceStrength {

    private EvidenceStrength() {
    }

    /**
     * @param idf the inverse document frequency of each distinct question term
     * @return a value in [0, 1]; 1 when every question term occurs in the passage
     */
    public static double coverage(Map<String, Double> idf, Set<String> passageTerms) {
        double total = 0;
        double covered = 0;
        for (Map.Entry<String, Double> e : idf.entrySet()) {
            total += e.getValue();
            if (passageTerms.contains(e.getKey())) {
                covered += e.getValue();
            }
        }
        return total == 0 ? 0 : covered / total;
    }

    /** BM25's inverse document frequency, the same the ranking uses. */
    public static double idf(long docFreq, long docCount) {
        return Math.log(1 + (docCount - docFreq + 0.5) / (docFreq + 0.5));
    }

    static Set<String> termsOf(QueryTerms terms) {
        return terms.distinct();
    }
}
