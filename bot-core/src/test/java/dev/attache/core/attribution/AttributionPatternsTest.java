package dev.attache.core.attribution;

import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.attache.core.attribution.AttributionProbe.find;
import static dev.attache.core.attribution.AttributionProbe.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Source–cue–content patterns beyond the basic ones (see {@link AttributionExtractorTest}), each on
 * sentences about fictional people written for this test.
 */
class AttributionPatternsTest {

    private final AttributionExtractor extractor = new AttributionExtractor();

    private static String speaker(Attribution a) {
        return a.speaker().map(Speaker::name).orElse(null);
    }

    @Test
    void appositiveWithAgeAndPlaceCommasBeforeTheCue() {
        String t = "Nadia Rahn, 52, a teacher in Elmford, Idaho, said the school had closed.";
        Attribution a = find(t, "the school");
        assertTrue(source(t, a).startsWith("Nadia Rahn"));
        assertEquals("Nadia Rahn", speaker(a));
    }

    @Test
    void relativeClauseWithAVerbOfSayingInsideTheAppositive() {
        String t = "Senator Ola Brand, a Harbor Party veteran who has mentioned the dam often, said the vote would pass.";
        Attribution a = find(t, "the vote");
        assertEquals("Ola Brand", speaker(a));
    }

    @Test
    void partyAndStateInParenthesesBetweenNameAndCue() {
        String t = "Rep. Aldo Brisk (D-Ore.) said the bill would pass.";
        assertEquals("Aldo Brisk", speaker(find(t, "the bill")));
        String t2 = "Gov. Mira Tan (R-Utah), said, “I am ready.”";
        Attribution b = find(t2, "“I am ready");
        assertEquals("Mira Tan", speaker(b));
        assertTrue(b.direct());
    }

    @Test
    void secondVerbOfACoordinatedSentenceTakesItsSubject() {
        String t = "Paul Ostrow voted on Monday and says he backed the smaller plan.";
        Attribution a = find(t, "he backed");
        assertEquals("Paul Ostrow", source(t, a));
    }

    @Test
    void nestedSingleQuoteClosedWithTheOuterQuoteBeforeAnInvertedCue() {
        String t = "“I remember a man who said, ‘The river is rising,’” said Ines Kahl.";
        Attribution a = find(t, "“I remember");
        assertEquals("Ines Kahl", speaker(a));
        assertTrue(a.direct());
    }

    @Test
    void quoteAfterASentenceInWhichThePersonSpeaks() {
        String t = "Lena Voigt spoke at a rally in Dorne on Tuesday.\n\n“The water is ours and it stays ours.”";
        Attribution a = find(t, "“The water");
        assertEquals("Lena Voigt", source(t, a));
        assertTrue(a.direct());
    }

    @Test
    void pronounSourceResolvesToThePersonOfThePreviousSentence() {
        String t = "Tova Lind spoke to reporters after the vote. “We will not give up,” she said.";
        Attribution a = find(t, "“We will");
        assertEquals("she", source(t, a));
        assertEquals("Tova Lind", speaker(a));
    }

    @Test
    void aPronounSkipsAPlaceNamedAfterThePerson() {
        String t = "According to Tova Lind, the radar would cover the channel south of Cape Morra and Port Elsin. "
                + "She estimated that it would cost 40 million dollars.";
        Attribution a = find(t, "it would cost");
        assertEquals("She", source(t, a));
        assertEquals("Tova Lind", speaker(a));
    }

    @Test
    void aPronounAfterTheSentenceThatNamedThePersonTakesItsSubject() {
        String t = "At the close of her visit to the port, Tova Lind handed Governor Ivo Marsh and Mayor Pia Hale a map "
                + "of the new channel.\n\n“This is where the ships will come in,” she said.";
        assertEquals("Tova Lind", speaker(find(t, "“This is where")));
        String male = "Arno Vick thanked Senator Ivo Marsh for the grant. “We will build the school by winter,” he said.";
        assertEquals("Arno Vick", speaker(find(male, "“We will build")));
        String dated = "Arno Vick on Tuesday thanked Senator Ivo Marsh for the grant. “We will build it by May,” he said.";
        assertEquals("Arno Vick", speaker(find(dated, "“We will build")));
    }

    @Test
    void aPronounInTheSameSentenceStillTakesTheNearestPerson() {
        String t = "Pia Hale thanked Arno Vick after he told the council the fund is “open for all.”";
        assertEquals("Arno Vick", speaker(find(t, "the fund is")));
    }

    @Test
    void aSubjectPronounCarriesItsPersonOn() {
        String t = "To the farmers, weary of a dry summer and of the prices, Arno Vick showed that the fund is real and "
                + "that Ivo Marsh means it when he said it would last.\n\n"
                + "And to the millers, he proved that they are not alone.\n\n"
                + "“We will open the mills again, maybe by candlelight,” he said.";
        assertEquals("Arno Vick", speaker(find(t, "“We will open")));
    }

