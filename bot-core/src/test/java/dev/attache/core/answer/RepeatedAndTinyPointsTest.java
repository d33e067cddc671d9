package dev.attache.core.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An answer does not repeat the same words from two articles, make a quote point of a few quoted
 * words, keep the dash that opened an article's list item, an article's dateline or an interpreter's
 * note, or open a point with a pronoun that names no one out of its article.
 */
class RepeatedAndTinyPointsTest {

    private static final String SHARED = "The harbour board voted on Monday to dredge the northern basin before the autumn "
            + "fishing season, at a cost of 14 million dollars.";

    @TempDir
    Path data;

    @Test
    void aSentenceTwoArticlesShareIsOnePoint() throws Exception {
        Answer answer = answer("When will the harbour board dredge the northern basin?",
                "Board approves dredging\n\n" + SHARED + " Crews will start in June.",
                "Northern basin to be dredged\n\n" + SHARED + " The fishing fleet welcomed the decision.");

        assertThat(answer.points()).filteredOn(p -> p.text().contains("voted on Monday to dredge")).hasSize(1);
    }

    @Test
    void aSentenceAnotherArticleRepeatsInNearlyTheSameWordsIsOnePoint() throws Exception {
        Answer answer = answer("What did the mayor promise on dredging the northern basin?",
                "Mayor promises dredging\n\nMayor Tova Lind also promised to dredge the northern basin before the autumn "
                        + "fishing season. Crews will start in June.",
                "Dredging promised\n\nLind also promised to dredge the northern basin before the autumn fishing season. "
                        + "The fishing fleet welcomed the promise.");

        assertThat(answer.points()).filteredOn(p -> p.text().contains("promised to dredge the northern basin")).hasSize(1);
    }

    @Test
    void aRoundupOfOtherNewsLendsNoVoicesThatSayNothingOnTheQuestion() throws Exception {
        String roundup = "News from around the coast\n\nPort Orin: The harbour board met. Harbour board members said the "
                + "harbour board's harbour lights need work.\n\nVell: “The fair was the best we ever had, and the weather held "
                + "all week,” said Tia Marsh, who ran the village fair.";
        String onTopic = "A vote at last\n\nOn Monday it was decided to dredge the northern basin in June, after years of "
                + "talk among the skippers, the ferry line and the town about how deep the water should be and who "
                + "should pay for the work that the old quays need. The skippers had asked for it since the storms of "
                + "the last two winters, and the ferry line had warned that its larger boats could not dock at low tide.";

        // the roundup ranks first by its words, but only one item of it touches the question
        Answer answer = answer("What did the harbour board decide about the northern basin?", roundup, onTopic);
        assertThat(answer.points()).isNotEmpty().noneSatisfy(p -> assertThat(p.text()).contains("fair"));
    }

    @Test
    void aDigestWhoseItemCoversTheQuestionLendsNoVoicesThatSayNothingOnIt() throws Exception {
        String otherNews = "The coastal line added two ferries for the summer, the village fair drew record crowds, "
                + "and the old lighthouse on the point reopened to visitors after three years of repairs. ";
        String digest = "Tuesday's briefing\n\n" + otherNews.repeat(4) + "\n\nTia Marsh, who ran the fair, said: "
                + "“The fair was the best we ever had, and the weather held all week.”\n\n"
                + "Dredging the northern basin\n\nThe harbour board decided on Monday to dredge the northern basin in June, "
                + "before the autumn fishing season.";

        // the digest's item covers the whole question, but its lead is the day's other news
        Answer answer = answer("What did the harbour board decide about the northern basin?", digest);
        assertThat(answer.points()).anySatisfy(p -> assertThat(p.text()).contains("dredge the northern basin"))
                .noneSatisfy(p -> assertThat(p.text()).contains("fair"));
    }

    @Test
    void aQuotationOfAFewWordsIsNoQuotePointOfItsOwn() throws Exception {
        Answer answer = answer("Who said harbour lights forever?",
                "Harbour festival closes\n\nThe harbour festival closed on Sunday with a concert on the quay. "
                        + "Jo Hale, the festival director, said: “Harbour lights forever.”");

        assertThat(answer.points()).isNotEmpty().noneSatisfy(p -> assertThat(p.kind()).isEqualTo(Point.Kind.QUOTE));
    }

