package dev.attache.core.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The year a question asks about as its time, and the question without it. */
class AskedYearTest {

    @Test
    void aYearAfterInOrDuringIsTheQuestionsTime() {
        assertThat(AskedYear.in("What did the Fed say about inflation in 2023?")).hasValue(2023);
        assertThat(AskedYear.in("What did Japan say about the yen during 1987?")).hasValue(1987);
        assertThat(AskedYear.in("What happened in early 2022 in Sri Lanka?")).hasValue(2022);
        assertThat(AskedYear.in("What did the Kremlin say in September 2022?")).hasValue(2022);
        assertThat(AskedYear.in("What did Poehl say in the summer of 1987?")).hasValue(1987);
    }

    @Test
    void aYearThatNamesSomethingOrASeasonIsNone() {
        assertThat(AskedYear.in("Who won the 2022 World Cup?")).isEmpty();
        assertThat(AskedYear.in("What did the coach say in 2022-23?")).isEmpty();
        assertThat(AskedYear.in("How many votes were cast in 350 districts?")).isEmpty();
    }

    @Test
    void theQuestionWithoutItsTime() {
        assertThat(AskedYear.without(" about the yen in 1987?")).isEqualTo(" about the yen?");
        assertThat(AskedYear.without(" about inflation in March 2023")).isEqualTo(" about inflation");
        assertThat(AskedYear.without(" about the 2022 World Cup")).isEqualTo(" about the 2022 World Cup");
    }
}
