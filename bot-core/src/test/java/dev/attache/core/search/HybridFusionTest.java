package dev.attache.core.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.apache.lucene.search.ScoreDoc;
import org.junit.jupiter.api.Test;

/** The fusion of word and dense scores over the candidates of both rankings. */
class HybridFusionTest {

    static int[] docs(ScoreDoc[] fused) {
        return Arrays.stream(fused).mapToInt(sd -> sd.doc).toArray();
    }

    @Test
    void eachScoreIsNormalizedOverAllCandidatesAndWeighted() {
        // words 10..2 map to 1..0, similarities 0.9..0.5 map to 1..0
        ScoreDoc[] fused = HybridFusion.fuse(new int[] {7, 8, 9}, new float[] {10, 6, 2}, new float[] {0.5f, 0.9f, 0.7f}, 3);
        assertThat(docs(fused)).containsExactly(8, 7, 9);
        assertThat(fused[0].score).isCloseTo(HybridFusion.WORDS * 0.5f + (1 - HybridFusion.WORDS), within(1e-6f));
        assertThat(fused[1].score).isCloseTo(HybridFusion.WORDS, within(1e-6f));
        assertThat(fused[2].score).isCloseTo((1 - HybridFusion.WORDS) * 0.5f, within(1e-6f));
    }

    @Test
    void aCandidateFarFromTheQuestionInOneSignalFallsBelowOneThatIsNear() {
        // 1 and 2 tie on words; 2's vector is far from the question, 1's near: scored by both, 1 wins
        ScoreDoc[] fused = HybridFusion.fuse(new int[] {2, 1, 3}, new float[] {5, 5, 1}, new float[] {0.2f, 0.8f, 0.9f}, 3);
        assertThat(docs(fused)).startsWith(1);
        assertThat(fused[0].score).isGreaterThan(fused[1].score);
    }

    @Test
    void aPassageWithoutAVectorIsScoredByItsWordsAlone() {
        // 1 is not embedded yet: its words, the best, count fully, above 2, the best by both
        ScoreDoc[] fused = HybridFusion.fuse(new int[] {2, 1, 3}, new float[] {5, 6, 1}, new float[] {0.9f, Float.NaN, 0.4f}, 3);
        assertThat(docs(fused)).containsExactly(1, 2, 3);
        assertThat(fused[0].score).isCloseTo(1f, within(1e-6f));
        assertThat(fused[1].score).isCloseTo(HybridFusion.WORDS * 0.8f + (1 - HybridFusion.WORDS), within(1e-6f));
    }

    @Test
    void equalScoresAllCountAsTheHighest() {
        ScoreDoc[] fused = HybridFusion.fuse(new int[] {1, 2}, new float[] {3, 3}, new float[] {0.4f, 0.4f}, 2);
        assertThat(fused).allSatisfy(sd -> assertThat(sd.score).isCloseTo(1f, within(1e-6f)));
    }

    @Test
    void onlyTheBestNAreKept() {
        assertThat(docs(HybridFusion.fuse(new int[] {1, 2, 3}, new float[] {1, 2, 3}, new float[] {1, 2, 3}, 2)))
                .containsExactly(3, 2);
    }
}