    @Test
    void aListItemsDashIsNotPartOfItsPoint() throws Exception {
        Answer answer = answer("What does the dredged northern basin mean for the fishing fleet?",
                "What the dredging means\n\nThe board listed what the work brings.\n\n"
                        + "— To the fishing fleet, the dredged northern basin means deeper berths before the autumn season.\n\n"
                        + "-- To the ferry line, it means fewer delays at low tide.");

        assertThat(answer.points()).anySatisfy(p -> assertThat(p.text()).startsWith("To the fishing fleet"))
                .noneSatisfy(p -> assertThat(p.text()).startsWith("—"))
                .noneSatisfy(p -> assertThat(p.text()).startsWith("-"));
    }

    @Test
    void aStatementOpeningWithItsSpeakersPronounNamesThemInBrackets() throws Exception {
        Answer answer = answer("When will the northern basin be dredged?",
                "Mayor on the dredging\n\nTova Lind, the harbour mayor, met the board on Monday.\n\n"
                        + "She said that the northern basin would be dredged before the autumn fishing season.");

        assertThat(answer.points()).anySatisfy(p -> assertThat(p.text())
                .startsWith("[Tova Lind] said that the northern basin would be dredged"));
    }

    @Test
    void aPronounInAStatementsReportingClauseIsNamedInBrackets() throws Exception {
        Answer answer = answer("When will the board decide on dredging the northern basin?",
                "Mayor on the dredging\n\nTova Lind, the harbour mayor, met the board on Monday.\n\n"
                        + "On Wednesday the board will decide on dredging the northern basin, she said, adding that the "
                        + "work would start in June.");

        assertThat(answer.points()).anySatisfy(p -> assertThat(p.text())
                .contains("northern basin, she [Tova Lind] said, adding that the work would start in June."));
    }

    @Test
    void aPronounInALaterReportOfTheSameSpeakerIsNamedToo() throws Exception {
        Answer answer = answer("What would an oil spill in the northern basin do to the harbour?",
                "Harbour risks\n\nTia Marsh, director of the Harbour Observatory, spoke on Monday. Marsh warned that "
                        + "the stakes rise with every tanker. An oil spill in the northern basin, she said, would ruin the "
                        + "harbour's fishing grounds for a decade.");

        assertThat(answer.points()).anySatisfy(p -> assertThat(p.text()).startsWith("An oil spill in the northern basin, "
                + "she [Tia Marsh] said"));
    }

    @Test
    void aDatelineOpeningTheArticleIsNotPartOfItsPoint() throws Exception {
        Answer answer = answer("When will the harbour board dredge the northern basin?",
                "Board approves dredging\n\nPort Orin (Harbor Radio) The harbour board will dredge the northern basin "
                        + "in June, before the autumn fishing season.",
                "Dredging starts soon\n\n(Harbor Radio) The harbour board will dredge the northern basin with two crews.");

        assertThat(answer.points()).anySatisfy(p -> assertThat(p.text()).startsWith("The harbour board will dredge"))
                .noneSatisfy(p -> assertThat(p.text()).contains("Harbor Radio"));
    }

    @Test
    void anAgencyStyleDatelineAndAPageLabelAreNoPartOfAnyPoint() throws Exception {
        Answer answer = answer("When will the harbour board dredge the northern basin?",
                "Board approves dredging\n\nPORT ORIN, Harbor County — The harbour board will dredge the northern basin "
                        + "in June, before the autumn fishing season.\n\nJUST WATCHED See how the harbour board voted to dredge "
                        + "the northern basin Replay More Videos ...\n\nMAY 03: In this aerial view, dredgers wait in the northern "
                        + "basin on May 3, 2024 in Port Orin.\n\ntime the harbour board has dredged the northern basin since "
                        + "the storms of last winter.\n\nHide Caption 3 of 12 Photos: Harbour board Dredgers wait in the northern "
                        + "basin in June.\n\nCrews will start in June.");

        assertThat(answer.points()).anySatisfy(p -> assertThat(p.text()).startsWith("The harbour board will dredge"))
                .noneSatisfy(p -> assertThat(p.text()).contains("PORT ORIN"))
                .noneSatisfy(p -> assertThat(p.text()).contains("JUST WATCHED"))
                .noneSatisfy(p -> assertThat(p.text()).contains("aerial view"))
                .noneSatisfy(p -> assertThat(p.text()).startsWith("time the harbour board"))
                .noneSatisfy(p -> assertThat(p.text()).contains("Hide Caption"));
    }