    @Test
    void aNameModifyingTheNextOneIsNotTheSubject() {
        String t = "Tova Lind leads the race. On Monday night, Lind campaign manager Arno Vick released a memo.\n\n"
                + "He writes that Lind has “an insurmountable lead.”";
        assertEquals("Arno Vick", speaker(find(t, "Lind has")));
    }

    @Test
    void anOpeningPhraseIsNotTheSubject() {
        String t = "In June, after Pia Hale suffered a fall, Arno Vick sent her flowers. "
                + "He also said that the harbour “needs her back.”";
        assertEquals("Arno Vick", speaker(find(t, "the harbour")));
    }

    @Test
    void whoAnswersAQuestionIsTheOneAsked() {
        String t = "Pia Hale then asked Arno Vick which towns he could win.\n\n"
                + "“We feel great in every one of them,” he said.";
        assertEquals("Arno Vick", speaker(find(t, "“We feel great")));
    }

    @Test
    void theReporterOfASentenceIsHeardNextOverItsSubject() {
        String t = "But Pia Hale would do well to start “building bridges” to the farmers, said Arno Vick, a former adviser.\n\n"
                + "“It seems certain the vote will go on,” he said.";
        assertEquals("Arno Vick", speaker(find(t, "“It seems certain")));
    }

    @Test
    void aDescriptionAfterTheStandsForThePersonNamedBefore() {
        String t = "But Senate Minority Leader Ivo Marsh restated his opposition on Tuesday to a new canal.\n\n"
                + "“The river already knows its way,” the Kentucky Republican said.";
        assertEquals("Ivo Marsh", speaker(find(t, "“The river")));
        String role = "Ukrainian President Arno Vick met Russian President Pia Hale in June. "
                + "The Ukrainian President said that the talks had “gone nowhere.”";
        assertEquals("Arno Vick", speaker(find(role, "the talks")));
    }

    @Test
    void aDescriptionDoesNotStandForSomeoneNamedBesideIt() {
        String t = "Committee Chairman Ivo Marsh on Tuesday asked for another inquiry into the port.\n\n"
                + "In the letter – addressed to the attorney Pia Hale – the Utah Republican says that the records “were erased.”";
        assertEquals("Ivo Marsh", speaker(find(t, "the records")));
    }

    @Test
    void aDescriptionIsNoPersonOfItsOwn() {
        String t = "Senator Ivo Marsh spoke first. The Nevada Democrat thanked the voters.\n\n"
                + "“We will win this state again,” he said.";
        assertEquals("Ivo Marsh", speaker(find(t, "“We will win")));
        String paper = "The New Hampshire Union Leader said that the race was “wide open.”";
        assertTrue(speaker(find(paper, "the race")).contains("Union Leader"));
    }

    @Test
    void aNameModifyingACommonNounNamesNoOne() {
        String t = "Tova Lind spoke in Ames on Monday. The Lind campaign said that turnout was “far above the plan.”";
        assertEquals("the Lind campaign", speaker(find(t, "turnout was")));
        String government = "The Mexican government said that the border crossing would “stay open.”";
        assertEquals("the Mexican government", speaker(find(government, "the border crossing")));
    }

    @Test
    void aRoleWithAPlaceStandsForThePersonIntroducedSo() {
        String t = "Ohio Gov. Arno Vick spoke first, and Senator Ivo Marsh spoke after him.\n\n"
                + "“The plant stays,” the Ohio governor said.";
        assertEquals("Arno Vick", speaker(find(t, "“The plant stays")));
        String unknown = "Senator Ivo Marsh spoke first.\n\n“The plant stays,” the Iowa governor said.";
        assertEquals("the Iowa governor", speaker(find(unknown, "“The plant stays")));
        String after = "Vermont Sen. Ivo Marsh and Senator Pia Hale spoke.\n\n“The plant stays,” the senator from Vermont said.";
        assertEquals("Ivo Marsh", speaker(find(after, "“The plant stays")));
    }

    @Test
    void aCreditLineIsNoStatement() {
        String t = "The ferry will run again in May, the harbour board said.\n\nContributing: Tova Lind.\n\n"
                + "Additional reporting by Arno Vick.";
        assertTrue(new AttributionExtractor().extract(t, ArticleContext.none()).stream()
                .noneMatch(a -> a.speaker().filter(s -> s.name().startsWith("Contributing")).isPresent()));
    }

    @Test
    void moneyThatSupportsSomethingSaysNothing() {
        String t = "The harbour study will take two years.\n\nEnvironmental coverage in the Harbour Ledger is supported "
                + "by a grant from the Tova Lind Charitable Trust.\n\nThe plan is supported by the harbour board.";
        List<Attribution> found = new AttributionExtractor().extract(t, ArticleContext.none());
        assertTrue(found.stream().noneMatch(a -> a.content().of(t).startsWith("Environmental coverage")), found::toString);
        assertTrue(found.stream().anyMatch(a -> a.content().of(t).startsWith("The plan")), found::toString); // a body does
    }

