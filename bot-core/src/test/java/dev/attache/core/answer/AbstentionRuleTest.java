package dev.attache.core.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.core.search.Hit;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** When the composer takes the library to have nothing on a question: by words alone, or by words and meaning. */
class AbstentionRuleTest {

    static Hit hit(OptionalDouble similarity) {
        return new Hit("a#0", "a", 1f, "text", 0, List.of(), similarity);
    }

    @Test
    void wordSearchAloneNeedsTheCoverageThreshold() {
        List<Hit> words = List.of(hit(OptionalDouble.empty()));
        assertThat(AnswerComposer.supported(AnswerComposer.ABSTAIN_BELOW_COVERAGE, words)).isTrue();
        assertThat(AnswerComposer.supported(AnswerComposer.ABSTAIN_BELOW_COVERAGE - 0.01, words)).isFalse();
    }

    @Test
    void withVectorsAPassageSayingTheSameInOtherWordsMakesUpForMissingWords() {
        // e5 gives related texts cosines around 0.75 and close paraphrases 0.9 and more.
        double coverage = AnswerComposer.ABSTAIN_BELOW_COVERAGE - 0.1;
        assertThat(AnswerComposer.supported(coverage, List.of(hit(OptionalDouble.of(0.75)), hit(OptionalDouble.of(0.9)))))
                .isTrue();
        assertThat(AnswerComposer.supported(coverage, List.of(hit(OptionalDouble.of(0.75))))).isFalse();
    }

    @Test
    void withVectorsFullWordCoverageOfAnUnrelatedPassageIsNotEnough() {
        assertThat(AnswerComposer.supported(0.9, List.of(hit(OptionalDouble.of(0.0))))).isFalse();
        assertThat(EvidenceStrength.evidence(0.9, OptionalDouble.empty())).isEqualTo(0.9);
    }
}
