package dev.attache.core.search;

import dev.attache.core.index.PassageVectorLookup;
import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;

/**
 * Re-ranks the best candidates of a hybrid search by the sentence of each that is nearest to the
 * question. A passage vector averages over 100–160 words, while a factoid question usually matches
 * one sentence ("Who led the garrison after the general died?" against "On the general's death his
 * deputy took command of the garrison …", in a passage that goes on about other things); each
 * sentence's own vector (under its article's title) tells the passage holding that sentence from
 * its neighbours on the same subject. On SQuAD dev this lifted recall@1 by 2.4 points; on
 * RealTimeQA it changed little (docs/QUALITY.md, "Sentence vectors").
 */
final class SentenceRescorer {

    /** How many of the fused candidates are re-ranked; the rest keep their order below them. */
    static final int DEPTH = 20;
    /**
     * Weight of a candidate's best sentence similarity, above the lowest among the candidates, added
     * to its fused score (which lies in [0, 1]); SQuAD dev is flat from 5 to 12 (docs/QUALITY.md).
     */
    static final float WEIGHT = 8f;

    private SentenceRescorer() {
    }

    /**
     * {@code fused}, best first, with its first {@link #DEPTH} rescored and re-sorted; a candidate
     * without sentence vectors (its article is not embedded yet) counts as the lowest of the others.
     * {@code vectorDocs} holds the vector document of the candidates the vector search found.
     */
    static ScoreDoc[] rescore(IndexSearcher searcher, ScoreDoc[] fused, Map<Integer, Integer> vectorDocs,
                              float[] question) throws IOException {
        int depth = Math.min(DEPTH, fused.length);
        float[] similarities = PassageVectorLookup.sentenceSimilarities(searcher, Arrays.copyOf(fused, depth),
                vectorDocs, question);
        float lowest = Float.POSITIVE_INFINITY;
        for (float similarity : similarities) {
            if (!Float.isNaN(similarity)) {
                lowest = Math.min(lowest, similarity);
            }
        }
        if (lowest == Float.POSITIVE_INFINITY) {
            return fused;
        }
        ScoreDoc[] rescored = fused.clone();
        for (int i = 0; i < depth; i++) {
            float above = Float.isNaN(similarities[i]) ? 0 : similarities[i] - lowest;
            rescored[i] = new ScoreDoc(fused[i].doc, fused[i].score + WEIGHT * above);
        }
        Arrays.sort(rescored, 0, depth,
                (a, b) -> a.score != b.score ? Float.compare(b.score, a.score) : Integer.compare(a.doc, b.doc));
        return rescored;
    }
}
