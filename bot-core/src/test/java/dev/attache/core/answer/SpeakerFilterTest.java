package dev.attache.core.answer;

import static org.assertj.core.api.Assertions.assertThat;

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
}
