package dev.attache.core.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpeakerFilterTest {

    @Test
    void aNameMatchesWhenItHoldsEveryWordAskedForWithoutCaseOrAccents() {
        SpeakerFilter kashin = SpeakerFilter.of("kashin").orElseThrow();
        assertThat(kashin.matches("Vasiliy Kashin")).isTrue();
        assertThat(kashin.matches("Kashina Petrova")).isFalse();
        assertThat(SpeakerFilter.of("Vasiliy  KASHIN").orElseThrow().matches("Vasiliy Kashin")).isTrue();
        assertThat(SpeakerFilter.of("Lopez").orElseThrow().matches("Ana López")).isTrue();
        assertThat(SpeakerFilter.of("Ana López").orElseThrow().matches("Ana Lopez-Garcia")).isTrue();
        assertThat(SpeakerFilter.of("Ana Lopez").orElseThrow().matches("Maria Lopez")).isFalse();
    }

    @Test
    void aNameWithoutLettersOrDigitsIsNoFilter() {
        assertThat(SpeakerFilter.of(" -- ")).isEmpty();
        assertThat(SpeakerFilter.of("")).isEmpty();
    }

    @Test
    void onePersonAskedForByTheirSurnameMatchesShorterFormsOfTheirNameButNoNamesake() {
        SpeakerFilter kamala = SpeakerFilter.ofPerson("Kamala Harris", "Harris").orElseThrow();
        assertThat(kamala.matches("Kamala Harris")).isTrue();
        assertThat(kamala.matches("Harris")).isTrue();
        assertThat(kamala.matches("Kamala D. Harris")).isTrue();
        assertThat(kamala.matches("Glenn Harris")).isFalse();
        assertThat(kamala.matches("Kamala")).isFalse();
    }

    @Test
    void anAcronymAskedInCapitalsMatchesItWithOrWithoutDotsAndNotTheSameLettersAsAWord() {
        SpeakerFilter un = SpeakerFilter.of("UN").orElseThrow();
        assertThat(un.matches("UN")).isTrue();
        assertThat(un.matches("U.N.")).isTrue();
        assertThat(un.matches("UN Security Council")).isTrue();
        assertThat(un.matches("the U.N.'s")).isTrue();
        assertThat(un.matches("Kim Jong Un")).isFalse();
        assertThat(un.matches("United Nations")).isFalse();
        assertThat(SpeakerFilter.of("U.N.").orElseThrow().matches("UN")).isTrue();
        assertThat(SpeakerFilter.of("WHO").orElseThrow().matches("the World Health Organization (WHO)")).isTrue();
        // asked in lower case, the letters are a word as any other
        assertThat(SpeakerFilter.of("un").orElseThrow().matches("Kim Jong Un")).isTrue();
    }

    @Test
    void aBodyAskedForByAnyOfItsFormsMatchesEach() {
        SpeakerFilter un = SpeakerFilter.ofAny(List.of("UN", "United Nations")).orElseThrow();
        assertThat(un.matches("U.N.")).isTrue();
        assertThat(un.matches("United Nations")).isTrue();
        assertThat(un.matches("Kim Jong Un")).isFalse();
        assertThat(un.matches("United Airlines")).isFalse();
        assertThat(SpeakerFilter.ofAny(List.of(" -- "))).isEmpty();
    }
}