    @Test
    void aCapitalizedFirstWordBeforeALowerCaseNounIsNoName() {
        String t = "Tova Lind spoke at the rally on Friday. Lind supporters said that “she will carry the county.” "
                + "Store managers say they are noticing “new first-time shoplifters” this year.";
        assertEquals("lind supporters", speaker(find(t, "“she will")));
        assertEquals("store managers", speaker(find(t, "they are noticing")));
        String named = "Lind, the harbour mayor, said that “the pier will open in May.”";
        assertEquals("Lind", speaker(find(named, "“the pier")));
    }

    @Test
    void aContractedPronounIsNoName() {
        String t = "Ruth Adler runs the ferry. I’ll tell you what she said: “The river does not wait.”";
        assertTrue(new AttributionExtractor().extract(t, ArticleContext.none()).stream()
                .noneMatch(a -> a.speaker().filter(s -> s.isNamed() && s.name().startsWith("I")).isPresent()));
    }

    @Test
    void quoteInterruptedByALongReportingClauseIsOneDirectAttribution() {
        String t = "“We cannot wait,” Ruth Adler said as a crowd gathered outside the hall. “The river does not wait.”";
        Attribution a = find(t, "“We cannot");
        assertTrue(a.content().of(t).endsWith("“The river does not wait.”"));
        assertTrue(a.direct());
        assertEquals("Ruth Adler", speaker(a));
    }

    @Test
    void mixedQuoteRunsOnIntoASubordinateClauseWithoutAComma() {
        String t = "Paul Ostrow says he is “ready to lead” as he faces a hard test.";
        Attribution a = find(t, "he is");
        assertEquals("he is “ready to lead” as he faces a hard test", a.content().of(t));
        assertFalse(a.direct());
    }

    @Test
    void askedWhetherIntroducesAQuestionWithoutASource() {
        String t = "Asked whether the dam would hold, the engineer said that it would hold for a decade.";
        Attribution a = find(t, "whether the dam");
        assertEquals("whether the dam would hold", a.content().of(t));
        assertTrue(a.source().isEmpty());
    }

    @Test
    void anExpectationWithoutAHolderHasNoSource() {
        String t = "The council is expected to vote on the budget on Friday.";
        Attribution a = find(t, "The council");
        assertTrue(a.source().isEmpty());
        assertEquals("is expected", a.cue().orElseThrow().of(t));
        assertFalse(a.direct());
    }

    @Test
    void impressionsAndPassiveQuestionsHaveNoSource() {
        String t = "The panel seemed ready to approve the dam.";
        Attribution a = find(t, "The panel");
        assertTrue(a.source().isEmpty());
        assertEquals("seemed", a.cue().orElseThrow().of(t));
        String t2 = "Ruth Adler was asked what she thought of the dam.";
        Attribution b = find(t2, "what she thought");
        assertTrue(b.source().isEmpty());
    }

    @Test
    void possessiveNounCue() {
        String t = "Mayor Ruth Adler visited the dam. Adler’s claim that the river was safe surprised engineers.";
        Attribution a = find(t, "the river was safe");
        assertEquals("Adler", source(t, a));
        assertEquals("Ruth Adler", speaker(a));
    }

    @Test
    void timePhraseBetweenSubjectAndCue() {
        String t = "Mayor Ruth Adler on Saturday tweeted that the bridge would reopen.";
        Attribution a = find(t, "the bridge");
        assertEquals("Ruth Adler", speaker(a));
        String t2 = "Hours later, Ruth Adler wrote that the bridge would reopen.";
        assertEquals("Ruth Adler", speaker(find(t2, "the bridge")));
    }

    @Test
    void pollSharesAreSources() {
        String t = "On taxes, 42% say the plan is unfair. Nearly six in 10 say they would vote again.";
        assertEquals("42%", source(t, find(t, "the plan is unfair")));
        assertEquals("Nearly six in 10", source(t, find(t, "they would vote again")));
        assertEquals("nearly six in 10", speaker(find(t, "they would vote again")), "a share is no person");
    }

    @Test
    void progressiveCueIsAFiniteVerbNotAParticipleClause() {
        String t = "Governor Lena Park is warning that the levee may fail.";
        Attribution a = find(t, "the levee");
        assertEquals("Lena Park", speaker(a));
    }

    @Test
    void topicPrepositionAfterACueOpensTheContent() {
        String t = "Mayor Ivo Kral warned of the dangers of a second flood.";
        Attribution a = find(t, "the dangers");
        assertEquals("Ivo Kral", speaker(a));
    }

