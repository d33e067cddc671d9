package dev.attache.core.search;

import dev.attache.core.index.DocOrder;
import dev.attache.core.index.LibrarySchema;
import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.similarities.Similarity.SimScorer;
import org.apache.lucene.util.IOSupplier;

/**
 * The second stage of word ranking. To each of the first stage's best passages (scored by their
 * text alone) it adds:
 * <ul>
 * <li>each question word in the article's title, BM25-scored in the title field with
 *     {@link Weights#title}, unless the first stage matched the title already;</li>
 * <li>how close the question's adjacent words stand in the text: a pair at distance g in the
 *     question scores like a sloppy phrase, every occurrence of the first word with the second
 *     within {@link Weights#slop} of g away counting 1 / (1 + how far off it is), that frequency
 *     BM25-scored over both words' statistics with {@link Weights#proximity}, as Lucene scores a
 *     phrase;</li>
 * <li>{@link Weights#lead} for an article's first passage.</li>
 * </ul>
 * Postings are read for these passages only, from the term states the first stage looked up.
 * Lucene's rescoring with a phrase query per pair looked every term up again in every segment for
 * each pair it is in (a quarter of the search), and title clauses in the first stage doubled the
 * clauses Lucene's pruning works through, for the same ranking (docs/QUALITY.md).
 */
final class WordRescorer {

    /** The weights of the second stage's signals, in BM25 score units. */
    record Weights(float title, float proximity, int slop, float lead) {}

    private final QueryTerms terms;
    private final List<String> distinct;
    private final FieldTermStates text;
    private final Optional<FieldTermStates> title;
    private final Weights weights;

    WordRescorer(QueryTerms terms, FieldTermStates text, Optional<FieldTermStates> title, Weights weights) {
        this.terms = terms;
        this.distinct = List.copyOf(terms.distinct());
        this.text = text;
        this.title = title;
        this.weights = weights;
    }

    /** {@code ranked} with the second stage's scores added, best {@code depth} first (ties by document). */
    ScoreDoc[] rescore(IndexSearcher searcher, ScoreDoc[] ranked, int depth) throws IOException {
        int[] termOf = terms.terms().stream().mapToInt(distinct::indexOf).toArray();
        SimScorer[] pairScorers = pairScorers(searcher);
        SimScorer[] titleScorers = titleScorers(searcher);
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        ScoreDoc[] rescored = new ScoreDoc[ranked.length];
        LeafPostings leaf = null;
        int[][] positions = new int[distinct.size()][];
        for (int i : DocOrder.of(ranked)) {
            LeafReaderContext context = leaves.get(ReaderUtil.subIndex(ranked[i].doc, leaves));
            if (leaf == null || leaf.context != context) {
                leaf = new LeafPostings(context);
            }
            int doc = ranked[i].doc - context.docBase;
            double added = 0;
            long titleNorm = norm(leaf.titleNorms, doc);
            for (int t = 0; t < distinct.size(); t++) {
                positions[t] = positionsIn(leaf.positions[t], doc);
                if (titleScorers[t] != null && isAt(leaf.titles[t], doc)) {
                    added += titleScorers[t].score(leaf.titles[t].freq(), titleNorm);
                }
            }
            long textNorm = norm(leaf.textNorms, doc);
            for (int p = 0; p + 1 < termOf.length; p++) {
                int gap = terms.positions().get(p + 1) - terms.positions().get(p);
                float freq = pairScorers[p] == null ? 0 : sloppyFrequency(positions[termOf[p]], positions[termOf[p + 1]],
                        gap, weights.slop(), termOf[p] == termOf[p + 1]);
                if (freq > 0) {
                    added += pairScorers[p].score(freq, textNorm);
                }
            }
            if (isAt(leaf.lead, doc)) {
                added += weights.lead();
            }
            rescored[i] = new ScoreDoc(ranked[i].doc, (float) (ranked[i].score + added));
        }
        Arrays.sort(rescored, Comparator.comparingDouble((ScoreDoc sd) -> -sd.score).thenComparingInt(sd -> sd.doc));
        return rescored.length > depth ? Arrays.copyOf(rescored, depth) : rescored;
    }

