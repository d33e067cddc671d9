package dev.attache.core.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * A text run through the library's analysis chain: its terms in order with their positions
 * (stop words leave gaps), so that queries and overlap measures see words exactly as the index does.
 * No query syntax is interpreted: whatever a user types is only words.
 */
public record QueryTerms(List<String> terms, List<Integer> positions) {

    public static QueryTerms analyze(Analyzer analyzer, String field, String text) {
        List<String> terms = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                terms.add(term.toString());
                positions.add(position);
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new QueryTerms(List.copyOf(terms), List.copyOf(positions));
    }

    public boolean isEmpty() {
        return terms.isEmpty();
    }

    /** The distinct terms, in order of first appearance. */
    public Set<String> distinct() {
        return new LinkedHashSet<>(terms);
    }
}
