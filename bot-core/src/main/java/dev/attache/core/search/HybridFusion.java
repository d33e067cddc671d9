package dev.attache.core.search;

import java.util.Arrays;
import org.apache.lucene.search.ScoreDoc;

/**
 * Fuses the word and the dense scores of the candidates of a hybrid search (the union of both
 * rankings, each candidate scored by both) by a convex combination of their normalized scores:
 * {@code WORDS × words + (1 − WORDS) × dense}, each score min-max normalized over the candidates (so
 * BM25's unbounded scores and the vectors' similarities share one scale). A passage without a vector
 * yet (its article not embedded) is scored by its words alone, its normalized word score counting
 * fully: scored 0 for meaning, it would fall below every embedded passage that has both scores, and
 * an article just added could not be found. On SQuAD dev the convex combination beat
 * reciprocal rank fusion at every weight tried, as the fusion literature (Bruch et al., 2023) also
 * finds; scoring each candidate by both instead of giving a candidate that one ranking did not reach
 * that ranking's lowest score gained on both dev sets (docs/QUALITY.md). The fused score is in [0, 1].
 */
final class HybridFusion {

    /** Weight of the word (BM25) score; the dense score gets the rest. Chosen on SQuAD dev (docs/QUALITY.md). */
    static final float WORDS = 0.5f;

    private HybridFusion() {
    }

    /**
     * The best {@code n} of {@code docs}, by their fused scores; {@code words[i]} and {@code dense[i]}
     * are the scores of {@code docs[i]}, {@code dense[i]} NaN for a passage without a vector.
     */
    static ScoreDoc[] fuse(int[] docs, float[] words, float[] dense, int n) {
        Range wordRange = Range.of(words);
        Range denseRange = Range.of(dense);
        ScoreDoc[] fused = new ScoreDoc[docs.length];
        for (int i = 0; i < docs.length; i++) {
            float byWords = wordRange.normalize(words[i]);
            fused[i] = new ScoreDoc(docs[i], Float.isNaN(dense[i]) ? byWords
                    : WORDS * byWords + (1 - WORDS) * denseRange.normalize(dense[i]));
        }
        Arrays.sort(fused, (a, b) -> a.score != b.score ? Float.compare(b.score, a.score) : Integer.compare(a.doc, b.doc));
        return fused.length > n ? Arrays.copyOf(fused, n) : fused;
    }

    /** The lowest and highest known score of one signal. */
    private record Range(float min, float max) {

        static Range of(float[] scores) {
            float min = Float.POSITIVE_INFINITY;
            float max = Float.NEGATIVE_INFINITY;
            for (float score : scores) {
                if (!Float.isNaN(score)) {
                    min = Math.min(min, score);
                    max = Math.max(max, score);
                }
            }
            return new Range(min, max);
        }

        /** {@code score} mapped to [0, 1]; where all known scores are equal, they are 1. */
        float normalize(float score) {
            return max > min ? (score - min) / (max - min) : 1;
        }
    }
}
