package dev.attache.core.search;

import dev.attache.core.index.DocOrder;
import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;

/** Which of some given documents a query matches, read in doc order, one segment's scorer at a time. */
final class MatchingDocs {

    /** What is done with each document: {@code scorer} stands on it when the query matches it, else it is null. */
    interface Visitor {
        void visit(int i, Scorer scorer) throws IOException;
    }

    private MatchingDocs() {
    }

    /** Visits each of {@code docs} (by its index in the array) with {@code weight}'s scorer, in doc order. */
    static void visit(IndexSearcher searcher, Weight weight, ScoreDoc[] docs, Visitor visitor) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        int leafIndex = -1;
        Scorer scorer = null;
        for (int i : DocOrder.of(docs)) {
            int l = ReaderUtil.subIndex(docs[i].doc, leaves);
            if (l != leafIndex) {
                leafIndex = l;
                scorer = weight.scorer(leaves.get(l));
            }
            int doc = docs[i].doc - leaves.get(l).docBase;
            boolean matches = scorer != null
                    && (scorer.docID() == doc || scorer.docID() < doc && scorer.iterator().advance(doc) == doc);
            visitor.visit(i, matches ? scorer : null);
        }
    }
}
