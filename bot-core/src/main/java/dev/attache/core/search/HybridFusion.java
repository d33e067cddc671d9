package dev.attache.core.search;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.search.ScoreDoc;

/**
 * Fuses the word ranking and the dense ranking of the same passages by a convex combination of
 * their normalized scores: {@code WORDS × words + (1 − WORDS) × dense}, where each list's scores
 * are min-max normalized over that list (so BM25's unbounded scores and the vectors' similarities
 * share one scale), and a passage absent from a list scores 0 there. On SQuAD dev this beat
 * reciprocal rank fusion at every weight tried (docs/QUALITY.md), as the fusion literature
 * (Bruch et al., 2023) also finds. The fused score is in [0, 1].
 */
final class HybridFusion {

    /** Weight of the word (BM25) score; the dense score gets the rest. Chosen on SQuAD dev (docs/QUALITY.md). */
    static final float WORDS = 0.5f;

    private HybridFusion() {
    }

    /** The best {@code n} documents of both rankings (each best first), with their fused scores. */
    static ScoreDoc[] fuse(ScoreDoc[] words, ScoreDoc[] dense, int n) {
        Map<Integer, Float> scores = new HashMap<>(2 * (words.length + dense.length));
        add(scores, words, WORDS);
        add(scores, dense, 1 - WORDS);
        ScoreDoc[] fused = scores.entrySet().stream().map(e -> new ScoreDoc(e.getKey(), e.getValue()))
                .sorted((a, b) -> a.score != b.score ? Float.compare(b.score, a.score) : Integer.compare(a.doc, b.doc))
                .toArray(ScoreDoc[]::new);
        return fused.length > n ? Arrays.copyOf(fused, n) : fused;
    }

    /** Adds {@code weight} × each document's min-max normalized score; a list of equal scores counts 1 for each. */
    private static void add(Map<Integer, Float> scores, ScoreDoc[] ranking, float weight) {
        if (ranking.length == 0) {
            return;
        }
        float max = ranking[0].score;
        float min = ranking[ranking.length - 1].score;
        for (ScoreDoc doc : ranking) {
            float normalized = max > min ? (doc.score - min) / (max - min) : 1f;
            scores.merge(doc.doc, weight * normalized, Float::sum);
        }
    }
}
