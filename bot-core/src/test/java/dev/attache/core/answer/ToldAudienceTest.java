package dev.attache.core.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Whom "told" names in a quote's lead-in, read from the words after it. */
class ToldAudienceTest {

    @Test
    void anAudienceEndsAtTheFirstWordThatIsNoPartOfIt() {
        assertThat(AnswerComposer.audience(" reporters aboard Air Force One, but added ")).isEqualTo("reporters");
        assertThat(AnswerComposer.audience(" Sputnik. The talks ")).isEqualTo("Sputnik");
        assertThat(AnswerComposer.audience(" the BBC on Tuesday that ")).isEqualTo("the BBC");
        assertThat(AnswerComposer.audience(" CNN’s Becky Anderson on Thursday. ")).isEqualTo("CNN’s Becky Anderson");
        assertThat(AnswerComposer.audience(" Fox News, adding that ")).isEqualTo("Fox News");
        assertThat(AnswerComposer.audience(" a\nnews conference.\n REUTER")).isEqualTo("a news conference");
        assertThat(AnswerComposer.audience(" a reporter he would ")).isEqualTo("a reporter");
        assertThat(AnswerComposer.audience(" the crowd in Ohio that ")).isEqualTo("the crowd");
    }

    @Test
    void noAudienceWhenItIsTooLongOrAbsent() {
        assertThat(AnswerComposer.audience(" “We will stay,” and ")).isEmpty();
        assertThat(AnswerComposer.audience(" The Harbor Valley Weekly Review Editors ")).isEmpty();
        assertThat(AnswerComposer.audience(" Reuters that the pier is clo")).isEqualTo("Reuters");
    }
}