    /** The postings and norms of one segment, read forward as its candidates are visited in document order. */
    private final class LeafPostings {
        final LeafReaderContext context;
        final PostingsEnum[] positions = new PostingsEnum[distinct.size()];
        final PostingsEnum[] titles = new PostingsEnum[distinct.size()];
        final NumericDocValues textNorms;
        final NumericDocValues titleNorms; // null when the title is not scored here
        final PostingsEnum lead;

        LeafPostings(LeafReaderContext context) throws IOException {
            this.context = context;
            LeafReader reader = context.reader();
            for (int t = 0; t < distinct.size(); t++) {
                positions[t] = postings(context, text, distinct.get(t), PostingsEnum.POSITIONS);
                titles[t] = title.isEmpty() ? null : postings(context, title.get(), distinct.get(t), PostingsEnum.FREQS);
            }
            textNorms = reader.getNormValues(text.field());
            titleNorms = title.isEmpty() ? null : reader.getNormValues(title.get().field());
            lead = reader.postings(new Term(LibrarySchema.LEAD, LibrarySchema.LEAD_VALUE), PostingsEnum.NONE);
        }
    }

    /** BM25 of each adjacent pair of question words over both words' statistics; null where a word is not in the library. */
    private SimScorer[] pairScorers(IndexSearcher searcher) throws IOException {
        SimScorer[] scorers = new SimScorer[Math.max(0, terms.terms().size() - 1)];
        CollectionStatistics collection = searcher.collectionStatistics(text.field());
        for (int p = 0; collection != null && p < scorers.length; p++) {
            TermStatistics first = statistics(searcher, text, terms.terms().get(p));
            TermStatistics second = statistics(searcher, text, terms.terms().get(p + 1));
            if (first != null && second != null) {
                scorers[p] = searcher.getSimilarity().scorer(weights.proximity(), collection, first, second);
            }
        }
        return scorers;
    }

    /** BM25 of each distinct question word in the title field; null where no title holds it or the title is not scored here. */
    private SimScorer[] titleScorers(IndexSearcher searcher) throws IOException {
        SimScorer[] scorers = new SimScorer[distinct.size()];
        if (title.isEmpty()) {
            return scorers;
        }
        CollectionStatistics collection = searcher.collectionStatistics(title.get().field());
        for (int t = 0; collection != null && t < scorers.length; t++) {
            TermStatistics statistics = statistics(searcher, title.get(), distinct.get(t));
            if (statistics != null) {
                scorers[t] = searcher.getSimilarity().scorer(weights.title(), collection, statistics);
            }
        }
        return scorers;
    }

    private static TermStatistics statistics(IndexSearcher searcher, FieldTermStates states, String term)
            throws IOException {
        TermStates termStates = states.of(term);
        return termStates.docFreq() == 0 ? null
                : searcher.termStatistics(states.term(term), termStates.docFreq(), termStates.totalTermFreq());
    }

    /** The term's postings in the segment, from the state the first stage looked up; null where it is absent. */
    private static PostingsEnum postings(LeafReaderContext leaf, FieldTermStates states, String term, int flags)
            throws IOException {
        IOSupplier<TermState> supplier = states.of(term).get(leaf);
        TermState state = supplier == null ? null : supplier.get();
        Terms field = leaf.reader().terms(states.field());
        if (state == null || field == null) {
            return null;
        }
        TermsEnum termsEnum = field.iterator();
        termsEnum.seekExact(states.term(term).bytes(), state);
        return termsEnum.postings(null, flags);
    }

    private static long norm(NumericDocValues norms, int doc) throws IOException {
        return norms != null && norms.advanceExact(doc) ? norms.longValue() : 1L;
    }

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

    private static final int[] NONE = new int[0];

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
