package dev.attache.core.search;

import dev.attache.core.index.LibrarySchema;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;

/**
 * A question's terms looked up once in the passage text of every segment: the first-stage term
 * queries and the proximity rescoring share the look-ups (each would otherwise seek every term in
 * every segment's dictionary again).
 */
final class TextTermStates {

    private final Map<String, TermStates> states;

    private TextTermStates(Map<String, TermStates> states) {
        this.states = states;
    }

    static TextTermStates lookUp(IndexSearcher searcher, QueryTerms terms) throws IOException {
        Map<String, TermStates> states = new LinkedHashMap<>();
        for (String term : terms.distinct()) {
            states.put(term, TermStates.build(searcher, textTerm(term), true));
        }
        return new TextTermStates(states);
    }

    /** The term query of a question term in the passage text, with its looked-up states. */
    TermQuery query(String term) {
        return new TermQuery(textTerm(term), of(term));
    }

    TermStates of(String term) {
        TermStates termStates = states.get(term);
        if (termStates == null) {
            throw new IllegalArgumentException("not a term of the question: " + term);
        }
        return termStates;
    }

    static Term textTerm(String term) {
        return new Term(LibrarySchema.TEXT, term);
    }
}
