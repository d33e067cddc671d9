package dev.attache.core.search;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;

/**
 * A question's terms looked up once in one field of every segment: the first-stage term queries
 * and the rescoring share the look-ups (each would otherwise seek every term in every segment's
 * dictionary again).
 */
final class FieldTermStates {

    private final String field;
    private final Map<String, TermStates> states;

    private FieldTermStates(String field, Map<String, TermStates> states) {
        this.field = field;
        this.states = states;
    }

    static FieldTermStates lookUp(IndexSearcher searcher, QueryTerms terms, String field) throws IOException {
        Map<String, TermStates> states = new LinkedHashMap<>();
        for (String term : terms.distinct()) {
            states.put(term, TermStates.build(searcher, new Term(field, term), true));
        }
        return new FieldTermStates(field, states);
    }

    String field() {
        return field;
    }

    Term term(String term) {
        return new Term(field, term);
    }

    /** The term query of a question term, with its looked-up states. */
    TermQuery query(String term) {
        return new TermQuery(term(term), of(term));
    }

    /** How many documents hold each term in this field. */
    Map<String, Integer> docFreqs() {
        Map<String, Integer> docFreqs = new LinkedHashMap<>();
        states.forEach((term, termStates) -> docFreqs.put(term, termStates.docFreq()));
        return docFreqs;
    }

    TermStates of(String term) {
        TermStates termStates = states.get(term);
        if (termStates == null) {
            throw new IllegalArgumentException("not a term of the question: " + term);
        }
        return termStates;
    }
}