    @Test
    void aGallerysLabelRunIntoItsCaptionIsNoPoint() throws Exception {
        Answer answer = answer("When will the harbour board dredge the northern basin?",
                "Board approves dredging\n\nThe harbour board voted on Monday: the dredging starts in June.",
                "Dredging in pictures\n\nPhotos: Northern basin Dredgers of the harbour board dredge the northern basin "
                        + "at night. Hide Caption 1 of 9");

        assertThat(answer.points()).isNotEmpty().noneSatisfy(p -> assertThat(p.text()).startsWith("Photos:"));
    }

    @Test
    void aSentenceThatOnlyLeadsIntoAQuoteIsNoPoint() throws Exception {
        Answer answer = answer("What did harbour master Tova Lind say on Monday?",
                "Dredging the basin\n\nHarbour master Tova Lind put it bluntly on Monday.\n\nThe dredging of the northern "
                        + "basin will close the fishing berths for a month, the harbour master said.");

        assertThat(answer.points()).anySatisfy(p -> assertThat(p.text()).startsWith("The dredging of the northern basin"))
                .noneSatisfy(p -> assertThat(p.text()).contains("put it bluntly"));
    }

    @Test
    void aSpeechsSalutationIsNoPoint() throws Exception {
        Answer answer = answer("What did the Harbor Republic ask the Leaders of Member Countries and Heads of Delegations?",
                "Harbor Republic at the General Debate\n\nExcellencies, Leaders of Member Countries and Heads of "
                        + "Delegations.\n\nThe Harbor Republic asks the Member Countries to fund the dredging of the "
                        + "northern basin this year.");

        assertThat(answer.points()).anySatisfy(p -> assertThat(p.text()).startsWith("The Harbor Republic asks"))
                .noneSatisfy(p -> assertThat(p.text()).startsWith("Excellencies"));
    }

    @Test
    void aPhotoCaptionWithItsCreditIsNoPoint() throws Exception {
        Answer answer = answer("What did the mayor say about the northern pier repairs?",
                "Pier repairs\n\nDara Holm/The Harbor Weekly/Redux The mayor's hands are seen during a meeting about "
                        + "the northern pier repairs in October.\n\nThe mayor said the northern pier repairs would start "
                        + "in spring.");

        assertThat(answer.points()).anySatisfy(p -> assertThat(p.text()).startsWith("The mayor said"))
                .noneSatisfy(p -> assertThat(p.text()).contains("Redux"));
    }

    @Test
    void anInterpretersNoteIsNotPartOfItsPoint() throws Exception {
        Answer answer = answer("What does the dredged northern basin mean for the fishing fleet?",
                "Debate on the harbour\n\nThe council met on Monday.\n\n(spoke in French) For the fishing fleet, "
                        + "the dredged northern basin means deeper berths before the autumn season.");

        assertThat(answer.points()).anySatisfy(p -> assertThat(p.text()).startsWith("For the fishing fleet"))
                .noneSatisfy(p -> assertThat(p.text()).contains("spoke in"));
    }

    @Test
    void aQuotedTitleIsNoQuotePoint() throws Exception {
        Answer answer = answer("Going down harbour road: the strike of 1968 and the last campaign of the dock union",
                "Books of the season\n\nThe historian Jo Hale wrote “Going Down Harbour Road: The Strike of 1968 and "
                        + "the Last Campaign of the Dock Union”.");

        assertThat(answer.points()).isNotEmpty()
                .noneSatisfy(p -> assertThat(p.text()).startsWith("Going Down Harbour Road"));
    }

