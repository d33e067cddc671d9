package dev.attache.core.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.core.search.Hit;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** When the composer takes the library to have nothing on a question: by words alone, or by words and meaning. */
class AbstentionRuleTest {

    static Hit hit(OptionalDouble similarity) {
        return new Hit("a#0", "a", 1f, "text", 0, List.of(), similarity, similarity.isPresent());
    }

    static Hit withoutVector() {
        return new Hit("b#0", "b", 1f, "text", 0, List.of(), OptionalDouble.empty(), false);
    }

    @Test
    void wordSearchAloneNeedsTheCoverageThreshold() {
        List<Hit> words = List.of(hit(OptionalDouble.empty()));
        double threshold = AnswerComposer.ABSTAIN_BELOW_COVERAGE;
        assertThat(AnswerComposer.supported(threshold, threshold, words)).isTrue();
        assertThat(AnswerComposer.supported(threshold - 0.01, threshold - 0.01, words)).isFalse();
    }

    @Test
    void withVectorsAPassageSayingTheSameInOtherWordsMakesUpForMissingWords() {
        // e5 gives related texts cosines around 0.75 and close paraphrases 0.9 and more.
        double coverage = AnswerComposer.ABSTAIN_BELOW_COVERAGE - 0.1;
        assertThat(AnswerComposer.supported(coverage, 0, List.of(hit(OptionalDouble.of(0.75)), hit(OptionalDouble.of(0.9)))))
                .isTrue();
        assertThat(AnswerComposer.supported(coverage, 0, List.of(hit(OptionalDouble.of(0.75))))).isFalse();
    }

    @Test
    void withVectorsFullWordCoverageOfAnUnrelatedPassageIsNotEnough() {
        assertThat(AnswerComposer.supported(0.9, 0, List.of(hit(OptionalDouble.of(0.0))))).isFalse();
        assertThat(EvidenceStrength.evidence(0.9, OptionalDouble.empty())).isEqualTo(0.9);
    }

    @Test
    void aPassageNotYetEmbeddedIsWeighedByItsWordsWhileOthersHaveVectors() {
        // Another article's unrelated vector (0.5) must not sink a well-covered passage that has none yet.
        List<Hit> mixed = List.of(hit(OptionalDouble.of(0.5)), withoutVector());
        double threshold = AnswerComposer.ABSTAIN_BELOW_COVERAGE;
        assertThat(AnswerComposer.supported(threshold, threshold, mixed)).isTrue();
        assertThat(AnswerComposer.supported(threshold, threshold - 0.01, mixed)).isFalse();
    }
}