    @Test
    void stanceVerbNeedsNoThatClause() {
        String t = "Councilwoman Rita Voss criticized the budget for its cuts to schools.";
        Attribution a = find(t, "the budget");
        assertEquals("Rita Voss", speaker(a));
    }

    @Test
    void passiveCueTakesTheAgentAsSourceAndTheClauseAsContent() {
        String t = "The mayor has been criticized by several council members for delaying the vote.";
        Attribution a = find(t, "The mayor");
        assertEquals("several council members", source(t, a));
        String t2 = "Dara Holm was not convinced.";
        assertTrue(extractor.extract(t2, ArticleContext.none()).isEmpty(), "a state is no attribution");
    }

    @Test
    void quotationGovernedByAnyVerbInsideASentence() {
        String t = "Senator Omar Lind summed up the treaty as “a gift to our rivals and nothing more.”";
        Attribution a = find(t, "up the treaty");
        assertEquals("Omar Lind", speaker(a));
        assertTrue(a.direct());
    }

    @Test
    void shortTitlesInsideASentenceAreNotQuotes() {
        String t = "Tova Rinn stars in “Harbor Lights” at the city theater.";
        assertTrue(extractor.extract(t, ArticleContext.none()).stream().noneMatch(Attribution::direct));
    }

    @Test
    void quotationSignedWithADash() {
        String t = "What readers wrote.\n\n“The bridge should have been repaired years ago.” ― Mila Sorn\n"
                + "“Nobody asked us.”― Petr Alby\n\n\"We will rebuild it.\"\n\n-Mayor Ivo Kral, writing after the vote.";
        assertEquals("Mila Sorn", speaker(find(t, "“The bridge")));
        assertEquals("Petr Alby", speaker(find(t, "“Nobody")));
        assertEquals("Ivo Kral", speaker(find(t, "\"We will")));
    }

    @Test
    void tripleApostropheClosesTheInnerQuoteThenTheOuter() {
        String t = "The campaign changed. ''I would call it 'old-school,''' said Tomas Ebb, a donor. ''It works.''";
        Attribution a = find(t, "''I would");
        assertEquals("Tomas Ebb", speaker(a));
        assertTrue(a.direct());
    }

    @Test
    void quotationAloneIsTheContentWhenANewClauseFollowsIt() {
        String t = "The members will meet, but Ana Ruiz said, “It is time we change how we do it,” promising a return.";
        Attribution a = find(t, "“It is time");
        assertEquals("“It is time we change how we do it,”", a.content().of(t));
    }

    @Test
    void capitalizedCueInsideATitleCaseHeadline() {
        String t = "Mayor Kral Says The Bridge Will Reopen In May.\n\nThe mayor spoke on Monday.";
        Attribution a = find(t, "The Bridge");
        assertEquals("Mayor Kral", source(t, a));
    }

    @Test
    void negatedCueIsStillACue() {
        String t = "Lena Park did not say whether the levee would hold.";
        assertEquals("Lena Park", speaker(find(t, "whether the levee")));
    }

    @Test
    void insertedPhraseAndFloatingQuantifierBetweenSubjectAndCue() {
        String t = "Farmers -- including Dara Holm -- quickly accused the board of ignoring them.";
        assertEquals("Farmers", source(t, find(t, "the board")));
        String t2 = "Port engineers all agree that the crane is unsafe.";
        assertEquals("Port engineers", source(t2, find(t2, "the crane")));
    }

    @Test
    void paragraphOpeningWithANameAndAColonIsThatNamesStatement() {
        String t = "Mayor Ivo Kral: The Bridge Will Reopen In May.\n\nNote: this story was updated.";
        Attribution a = find(t, "The Bridge");
        assertEquals("Ivo Kral", speaker(a));
        assertEquals(1, extractor.extract(t, ArticleContext.none()).size(), "a note is no speaker");
    }

    @Test
    void participleAfterAnObjectTakesTheSentenceSubject() {
        String t = "The harbor master rallied the crews, saying: “We sail at dawn.”";
        Attribution a = find(t, "“We sail");
        assertEquals("The harbor master", source(t, a));
        assertTrue(a.direct());
        String t2 = "And then Mira Tan went on the offensive, saying the plan was reckless.";
        assertEquals("Mira Tan", source(t2, find(t2, "the plan")));
        String t3 = "Carly Vance threw her weight behind the mayor, saying it was time for a change.";
        assertEquals("Carly Vance", source(t3, find(t3, "it was time")));
    }

    @Test
    void recordsAndPollsShowWhatTheyReport() {
        String t = "The ferry was sold for $2 million in 2009, port records show.";
        Attribution a = find(t, "The ferry");
        assertEquals("port records", source(t, a));
        String t2 = "New polls show the mayor trailing her rival.";
        assertEquals("New polls", source(t2, find(t2, "the mayor")));
    }

    @Test
    void pluralPossessiveInsideAnAppositive() {
        String t = "Ivo Brand, the Harbors’ lawyer, said the lease had expired.";
        assertEquals("Ivo Brand", speaker(find(t, "the lease")));
    }