    @Test
    void aQuotedTitleWithARomanNumeralIsNoQuotePoint() throws Exception {
        Answer answer = answer("What were the themes of the Harbor Bowl halftime shows?",
                "Every Harbor Bowl halftime show theme\n\nThe halftime shows of the Harbor Bowl had themes.\n\n"
                        + "Harbor Bowl XVII: “A Salute to the Harbor Bands”\n\n"
                        + "Harbor Bowl XVIII: “Harbor Bowl XVIII Carnival of the Halftime Show”\n\n"
                        + "Harbor Bowl XIX: “A World of Harbor Dreams”");

        assertThat(answer.points()).isNotEmpty()
                .noneSatisfy(p -> assertThat(p.kind()).isEqualTo(Point.Kind.QUOTE));
    }

    @Test
    void wordsInCapitalsAreShoutedNotATitle() throws Exception {
        Answer answer = answer("Will the dockers go back to the old pay?",
                "Dock strike ends\n\nThe dock strike ended in April. The dock union's leader, Jo Hale, said: "
                        + "“WE WILL NOT GO BACK TO THE OLD PAY.”");

        assertThat(answer.points()).anySatisfy(p -> {
            assertThat(p.kind()).isEqualTo(Point.Kind.QUOTE);
            assertThat(p.text()).startsWith("WE WILL NOT GO BACK");
        });
    }

    @Test
    void wordsQuotedInsideTheWritersSentenceAreNoQuotePoint() throws Exception {
        String dredging = "The harbour board voted on Monday to dredge the northern basin before the autumn season. The "
                + "work will deepen the berths by two metres, allow the larger trawlers to land their catch at any tide, "
                + "and end the long queues that have kept boats waiting outside the breakwater for hours on the busiest "
                + "days of the summer. The contract goes to a firm from the south coast that dredged the ferry port last "
                + "year, and the board expects the first barges to arrive in the second week of August, weather "
                + "permitting, with the whole job finished before the herring boats return in October.";
        Answer answer = answer("Will the harbour board dredge the northern basin?",
                "Harbour dredging approved\n\n" + dredging + "\n\nThe board also heard about safety on the quays. "
                        + "About 400 fishermen are “admitted to harbour hospitals each year with injuries from winches "
                        + "and nets,” according to the Harbor Weekly.");

        // the quoted words lack their subject ("About 400 fishermen are"): no voice of the Harbor Weekly
        assertThat(answer.points()).isNotEmpty().noneSatisfy(p -> assertThat(p.text()).startsWith("admitted"));
    }

    @Test
    void aLinksLabelRunIntoItsTitleIsNoPoint() throws Exception {
        Answer answer = answer("What happened in the life of the harbour master Jo Hale?",
                "Harbour master retires\n\nTimeline:The life of harbour master Jo Hale in pictures.\n\n"
                        + "The harbour master Jo Hale retired on Friday after forty years in the life of the port.");

        assertThat(answer.points()).anySatisfy(p -> assertThat(p.text()).startsWith("The harbour master Jo Hale retired"))
                .noneSatisfy(p -> assertThat(p.text()).startsWith("Timeline"));
    }

    @Test
    void aLinksLabelEndingInQuotedWordsIsNoPoint() throws Exception {
        Answer answer = answer("What did the harbour master Jo Hale say about the dredging?",
                "Harbour master speaks\n\nHarbour master Jo Hale calls dredging plan ‘reckless’ and ‘costly’\n\n"
                        + "The harbour master Jo Hale said on Friday that the dredging plan would cost the port its "
                        + "summer season.");

        assertThat(answer.points()).anySatisfy(p -> assertThat(p.text()).startsWith("The harbour master Jo Hale said"))
                .noneSatisfy(p -> assertThat(p.text()).contains("‘costly’"));
    }

    /** The answer to {@code question} from a words-only library of {@code articles}. */
    private Answer answer(String question, String... articles) throws Exception {
        return WordsOnlyLibrary.answer(data, question, articles);
    }
}
