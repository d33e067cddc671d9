package dev.attache.core.answer;

import dev.attache.core.index.LibraryAnalyzer;
import dev.attache.core.index.LibrarySchema;
import dev.attache.core.search.QueryTerms;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;

/**
 * How well a passage covers a question: the share of the question's information (the inverse
 * document frequency of its distinct terms) that the passage contains. A word the library has
 * never seen weighs the most, so a question about something absent from the library scores low
 * even when its common words match. The abstention threshold is applied to this measure.
 */
public final class EvidenceStrength {

    private static final Analyzer PASSAGES = LibraryAnalyzer.english();
    private static final Analyzer QUESTIONS = LibraryAnalyzer.question();

    private EvidenceStrength() {
    }

    /** The distinct terms of a question, as the composer weighs them. */
    public static Set<String> questionTerms(String question) {
        return QueryTerms.analyze(QUESTIONS, LibrarySchema.TEXT, question).distinct();
    }

    /** The distinct terms of a passage's text. */
    public static Set<String> passageTerms(String text) {
        return QueryTerms.analyze(PASSAGES, LibrarySchema.TEXT, text).distinct();
    }

    /**
     * A small library is weighed as if it had at least this many passages. Otherwise, in a library
     * of a handful of passages, every word it holds looks common and every word it lacks looks rare,
     * and one absent word of a question ("protect") would outweigh all the ones present.
     */
    static final long MIN_DOC_COUNT = 1_000;

    /**
     * BM25 IDF of each term over the passages of {@code reader} (the documents with a text field),
     * counting at least {@link #MIN_DOC_COUNT} passages.
     */
    public static Map<String, Double> idf(IndexReader reader, Collection<String> terms) {
        try {
            Map<String, Integer> docFreqs = new LinkedHashMap<>();
            for (String term : terms) {
                docFreqs.put(term, reader.docFreq(new Term(LibrarySchema.TEXT, term)));
            }
            return idf(terms, docFreqs, reader.getDocCount(LibrarySchema.TEXT));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * BM25 IDF of each term, from how many of {@code passageCount} passages hold it ({@code docFreqs}
     * has every term), counting at least {@link #MIN_DOC_COUNT} passages.
     */
    public static Map<String, Double> idf(Collection<String> terms, Map<String, Integer> docFreqs, long passageCount) {
        long docCount = Math.max(MIN_DOC_COUNT, passageCount);
        Map<String, Double> idf = new LinkedHashMap<>();
        for (String term : terms) {
            idf.put(term, idf(docFreqs.get(term), docCount));
        }
        return idf;
    }

    /**
     * Weight of the best vector similarity in {@link #evidence}: a question whose words the library
     * covers only in part can still be well supported by a passage that says the same in other words.
     */
    public static final double SIMILARITY_WEIGHT = 3.0;

    /**
     * How well the retrieved passages support a question: the best word coverage, plus
     * {@link #SIMILARITY_WEIGHT} × the best cosine similarity of a passage vector to the question's
     * when hybrid search measured one (words only: the coverage alone).
     */
    public static double evidence(double bestCoverage, OptionalDouble bestSimilarity) {
        return bestCoverage + (bestSimilarity.isPresent() ? SIMILARITY_WEIGHT * bestSimilarity.getAsDouble() : 0);
    }

    /** The highest {@link #coverage} of the question by any of the passages; 0 when there are none. */
    public static double best(Map<String, Double> idf, List<String> passageTexts) {
        double best = 0;
        for (String text : passageTexts) {
            best = Math.max(best, coverage(idf, passageTerms(text)));
        }
        return best;
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