    @Test
    void anyPhraseBetweenDashesBeforeTheCue() {
        String t = "Mira Tan -- named by the paper as a likely successor -- told reporters that she was ready.";
        assertEquals("Mira Tan", speaker(find(t, "she was ready")));
    }

    @Test
    void wentOnToSayAndAsTheSpeakerPutIt() {
        String t = "Dara Holm went on to say, “The dam will hold.”";
        Attribution a = find(t, "“The dam");
        assertEquals("Dara Holm", source(t, a));
        assertTrue(a.direct());
        String t2 = "As the engineer, Dara Holm, put it in her report, “The dam will hold.”";
        assertTrue(source(t2, find(t2, "“The dam")).contains("Dara Holm"));
        String t3 = "The dam will hold, as the engineer put it.";
        assertEquals("the engineer", source(t3, find(t3, "The dam")));
        String t4 = "The dam will hold, as the engineer said.";
        assertEquals("the engineer", source(t4, find(t4, "The dam")));
    }

    @Test
    void participleWithAnOfPhraseBeforeItsQuotation() {
        String t = "“We tried,” the mayor said, adding of the council, “They never listened.”";
        Attribution a = find(t, "“They never");
        assertEquals("the mayor", source(t, a));
    }

    @Test
    void nameAppositiveAfterAnyDeterminedNoun() {
        String t = "The engineer, Dara Holm, said the dam will hold.";
        assertEquals("Dara Holm", speaker(find(t, "the dam")));
    }

    @Test
    void commonNounWithAnAppositiveOrRelativeClause() {
        String t = "An attendee, who asked for anonymity, said the vote was rigged.";
        assertTrue(source(t, find(t, "the vote")).startsWith("An attendee"));
        String t2 = "The pilot, a veteran of the route, said the storm was late.";
        assertTrue(source(t2, find(t2, "the storm")).startsWith("The pilot"));
    }

    @Test
    void sourcesPostModifiedByCloseToOrFamiliarWith() {
        String t = "The talks will resume, a person familiar with the plan said.";
        assertEquals("a person familiar with the plan", source(t, find(t, "The talks")));
        String t2 = "“They will resume,” said an aide close to her.";
        assertEquals("an aide close to her", source(t2, find(t2, "“They will")));
    }

    @Test
    void shortRepliesStandForAClause() {
        String t = "Asked about the levee, Dara Holm said she would.";
        assertEquals("she would", find(t, "she would").content().of(t));
        String t2 = "Every council member but Ivo Brand said yes.";
        assertEquals("yes", find(t2, "yes").content().of(t2));
    }

    @Test
    void continueNeedsAMarkedContent() {
        String t = "The lead of the harbor party continues to grow after the vote.";
        assertTrue(extractor.extract(t, ArticleContext.none()).isEmpty(), "aspectual 'continue' is no report");
        String t2 = "Dara Holm continued: “The dam will hold.”";
        assertEquals("Dara Holm", source(t2, find(t2, "“The dam")));
    }

    @Test
    void nounUsesOfReportAndCallAndParticiplesBeforeNouns() {
        String t = "A press call on Friday covered the budget that the council had passed.";
        assertTrue(extractor.extract(t, ArticleContext.none()).isEmpty());
        String t2 = "The mayor now has 271 pledged delegates in the race.";
        assertTrue(extractor.extract(t2, ArticleContext.none()).isEmpty());
    }

    @Test
    void sentenceOpeningAccordingToWithoutAnAppositive() {
        String t = "According to port officials, the ferry was sold in May.";
        assertEquals("port officials", source(t, find(t, "the ferry")));
    }

    @Test
    void declinedToCommentAndRoleOfAnOrganization() {
        String t = "A spokesman for the port authority declined to comment.";
        Attribution a = find(t, "to comment");
        assertEquals("A spokesman for the port authority", source(t, a));
    }

    @Test
    void relativeClauseOrParticipleWithoutCommasAfterTheSource() {
        String t = "A port official who spoke anonymously to discuss the talks said, “The ferry stays.”";
        assertEquals("A port official", source(t, find(t, "“The ferry")));
        String t2 = "Another source speaking to River Radio said the ferry stays.";
        assertEquals("Another source", source(t2, find(t2, "the ferry")));
    }

    @Test
    void phrasalVerbOfReplyBeforeAQuotation() {
        String t = "Dara Holm shot back, “The dam will hold.”";
        assertEquals("Dara Holm", source(t, find(t, "“The dam")));
    }

    @Test
    void itAsADocumentThatSaysOrAdds() {
        String t = "The port authority released a letter on Monday. It added, “The ferry stays.”";
        Attribution a = find(t, "“The ferry");
        assertEquals("It", source(t, a));
        String t2 = "“The ferry stays,” it said.";
        assertEquals("it", source(t2, find(t2, "“The ferry")));
    }

