package dev.attache.core.search;

import dev.attache.core.index.DocOrder;
import dev.attache.core.index.LibrarySchema;
import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.util.IOSupplier;

/**
 * The second stage of word ranking. To each of the first stage's best passages it adds how close
 * the question's adjacent words stand in it, and a constant for an article's lead passage. A pair of
 * words at distance g in the question scores like a sloppy phrase: every occurrence of the first
 * word with the second within {@code slop} of g away counts 1 / (1 + how far off it is), and that
 * frequency is scored with the text field's BM25 over both words' statistics, as Lucene scores a
 * phrase. Positions are read for these passages only, from the term states the first stage looked
 * up (Lucene's rescoring with a phrase query per pair looked every term up again in every segment
 * for each pair it is in: a quarter of the search).
 */
final class ProximityRescorer {

    private final QueryTerms terms;
    private final TextTermStates states;
    private final float proximityBoost;
    private final int slop;
    private final float leadBoost;

    ProximityRescorer(QueryTerms terms, TextTermStates states, float proximityBoost, int slop, float leadBoost) {
        this.terms = terms;
        this.states = states;
        this.proximityBoost = proximityBoost;
        this.slop = slop;
        this.leadBoost = leadBoost;
    }

    /** {@code ranked} with the proximity and lead scores added, best {@code depth} first (ties by document). */
    ScoreDoc[] rescore(IndexSearcher searcher, ScoreDoc[] ranked, int depth) throws IOException {
        List<String> distinct = List.copyOf(terms.distinct());
        int[] termOf = terms.terms().stream().mapToInt(distinct::indexOf).toArray();
        Similarity.SimScorer[] pairScorers = pairScorers(searcher);
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        ScoreDoc[] rescored = new ScoreDoc[ranked.length];
        int leafIndex = -1;
        PostingsEnum[] postings = new PostingsEnum[distinct.size()];
        NumericDocValues norms = null;
        PostingsEnum lead = null;
        int[][] positions = new int[distinct.size()][];
        for (int i : DocOrder.of(ranked)) {
            int l = ReaderUtil.subIndex(ranked[i].doc, leaves);
            LeafReaderContext leaf = leaves.get(l);
            if (l != leafIndex) {
                leafIndex = l;
                for (int t = 0; t < distinct.size(); t++) {
                    postings[t] = positionsOf(leaf, distinct.get(t));
                }
                norms = leaf.reader().getNormValues(LibrarySchema.TEXT);
                lead = leaf.reader().postings(new Term(LibrarySchema.LEAD, LibrarySchema.LEAD_VALUE), PostingsEnum.NONE);
            }
            int doc = ranked[i].doc - leaf.docBase;
            for (int t = 0; t < distinct.size(); t++) {
                positions[t] = positionsIn(postings[t], doc);
            }
            long norm = norms != null && norms.advanceExact(doc) ? norms.longValue() : 1L;
            double added = 0;
            for (int p = 0; p + 1 < termOf.length; p++) {
                if (pairScorers[p] == null) {
                    continue;
                }
                int gap = terms.positions().get(p + 1) - terms.positions().get(p);
                float freq = sloppyFrequency(positions[termOf[p]], positions[termOf[p + 1]], gap, slop,
                        termOf[p] == termOf[p + 1]);
                if (freq > 0) {
                    added += pairScorers[p].score(freq, norm);
                }
            }
            if (isAt(lead, doc)) {
                added += leadBoost;
            }
            rescored[i] = new ScoreDoc(ranked[i].doc, (float) (ranked[i].score + added));
        }
        Arrays.sort(rescored, Comparator.comparingDouble((ScoreDoc sd) -> -sd.score).thenComparingInt(sd -> sd.doc));
        return rescored.length > depth ? Arrays.copyOf(rescored, depth) : rescored;
    }

    /** BM25 of each adjacent pair of question words over both words' statistics; null where a word is not in the library. */
    private Similarity.SimScorer[] pairScorers(IndexSearcher searcher) throws IOException {
        CollectionStatistics collection = searcher.collectionStatistics(LibrarySchema.TEXT);
        Similarity.SimScorer[] scorers = new Similarity.SimScorer[Math.max(0, terms.terms().size() - 1)];
        if (collection == null) {
            return scorers;
        }
        for (int p = 0; p < scorers.length; p++) {
            TermStatistics first = statistics(searcher, terms.terms().get(p));
            TermStatistics second = statistics(searcher, terms.terms().get(p + 1));
            if (first != null && second != null) {
                scorers[p] = searcher.getSimilarity().scorer(proximityBoost, collection, first, second);
            }
        }
        return scorers;
    }

    private TermStatistics statistics(IndexSearcher searcher, String term) throws IOException {
        var termStates = states.of(term);
        return termStates.docFreq() == 0 ? null
                : searcher.termStatistics(TextTermStates.textTerm(term), termStates.docFreq(), termStates.totalTermFreq());
    }

    /** The term's positions in the segment, from the state looked up for the first stage; null where it is absent. */
    private PostingsEnum positionsOf(LeafReaderContext leaf, String term) throws IOException {
        IOSupplier<TermState> supplier = states.of(term).get(leaf);
        TermState state = supplier == null ? null : supplier.get();
        Terms text = leaf.reader().terms(LibrarySchema.TEXT);
        if (state == null || text == null) {
            return null;
        }
        TermsEnum termsEnum = text.iterator();
        termsEnum.seekExact(TextTermStates.textTerm(term).bytes(), state);
        return termsEnum.postings(null, PostingsEnum.POSITIONS);
    }

    private static final int[] NONE = new int[0];

    /** Whether the postings hold {@code doc}, advancing them to it; documents are visited in increasing order. */
    private static boolean isAt(PostingsEnum postings, int doc) throws IOException {
        if (postings == null) {
            return false;
        }
        if (postings.docID() < doc) {
            postings.advance(doc);
        }
        return postings.docID() == doc;
    }

    /** The positions of a term in a document, ascending; empty when it does not occur there. */
    private static int[] positionsIn(PostingsEnum postings, int doc) throws IOException {
        if (!isAt(postings, doc)) {
            return NONE;
        }
        int[] positions = new int[postings.freq()];
        for (int j = 0; j < positions.length; j++) {
            positions[j] = postings.nextPosition();
        }
        return positions;
    }

    /**
     * For every position of the first word, the second word nearest to {@code gap} after it; within
     * {@code slop} of the gap it counts 1 / (1 + distance). A word paired with itself never matches
     * its own position.
     */
    static float sloppyFrequency(int[] first, int[] second, int gap, int slop, boolean sameWord) {
        float freq = 0;
        int j = 0;
        for (int position : first) {
            int target = position + gap;
            while (j + 1 < second.length && second[j + 1] <= target) {
                j++;
            }
            int best = Integer.MAX_VALUE;
            for (int k = Math.max(0, j - 1); k < second.length && k <= j + 1; k++) {
                if (sameWord && second[k] == position) {
                    continue;
                }
                best = Math.min(best, Math.abs(second[k] - target));
            }
            if (best <= slop) {
                freq += 1f / (1 + best);
            }
        }
        return freq;
    }
}
