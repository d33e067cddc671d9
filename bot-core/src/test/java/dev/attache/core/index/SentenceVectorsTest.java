package dev.attache.core.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.attache.core.testing.RandomVectors;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.VectorUtil;
import org.junit.jupiter.api.Test;

/** Sentence vectors are stored a byte per dimension, and their largest similarity stays that of the floats. */
class SentenceVectorsTest {

    @Test
    void theLargestSimilarityIsThatOfTheFloatsWithinAHundredth() {
        Random random = new Random(11);
        for (int round = 0; round < 200; round++) {
            List<float[]> sentences = new ArrayList<>();
            for (int s = 0; s < 1 + random.nextInt(8); s++) {
                sentences.add(RandomVectors.unit(random, 384));
            }
            float[] query = RandomVectors.unit(random, 384);
            float best = sentences.stream().map(s -> VectorUtil.dotProduct(s, query)).max(Float::compare).orElseThrow();
            SentenceVectors stored = SentenceVectors.of(sentences);
            assertThat(stored.count(384)).isEqualTo(sentences.size());
            assertThat(SentenceVectors.maxSimilarity(new BytesRef(stored.bytes()), query)).isCloseTo(best, within(0.01f));
        }
    }

    @Test
    void readsTheVectorsWhereverTheyStartInTheBytesItIsGiven() {
        float[] axis = {0, 1, 0, 0};
        byte[] bytes = SentenceVectors.of(List.of(axis)).bytes();
        byte[] padded = new byte[bytes.length + 7];
        System.arraycopy(bytes, 0, padded, 3, bytes.length);
        assertThat(SentenceVectors.maxSimilarity(new BytesRef(padded, 3, bytes.length), axis)).isEqualTo(1f);
        assertThat(SentenceVectors.fromBytes(new BytesRef(padded, 3, bytes.length)).bytes()).isEqualTo(bytes);
    }

    @Test
    void noSentencesHaveNoSimilarity() {
        assertThat(SentenceVectors.of(List.of())).isSameAs(SentenceVectors.NONE);
        assertThat(SentenceVectors.maxSimilarity(new BytesRef(SentenceVectors.NONE.bytes()), new float[] {1, 0})).isNaN();
    }

    @Test
    void aZeroVectorIsStoredAsZeros() {
        SentenceVectors zero = SentenceVectors.of(List.of(new float[] {0, 0, 0}));
        assertThat(SentenceVectors.maxSimilarity(new BytesRef(zero.bytes()), new float[] {1, 0, 0})).isZero();
    }

    @Test
    void vectorsOfDifferentLengthsAreRefused() {
        assertThatThrownBy(() -> SentenceVectors.of(List.of(new float[3], new float[4])))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("4 dimensions after 3");
    }
}