    @Test
    void headlineRunIntoTheTextAroundIt() {
        String t = "Live 9:40 Mayor Dara Holm Says The Dam Will Hold Through Winter The mayor spoke on Monday.";
        Attribution a = find(t, "The Dam");
        assertTrue(a.content().of(t).startsWith("The Dam Will Hold Through Winter"), "ends where the title-case run ends");
        assertTrue(source(t, a).endsWith("Dara Holm"));
    }

    @Test
    void partyAndStateAppositiveAndACapitalizedAudience() {
        String t = "Sen. Ola Brand, R-Ore., said that the dam would hold.";
        assertEquals("Ola Brand", speaker(find(t, "the dam")));
        String t2 = "The dam will hold, Dara Holm told a Senate panel on Tuesday.";
        assertEquals("Dara Holm", source(t2, find(t2, "The dam")));
        String t3 = "The dam will hold, Dara Holm told her staff as she left the site.";
        assertEquals("The dam will hold", find(t3, "The dam").content().of(t3));
    }

    @Test
    void whenAskedAndPollSharesOfAGroup() {
        String t = "Dara Holm said no when asked whether the dam would hold.";
        Attribution a = find(t, "whether the dam");
        assertTrue(a.source().isEmpty(), "the asker is not named");
        String t2 = "Asked if the mayor is “ready to lead,” 62 percent of residents said yes.";
        assertTrue(find(t2, "if the mayor").content().of(t2).endsWith("lead,”"));
        assertEquals("62 percent of residents", source(t2, find(t2, "yes")));
    }

    @Test
    void seeOrPaintSomethingAsSomething() {
        String t = "Most dock workers see the new crane as a threat to their jobs.";
        Attribution a = find(t, "the new crane");
        assertEquals("Most dock workers", source(t, a));
        String t2 = "Dara Holm painted the council as reckless.";
        assertEquals("Dara Holm", source(t2, find(t2, "the council")));
        String t3 = "I saw him as I left the dock.";
        assertTrue(extractor.extract(t3, ArticleContext.none()).isEmpty(), "a time clause, not a view");
    }

    @Test
    void oneWordSubjectOfSeemsAndHearsayAdverbs() {
        String t = "Holm seems to accept the new plan.";
        Attribution a = find(t, "Holm seems");
        assertTrue(a.source().isEmpty());
        String t2 = "The harbor board is reportedly weighing a new fee.";
        Attribution b = find(t2, "The harbor board");
        assertTrue(b.source().isEmpty());
        assertEquals("reportedly", b.cue().orElseThrow().of(t2));
    }

    @Test
    void sectionTitlesAndTalliesAreNoSpeakerLabels() {
        String t = "The Latest: Harbor vote set for Monday\n\nDara Holm: 1,204.\n\nIvo Brand: 998.";
        assertTrue(extractor.extract(t, ArticleContext.none()).isEmpty());
        String gallery = "Analysis: How a small town took on the port\n\nPhotos: Holm was the port's treasurer for two "
                + "years before she resigned.";
        assertTrue(extractor.extract(gallery, ArticleContext.none()).isEmpty());
        String review = "The band closed the harbor season on Friday.\n\nReview: What you missed at the Harbor Hall show";
        assertTrue(extractor.extract(review, ArticleContext.none()).isEmpty());
        String correction = "Politics: A previous version of this story misstated the date of the harbor vote.";
        assertTrue(extractor.extract(correction, ArticleContext.none()).isEmpty());
        String addresses = "Polling places:\n\nEutaw: 206 Greensboro St.\n\nHolmdale: 1275 E Main St.\n\n"
                + "Port Vale: 12 Harbor Rd.\n\nLindham: 40 Quay St.";
        assertTrue(extractor.extract(addresses, ArticleContext.none()).isEmpty());
        String listing = "Harbor Jazz Night\n\nDetails: 8 p.m. Sunday at the Harbor Hall, with the port's own big band.";
        assertTrue(extractor.extract(listing, ArticleContext.none()).isEmpty());
        String rules = "Zanora\n\nOther restrictions: Visitors must present a harbor pass to enter crowded venues.\n\n"
                + "Vell\n\nOther restrictions: Visitors must register online before they reach the port.";
        assertTrue(extractor.extract(rules, ArticleContext.none()).isEmpty());
        // a label of one word that the article also writes in lower case is a common word, not a name
        String results = "1982: Zanora\n\nFinal: Zanora over Vell, 3-1\n\nZanora reached the final after a long run.";
        assertTrue(extractor.extract(results, ArticleContext.none()).isEmpty());
        String moderator = "Moderator: Welcome to the harbor debate.\n\nThe moderator then asked about the pier.";
        assertEquals("Moderator", source(moderator, find(moderator, "Welcome to")));
        String poll = "Poll: Hale leads the harbor race\n\nThe poll of 600 voters was taken in May.";
        assertEquals("Poll", source(poll, find(poll, "Hale leads")));
        // a label that ends in a word for a group or a document still speaks
        String camp = "Hale camp: the pier vote was rigged against the harbor towns.";
        assertEquals("Hale camp", source(camp, find(camp, "the pier vote")));
    }

