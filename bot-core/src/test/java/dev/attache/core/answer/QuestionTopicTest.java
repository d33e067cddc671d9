package dev.attache.core.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A question that asks for someone's words about something ("What did analysts say about Arctic shipping?") is
 * answered from passages about that something: the words that ask for the speaker ("analysts") do not make a passage
 * about another subject a point.
 */
class QuestionTopicTest {

    private static final String ARCTIC = "Arctic route doubles its traffic\n\nCommercial transits through the Arctic sea "
            + "route reached 118 this summer, more than double the year before, as melting ice opened the passage for "
            + "longer. “A carrier can gamble with one ship, but it cannot promise a delivery date on a route that might "
            + "close three weeks early,” said Tia Kasp, head of Arctic research at Holm Freight Analytics.";
    private static final String EXPORT_CONTROLS = "New curbs on chip tools\n\nAnalysts said the export controls announced "
            + "on Monday by Vell would delay the new chip plant by two years. “The controls bite where it hurts, in the "
            + "machines that no one else can build,” said Omar Rennick, a senior analyst at Holm Securities.";
    private static final String HARBOUR = "Harbour dredging approved\n\nThe harbour board voted on Monday to dredge the "
            + "northern basin before the autumn fishing season, at a cost of 14 million dollars.";
    private static final String ELECTION = "Election date set\n\nThe election commission set the vote for the first "
            + "Sunday in June and promised to publish every polling station's count within a day.";

    @TempDir
    Path data;

    @Test
    void aPassageHoldingOnlyTheWordsThatAskForTheSpeakerIsNoPoint() throws Exception {
        Answer answer = answer("What did analysts say about Arctic shipping?", ARCTIC, EXPORT_CONTROLS, HARBOUR, ELECTION);

        assertThat(answer.status()).isEqualTo(Answer.Status.ANSWERED);
        assertThat(answer.points()).anySatisfy(p -> assertThat(p.text()).contains("cannot promise a delivery date"))
                .noneSatisfy(p -> assertThat(p.text()).containsAnyOf("controls", "chip"));
    }

    @Test
    void aNamedSpeakersWordsOnAnotherSubjectAreNoPoint() throws Exception {
        Answer answer = answer("What did Rennick say about Arctic shipping?", ARCTIC, EXPORT_CONTROLS, HARBOUR, ELECTION);

        // he is not quoted on it: the answer is what others said on it, not his words on chip tools
        assertThat(answer.points()).isNotEmpty().noneSatisfy(p -> assertThat(p.text()).containsAnyOf("controls", "chip"));
    }

    @Test
    void theArticlesTitleMayNameWhatThePassageTakesAsGiven() throws Exception {
        // the speech never says "UN": its title does
        String speech = "Kestria at the 40th session of the UN General Debate\n\nKestria has always supported general and "
                + "complete disarmament under strict international control, and it will table new proposals on the "
                + "reduction of armed forces this autumn.";

        Answer answer = answer("What did Kestria say about disarmament at the UN?", speech, HARBOUR, ELECTION);

        assertThat(answer.status()).isEqualTo(Answer.Status.ANSWERED);
        assertThat(answer.points()).anySatisfy(p -> assertThat(p.text()).contains("complete disarmament"));
    }

    @Test
    void theYearAskedAboutIsWhenNotWhatAbout() throws Exception {
        // the report does not write its year, another article does, and more name carriers than name 2024: were the
        // year a word of the subject, the report would cover too little of it
        String budget = "Budget adopted\n\nThe council adopted the town's budget for 2024 on Monday.";
        String airline = "Airline expands\n\nThe national carrier added two routes to the south on Friday.";
        String pigeons = "Pigeon show\n\nA carrier pigeon club held its show at the town hall on Sunday.";
        Answer answer = answer("What did Kasp say about carriers in 2024?", ARCTIC, EXPORT_CONTROLS, HARBOUR,
                ELECTION, budget, airline, pigeons);

        assertThat(answer.status()).isEqualTo(Answer.Status.ANSWERED);
        assertThat(answer.points()).anySatisfy(p -> assertThat(p.text()).contains("cannot promise a delivery date"));
    }

    private Answer answer(String question, String... articles) throws Exception {
        return WordsOnlyLibrary.answer(data, question, articles);
    }
}