    @Test
    void aDirectoryMayNameOnePlaceTwice() {
        StringBuilder t = new StringBuilder("News from every harbor town\n\n");
        for (String town : List.of("Aldmoor", "Brackwater", "Culmore", "Dunhaven", "Eskby", "Farrow", "Glenport",
                "Holmdale", "Istow", "Jarrow Bay", "Brackwater")) {
            t.append(town).append(": The harbor board said the pier in ").append(town).append(" would close next year.\n\n");
        }
        String text = t.toString();
        List<Attribution> found = extractor.extract(text, ArticleContext.none());
        assertTrue(found.stream().noneMatch(a -> a.cue().map(c -> c.of(text)).orElse("").equals(":")), text);
    }

    @Test
    void tenLabelsNoneOfThemTwiceAreADirectoryNotSpeakers() {
        StringBuilder t = new StringBuilder("News from every harbor town\n\n");
        for (String town : List.of("Aldmoor", "Brackwater", "Culmore", "Dunhaven", "Eskby", "Farrow", "Glenport",
                "Holmdale", "Istow", "Jarrow Bay")) {
            t.append(town).append(": The harbor board said the pier in ").append(town).append(" would close next year.\n\n");
        }
        String text = t.toString();
        List<Attribution> found = extractor.extract(text, ArticleContext.none());
        assertTrue(found.stream().noneMatch(a -> a.cue().map(c -> c.of(text)).orElse("").equals(":")), text);
        assertTrue(found.stream().anyMatch(a -> a.source().map(s -> s.of(text)).orElse("").equals("The harbor board")));
    }

    @Test
    void callingOffOrShowingOffIsNoReport() {
        assertTrue(extractor.extract("Hale called off the trip on Monday.", ArticleContext.none()).isEmpty());
        assertTrue(extractor.extract("The council is showing off the port’s new cranes.", ArticleContext.none()).isEmpty());
        assertEquals("Hale", source("Hale said off the record that the trip was off.",
                find("Hale said off the record that the trip was off.", "off the record")));
    }

    @Test
    void aNameGivenToAThingIsNoReport() {
        String t = "The council funded a short film called “Harbor Lights” last year.";
        assertTrue(extractor.extract(t, ArticleContext.none()).isEmpty());
    }

    @Test
    void moreAppositivesAndSubjects() {
        String t = "Ivo Brand, dean of the Harbor Law School, said the ruling was narrow.";
        assertEquals("Ivo Brand", speaker(find(t, "the ruling")));
        String t2 = "Ola Brand, another longtime incumbent, said she would run again.";
        assertEquals("Ola Brand", speaker(find(t2, "she would")));
        String t3 = "Holm however said the dam would hold.";
        assertEquals("Holm", source(t3, find(t3, "the dam")));
        String t4 = "Most of them said the dam would hold.";
        assertEquals("Most of them", source(t4, find(t4, "the dam")));
        String t5 = "A report published Monday said the dam would hold.";
        assertEquals("A report", source(t5, find(t5, "the dam")));
    }

    @Test
    void aSecondAppositiveAfterAnInvertedSourceIsNoContent() {
        String t = "The dam will hold, said Ivo Brand, head of the Port Union, a group that has fought the plan.";
        assertEquals("The dam will hold", find(t, "The dam").content().of(t));
    }

    @Test
    void gerundAfterAPrepositionOrADash() {
        String t = "Dara Holm angered the council by saying that the dam was unsafe.";
        Attribution a = find(t, "the dam was");
        assertEquals("Dara Holm", source(t, a));
        String t2 = "Ivo Brand changed course on Monday – saying he would back the plan.";
        assertEquals("Ivo Brand", source(t2, find(t2, "he would back")));
    }

    @Test
    void quickToSayAndTookToTwitterToSay() {
        String t = "Dara Holm was quick to note that the dam had held.";
        assertEquals("Dara Holm", source(t, find(t, "the dam")));
        String t2 = "Ivo Brand took to Twitter to call the plan “a disaster.”";
        assertEquals("Ivo Brand", source(t2, find(t2, "the plan")));
    }

    @Test
    void firstPersonCuesInsideALabelledStatementAreItsOwnWords() {
        String t = "Mayor Ivo Kral: Well, I think the dam will hold through the winter.\n\nThe council met later.";
        List<Attribution> list = extractor.extract(t, ArticleContext.none());
        assertEquals(1, list.size(), () -> list.toString());
        assertEquals("Ivo Kral", speaker(list.getFirst()));
    }

    @Test
    void aTranscriptTurnRunsOnOverItsParagraphsUntilTheNextLabel() {
        String t = "Harbor debate: the transcript\n\nHALE: Welcome back. Let's turn to the budget.\n\n"
                + "KASP: Thank you. The budget is a moral document.\n\n(APPLAUSE)\n\n"
                + "By cutting the school fund, the council made the city poorer, and the mayor admitted it last week.\n\n"
                + "HALE: Mayor Reyes?\n\nREYES: I never said that.\n\nThe fund grew every year.\n\n"
                + "HALE: Thank you both.\n\nThe debate ended at nine.";
        Attribution kasp = find(t, "Thank you. The budget");
        assertEquals("KASP", speaker(kasp));
        assertTrue(kasp.content().of(t).endsWith("admitted it last week"), kasp.content().of(t));
        assertEquals("the mayor", speaker(find(t, "it last week")));
        Attribution reyes = find(t, "I never said");
        assertEquals("Reyes", speaker(reyes)); // "Mayor Reyes?" named her
        assertTrue(reyes.content().of(t).endsWith("The fund grew every year"), reyes.content().of(t));
        assertTrue(find(t, "Thank you both").content().of(t).endsWith("Thank you both"));
    }

    @Test
    void aHeadlineLabelOrAFewLabelsAreNoTranscript() {
        String t = "Hale: The Dam Will Hold\n\nOn Sunday, Jo Hale spoke to reporters.\n\nTranscript follows:\n\n"
                + "HOST: Will it hold?\n\nHALE: Yes.\n\nHOST: Thank you.\n\nHALE: Thanks.";
        assertEquals("The Dam Will Hold", find(t, "The Dam").content().of(t));
        String t2 = "Dara Holm: the dam is safe.\n\nThe council disagreed.\n\nIvo Brand: the dam is not safe.";
        assertEquals("the dam is safe", find(t2, "the dam is safe").content().of(t2));
    }

    @Test
    void sentenceOpeningInvertedCue() {
        String t = "Said Dara Holm, who has run the dock for years, “We will reopen in May.”";
        Attribution a = find(t, "“We will");
        assertEquals("Dara Holm", speaker(a));
        assertTrue(a.direct());
    }

    @Test
    void aPhraseAfterTheCueEndsBeforeANewClause() {
        String t = "A sailor asked for a photo and Dara Holm said, “Of course.”";
        Attribution a = find(t, "“Of course");
        assertEquals("Dara Holm", source(t, a));
    }

    @Test
    void addedToAndAllToldAreNoReports() {
        String t = "The late votes only added to the confusion at the port.";
        assertTrue(extractor.extract(t, ArticleContext.none()).isEmpty());
        String t2 = "All told, the port spent $2 million on the new crane.";
        assertTrue(extractor.extract(t2, ArticleContext.none()).isEmpty());
    }

    @Test
    void capitalizedAudienceWithALowerCaseHeadAndNoDeterminer() {
        String t = "Dara Holm told Harbor leaders that the dam would hold.";
        assertEquals("the dam would hold", find(t, "the dam").content().of(t));
    }

    @Test
    void upperCaseUsIsPartOfAName() {
        String t = "“We vote yes!” US Senator Ola Brand said as she opened the roll call.";
        Attribution a = find(t, "“We vote");
        assertEquals("US Senator Ola Brand", source(t, a));
    }

    @Test
    void nestedReportAfterAShortAdverbialKeepsTheOuterContentWhole() {
        String t = "Dara Holm said that for years some engineers had warned about the dam.";
        Attribution a = find(t, "for years");
        assertTrue(a.content().of(t).endsWith("about the dam"), () -> a.content().of(t));
    }

    @Test
    void sentenceOpeningInAPollIsTheSourceOfTheClause() {
        String t = "In a Harbor Radio poll released Monday, 52 percent of residents backed the new dam.";
        Attribution a = find(t, "52 percent");
        assertEquals("a Harbor Radio poll released Monday", source(t, a));
        String t2 = "In an interview, the mayor backed the dam.";
        assertTrue(extractor.extract(t2, ArticleContext.none()).stream().noneMatch(x -> x.cue().map(c -> c.of(t2)).orElse("").equals("In")));
    }

    @Test
    void accordingToAYearStudyRunsToTheComma() {
        String t = "According to a 2014 study by two port engineers, the dam is sound.";
        Attribution a = find(t, "the dam");
        assertEquals("a 2014 study by two port engineers", source(t, a));
    }

    @Test
    void pollSharesInWords() {
        String t = "One in four said the ferry should stay.";
        assertEquals("One in four", source(t, find(t, "the ferry")));
    }

    @Test
    void aDemonstrativeAloneAtTheSentenceEnd() {
        String t = "The crowd cheered long before Dara Holm said that.";
        assertEquals("that", find(t, "that").content().of(t));
    }
}
