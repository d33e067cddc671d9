package dev.attache.core.attribution;

import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.attache.core.attribution.AttributionProbe.find;
import static dev.attache.core.attribution.AttributionProbe.source;
import static dev.attache.core.attribution.AttributionProbe.speaker;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Further source–cue–content patterns (after {@link AttributionPatternsTest}), each on sentences about
 * fictional people written for this test.
 */
class FurtherAttributionPatternsTest {

    private final AttributionExtractor extractor = new AttributionExtractor();

    @Test
    void theOneAnOutletQuotesAsSayingIsTheSource() {
        String t = "Economist Ivo Marr said on Tuesday that the levy could slow the port.\n\n"
                + "“The levy will bite for two years,” Harbor Wire quoted him as saying.\n\n"
                + "The Daily Beacon quoted Tia Kasp as saying the pier would close in May.\n\n"
                + "The Beacon quoted a source close to the mayor as saying the council expected a vote.";
        assertEquals("Ivo Marr", speaker(t, "“The levy will bite").name());
        Attribution reported = find(t, "the pier would close");
        assertEquals("Tia Kasp", source(t, reported));
        assertEquals("a source close to the mayor", source(t, find(t, "the council expected")));
    }

    @Test
    void theOneQuotedInAPassiveIsTheSource() {
        String t = "The pier will close in May, Jo Hale was quoted as saying by Harbor Wire.\n\n"
                + "Tia Kasp was quoted as saying that repairs would take a year.";
        assertEquals("Jo Hale", source(t, find(t, "The pier will close in May")));
        assertEquals("Tia Kasp", source(t, find(t, "repairs would take")));
    }

    @Test
    void aOneWordNameBeforeABodysWordIsNoPerson() {
        String t = "Central bank governor Ivo Marr spoke to bankers in Holm on Monday. The talks had ended, the official "
                + "Tanvel news agency said.\n\n“We will wait,” he said.";
        assertEquals("Ivo Marr", speaker(t, "“We will wait").name());
    }

    @Test
    void aQuotationInsideThePreviousSentenceStaysWithItsOwnCue() {
        String t = "Lena Voigt told supporters that “the river is ours.” She said they would march on Friday.";
        Attribution quote = find(t, "“the river");
        assertEquals("Lena Voigt", source(t, quote));
        assertTrue(quote.direct());
        assertEquals("She", source(t, find(t, "they would march")));
    }

    @Test
    void anOfPlaceAppositiveBetweenNameAndCue() {
        String t = "“We rank them every year,” Mr. Orlov, of Harbor Capital Markets, said.";
        Attribution a = find(t, "“We rank");
        assertEquals("Mr. Orlov, of Harbor Capital Markets", source(t, a));
        assertTrue(a.direct());
    }

    @Test
    void aReportOpeningAnotherReportsContentIsNotReturnedOnItsOwn() {
        String t = "Dara Holm said that the mayor believes the dam is safe.";
        List<Attribution> list = extractor.extract(t, ArticleContext.none());
        assertEquals(1, list.size(), () -> list.toString());
        assertEquals("Dara Holm", source(t, list.getFirst()));
        assertEquals("the mayor believes the dam is safe", list.getFirst().content().of(t));
    }

    @Test
    void aReportAfterAComplementizerInsideAnotherReportIsNotReturnedOnItsOwn() {
        String t = "Dara Holm asked on Monday whether the mayor believes the dam is safe.";
        List<Attribution> list = extractor.extract(t, ArticleContext.none());
        assertEquals(1, list.size(), () -> list.toString());
        assertEquals("Dara Holm", source(t, list.getFirst()));
    }

    @Test
    void aDatelineIsASentenceOfItsOwn() {
        String t = "HARBORTON, Ore., May 2 (UPI) — In reply to the plan, the mayor’s chief aide rallied supporters, "
                + "saying: “We will stop the dam.”";
        Attribution a = find(t, "“We will");
        assertEquals("the mayor’s chief aide", source(t, a));
        assertTrue(a.direct());
    }

    @Test
    void aQuotationReportedAccordingToAMediumHasTheMediumAsSourceAndTheSpeakerAsSpeaker() {
        String t = "“The dam will hold,” Dara Holm said at the hearing, according to Harbor Radio.";
        List<Attribution> list = extractor.extract(t, ArticleContext.none());
        assertEquals(1, list.size(), () -> list.toString());
        Attribution a = list.getFirst();
        assertEquals("“The dam will hold,”", a.content().of(t));
        assertEquals("Harbor Radio", source(t, a));
        assertEquals("Dara Holm", a.speaker().map(Speaker::name).orElse(null));
        assertTrue(a.direct());
    }

    @Test
    void aParticipleClauseBetweenCommasIsNoCueOfTheSubject() {
        String t = "Dara Holm, asked about the flooding, said, “The dam did its job.”";
        Attribution a = find(t, "“The dam");
        assertEquals("Dara Holm", a.speaker().map(Speaker::name).orElse(null));
        assertTrue(source(t, a).startsWith("Dara Holm"));
    }

    @Test
    void anAppositiveAfterAnotherAndAName() {
        String t = "Another engineer, Ola Brand, said the spillway was too narrow.";
        assertEquals("Another engineer, Ola Brand", source(t, find(t, "the spillway")));
    }

    @Test
    void aGerundAfterBeforeRightAfterACueTakesThatCuesSource() {
        String t = "“We need a new dam,” Dara Holm said before adding: “Maybe the voters will pay for it.”";
        Attribution a = find(t, "“Maybe");
        assertEquals("Dara Holm", source(t, a));
        assertTrue(a.direct());
    }

    @Test
    void aParticipleTakesTheSubjectAfterAnIntroductoryPhraseWithCommasOfItsOwn() {
        String t = "At a rally in Dorne, Idaho, on Sunday, Lena Voigt went after the mayor, calling him “a coward.”";
        assertEquals("Lena Voigt", source(t, find(t, "him “a coward")));
    }

    @Test
    void aParticipleTakesAPronounSubjectAfterAnOpeningWord() {
        String t = "Lena Voigt spoke first. Then she turned to the mayor, calling him “a coward.”";
        assertEquals("she", source(t, find(t, "him “a coward")));
    }

    @Test
    void aParticipleAfterAQuotationClosedWithACommaTakesTheSpeakerOfThatQuotation() {
        String t = "Dara Holm said of the vote, “I do not like it,” adding that “the river will rise anyway.”";
        Attribution a = find(t, "“the river");
        assertEquals("Dara Holm", source(t, a));
        assertTrue(a.direct());
        String t2 = "Lena Voigt gave a defense of “Harbor values,” saying the town stood for “courage and heart.”";
        assertEquals("Lena Voigt", source(t2, find(t2, "the town")));
    }

    @Test
    void aNameAppositiveAfterTheRoleOfANamedOrganization() {
        String t = "The leader of the Harbor Defense League, Jo Reyes, warned that the dam would fail.";
        Attribution a = find(t, "the dam");
        assertEquals("Jo Reyes", source(t, a));
        assertEquals("Jo Reyes", a.speaker().map(Speaker::name).orElse(null));
    }

    @Test
    void aTitleCaseHeadlineWithAPossessiveOrAContraction() {
        String t = "Mayor’s Aide Says He’s Ready To Close The Dam.\n\nThe aide spoke on Monday.";
        Attribution a = find(t, "He’s Ready");
        assertEquals("Mayor’s Aide", source(t, a));
    }

    @Test
    void aNounLikeCueFormInsideAnAppositiveIsNoVerb() {
        String t = "Rex Orland, a former state party chairman, said the count was fair.";
        Attribution a = find(t, "the count");
        assertEquals("Rex Orland, a former state party chairman", source(t, a));
        assertEquals("former state party chairman", a.speaker().map(Speaker::role).orElse(null));
    }

    @Test
    void aSecondVerbTakesASentenceSubjectWithAnAppositive() {
        String t = "Rex Orland, a former party chairman, became a delegate and said he backs the new dam.";
        assertEquals("Rex Orland, a former party chairman", source(t, find(t, "he backs")));
    }

    @Test
    void aSecondVerbTakesASentenceSubjectWithANameAppositive() {
        String t = "The committee chairman, Jo Reyes, left early and said the vote was fair.";
        Attribution a = find(t, "the vote");
        assertEquals("The committee chairman, Jo Reyes", source(t, a));
        assertEquals("Jo Reyes", a.speaker().map(Speaker::name).orElse(null));
    }

    @Test
    void aCoordinatedCueTakesTheSourceOfTheReportJustMade() {
        String t = "For that she drew the mayor’s anger - he called her “reckless” and said she had no support in Dorne.";
        Attribution a = find(t, "she had no support");
        assertEquals("he", source(t, a));
        assertEquals("her “reckless”", find(t, "her “reckless").content().of(t));
    }

    @Test
    void anOpeningPrepositionalPhraseBeforeAnInsertedCueFramesAQuotedReport() {
        String t = "During the long winter, Mira Sol said, the ferry crews were “stretched to the limit.”";
        Attribution a = find(t, "the ferry crews");
        assertEquals("Mira Sol", source(t, a));
        assertTrue(a.direct());
    }

    @Test
    void aMixedQuoteEndsBeforeAnAsideAfterADash() {
        String t = "Tomas Reyes likened the plan to “paving the wetlands” - a charge the council rejected.";
        Attribution a = find(t, "the plan");
        assertEquals("the plan to “paving the wetlands”", a.content().of(t));
        assertTrue(a.direct());
    }

    @Test
    void aMixedQuoteRunsOnPastADashPair() {
        String t = "Tomas Reyes argued that “every member of the board” - even the chair - backed the plan.";
        Attribution a = find(t, "“every member");
        assertTrue(a.content().of(t).endsWith("backed the plan"), () -> a.content().of(t));
    }

    @Test
    void aMixedQuoteEndsBeforeAndWithANewSubject() {
        String t = "Ines Barra called the ferry captain “a true professional” and she did not mention the delays.";
        Attribution a = find(t, "the ferry captain");
        assertEquals("the ferry captain “a true professional”", a.content().of(t));
        assertTrue(a.direct());
    }

    @Test
    void aCoordinatedSubjectIsOneSourceAndOpensTheOuterContent() {
        String t = "Ines Barra said the harbor board and its partners will seek new rules “to keep the docks safe.”";
        List<Attribution> list = extractor.extract(t, ArticleContext.none());
        assertEquals(1, list.size(), () -> list.toString());
        assertEquals("Ines Barra", source(t, list.getFirst()));
        String u = "The harbor board and its partners said the docks were “never safer.”";
        assertEquals("The harbor board and its partners", source(u, find(u, "the docks")));
    }

    @Test
    void aTitleBeforeASourceOrAsAHeadingIsNobodysWords() {
        String t = "“Harbor Nights” host Ada Lum said on Friday that the show would end.\n\n"
                + "The mayor spoke to reporters.\n“FERRIES FOR EVERYONE”\nThe plan passed on Monday.";
        List<Attribution> list = extractor.extract(t, ArticleContext.none());
        assertTrue(list.stream().noneMatch(a -> a.content().of(t).startsWith("“")), () -> list.toString());
        assertEquals("host Ada Lum", source(t, find(t, "the show would end")));
    }

    @Test
    void speakerLabelsInsideATranscriptQuotedParagraphByParagraph() {
        String t = "Part of the exchange follows:\n\n\"HOST: Will the ferry run on Sunday?\n\n"
                + "\"REYES: It will, and on every Sunday after that.\n\n\"HOST: Thank you.\"";
        assertEquals("HOST", source(t, find(t, "Will the ferry")));
        Attribution answer = find(t, "It will");
        assertEquals("REYES", source(t, answer));
        assertEquals("It will, and on every Sunday after that.", answer.content().of(t));
        assertTrue(extractor.extract(t, ArticleContext.none()).stream().noneMatch(a -> a.content().of(t).startsWith("\"")));
    }

    @Test
    void anAudienceCountedInFiguresAfterTold() {
        String t = "“The ferry will run all winter,” Ines Barra told 1,250 people gathered at the pier.";
        Attribution a = find(t, "“The ferry");
        assertEquals("Ines Barra", source(t, a));
        assertTrue(a.direct());
    }

    @Test
    void aDigestItemGivesItsQuotationToTheNameAfterTheDash() {
        String t = "FERRY RIDERSHIP DOUBLES IN A YEAR - Ines Barra: “Twice as many people took the ferry.”\n\n"
                + "Analysts agree - Tomas Reyes: “The numbers are solid.”";
        assertEquals("Ines Barra", source(t, find(t, "“Twice")));
        assertEquals("Tomas Reyes", source(t, find(t, "“The numbers")));
    }

    @Test
    void anyPastVerbBeforeANameAfterAQuotation() {
        String t = "“The ferry is back!” beamed Ines Barra of Harborton, who waited on the pier.";
        Attribution a = find(t, "“The ferry");
        assertTrue(source(t, a).startsWith("Ines Barra of Harborton"), () -> source(t, a));
        assertTrue(a.direct());
    }

    @Test
    void aNumberWithThousandsSeparatorsIsOneToken() {
        String t = "Ines Barra wrote to her 20,000 followers, “The ferry runs again,” and posted a photo.";
        Attribution a = find(t, "“The ferry");
        assertEquals("Ines Barra", source(t, a));
        assertEquals("“The ferry runs again,”", a.content().of(t));
    }

    @Test
    void calledForGovernsAMixedQuote() {
        String t = "Mayor Ines Barra has repeatedly called for “a ferry on every hour.”";
        Attribution a = find(t, "for “a ferry");
        assertEquals("Mayor Ines Barra", source(t, a));
        assertTrue(a.direct());
    }

    @Test
    void aCoordinatedCueAfterANewClauseSubjectTakesThatSubject() {
        String t = "After the mayor said the dam was safe, Ines Barra frowned and said, “The ferry is safer.”";
        Attribution a = find(t, "“The ferry");
        assertEquals("Ines Barra", source(t, a));
        assertEquals("the mayor", source(t, find(t, "the dam was safe")));
    }

    @Test
    void aDocumentMayGovernAMixedQuote() {
        String t = "The new ad mocks the mayor for “a ferry plan nobody asked for.”";
        Attribution a = find(t, "the mayor for");
        assertEquals("The new ad", source(t, a));
        assertTrue(a.direct());
    }

    @Test
    void anotherAloneIsASubject() {
        String t = "One ferry captain said the route was safe. Yet another said, “The route floods every spring.”";
        Attribution a = find(t, "“The route");
        assertEquals("another", source(t, a));
        assertTrue(a.direct());
    }

    @Test
    void aSentenceOpeningPlacePrepositionIsNoSubject() {
        String t = "Outside the ferry terminal in Harborton, riders gathered in two groups, chanting “Keep the ferry!”";
        assertEquals("riders", source(t, find(t, "“Keep")));
    }

    @Test
    void aSingleLineBreakBetweenSentencesEndsAParagraph() {
        String t = "“So afterwards, the riders feel safe,” she said. “It is like a ‘festival of boats.’”\n"
                + "Tomas Reyes described the crowd at the pier.";
        assertEquals("she", source(t, find(t, "“So afterwards")));
        assertTrue(find(t, "“So afterwards").content().of(t).endsWith("boats.’”"));
        assertEquals("the crowd at the pier", find(t, "the crowd").content().of(t));
    }

    @Test
    void aHardWrappedTextKeepsItsLinesInOneParagraph() {
        String t = "Ines Barra said on Monday that the ferry would run\nall winter and that the town\nwould pay. "
                + "“We will not stop.\nThe boats are ready,” she said.";
        Attribution a = find(t, "“We will");
        assertEquals("she", source(t, a));
        assertTrue(a.content().of(t).endsWith("ready,”"), () -> a.content().of(t));
    }

    @Test
    void aNamingCueEndsItsContentWithTheQuotationThatOpensIt() {
        String t = "In 2010, under what Mr. Dale called “the old pricing model,” the harbor club charged a large fee. "
                + "The plan led to what the aide Jo Reyes called “a new era for the port” in her memoir.";
        Attribution model = find(t, "“the old pricing");
        assertEquals("“the old pricing model,”", model.content().of(t));
        assertEquals("Mr. Dale", source(t, model));
        assertTrue(model.direct());
        Attribution era = find(t, "“a new era");
        assertEquals("“a new era for the port”", era.content().of(t));
        assertTrue(era.direct());
    }

    @Test
    void aReportAfterACommaIsAMainClauseNotTheContentOfAnEarlierCue() {
        String t = "As for the harbor engineers who claim to find the dam safer than the bridge, Dara Holm said, "
                + "“I doubt they have read the reports.”";
        List<Attribution> list = extractor.extract(t, ArticleContext.none());
        assertEquals(1, list.size(), () -> list.toString());
        Attribution a = find(t, "“I doubt");
        assertEquals("Dara Holm", source(t, a));
        assertTrue(a.direct());
    }

    @Test
    void aReportRightAfterACueStaysNestedInIt() {
        String t = "The engineers believe Dara Holm said the dam was safe.";
        List<Attribution> list = extractor.extract(t, ArticleContext.none());
        assertEquals(1, list.size(), () -> list.toString());
        assertEquals("The engineers", source(t, list.getFirst()));
    }

    @Test
    void aNameAppositiveAfterARoleOfALowerCaseNounIsTheSource() {
        String t = "“The ferry will run all winter,” the chief of staff, Tom Kasp, told the Harbor Times.";
        Attribution a = find(t, "“The ferry");
        assertEquals("the chief of staff, Tom Kasp", source(t, a));
        assertEquals("Tom Kasp", a.speaker().orElseThrow().name());
        String t2 = "The head of security, Dara Holm, said the pier was closed.";
        assertEquals("The head of security, Dara Holm", source(t2, find(t2, "the pier")));
    }

    @Test
    void aCapitalizedFunctionWordInsideASentenceMayOpenAName() {
        String t = "“The dam is a costly model,” said Will Dane, a professor of economics. “It is not cheap,” Dane said.";
        Attribution a = find(t, "“The dam");
        assertEquals("Will Dane, a professor of economics", source(t, a));
        assertEquals("Will Dane", a.speaker().orElseThrow().name());
        assertEquals("Will Dane", find(t, "“It is not").speaker().orElseThrow().name());
        String t2 = "Rubio Says He Will Win The Harbor Race.";
        assertEquals("Rubio", source(t2, find(t2, "He Will")));
    }

    @Test
    void accordingToSomethingProvidedBySomeoneRunsOnToThem() {
        String t = "“It is too much,” the mayor said on Monday, according to audio provided by Harbor Public Radio.";
        Attribution a = find(t, "“It is too much");
        assertEquals("audio provided by Harbor Public Radio", source(t, a));
        assertTrue(a.direct());
        String t2 = "The ferry will stop, according to a court document filed by state attorney Dara Holm.";
        assertEquals("a court document filed by state attorney Dara Holm", source(t2, find(t2, "The ferry")));
    }

    @Test
    void aPartyAndStateAppositiveInNewspaperStyle() {
        String t = "“That was a good speech,” Representative Jo Hale, Democrat of Maine, told the mayor.";
        Attribution a = find(t, "“That was");
        assertEquals("Representative Jo Hale, Democrat of Maine", source(t, a));
        assertEquals("Jo Hale", a.speaker().orElseThrow().name());
        String t2 = "Senator Dara Holm, Republican from Ohio, said the ferry was safe.";
        assertEquals("Senator Dara Holm, Republican from Ohio", source(t2, find(t2, "the ferry")));
    }

    @Test
    void aMixedQuoteEndsBeforeTheReportingClauseOfAnotherReport() {
        String t = "Dara Holm said the new dam “will always have exceptions,” the Harbor Times reported.";
        Attribution a = find(t, "the new dam");
        assertEquals("Dara Holm", source(t, a));
        assertEquals("the new dam “will always have exceptions,”", a.content().of(t));
        assertEquals("the Harbor Times", source(t, find(t, "Dara Holm said")));
    }

    @Test
    void aParticipleAfterARunOnSubordinateClauseTakesTheMainSubject() {
        String t = "Dara Holm apologized for the columns after they came out, saying they were old and have "
                + "“nothing to do with me.”";
        assertEquals("Dara Holm", source(t, find(t, "they were old")));
    }

    @Test
    void aCueInsideAnInvertedSourceIsNoReportOfItsOwn() {
        String t = "“Two people have the knowledge to do that,” said Rick Dale, a Maine strategist who once worked for "
                + "the mayor and has advised a harbor group.";
        List<Attribution> list = extractor.extract(t, ArticleContext.none());
        assertEquals(1, list.size(), () -> list.toString());
        assertEquals("Rick Dale", list.getFirst().speaker().orElseThrow().name());
    }

    @Test
    void anImpressionEndsBeforeAColonAndAQuotation() {
        String t = "Dara Holm seemed irritated: “It is a public notice! Just post it.”";
        Attribution a = find(t, "“It is a public");
        assertEquals("Dara Holm", source(t, a));
        assertTrue(a.direct());
    }

    @Test
    void aSubordinateClauseMayStandBetweenACueAndItsQuotation() {
        String t = "Dara Holm said in the spring, when the story broke, “I did not send any file to anyone.”";
        Attribution a = find(t, "“I did not");
        assertEquals("Dara Holm", source(t, a));
        assertTrue(a.direct());
        String t2 = "Dara Holm said on Monday, as the storm hit, that the pier was closed.";
        assertEquals("Dara Holm", source(t2, find(t2, "the pier was closed")));
    }

    @Test
    void aParentheticalWhenAskedBetweenSubjectAndCue() {
        String t = "Dara Holm, when asked what was wrong with the plan, responded that the mayor “is right about the "
                + "problems, but wrong about the fix.”";
        Attribution a = find(t, "the mayor “is right");
        assertTrue(source(t, a).startsWith("Dara Holm"), () -> source(t, a));
        assertEquals("Dara Holm", a.speaker().orElseThrow().name());
    }

    @Test
    void anAdverbSetOffByCommasAfterACueIsNoContent() {
        String t = "Dara Holm said, however, that she hopes “someone else takes up the cause” against the dam.";
        List<Attribution> list = extractor.extract(t, ArticleContext.none());
        assertEquals(1, list.size(), () -> list.toString());
        assertEquals("Dara Holm", source(t, list.getFirst()));
        assertEquals("she hopes “someone else takes up the cause” against the dam", list.getFirst().content().of(t));
    }

    @Test
    void anAudienceEndsWhereANewPhraseBegins() {
        String t = "Dara Holm told reporters the pier was closed for the winter.";
        assertEquals("the pier was closed for the winter", find(t, "the pier").content().of(t));
        String t2 = "Dara Holm told the head of the port the pier was closed.";
        assertEquals("the pier was closed", find(t2, "the pier").content().of(t2));
    }

    @Test
    void theCommaOfADateEndsNoModifier() {
        String t = "“The pier is the greatest!!!” Dara Holm wrote in a September 16, 2012 email to town officials. "
                + "“Thanks for the great work, all.”";
        List<Attribution> list = extractor.extract(t, ArticleContext.none());
        assertEquals(1, list.size(), () -> list.toString());
        assertEquals("Dara Holm", source(t, list.getFirst()));
        assertTrue(list.getFirst().content().of(t).endsWith("all.”"));
    }

    @Test
    void aRoleTowardsSomeoneIsOnePhrase() {
        String t = "“We will fight this,” a senior aide to the mayor told the Harbor Times.";
        assertEquals("a senior aide to the mayor", source(t, find(t, "“We will")));
        String t2 = "“We will fight this,” an adviser to Jo Hale said.";
        assertEquals("an adviser to Jo Hale", source(t2, find(t2, "“We will")));
    }

    @Test
    void anInvertedRoleTakesTheNameAppositiveAfterIt() {
        String t = "“The river is rising,” said the mayor’s spokeswoman, Tia Kasp.";
        Attribution a = find(t, "“The river");
        assertEquals("the mayor’s spokeswoman, Tia Kasp", source(t, a));
        assertEquals("Tia Kasp", a.speaker().orElseThrow().name());
    }

    @Test
    void aQuotationWhoseParagraphGoesOnIsNotThePreviousSpeakers() {
        String t = "Lena Voigt spoke at a rally in Dorne on Tuesday.\n\n“The water is ours” was painted on a banner by the gate, "
                + "and the crowd cheered.";
        List<Attribution> list = extractor.extract(t, ArticleContext.none());
        assertTrue(list.stream().noneMatch(a -> a.content().of(t).startsWith("“The water")), () -> list.toString());
        String u = "Lena Voigt spoke at a rally in Dorne on Tuesday.\n\n“The water is ours and it stays ours.”";
        assertEquals("Lena Voigt", source(u, find(u, "“The water")));
    }

    @Test
    void maintainAndAdviseNeedAMarkedContent() {
        String t = "Dara Holm maintained her lead among older voters. Tom Kasp is advising the mayor’s campaign.";
        List<Attribution> list = extractor.extract(t, ArticleContext.none());
        assertTrue(list.isEmpty(), () -> list.toString());
        String u = "Dara Holm has long maintained that the pier was safe.";
        assertEquals("Dara Holm", source(u, find(u, "the pier was safe")));
        String v = "Tom Kasp advised the mayor to close the pier.";
        assertEquals("the mayor to close the pier", find(v, "the mayor").content().of(v));
        assertEquals("Tom Kasp", source(v, find(v, "the mayor")));
    }

    @Test
    void aSentenceOpeningAccordingToEndsItsSourceAtACommaNoOtherCommaCloses() {
        String t = "According to the Harbor Times, the crews wore shirts that read “Save the pier.”";
        Attribution a = find(t, "the crews");
        assertEquals("the Harbor Times", source(t, a));
        assertEquals("the crews wore shirts that read “Save the pier.”", a.content().of(t));
        String u = "According to Jo Hale, a nurse in Dayton, the pier was closed.";
        assertEquals("Jo Hale, a nurse in Dayton", source(u, find(u, "the pier was closed")));
    }

    @Test
    void aClauseAfterANameIsNoRole() {
        String t = "According to Jo Hale, the pier was closed.";
        Attribution a = find(t, "the pier was closed");
        assertEquals("Jo Hale", a.speaker().orElseThrow().name());
        assertTrue(a.speaker().orElseThrow().role().isEmpty(), () -> a.speaker().toString());
    }

    @Test
    void aTimePhraseBeforeANameAndAppositiveIsNoName() {
        String t = "On Monday, Jo Hale, the mayor, said that the pier “is closed for good.”";
        Attribution a = find(t, "the pier");
        assertEquals("Jo Hale, the mayor", source(t, a));
        assertEquals("Jo Hale", a.speaker().orElseThrow().name());
        String u = "In July, Tom Kasp, head of the Harbor League, told reporters that the pier was closed.";
        assertEquals("Tom Kasp, head of the Harbor League", source(u, find(u, "the pier")));
    }

    @Test
    void knownAsAfterANounIsAName() {
        String t = "The contests known as Harbor Tuesday will decide the race. A developer known to be careful won the bid.";
        List<Attribution> list = extractor.extract(t, ArticleContext.none());
        assertTrue(list.isEmpty(), () -> list.toString());
        String u = "Jo Hale has known the mayor for years.";
        assertEquals("Jo Hale", source(u, find(u, "the mayor")));
    }

    @Test
    void aGerundAfterUponTakesTheClauseSubject() {
        String t = "Dara Holm, herself a ferry captain, drew boos upon saying, “The pier was never safe.”";
        Attribution a = find(t, "“The pier");
        assertEquals("Dara Holm", a.speaker().orElseThrow().name());
        assertTrue(a.direct());
    }

    @Test
    void aQuotedTitleInsideAnAppositiveStaysInTheSource() {
        String t = "Jo Hale, the author of “The Pier Book,” said, “The town will miss it.”";
        Attribution a = find(t, "“The town");
        assertEquals("Jo Hale, the author of “The Pier Book,”", source(t, a));
        assertEquals("author", a.speaker().orElseThrow().role());
        assertTrue(a.direct());
        String u = "“We had better days,” Tom Kasp, wearing a cap and “Save the Pier” pins, said as the band played.";
        assertEquals("Tom Kasp, wearing a cap and “Save the Pier” pins", source(u, find(u, "“We had")));
    }

    @Test
    void aParenthesisAfterANameIsPartOfTheMention() {
        String t = "Rep. Jo Hale (D-Ore.) reacted to the vote, saying: “The pier should stay open.”";
        Attribution a = find(t, "“The pier");
        assertEquals("Rep. Jo Hale (D-Ore.)", source(t, a));
        assertTrue(a.direct());
        String u = "“The pier will close,” said Sen. Tom Kasp (R-Maine).";
        assertEquals("Sen. Tom Kasp (R-Maine)", source(u, find(u, "“The pier")));
        String v = "The panel met on Monday. Rep. Dara Holm (R-S.C.): “I have never heard anyone cite that figure.”";
        assertEquals("Rep. Dara Holm (R-S.C.)", source(v, find(v, "“I have")));
    }

    @Test
    void twoCoordinatedPhrasesAfterAQuotationAreOneSource() {
        String t = "“The pier will close,” the mayor and her deputy said in a statement.";
        Attribution a = find(t, "“The pier");
        assertEquals("the mayor and her deputy", source(t, a));
        assertTrue(a.direct());
    }

    @Test
    void aDeterminedSubjectAndAnyPastVerbAfterAQuotationAreItsReportingClause() {
        String t = "“Everything you said was true,” the judge snapped. The court fell silent.";
        Attribution a = find(t, "“Everything");
        assertEquals("the judge", source(t, a));
        assertEquals("snapped", a.cue().orElseThrow().of(t));
        assertTrue(a.direct());
    }

    @Test
    void aRelativeClauseAfterAnInvertedSourceIsNoContent() {
        String t = "The pier was “handled so badly there is little left to save,” said a former inspector who oversaw the repairs.";
        Attribution a = find(t, "The pier");
        assertEquals("a former inspector", source(t, a));
        assertEquals("The pier was “handled so badly there is little left to save,”", a.content().of(t));
        assertTrue(a.direct());
    }

    @Test
    void inSomeonesWordsMakesThemTheSourceOfTheQuotation() {
        String t = "The fair moved to Harborton because, in Jo Hale’s words, “it is the friendliest port on the coast.”";
        Attribution a = find(t, "“it is");
        assertEquals("Jo Hale", source(t, a));
        assertTrue(a.direct());
        String u = "The mayor was, in the words of a senior aide, “the keeper” of the old pier.";
        assertEquals("a senior aide", source(u, find(u, "“the keeper”")));
    }

    @Test
    void aCueInASentenceOpeningAdverbialClauseEndsItsContentAtTheClausesComma() {
        String t = "After Tom Kasp criticized her plan during the debate, Jo Hale shot back, “I chose to work for this town.”";
        Attribution criticism = find(t, "her plan");
        assertEquals("her plan during the debate", criticism.content().of(t));
        Attribution reply = find(t, "“I chose");
        assertEquals("Jo Hale", source(t, reply));
        assertTrue(reply.direct());
    }

    @Test
    void anyPastVerbAndACommaBeforeAQuotedSentenceIntroduceIt() {
        String t = "Jo Hale muttered, “Not again.”";
        Attribution a = find(t, "“Not again");
        assertEquals("Jo Hale", source(t, a));
        assertEquals("muttered", a.cue().orElseThrow().of(t));
        String u = "Jo Hale shook her head and muttered, “Not again.”";
        assertEquals("Jo Hale", source(u, find(u, "“Not again")));
        String v = "She took the map everywhere she went, “checking every pier twice.”";
        List<Attribution> list = extractor.extract(v, ArticleContext.none());
        assertTrue(list.isEmpty(), () -> list.toString());
    }

    @Test
    void aGerundAfterACommaAndAPrepositionTakesTheReportJustMade() {
        String t = "“Thank you, son,” Jo Hale replied, before adding that she thinks “children should speak with respect.”";
        Attribution a = find(t, "she thinks");
        assertEquals("Jo Hale", source(t, a));
        assertEquals("adding", a.cue().orElseThrow().of(t));
    }

    @Test
    void aNounLikeCueFormBeforeATitleIsPartOfTheName() {
        String t = "“The pier will close,” state Sen. Jo Hale said.";
        Attribution a = find(t, "“The pier");
        assertEquals("state Sen. Jo Hale", source(t, a));
        assertTrue(a.direct());
    }

    @Test
    void aQuotedShowTitleAfterToldIsTheAudienceNotTheContent() {
        String t = "Jo Hale told Harbor Radio’s “Morning Tide” that the pier “will close for good.”";
        Attribution a = find(t, "the pier");
        assertEquals("the pier “will close for good.”", a.content().of(t));
        assertEquals("Jo Hale", source(t, a));
    }

    @Test
    void anOpeningPrepositionalPhraseStaysOutOfAQuotedContentBeforeItsCue() {
        String t = "Behind the scenes, Tom Kasp is “calling every donor he knows,” said Jo Hale, the campaign director.";
        Attribution a = find(t, "Tom Kasp is");
        assertEquals("Tom Kasp is “calling every donor he knows,”", a.content().of(t));
        assertTrue(a.direct());
        String u = "During the winter, the pier was closed, Jo Hale said.";
        assertEquals("During the winter, the pier was closed", find(u, "During").content().of(u));
    }

    @Test
    void aSerialListInsideAnAppositiveIsNoInsertedPhrase() {
        String t = "“It will not solve the problem,” Anne Hale, director of parks, roads, and harbors, said.";
        Attribution a = find(t, "“It will");
        assertEquals("Anne Hale, director of parks, roads, and harbors", source(t, a));
        assertTrue(a.direct());
    }

    @Test
    void asSomeonePutsItInThePresentTense() {
        String t = "As Jo Hale puts it, “The council is unmoved, and the town is tired.”";
        Attribution a = find(t, "“The council");
        assertEquals("Jo Hale", source(t, a));
        assertTrue(a.direct());
        String u = "The council is unmoved, as Jo Hale puts it.";
        assertEquals("Jo Hale", source(u, find(u, "The council")));
    }

    @Test
    void aCueCoordinatedInsideASubordinateClauseTakesThatClausesSubject() {
        String t = "The quarrel started when Tom Kasp brought up the flood and later said, “It was not only the river.”";
        Attribution a = find(t, "“It was");
        assertEquals("Tom Kasp", source(t, a));
        assertTrue(a.direct());
    }

    @Test
    void aShortParentheticalAfterTheSentenceSubjectIsPassedOver() {
        String t = "Jo Hale, for one, was unequivocal: “The pier belongs to the town.”";
        Attribution a = find(t, "“The pier");
        assertEquals("Jo Hale", source(t, a));
        assertTrue(a.direct());
    }

    @Test
    void aSentenceSubjectWithAnAppositiveServesAnAuxiliary() {
        String t = "Jo Hale, the mayor, was blunt: “The pier belongs to the town.”";
        assertEquals("Jo Hale, the mayor", source(t, find(t, "“The pier")));
        String u = "The mayor, Jo Hale, was blunt: “The pier belongs to the town.”";
        assertEquals("The mayor, Jo Hale", source(u, find(u, "“The pier")));
    }

    @Test
    void prepositionalPhrasesOneAfterAnotherBetweenACueAndThat() {
        String t = "Jo Hale said during a news conference at City Hall on Tuesday that the pier “will close for good.”";
        Attribution a = find(t, "the pier");
        assertEquals("the pier “will close for good.”", a.content().of(t));
        assertTrue(a.direct());
    }

    @Test
    void aShortParticipleOrAdverbPhraseAfterANameIsPassedOver() {
        String t = "Jo Hale, exasperated, responded: “The pier belongs to the town.”";
        assertEquals("Jo Hale, exasperated", source(t, find(t, "“The pier")));
        assertEquals("Jo Hale", speaker(t, "“The pier").name());
        String u = "“The pier belongs to the town,” Jo Hale, clearly annoyed, said.";
        assertEquals("Jo Hale", speaker(u, "“The pier").name());
        String v = "The report, released Monday, said the pier was safe.";
        assertTrue(new AttributionExtractor().extract(v, ArticleContext.none()).stream().noneMatch(a -> a.speaker().isPresent()
                && a.speaker().get().name().contains("Monday")), "a document's participle phrase is no name");
    }

    @Test
    void aParticiplePhraseBetweenASubjectAndItsVerbIsPassedOverAndLeftOutOfTheSource() {
        String t = "The cannery, founded in 1998, said its profits rose sharply last year.";
        Attribution a = find(t, "its profits");
        assertEquals("The cannery", source(t, a));
        assertEquals("its profits rose sharply last year", a.content().of(t));
        String u = "The poll, released on Wednesday night by the Harbor Institute, showed the mayor leading her rival "
                + "among likely voters.";
        assertEquals("The poll", source(u, find(u, "the mayor leading")));
        String v = "The report, released Monday, said the pier was safe.";
        assertEquals("The report", source(v, find(v, "the pier")));
        // Not the object of a verb in a list of verb phrases: "a brilliant campaign" says nothing there.
        String w = "He has run a brilliant campaign, invigorated the left, pushed the council in his direction and "
                + "made his politics ascendant.";
        assertTrue(new AttributionExtractor().extract(w, ArticleContext.none()).stream()
                .noneMatch(x -> x.source().map(s -> s.of(w)).orElse("").contains("campaign")));
    }

    @Test
    void aGerundAfterAVerbOfGoingOnOrBeginningIsWhatTheNameBeforeThemDoes() {
        String t = "Jo Hale keeps saying that the pier is safe.";
        assertEquals("Jo Hale", source(t, find(t, "the pier")));
        String u = "Critics began arguing that the pier should close.";
        assertEquals("Critics", source(u, find(u, "the pier")));
    }

    @Test
    void aNounCueAfterANamesPastTenseVerbIsItsObjectNotAReportByNameAndVerb() {
        String t = "Jo Hale voiced doubt about the new pier on Tuesday.";
        assertTrue(new AttributionExtractor().extract(t, ArticleContext.none()).stream()
                .noneMatch(x -> x.source().map(s -> s.of(t)).orElse("").contains("voiced")), t);
        // a participle after a name before a verb stays in the subject
        String u = "Most of the residents Harbor Radio interviewed said the pier should close.";
        assertTrue(source(u, find(u, "the pier")).endsWith("Harbor Radio interviewed"), () -> source(u, find(u, "the pier")));
    }

    @Test
    void aNounPhraseSaidToBeSomethingReportsNothing() {
        String t = "Holm pointed to a mindset said to have shaped the culture of the port.";
        assertTrue(new AttributionExtractor().extract(t, ArticleContext.none()).stream()
                .noneMatch(x -> x.source().map(s -> s.of(t)).orElse("").contains("mindset")), t);
        String v = "Violent crimes reported per 100,000 residents in the harbor district rose to 412 last year.";
        assertTrue(new AttributionExtractor().extract(v, ArticleContext.none()).isEmpty(), v);
        String u = "Jo Hale said to reporters that the pier would close.";
        assertEquals("Jo Hale", source(u, find(u, "the pier")));
    }

    @Test
    void showingUpCallingUpAndIngAdjectivesAreNoReports() {
        for (String t : List.of("Jo Hale showed up late to the meeting about the pier.",
                "The council called up the reserve crews to guard the pier.",
                // nor is an -ing form after an article, a possessive or "best" and before its noun: an adjective
                "Jo Hale won best supporting actress for her role in the harbor film.",
                "The council read the supporting documents before the vote on the pier.")) {
            assertTrue(new AttributionExtractor().extract(t, ArticleContext.none()).isEmpty(), t);
        }
    }

    @Test
    void aColonAfterAnObjectTakesTheSubjectOfItsVerbWhateverOpensTheSentence() {
        String t = "That is, when the moderators yielded to snark—and do we know how tempting that can be!— Jo Hale "
                + "called them on it:\n\n“The questions asked tonight show why people do not trust the media.”";
        assertEquals("Jo Hale", source(t, find(t, "“The questions")));
    }

    @Test
    void aRoleOfTheFormMemberOfParliamentBeforeANameLeavesTheNameTheSpeaker() {
        String t = "“The deal is dead,” Ukrainian member of parliament Jo Hale told Harbor Radio.";
        assertEquals(new Speaker("Jo Hale", "Ukrainian member of parliament", ""), speaker(t, "“The deal"));
    }

    @Test
    void theRelativeOfANamedPersonIsNotThatPerson() {
        String t = "“We will not yield,” said the wife of Jo Hale.";
        assertEquals("the wife of Jo Hale", speaker(t, "“We will").name());
        String u = "“We will not yield,” the lawyer for Jo Hale told reporters.";
        assertEquals("the lawyer for Jo Hale", speaker(u, "“We will").name());
    }

    @Test
    void aRoleModifierOpeningTheSentenceIsPartOfTheRole() {
        String t = "Former secretary of state Jo Hale said the pier “must stay open.”";
        assertEquals(new Speaker("Jo Hale", "former secretary of state", ""), speaker(t, "the pier"));
    }

    @Test
    void aQuotationInterruptedByAnInvertedCueGoesOnAfterTheComma() {
        String t = "“The closure sparked concern,” said Jo Hale, “particularly among the fishing crews.”";
        Attribution a = find(t, "“The closure");
        assertEquals(t, a.content().of(t));
        assertEquals("Jo Hale", source(t, a));
        assertTrue(a.direct());
    }

    @Test
    void aSurnameAloneAfterARoleBehindANationalityIsTheSpeaker() {
        String t = "“People changed their minds,” former Finnish leader Hale told Harbor Radio.";
        assertEquals(new Speaker("Hale", "former Finnish leader", ""), speaker(t, "“People"));
        String u = "“People changed their minds,” Finnish premier Hale said in April.";
        assertEquals("Hale", speaker(u, "“People").name());
    }

    @Test
    void aNameAfterAnArabicArticleIsOneName() {
        String t = "“It is always nice to be wanted,” Qatar’s energy minister Saad Sherida al-Kaabi said. "
                + "“Everyone in Europe is talking to us,” he said.";
        assertEquals("Saad Sherida al-Kaabi", speaker(t, "“It is always").name());
        assertEquals("Saad Sherida al-Kaabi", speaker(t, "“Everyone").name());
        String u = "Officials blamed Ansar al-Sharia for the attack. “I had no part in it,” Jo Hale said, and he said "
                + "he left early.";
        assertTrue(new AttributionExtractor().extract(u, ArticleContext.none()).stream()
                .noneMatch(a -> a.speaker().filter(sp -> sp.name().contains("Ansar")).isPresent()));
    }

    @Test
    void aRelativeClauseAfterTheMentionNamesNoOneAndDoesNotHideItsSpeakerFromALaterPronoun() {
        String t = "“Europe matters to us,” the Qatari minister, who is also the head of Qatar Energy, said.";
        assertEquals("the Qatari minister", speaker(t, "“Europe").name());
        String u = "“Jo Kasp says what people think,” said Gov. Tia Hale of Iowa, who hired Ms. Kasp in 1990. "
                + "She added, “It will be interesting to see where we go from here.”";
        assertEquals("Tia Hale", speaker(u, "“It will be").name());
    }

    @Test
    void aNameBeforeALowerCaseNounAfterAQuotationIsAGroupNotThePerson() {
        String t = "Tova Lind spoke on Friday. “She will carry the county,” Lind aides said.";
        Speaker aides = speaker(t, "“She will");
        assertEquals("lind aides", aides.name());
        assertTrue(!aides.isNamed(), "a group is no named person");
        String u = "“She will carry the county,” Lind said.";
        assertEquals("Lind", speaker(u, "“She will").name());
    }

    @Test
    void aPhotoCreditRunIntoAGalleryTextIsNoPartOfAName() {
        String t = "Jo Hale meets the board. Ana Lund/AFP/Getty Images Hale speaks after the vote. "
                + "Tom Berg/AP Kasp holds the plan. “The pier stays open,” Hale said.";
        assertEquals("Jo Hale", speaker(t, "“The pier").name());
    }

    @Test
    void aPictureCaptionIsNoOneAPronounAfterItCanMean() {
        String t = "“Rates will stay high,” said Tomas Varga, an economist at the Nordbank.\n\n"
                + "Finance Minister Piet Holm speaks in Oslo in June. Ana Lund/AFP/Getty Images\n\n"
                + "Instead, he said the bank would wait.";
        assertEquals("Tomas Varga", speaker(t, "the bank would").name());
    }

    @Test
    void anAgencyRunIntoAGalleryCaptionIsNoPartOfTheNameAfterIt() {
        String t = "The final ended late. Eva Dahl/Shutterstock Tomas Berglund celebrates with fans.\n\n"
                + "“We played for the town,” Berglund said.";
        assertEquals("Tomas Berglund", speaker(t, "“We played").name());
    }

    @Test
    void aPhotographerIsNoOneAPronounCanMean() {
        String t = "Tom Kroll, an economist, spoke first. Piet Lund/AFP Finance Minister Anna Holm speaks after the vote. "
                + "“We stay open,” he said.";
        assertEquals("Tom Kroll", speaker(t, "“We stay").name());
    }

    @Test
    void aNameBeforeARoleNounIsNotGivenTheWordsBeforeIt() {
        String t = "Ulla Vance returned to the Senate on Monday. “She will keep her seat,” said a senior Vance adviser. "
                + "“We will not wait,” Vance said.";
        assertEquals("Ulla Vance", speaker(t, "“We will").name());
        assertEquals("", speaker(t, "“We will").role(), "“senior” was the adviser's");
    }

    @Test
    void theFedIsAnOrganizationNotAPerson() {
        String t = "“Prices will fall,” said Tom Kroll, an economist.\n\n"
                + "Holm spoke in June after the Fed announced the largest cut in years.\n\n"
                + "Instead, he said the cut came late.";
        assertEquals("Tom Kroll", speaker(t, "the cut came").name());
    }

    @Test
    void aConjunctiveAdverbOpeningASentenceIsNoSpeaker() {
        String t = "With his calm manner, Tomas Berg broke the mold. Hence the two words of his era: “openness” and "
                + "“rebuilding”. Thus the party changed.";
        assertTrue(extractor.extract(t, ArticleContext.none()).stream()
                .noneMatch(a -> a.speaker().filter(sp -> sp.name().equals("Hence") || sp.name().equals("Thus")).isPresent()),
                "“Hence” and “Thus” are no one");
        String u = "Meanwhile, Tova Lind, secretary of the dockers' union, told reporters the port was closing.";
        assertEquals("Tova Lind", speaker(u, "the port was").name());
    }

    @Test
    void aRestrictiveWhoIsThePeopleRightBeforeIt() {
        String t = "Tomas Berg runs the clinic. He said residents who want a test can call, and anyone who thinks "
                + "they have the flu should stay home. Ona Vell, a nurse who said the line was busy, agreed.";
        assertEquals("residents", speaker(t, "a test can call").name());
        assertTrue(find(t, "they have the flu").speaker().isEmpty(), "“anyone” is no one in particular");
        assertEquals("Ona Vell", speaker(t, "the line was busy").name());
    }

    @Test
    void aPronounIsNotThePersonNamedRightAfterItsVerb() {
        String t = "Jo Hale met Tom Kasp on Thursday. “The pier must stay open,” he told Kasp.";
        assertTrue(new AttributionExtractor().extract(t, ArticleContext.none()).stream()
                .filter(a -> a.content().of(t).startsWith("“The pier"))
                .noneMatch(a -> a.speaker().filter(sp -> sp.name().contains("Kasp")).isPresent()), "he is not Kasp");
        String u = "Viguerie praised Ted Cruz on Monday. Viguerie is upbeat, in part because he sees Cruz as a uniter.";
        assertTrue(new AttributionExtractor().extract(u, ArticleContext.none()).stream()
                .filter(a -> a.source().filter(sp -> sp.of(u).equals("he")).isPresent())
                .noneMatch(a -> a.speaker().filter(sp -> sp.name().contains("Cruz")).isPresent()), "he is not Cruz");
    }

    @Test
    void aPersonAfterAPossessorThatOpensTheMentionIsTheSpeaker() {
        String t = "Lithuania’s Prime Minister Ingrida Hale said: “We will not buy the gas.”";
        assertEquals("Ingrida Hale", speaker(t, "“We will").name());
        String u = "“We will not buy the gas,” said Jo Kasp, the chairwoman of Florida’s Harbor County GOP.";
        assertEquals("Jo Kasp", speaker(u, "“We will").name());
    }

    @Test
    void anOrganizationNamedWithOnIsOneMention() {
        String t = "The United Nations Office on Drugs and Crime has said that “seizures continue.”";
        assertEquals("The United Nations Office on Drugs and Crime", source(t, find(t, "“seizures")));
        String u = "“We are ready,” Tom Kasp said on Tuesday.";
        assertEquals("Tom Kasp", source(u, find(u, "“We are")));
    }

    @Test
    void anHonorificIsNoPartOfTheRole() {
        String t = "“We do not want people to worry,” Harbor Surgeon General Dr. Jo Hale said.";
        assertEquals(new Speaker("Jo Hale", "Harbor Surgeon General", ""), speaker(t, "“We do not"));
    }

    @Test
    void aPersonsMessageIsThatPersonsWords() {
        String t = "Jo Hale spoke at the harbour on Friday.\n\nHale’s message to the crowd: “Let us keep the pier open for everyone.”";
        assertEquals("Jo Hale", speaker(t, "“Let us").name());
    }

    @Test
    void aNameBeforeOfTheOrganizationHeadsTheSource() {
        String t = "Jo Hale, a lawyer, joined the Harbor League in May. “It was the least bad outcome,” Ms. Hale of the "
                + "Harbor League said.";
        assertEquals("Ms. Hale of the Harbor League", source(t, find(t, "“It was")));
        assertEquals(new Speaker("Jo Hale", "lawyer", ""), speaker(t, "“It was"));
        String u = "Tom Kasp from the Pier Trust said the plan would fail.";
        assertEquals("Tom Kasp from the Pier Trust", source(u, find(u, "the plan")));
        String v = "Clinton began Sunday with a signed letter. She said “nothing changed.”";
        assertTrue(new AttributionExtractor().extract(v, ArticleContext.none()).stream()
                .noneMatch(a -> a.source().filter(sp -> sp.of(v).contains("Sunday")).isPresent()), "no day heads a source");
    }

    @Test
    void aCapitalizedNounOpeningTheSentenceBeforeOfIsAGroupNotAName() {
        String t = "Leaders of the organization said the plan would fail.";
        Speaker leaders = speaker(t, "the plan");
        assertEquals("leaders of the organization", leaders.name());
        assertTrue(!leaders.isNamed(), "a group is no named person");
        String u = "Tom Kasp runs the Pier Trust. Kasp of the Pier Trust said the plan would fail.";
        assertEquals("Tom Kasp", speaker(u, "the plan").name());
    }

    @Test
    void aNumberWithASlashModifiesTheSource() {
        String t = "“They are wrong about the harbour,” said 9/11 widow Tia Kasp. She spoke for an hour.";
        assertEquals("9/11 widow Tia Kasp", source(t, find(t, "“They are")));
        assertEquals(new Speaker("Tia Kasp", "widow", ""), speaker(t, "“They are"));
    }

    @Test
    void aMixedQuoteContinuedAfterALongReportingClauseIsDirect() {
        String t = "Both parties \"saw the harbour as a town reeling under pressure,\" said Tom Kasp, who served as "
                + "harbour master under the late mayor Jo Hale for many years. \"In that sense, it was an open door.\"";
        List<Attribution> all = extractor.extract(t, ArticleContext.none());
        assertEquals(1, all.size());
        assertTrue(all.get(0).direct(), "both quotations are most of the content once the clause is left out");
        assertTrue(all.get(0).content().of(t).endsWith("open door.\""));
    }

    @Test
    void onePartOfAGroupIsTheSourceOnEitherSideOfTheCue() {
        String t = "“There is no path for the pier,” said one of those advisers, who spoke on the condition of anonymity.";
        assertEquals("one of those advisers", speaker(t, "“There is").name());
        String u = "Most of his supporters said the pier would stay open.";
        assertEquals("most of his supporters", speaker(u, "the pier").name());
        String v = "All of the Harbor League said the pier would stay open.";
        assertEquals("All of the Harbor League", speaker(v, "the pier").name());
    }

    @Test
    void oneOfAGroupIsNoLaterThey() {
        String t = "A person close to the board said the pier would close. One of the members said the vote was near. "
                + "They said the plan was old.";
        assertEquals("a person close to the board", speaker(t, "the plan").name());
    }

    @Test
    void aCountryWithAnAppositiveIsNoPerson() {
        String t = "Tom Kasp is the energy minister of Qatar. He spoke to Harbor Radio’s Ana Lund on Tuesday. "
                + "Qatar’s exports will rise next year, he said. Qatar, one of the world’s top suppliers, signed a deal.";
        assertEquals("Tom Kasp", speaker(t, "Qatar’s exports").name());
        String u = "Britain and France in particular said the pier would stay open.";
        assertEquals("Britain and France in particular", speaker(u, "the pier").name());
    }

    @Test
    void aRoleBeforeANameKeepsTheNounsThatSayOfWhat() {
        String t = "“It’s always nice to be wanted,” Qatar’s energy minister Tom Kasp said on Thursday.";
        assertEquals(new Speaker("Tom Kasp", "energy minister", "Qatar"), speaker(t, "“It’s always"));
        String u = "“The pier stays open,” said conservative radio host Jo Hale.";
        assertEquals(new Speaker("Jo Hale", "conservative radio host", ""), speaker(u, "“The pier"));
        String v = "Real estate mogul Jo Hale said the pier would stay open.";
        assertEquals(new Speaker("Jo Hale", "mogul", ""), speaker(v, "the pier"));
        String w = "The board met presidential candidate Jo Hale on Monday. Hale said the pier would stay open.";
        assertEquals("presidential candidate", speaker(w, "the pier").role());
    }

    @Test
    void anAsideWithAccordingToAfterThatLeavesTheClauseToTheSpeaker() {
        String t = "Jo Hale said that, according to Harbor intelligence, even the board does not agree with the plan, "
                + "\"because they understand the damage it will do to the town.\"";
        List<Attribution> all = extractor.extract(t, ArticleContext.none());
        Attribution quoted = all.stream().filter(a -> a.content().of(t).contains("because they")).findFirst().orElseThrow();
        assertEquals("Jo Hale", quoted.speaker().orElseThrow().name());
        assertTrue(quoted.content().of(t).startsWith("even the board"), quoted.content().of(t));
        assertTrue(all.stream().noneMatch(a -> a.cue().filter(c -> c.of(t).equals("agree")).isPresent()), "agreeing is no report here");
    }

    @Test
    void aPeopleBeforeAGroupNounIsPartOfTheSource() {
        String t = "“The pier will close,” said Ukrainian intelligence.";
        assertEquals("Ukrainian intelligence", source(t, find(t, "“The pier")));
        String u = "American military officials said the pier would stay open.";
        assertEquals("american military officials", speaker(u, "the pier").name(), "a group is no named speaker");
    }

    @Test
    void aPostToAnAbbreviatedPlaceIsTheRoleNotPartOfTheName() {
        String t = "In an interview, U.S. Ambassador to the U.N. Jo Hale said the funds were safe. "
                + "“They will be for humanitarian purposes,” Hale said.";
        assertEquals(new Speaker("Jo Hale", "U.S. Ambassador to the U.N.", ""), speaker(t, "“They will"));
        String u = "“The pier stays,” said U.S. Steel.";
        assertEquals(new Speaker("U.S. Steel", "", ""), speaker(u, "“The pier"));
        String v = "US Ambassador to Israel Jo Hale writes, “The ties are unbreakable.”";
        assertEquals(new Speaker("Jo Hale", "US Ambassador to Israel", ""), speaker(v, "“The ties"));
        String w = "Jo Hale, former adviser to Vice President Ivo Marsh, said the ties were unbreakable.";
        assertEquals("Jo Hale", speaker(w, "the ties").name());
    }

    @Test
    void anOfficeWithItsFieldIsTheRoleBeforeTheName() {
        assertEquals(new Speaker("Pete Hale", "U.S. Secretary of Transportation", ""),
                speaker("U.S. Secretary of Transportation Pete Hale said the bridge would reopen.", "the bridge"));
        assertEquals(new Speaker("Jeh Kasp", "Secretary of Homeland Security", ""),
                speaker("Secretary of Homeland Security Jeh Kasp said the border was calm.", "the border"));
        String t = "Ann Hale, a former speechwriter to Secretary of State Madeline Kerr, said the talks had failed.";
        assertEquals("Ann Hale", speaker(t, "the talks").name());
        String u = "Jen Hale spoke after Matt Kerr on Monday. “We will win the vote,” she said.";
        assertEquals("Jen Hale", speaker(u, "“We will").name());
        assertEquals(new Speaker("Ivo Marsh", "United Nations Secretary-General", ""),
                speaker("United Nations Secretary-General Ivo Marsh said the war must end.", "the war"));
        String then = "He spoke of then-Secretary of State Colin Hale in 2002. Hale, a Republican, said the remark "
                + "was unfortunate.";
        assertEquals(new Speaker("Colin Hale", "then-Secretary of State", ""), speaker(then, "the remark"));
    }

    @Test
    void anImpressionInsideAReportIsPartOfItsContent() {
        String t = "Jo Hale said Sunday that she is glad the mayor appeared to be feeling better and looks forward to "
                + "“seeing him back at work.”";
        List<Attribution> all = extractor.extract(t, ArticleContext.none());
        assertEquals(1, all.size(), () -> all.toString());
        assertEquals("Jo Hale", source(t, all.getFirst()));
        assertTrue(all.getFirst().content().of(t).endsWith("back at work.”"), all.getFirst().content().of(t));
        String u = "The mayor appeared unsteady at the debate.";
        assertEquals("appeared", find(u, "The mayor appeared").cue().orElseThrow().of(u), "an impression of its own stays");
    }

    @Test
    void anAppositiveOpeningWithAPossessiveNamesARelation() {
        String t = "Even Harbor, Tarnia’s only ally and its lifeline to the sea, said it was “resolutely opposed” to the dam.";
        assertEquals("Harbor, Tarnia’s only ally and its lifeline to the sea", source(t, find(t, "it was")));
        String u = "Jo Hale, Dara Holm’s former campaign manager, said the pier would stay open.";
        assertEquals(new Speaker("Jo Hale", "Dara Holm’s former campaign manager", ""), speaker(u, "the pier"));
        String v = "In Harbor, Holm’s day ended at the pier, where she said the dam would close.";
        assertTrue(extractor.extract(v, ArticleContext.none()).stream()
                .noneMatch(a -> a.source().filter(s -> s.of(v).startsWith("Harbor")).isPresent()), "a clause is no appositive");
    }

    @Test
    void aNameWhoseLettersWereMisDecodedStaysOneName() {
        // "é" and "ç" written as UTF-8 and read back as Latin-1, as copied pages often carry them
        String t = "“Europe must defend itself,” French President Fran\u00c3\u00a7ois Hollande said Friday. "
                + "“We are ready,” Ren\u00c3\u00a9 Dubois added.";
        assertEquals("Fran\u00c3\u00a7ois Hollande", speaker(t, "“Europe").name());
        assertEquals("Ren\u00c3\u00a9 Dubois", speaker(t, "“We are").name());
    }

    @Test
    void aQuotationAfterTheSecondOfTwoCoordinatedVerbsIsThatVerbsReport() {
        String t = "The senator visited the port and vowed to punish “those who break the harbor rules.”";
        Attribution a = find(t, "to punish");
        assertEquals("vowed", a.cue().orElseThrow().of(t));
        assertEquals("The senator", source(t, a));
    }

    @Test
    void aReportAfterAccordingToIsItsContentNotAnAppositive() {
        String t = "According to Harbor News, city spokesman Jo Hale said Friday that if the mayor won, "
                + "“she would sign the bill the day it came to her desk.”";
        List<Attribution> all = extractor.extract(t, ArticleContext.none());
        assertEquals(1, all.size(), () -> all.toString());
        assertEquals("Harbor News", source(t, all.getFirst()));
        assertTrue(all.getFirst().content().of(t).startsWith("city spokesman Jo Hale said"), all.getFirst().content().of(t));
        String u = "According to Jo Hale, a professor at Harbor College, “the bill is dead.”";
        assertEquals("Jo Hale, a professor at Harbor College", source(u, find(u, "“the bill")));
    }

    @Test
    void aQuotationResumedAfterAParticipleOfItsReportingClauseIsOneQuotation() {
        String t = "“Every time you say that,” Jo Hale said, pointing at the witness, “you give the other side a reason.”";
        List<Attribution> all = extractor.extract(t, ArticleContext.none());
        assertEquals(1, all.size(), () -> all.toString());
        assertEquals("said", all.getFirst().cue().orElseThrow().of(t));
        assertTrue(all.getFirst().content().of(t).endsWith("a reason.”"), all.getFirst().content().of(t));
        assertTrue(all.getFirst().direct());
    }

    @Test
    void anAudienceEndsAtThatEvenAfterItsPlaceName() {
        String t = "He told an invited crowd at Harbor’s Union League club that he wants a port policy "
                + "\"focused on the town’s core interests.\"";
        Attribution told = find(t, "he wants");
        assertEquals("told", told.cue().orElseThrow().of(t));
        assertTrue(told.content().of(t).startsWith("he wants"), told.content().of(t));
    }

    @Test
    void aParticipleAfterADashAsideBelongsToTheMainClause() {
        String t = "The marchers walked the streets around the stadium - where the Harbor Gulls played the Tarns - "
                + "while chanting, \"Open the pier now.\"";
        assertEquals("The marchers", source(t, find(t, "\"Open the pier")));
    }

    @Test
    void asSomeonePutItInAStatementStillIntroducesWhatFollowsItsComma() {
        String t = "As Ms. Reyes put it in a statement to my colleague Tom M. Kasp in July, the network is "
                + "“providing a view you won’t get from the mainstream press.”";
        Attribution a = find(t, "the network");
        assertEquals("Ms. Reyes", source(t, a));
        assertTrue(a.direct());
    }

    @Test
    void aCueInsideAnOpeningWithPhraseLeavesTheMainClauseAlone() {
        String t = "With harbor leaders increasingly worried about a lack of passion for the plan among young voters "
                + "in the old town, Mayor Jo Hale is rolling out a new and more personal message: “It’s about me.”";
        assertEquals("Mayor Jo Hale", source(t, find(t, "“It’s about me")));
        Attribution worried = find(t, "about a lack");
        assertTrue(worried.content().of(t).endsWith("old town"), worried.content().of(t));
    }

    @Test
    void aRelativeClauseInsideAQuotingContentIsPartOfIt() {
        String t = "Asked about it, the senator acknowledged that there are still “some people” who feel that way, "
                + "“but not among the vast majority.”";
        Attribution a = find(t, "there are still");
        assertEquals("the senator", source(t, a));
        assertTrue(a.content().of(t).endsWith("vast majority.”"), a.content().of(t));
        assertTrue(extractor.extract(t, ArticleContext.none()).stream()
                .noneMatch(x -> x.source().filter(s -> s.of(t).equals("who")).isPresent()), "the relative clause is no report");
    }

    @Test
    void aQuotationAfterAColonIsTheNearestClausesSubjects() {
        String t = "Of course, as Tom Kasp of the Harbor Ledger observed, the biggest winner was not on the stage, it was "
                + "the stage itself:\n\n“The clear winner of the night was the network that ran it.”";
        assertEquals("Tom Kasp of the Harbor Ledger", source(t, find(t, "“The clear winner")));
    }

    @Test
    void aGerundAfterBeforeReportsItsOwnQuotationNotTheOneOpeningTheSentence() {
        String t = "“Promise you’ll keep your hands in sight,” Dara Holm sings to the mayor before asking her, "
                + "“I just want to know, where do we go from here?”\n\n“Harbor Skin (41 Shots)”\n\nThe clip ran on Monday.";
        Attribution first = find(t, "“Promise");
        assertEquals("Dara Holm", source(t, first));
        assertTrue(first.content().of(t).endsWith("sight,”"), first.content().of(t));
        Attribution asked = find(t, "“I just want");
        assertEquals("asking", asked.cue().orElseThrow().of(t));
        assertEquals("Dara Holm", source(t, asked));
        assertTrue(asked.content().of(t).endsWith("here?”"), "a title in the next paragraph goes on no one's words");
    }

    @Test
    void aClauseOfTimeAfterAnOpeningQuotationIsNotTheSpeakers() {
        String t = "In the video, she repeatedly says \"Don't you do it,\" until the sirens are heard.";
        Attribution a = find(t, "\"Don't");
        assertEquals("\"Don't you do it,\"", a.content().of(t));
        assertTrue(a.direct());
    }

    @Test
    void aQuotationGoesOnAfterItsReportingClauseInsideAnotherReport() {
        String t = "Dara Holm said she felt the old law was worth examining because “most people don’t know about "
                + "that loophole,” she said. “We have no context for the present if we don’t know the past.”";
        Attribution a = extractor.extract(t, ArticleContext.none()).stream()
                .filter(x -> x.content().of(t).contains("“We have no context")).findFirst().orElseThrow();
        assertEquals("she", source(t, a));
        assertTrue(a.content().of(t).contains("loophole"), a.content().of(t));
        assertEquals("Dara Holm", a.speaker().orElseThrow().name());
    }

    @Test
    void aBareVerbFormAfterASingularIndefiniteIsANoun() {
        String t = "Citing last week’s flood as a wake-up call for the town and its “dreams of an easy summer,” "
                + "Jo Hale urged the council to act.";
        assertTrue(extractor.extract(t, ArticleContext.none()).stream()
                .noneMatch(a -> a.source().filter(s -> s.of(t).startsWith("a wake-up")).isPresent()), "a wake-up call is no report");
        String u = "A third say they will vote for the plan, the poll found.";
        assertEquals("A third", source(u, find(u, "they will vote")));
    }

    @Test
    void aParticipleAfterANestedReportSpeaksForTheSentencesSubject() {
        String t = "The crowd pushed. She said she was thinking, “Oh my God, this can’t be happening,” adding, "
                + "“I had no names for my feelings.”";
        assertEquals("She", source(t, find(t, "“I had no names")));
        String u = "Hale's tactics were apparent this week when court filings revealed that he has sought $10 million "
                + "in damages from Tom Kasp, alleging that the former aide leaked “confidential information” to the press.";
        assertEquals("he", source(u, find(u, "the former aide")), "a document's clause keeps its own subject");
    }

    @Test
    void theAgentOfAParticipleIsNotTheSubject() {
        String t = "A memo obtained by Harbor News says the pier failed its last inspection.";
        assertEquals("A memo", source(t, find(t, "the pier")));
        String u = "A report released by the committee on Tuesday said the pier would close.";
        assertEquals("A report", source(u, find(u, "the pier")));
        String v = "The plan was rejected by the committee, which said the pier would close.";
        assertTrue(extractor.extract(v, ArticleContext.none()).stream()
                .noneMatch(a -> a.source().filter(s -> s.of(v).equals("The plan")).isPresent()), "a passive clause keeps its agent");
    }

    @Test
    void aRelativeClauseAfterAnInvertedSourceReportsItsOwnQuotation() {
        String t = "The city was tense. \"People are angry,\" said Harbor Alderman Jo Hale, who thinks the mayor and his "
                + "staff \"need to be more open with the community.\"";
        Attribution first = find(t, "\"People are angry");
        assertEquals("Harbor Alderman Jo Hale", source(t, first));
        assertTrue(first.content().of(t).endsWith("angry,\""), first.content().of(t));
        Attribution second = find(t, "the mayor and his staff");
        assertEquals("who", source(t, second));
        assertEquals(first.speaker(), second.speaker(), "who is the source just named");
        String u = "“The deal is dead,” said one Democrat familiar with the talks, who added that the mayor seemed "
                + "“in no hurry at all.”";
        assertEquals("one Democrat familiar with the talks", speaker(u, "the mayor seemed").name());
    }

    @Test
    void aQuotationClaimedByAReportingClauseAfterItIsThatClauses() {
        String t = "The statement also referenced the impact it said the mayor would have on the harbor: "
                + "“Her fight has opened the door for all of us,” the union wrote.";
        Attribution q = find(t, "“Her fight");
        assertEquals("the union", source(t, q));
        Attribution referenced = find(t, "the impact");
        assertTrue(referenced.content().of(t).endsWith("the harbor"), referenced.content().of(t));
        String u = "On the trail, Jo Hale regularly pledges to “make the harbor work for everyone,” as she put it on Monday.";
        assertEquals("Jo Hale", source(u, find(u, "to “make")), "an as-X-put-it aside leaves the quotation to the verb");
    }

    @Test
    void aDeniedReportIntroducesNoQuotation() {
        String t = "The talks ended. He didn't suggest retaliation.\n\n\"Our goal is to set some norms for everyone.\"";
        assertTrue(extractor.extract(t, ArticleContext.none()).stream()
                .noneMatch(a -> a.content().of(t).startsWith("\"Our goal")), "the quotation is nobody's here");
    }

    @Test
    void continuingToDoSomethingIsNoReport() {
        String t = "While he did not become mayor at once, Jo Hale continued to build his power base in the harbor wards.";
        assertTrue(extractor.extract(t, ArticleContext.none()).isEmpty(), () -> extractor.extract(t, ArticleContext.none()).toString());
        String u = "The council met. Jo Hale continued, “We will win this vote.”";
        assertEquals("Jo Hale", source(u, find(u, "“We will")));
        String v = "Jo Hale continued to defend the notion that the pier was safe.";
        assertEquals("Jo Hale", source(v, find(v, "the pier was safe")));
    }

    @Test
    void aDocumentToSomeoneIsTheSourceNotItsAddressee() {
        String t = "Jo Hale’s fundraising email to his supporters notes that Tom Kasp “is a civil rights attorney.”";
        assertEquals("Jo Hale’s fundraising email to his supporters", source(t, find(t, "Tom Kasp")));
        String u = "A memo to council members says the pier will stay open.";
        assertEquals("A memo to council members", source(u, find(u, "the pier")));
    }

    @Test
    void aTimePhraseOpeningASubjectIsNoPartOfIt() {
        String t = "The harbor board grew fast. Last year Holmcorp reported that the pier had lost money. "
                + "Earlier this month Jo Hale said the pier would close.";
        assertEquals("Holmcorp", source(t, find(t, "the pier had")));
        assertEquals("Jo Hale", source(t, find(t, "the pier would")));
        String possessive = "Last week's harbor report said the pier would close.";
        assertEquals("Last week's harbor report", source(possessive, find(possessive, "the pier would")));
    }

    @Test
    void aOneWordLabelNamingNoOneElseIsAListingsField() {
        String awards = "Harbor awards\n\nBest boat\n\nWINNER: The Gull, built in Holmdale\n\nBest crew\n\n"
                + "WINNER: The Vell rowing club\n\nContact: harbor-awards@example.org";
        assertTrue(extractor.extract(awards, ArticleContext.none()).isEmpty());
        String quotedTitles = "DRAMA SERIES\n\n\"The Gull\" (HBO)\n\nWINNER: \"Harbor Lights\" (AMC)\n\n\"Vell\" (Netflix)\n\n"
                + "COMEDY SERIES\n\nWINNER: \"The Pier\" (ABC)\n\n\"Ferry Tales\" (FX)";
        assertTrue(extractor.extract(quotedTitles, ArticleContext.none()).isEmpty());
        // nor is a work signed by its author in a list; a sentence signed by its speaker is a quote
        String works = "Album of the year\n\n“Harbor Songs” — Tia Kasp\n\nWINNER: “Ferry Tales” — The Gulls\n\n"
                + "“We will rebuild the pier.” — Jo Hale";
        assertEquals(List.of("Jo Hale"), extractor.extract(works, ArticleContext.none()).stream()
                .map(a -> a.speaker().orElseThrow().name()).toList());
        // a label of several words on each item of a listing is a field too, a columnist's name on each pick is not
        String gallery = "Harbor in pictures\n\nHide Caption: The pier at dawn, before the ferries start.\n\n"
                + "Hide Caption: The ferry leaving for Vell, with the harbor master on deck.\n\n"
                + "Photographers hide the caption when the picture speaks for itself.";
        assertTrue(extractor.extract(gallery, ArticleContext.none()).isEmpty());
        String picks = "Our picks for the harbor race\n\nTia Kasp: The Gull wins by a length.\n\n"
                + "Tia Kasp: The Vell crew finishes last.";
        assertEquals("Tia Kasp", source(picks, find(picks, "The Gull wins")));
        // a one-word headline label that the article names as a person speaks
        String headline = "Hale: The pier stays open\n\nMayor Jo Hale spoke to reporters on Monday.";
        assertEquals("Hale", source(headline, find(headline, "The pier stays")));
        // speakers taking turns in a transcript need no other mention
        String transcript = "KASP: Will the pier close?\n\nRENNICK: Not this year.\n\nKASP: And next year?\n\n"
                + "RENNICK: That is up to the board.";
        assertEquals("RENNICK", source(transcript, find(transcript, "Not this year")));
    }

    @Test
    void aNameAfterWithIsTheSubjectOfTheGerundAfterIt() {
        String t = "Kasp's visit coincides with Hale announcing that the harbor will train more pilots.";
        assertEquals("Hale", source(t, find(t, "the harbor will")));
    }

    @Test
    void aGallerysCounterIsNoOneAndItsTitleNoPartOfAName() {
        String t = "Mayor Jo Hale opens the pier on June 3. Hide Caption 4 of 9 Photos: The new pier "
                + "Hale leaves the hall. “We will keep the ferries at home this winter,” she said. Hide Caption 5 of 9";
        assertEquals("Jo Hale", speaker(t, "“We will keep").name());
        // the gallery's title runs into each caption, whose subject repeats the surname it ends with
        String captions = "Photos: Mayor Anna Hale Hale opens the pier on June 3. Hide Caption 4 of 9 Photos: Mayor Anna Hale "
                + "Hale leaves the hall. “We will keep the ferries at home this winter,” Hale said. Hide Caption 5 of 9";
        assertEquals("Anna Hale", speaker(captions, "“We will keep").name());
    }

    @Test
    void aPronounIsNoOneNamedInThePhraseOpeningItsClause() {
        String t = "Mayor Anna Hale met Governor Maria Kasp at the pier. Standing alongside Kasp, she was frank. "
                + "“We need a second dredger,” she said.";
        assertEquals("Anna Hale", speaker(t, "“We need").name());
        // a participle opening the sentence opens such a phrase; a name ending in -ing does not
        String named = "King Olaf Berg has released a tribute to Queen Maria Hale, his mother.\n\n"
                + "The King recalled the late Queen’s “devoted service and all she meant to the harbour”.";
        assertEquals("Olaf Berg", speaker(named, "the late Queen").name());
        // the subject of an opening clause, or a topic, may be the pronoun's
        String clause = "Mayor Anna Hale met Governor Maria Kasp at the pier. After Kasp left, she was frank. "
                + "“We need a second dredger,” she said.";
        assertEquals("Maria Kasp", speaker(clause, "“We need").name());
        String topic = "Mayor Anna Hale met Governor Maria Kasp at the pier. As for Kasp, she was frank. "
                + "“We need a second dredger,” she said.";
        assertEquals("Maria Kasp", speaker(topic, "“We need").name());
    }

    @Test
    void aPronounQuotedRightAfterADescribedSourceGoesOnWithIt() {
        String t = "Dealers expect tight supplies with the onset of the Northern Hemisphere winter.\n\n"
                + "“There will be a scramble for fuel this winter,” one dealer said. “I expect higher prices,” he added.";
        assertEquals("one dealer", speaker(t, "“I expect").name());
        // a named source before it is still the one "he" goes on with
        String named = "“There will be a scramble for fuel this winter,” Piet Kasp said. “I expect higher prices,” he added.";
        assertEquals("Piet Kasp", speaker(named, "“I expect").name());
    }

    @Test
    void anOfficesFieldBeforeANameIsNoPartOfIt() {
        String t = "Fees will rise, Harbor Minister of Mines and Energy Kasparo told Reuters. "
                + "Fees will fall, Minister of Trade and Industry Anna Hale said. "
                + "Ferries will run, Health Secretary of Health Maria Berg said. "
                + "Piers will close, Secretary of State Tova Lind said.";
        assertEquals("Kasparo", speaker(t, "Fees will rise").name());
        assertEquals("Harbor Minister of Mines and Energy", speaker(t, "Fees will rise").role());
        assertEquals("Anna Hale", speaker(t, "Fees will fall").name());
        assertEquals("Minister of Trade and Industry", speaker(t, "Fees will fall").role());
        assertEquals("Maria Berg", speaker(t, "Ferries will run").name());
        Speaker secretary = speaker(t, "Piers will close");
        assertEquals("Tova Lind", secretary.name());
        assertEquals("Secretary of State", secretary.role());
    }

    @Test
    void aReserveIsAnOrganizationNotAPersonWithATitle() {
        String t = "Harbor fees will rise, the Federal Reserve said on Wednesday.";
        assertEquals("Federal Reserve", speaker(t, "Harbor fees").name());
    }

    @Test
    void anAddingAfterAGroupsBeliefInsideAReportIsTheReportersWords() {
        String t = "The board met on Monday. Mayor Jo Hale said that harbour officials believe fees will not fall soon, "
                + "adding, “In that world it would not be right to cut them.”";
        assertEquals("Jo Hale", speaker(t, "“In that world").name());
        // a named person's belief inside the report goes on as before
        String named = "The board met on Monday. Mayor Jo Hale said that Piet Kasp believes fees will not fall soon, "
                + "adding, “In that world it would not be right to cut them.”";
        assertEquals("Piet Kasp", speaker(named, "“In that world").name());
    }

    @Test
    void timeWordsOwningWhatFollowsOpenTheContent() {
        String t = "A harbour official said this year’s outlook for exports is much healthier.";
        assertEquals("this year’s outlook for exports is much healthier", find(t, "this year").content().of(t));
        String plain = "A harbour official said this year the outlook for exports is much healthier.";
        assertEquals("the outlook for exports is much healthier", find(plain, "the outlook").content().of(plain));
    }

    @Test
    void theNameAfterAnOfficesFieldIsThePerson() {
        String t = "Vell Undersecretary of State for Economic Affairs Allen Wallis said the harbour talks went well. "
                + "“Our message was clear,” he told reporters.";
        Speaker s = speaker(t, "the harbour");
        assertEquals("Allen Wallis", s.name());
        assertEquals("Vell Undersecretary of State for Economic Affairs", s.role());
        assertEquals("Allen Wallis", speaker(t, "“Our message").name());
        String us = "U.S. Undersecretary of State for Economic Affairs Allen Wallis said the harbour talks went well.";
        assertEquals("Allen Wallis", speaker(us, "the harbour").name());
        String undersecretary = "The harbour board would not say what it plans. But in a filing, Harbour Department "
                + "Undersecretary Jo Kvaal wrote that the board expects defaults. He wrote that the board was examining options.";
        assertEquals("Jo Kvaal", speaker(undersecretary, "the board was").name());
        String field = "The harbour stayed shut. Vell Minister of Public Safety Marco Mendo spoke on Monday. "
                + "Mendo said the blockades would end.";
        assertEquals("Vell Minister of Public Safety", speaker(field, "the blockades").role());
        String twoPeople = "The harbour was calm after comments by Board Chairman Paul Volk and Vell Finance Minister Kiichi "
                + "Mori. Mori said the currency was stable.";
        assertEquals("Vell Finance Minister", speaker(twoPeople, "the currency").role());
        String nobody = "The Secretary of State for Trade and Industry said he would not refer the harbour bid.";
        assertFalse(speaker(nobody, "he would").isNamed());
    }

    @Test
    void aFieldsNameIsNoPerson() {
        String t = "A Ministry of Foreign Affairs official said the harbour would reopen. The fees will fall, he said.";
        Attribution a = find(t, "The fees");
        assertTrue(a.speaker().map(s -> !s.isNamed()).orElse(true), "no person named Affairs: " + a.speaker());
    }

    @Test
    void aStormIsNoPerson() {
        String t = "The harbour closed before Hurricane Ian made landfall. On Thursday, she said 14 more stores had closed.";
        Attribution a = find(t, "14 more");
        assertTrue(a.speaker().map(s -> !s.name().contains("Ian")).orElse(true), "a storm spoke: " + a.speaker());
    }

    @Test
    void aStormNamedAloneIsNoSpeakerEither() {
        String t = "Hurricane Nicole reached the coast on Tuesday. Nicole is threatening to barrel into the bay early Saturday. "
                + "The National Hurricane Center said the harbour would flood.";
        assertTrue(extractor.extract(t, ArticleContext.none()).stream()
                .noneMatch(a -> a.speaker().map(s -> s.name().contains("Nicole")).orElse(false)), "a storm spoke");
        assertEquals("National Hurricane Center", speaker(t, "the harbour").name());
    }

    @Test
    void slammingIntoSomethingIsNoReport() {
        String t = "The storm slammed into the harbour on Tuesday. The mayor slammed the decision as reckless.";
        assertTrue(extractor.extract(t, ArticleContext.none()).stream().noneMatch(a -> a.content().of(t).contains("harbour")));
        assertEquals("the mayor", speaker(t, "the decision").name());
    }

    @Test
    void aMentionRunOverALineBreakIsNamedOnOneLine() {
        String t = "Summit, a small lender, was insolvent, the\nspokesman said.";
        assertEquals("the spokesman", speaker(t, "Summit").name());
    }

    @Test
    void theOneQuotedAfterQuoteAndAColonSpeaks() {
        String t = "The question was answered long ago. Allow me to quote Jo Hale: \"We are all in this harbour together.\"";
        assertEquals("Jo Hale", speaker(t, "\"We are all").name());
    }

    @Test
    void aFieldsTitleWordIsNoTitleOfTheNameAfterIt() {
        String t = "Vell Minister of State for Foreign Affairs Adel al-Kasp said his country would cut harbour fees.";
        Speaker s = speaker(t, "his country");
        assertEquals("Adel al-Kasp", s.name());
        assertEquals("Vell Minister of State for Foreign Affairs", s.role());
    }

    @Test
    void aSurnameWithItsParticlesIsThePersonNamedBefore() {
        String t = "Harbour Commission President Ursula van der Hale spoke on Monday. Van der Hale said the plan was ready.";
        assertEquals("Ursula van der Hale", speaker(t, "the plan").name());
    }

    @Test
    void aCourtesyTitleIsNoPartOfTheName() {
        assertEquals("Nicolás Kasp", new Speaker("Mr. Nicolás Kasp", "President", "").name());
        assertEquals("HALE", new Speaker("MR. HALE", "", "").name());
        assertEquals("Dr. Jo Hale", new Speaker("Dr. Jo Hale", "", "").name()); // a title of office or degree stays
    }

    @Test
    void aPersonWelcomedByAnotherIsAGreetingNotAStance() {
        String t = "Vell leader Jo Hale is welcomed by Foreign Minister Omar Kasp at the harbour airport.";
        assertTrue(extractor.extract(t, ArticleContext.none()).isEmpty());
        String plan = "The harbour plan was welcomed by the mayor, who called it overdue.";
        assertEquals("the mayor", speaker(plan, "The harbour plan").name());
        String move = "The Hale move was welcomed by harbour developers.";
        assertEquals("harbour developers", speaker(move, "The Hale move").name());
    }

    @Test
    void aNameAfterACountrysOfficeIsThePerson() {
        String t = "Vell's Harbour Minister Hisham Kasp said the port would not cut its fees.";
        Speaker s = speaker(t, "the port");
        assertEquals("Hisham Kasp", s.name());
        assertEquals("Harbour Minister", s.role());
    }

    @Test
    void theBodyBeforeAnOfficesOfIsPartOfTheRole() {
        String t = "Bank of Vell Governor Mark Kasp said the harbour bank would not raise rates.";
        assertEquals("Bank of Vell Governor", speaker(t, "the harbour").role());
    }

    @Test
    void aTreasurerIsATitle() {
        String t = "The harbour will not be able to pay its bills, Treasurer Jo Hale has warned.";
        Speaker s = speaker(t, "The harbour");
        assertEquals("Jo Hale", s.name());
        assertEquals("Treasurer", s.role());
    }

    @Test
    void aSentenceAdverbOpeningTheMentionNamesNoOne() {
        String t = "Indeed, Tom Kasp, director of the Harbour Defense Project, said the wall is “not a game-changer.”";
        Speaker s = speaker(t, "the wall");
        assertEquals("Tom Kasp", s.name());
        assertEquals("director", s.role());
    }

    @Test
    void theObjectOfAnOpeningPrepositionIsNoSubject() {
        String t = "In nearby Harborton, the old steel mill is under pressure from imports, said the mill’s chief "
                + "executive, Jo Hale.";
        Speaker s = speaker(t, "In nearby Harborton, the old steel mill");
        assertEquals("Jo Hale", s.name());
        assertEquals("mill’s chief executive", s.role());
    }

    @Test
    void theSubjectFollowsAnOpeningPhraseEndingInATimeWordOrAComma() {
        String noComma = "On Sunday Vell’s energy minister, Omar Kasp, said the island had two days of fuel left.";
        assertEquals("Vell’s energy minister, Omar Kasp", source(noComma, find(noComma, "the island")));
        String comma = "In a news conference, the director of the bank’s trade department, Jo Hale, said the strikes "
                + "had hurt exports.";
        assertEquals("Jo Hale", speaker(comma, "the strikes").name());
        String clauseAfterTime = "In the past week, the number of claims was about a third of last year’s, said Anna Hale, "
                + "director of the labour department.";
        assertEquals("Anna Hale", speaker(clauseAfterTime, "In the past week").name());
        String clause = "After Sen. Jo Hale, R-Maine, criticized the plan, the mayor said it would go ahead.";
        assertEquals("Sen. Jo Hale, R-Maine", source(clause, find(clause, "the plan")));
    }

    @Test
    void aRoleBeforeANameAfterAnInvertedCueIsTheNamesRole() {
        String t = "The mill will close in May, said the chief executive of Harbor Steel, Anna Hale.";
        Speaker s = speaker(t, "The mill");
        assertEquals("Anna Hale", s.name());
        assertEquals("chief executive", s.role());
        assertEquals("Harbor Steel", s.organization());
        String place = "The mill will close in May, said the mayor of Harborton, New Vell.";
        assertEquals("the mayor of Harborton", source(place, find(place, "The mill")));
    }

    @Test
    void anOpeningPhraseAloneIsNoContent() {
        String t = "On Tuesday, his wife, Jane, urged an open primary process.";
        assertTrue(extractor.extract(t, ArticleContext.none()).isEmpty(),
                () -> extractor.extract(t, ArticleContext.none()).toString());
        // news agencies write a sentence's opening phrase without its comma
        String agency = "Over the year business volume rose by a tenth, Jo Hale said.";
        assertEquals("Jo Hale", source(agency, find(agency, "Over the year")));
        String records = "After Mr. Hale bought the jet in 2011 he made a number of changes, records show.";
        assertEquals("records", source(records, find(records, "After Mr. Hale")));
        String count = "At least 16 people remain in hospital, Gov. Jo Hale said.";
        assertEquals("Gov. Jo Hale", source(count, find(count, "At least 16")));
    }

    @Test
    void usInCapitalsIsTheCountry() {
        String inverted = "The summit can still succeed, said US officials.";
        assertEquals("US officials", source(inverted, find(inverted, "The summit")));
        String t = "Vell’s President Omar Kasp spoke on Monday. The US accused him of hiding troops near the border.";
        assertEquals("US", speaker(t, "him of").name());
    }

    @Test
    void aRelativeClausesContentEndsWhereTheMainClauseGoesOn() {
        String t = "Maria Kasp, who has denied the charges, has been in jail since July.";
        Attribution denied = find(t, "the charges");
        assertEquals("the charges", denied.content().of(t));
        assertEquals("Maria Kasp", denied.speaker().orElseThrow().name());
        String quoted = "Jo Hale, who calls the mayor a “liar,” has not said what she would do instead.";
        assertEquals("the mayor a “liar,”", find(quoted, "the mayor").content().of(quoted));
        String shortObject = "Omar Kasp, who endorsed Hale on Tuesday, said he agrees with her.";
        assertEquals("Hale on Tuesday", find(shortObject, "Hale").content().of(shortObject));
        String oneName = "Omar Kasp, who endorsed Hale, will speak on Friday.";
        assertEquals("Hale", find(oneName, "Hale").content().of(oneName));
        String coordinated = "Omar Kasp, who has expressed support for the tax and has criticized Hale, is running.";
        assertEquals("support for the tax and has criticized Hale", find(coordinated, "support").content().of(coordinated));
    }

    @Test
    void aGroupAndItsPlaceSpeakAsTheGroup() {
        String town = "Residents in the town said the water was unsafe.";
        assertEquals("residents in the town", speaker(town, "the water").name());
        String city = "Officials in Harborton said the storm had cut power to 5,000 homes.";
        assertEquals("officials in Harborton", speaker(city, "the storm").name());
        String region = "Farmers across the region say the drought is the worst in decades.";
        assertEquals("farmers across the region", speaker(region, "the drought").name());
        String bank = "Economists at Vell Bank said rates would rise.";
        assertEquals("economists at Vell Bank", speaker(bank, "rates").name());
        String person = "Jo Hale in Harborton said the water was unsafe.";
        assertEquals("Jo Hale", speaker(person, "the water").name());
    }

    @Test
    void aYearAfterAPrepositionIsNoSource() {
        String panel = "Vell kept its cool, though an arbitration panel in 2001 found the port was in breach of the treaty.";
        assertEquals("an arbitration panel", source(panel, find(panel, "the port")));
        String rules = "The harbour rules adopted in 2004 said ships must report their cargo.";
        assertEquals("The harbour rules", source(rules, find(rules, "ships must")));
        String officials = "Harbour officials involved said the talks had failed.";
        assertEquals("Harbour officials", source(officials, find(officials, "the talks")));
        String arrived = "Rescue workers who first arrived said the bridge had collapsed.";
        assertEquals("Rescue workers", source(arrived, find(arrived, "the bridge")));
    }

    @Test
    void whereAndWhenAfterASayingVerbAreNoContent() {
        String t = "The harbour will close in May, Omar Kasp said in an earlier speech to trainees at the Vell Port Authority.";
        assertEquals("The harbour will close in May", find(t, "The harbour").content().of(t));
        // another verb's phrase is what it is about
        String weighed = "As caucusing got under way, voters weighed in on their picks for the chairmanship of the "
                + "harbour board.";
        assertEquals("voters", source(weighed, find(weighed, "in on their picks")));
    }

    @Test
    void aTitleInCapitalsAfterAnOwnersPossessiveIsARole() {
        String t = "Vell's Foreign Minister, Jo Hale, said the plan would fail.";
        Speaker s = speaker(t, "the plan");
        assertEquals("Jo Hale", s.name());
        assertEquals("Vell's Foreign Minister", s.role());
        String after = "The vote came weeks after Vell’s President, Omar Kasp, said the harbour would stay open.";
        assertEquals("Vell’s President", speaker(after, "the harbour").role());
        String event = "The harbour reopened after the Vell governor’s victory, Omar Kasp said.";
        assertEquals("", speaker(event, "The harbour").role());
    }

    @Test
    void theEndOfAnOrganizationsNameInsideAnAppositiveIsNoOne() {
        String t = "For the plan to work, “there has to be enough money,” Dr. Tom Hale, former harbour director and "
                + "president of Resolve to Save Harbours, wrote in an email. “Because many of the ships are old, this "
                + "makes the plan much harder,” he wrote.";
        assertEquals("Tom Hale", speaker(t, "“Because many").name());
    }

    @Test
    void aLegislatorsPartyAndHomeTownAreNoName() {
        String t = "House Minority Leader Jo Konfa said it was a step back. “Vell should have the final say,” Konfa, "
                + "D-Windsor Heights, said in a statement.";
        assertEquals("Jo Konfa", speaker(t, "“Vell should").name());
    }

    @Test
    void aLinksLabelGivesTheWordsToTheOneWhoseWordsTheyAre() {
        String t = "President Omar Kasp spoke on Monday.\n\nRead Kasp's full statement on the harbour\n\n"
                + "“This morning, I met with my harbour team and my commanders in the field.”";
        assertEquals("Omar Kasp", speaker(t, "“This morning").name());
        String adjectives = "Gov. Jo Hale vetoed the bill. Hale’s veto message said the bill would harm the harbour.";
        assertEquals("Jo Hale", speaker(adjectives, "the bill would").name());
    }

    @Test
    void anOpeningSubordinateClauseIsNoContent() {
        String t = "While some players decided not to play in Vell, Jo Hale planned on playing as long as he was healthy.";
        assertTrue(extractor.extract(t, ArticleContext.none()).stream()
                .noneMatch(a -> a.content().of(t).startsWith("While some")), t);
        String records = "After Jo Hale bought the jet in 2011 he made a number of changes, records show.";
        assertEquals("records", source(records, find(records, "After Jo Hale")));
        String count = "As many as a third of the shops could close, Jo Hale said in a speech on Monday.";
        assertEquals("Jo Hale", source(count, find(count, "As many as")));
    }

    @Test
    void namesAfterATimeAdverbARoleAndAPlacesPossessive() {
        String later = "Omar Kasp bought the harbour. Later Kasp said the port would change.";
        assertEquals("Omar Kasp", speaker(later, "the port").name());
        String role = "Vell State University meteorologist Jo Hale said the season would be busy.";
        assertEquals("Jo Hale", speaker(role, "the season").name());
        String appositive = "Ana Reyes, an aide to former President Omar Kasp, said the season would be busy.";
        assertEquals("Ana Reyes", speaker(appositive, "the season").name());
        String place = "Gad Allon, a professor at the Vell School, studies ports. Vell’s Allon said the shortages would ease.";
        assertEquals("Gad Allon", speaker(place, "the shortages").name());
        // no role and no known given name: "Bay" is not that person's ("Martha's Bay" is a place)
        String bay = "Rumsen Bay bought a shop in May. Martha's Bay said the shortages would ease.";
        assertEquals("Martha's Bay", speaker(bay, "the shortages").name());
    }

    @Test
    void aParticipleAfterAnArticleInAnAppositiveIsAnAdjective() {
        String t = "Jo Hale, the celebrated harbour engineer, has closed the deal. Hale confirmed the deal on Monday.";
        assertEquals("celebrated harbour engineer", speaker(t, "the deal on").role());
    }

    @Test
    void aRoleBeforeANameKeepsItsProfessionNationalityAndCommonFirstWord() {
        Speaker weather = speaker("Vellweather meteorologist Jo Hale said the storm would weaken.", "the storm");
        assertEquals("meteorologist", weather.role());
        assertEquals("Vellweather", weather.organization());
        Speaker artist = speaker("German artist Jo Hale said he declined the award.", "he declined");
        assertEquals("German artist", artist.role());
        assertEquals("", artist.organization());
        Speaker former = speaker("Former Finnish prime minister Jo Hale said the decision was made.", "the decision");
        assertEquals("former Finnish prime minister", former.role());
        String common = "Conspiracy theorist Jo Hale said the case was rigged. The conspiracy was vast.";
        assertEquals("conspiracy theorist", speaker(common, "the case").role());
        String name = "Kasp spokesman Jo Hale said the plan was set. Governor Omar Kasp agreed.";
        assertEquals("Kasp", speaker(name, "the plan").organization());
    }

    @Test
    void aClauseOpenedByAnAdverbBeforeTheCueIsContentNotAnInsert() {
        String t = "Cutting spending could hurt, especially when the central bank is raising rates, said Jo Hale, "
                + "chief strategist at Vell Capital.";
        Attribution a = find(t, "Cutting spending");
        assertEquals("Jo Hale, chief strategist at Vell Capital", source(t, a));
        assertEquals("Cutting spending could hurt, especially when the central bank is raising rates", a.content().of(t));
        // the object of a verb's preposition before the comma is no subject with an appositive
        String object = "But if the economy does fall into a recession, cutting spending could hurt, especially when "
                + "the central bank is raising rates, said Jo Hale, chief strategist at Vell Capital.";
        assertEquals("Jo Hale, chief strategist at Vell Capital", source(object, find(object, "But if")));
    }

    @Test
    void anAgreementOrAPatrolNamedInCapitalsIsNoPerson() {
        String t = "A deputy called the Lantern Patrol. “It was cold,” he said. Agents sent him to Vell under the "
                + "Lantern Transit Protocols three days later. “It was hard,” he said.";
        // the deputy just described may go on speaking; no patrol or protocol does
        assertEquals("a deputy", find(t, "“It was cold").speaker().map(Speaker::name).orElse("a deputy"), t);
        assertTrue(find(t, "“It was hard").speaker().isEmpty(), t);
    }

    @Test
    void aHeadingOrALinkBetweenParagraphsIsNoPronounsAntecedent() {
        String t = "But Jo Hale, a fellow at the Vell Institute, said that the talks had stalled.\n\n"
                + "Vell pact:Kasp wrecked it. Omar Kasp wants to restore it. Just don't call it a deal\n\n"
                + "He said the exchange was a step toward calm.";
        assertEquals("Jo Hale", speaker(t, "the exchange").name());
    }

    @Test
    void anOpeningForAndANameGivesTheViewOfWhoSpeaksNext() {
        String t = "Teo Amparo, a professor at Vell University, said the forest mattered.\n\n"
                + "For Amparo, the pledge could be a springboard for Vell’s standing, a shift after Kasp warned the "
                + "world away from the forest. “Vell would try to rebrand itself,” he said.";
        assertEquals("Teo Amparo", speaker(t, "“Vell would").name());
        String noun = "Amparo, the pledge could be a springboard. Amparo said it was true.";
        assertEquals("", speaker(noun, "it was true").role());
    }

    @Test
    void aGroupNamedInsideAReportDoesNotSpeakOnAsThey() {
        String t = "Western diplomats in Lima say the talks are informal. The diplomats said Peru hoped a new plan "
                + "would be accepted by the fund. This, they said, could give Peru a clean bill of health.";
        assertEquals("the diplomats", speaker(t, "could give").name());
    }

    @Test
    void aPostInCapitalsAfterANameIsItsRoleNotAnotherPerson() {
        String post = "The convoy holds supplies, Jo Hale, Emergency Relief Coordinator, said in a press release.";
        Speaker hale = speaker(post, "The convoy");
        assertEquals("Jo Hale", hale.name());
        assertEquals("Emergency Relief Coordinator", hale.role());
        String hyphen = "The convoy holds supplies, Jo Hale, Under-Secretary-General for Harbour Affairs, said on Monday.";
        assertEquals("Jo Hale", speaker(hyphen, "The convoy").name());
        String phrase = "The convoy holds supplies, with the support of the U.N., Jo Hale, Under-Secretary-General for "
                + "Harbour Affairs, said in a press release. “I am confident,” he said.";
        assertEquals("Jo Hale, Under-Secretary-General for Harbour Affairs", source(phrase, find(phrase, "The convoy")));
        assertEquals("Jo Hale", speaker(phrase, "“I am").name());
    }

    @Test
    void itAfterACompanysReportIsTheCompany() {
        String t = "Vellcorp Inc said it will buy a mill. It said the deal would close in May.";
        assertEquals("Vellcorp Inc", speaker(t, "the deal").name());
    }

    @Test
    void wordsRunningToTheStopAfterANameThatOpensItsSentenceAreNoRole() {
        String list = "For Jo Hale, the line links him to the ship. Hale said the war was long.";
        assertEquals("", speaker(list, "the war").role());
        String champion = "Jo Hale, the defending champion, said she would play.";
        assertEquals("defending champion", speaker(champion, "she would").role());
    }

    @Test
    void aRolesRelativeClauseIsLeftOut() {
        assertEquals("pastor", PersonRegistry.splitRole("a pastor who")[0]);
        String[] professor = PersonRegistry.splitRole("an economist at Vell University who’s taken to the radio");
        assertEquals("economist", professor[0]);
        assertEquals("Vell University", professor[1]);
        String[] second = PersonRegistry.splitRole("president of Vell Right to Life and a coordinator for the campaign");
        assertEquals("Vell Right to Life", second[1]);
    }

    @Test
    void aKnownNameAfterAnIndefiniteArticleAndAdjectivesIsThatPerson() {
        String t = "Jo Hale won the prize on Sunday. “Thank you so much,” a visibly emotional Hale said.";
        assertEquals("Jo Hale", speaker(t, "“Thank you").name());
    }

    @Test
    void aParagraphThatQuotesSomeoneIsNoHeadingThoughItLacksItsStop() {
        String t = "Ana Reyes praised the coach.\n\nTennis great Jo Hale said the coach would be missed: “He was a true "
                + "storyteller,” she said on Twitter\n\n“He united us,” she added.";
        assertEquals("Jo Hale", speaker(t, "“He united").name());
    }

    @Test
    void aRoleKeepsItsPlaceItsFieldAndItsOwnersName() {
        Speaker owner = speaker("In a statement, IRC’s Vell country director Jo Hale said that the floods were worse.",
                "the floods");
        assertEquals("Vell country director", owner.role());
        assertEquals("IRC", owner.organization());
        Speaker field = speaker("At the same briefing, planning minister Omar Kasp said that the north should act.",
                "the north");
        assertEquals("planning minister", field.role());
        Speaker quoted = speaker("“The mood is tense,” Political analyst Jo Hale wrote. The political mood was tense.",
                "“The mood");
        assertEquals("political analyst", quoted.role());
        assertEquals("", quoted.organization());
        Speaker second = speaker("“It is over,” said Jo Hale, a senior fellow at the Vell Council and former senior "
                + "director for harbour affairs at the Harbor Council.", "“It is");
        assertEquals("the Vell Council", second.organization());
    }

    @Test
    void aPersonNamedAgainInsideTheReportedWordsIsNotThePronounThatReportsThem() {
        String t = "Omar Kasp and Ana Truss are running for the post. Ethan Ilz, an economist, said more investment "
                + "would help. Yet not one of Truss and Kasp’s proposals would “put even a dent in the problem,” he said.";
        assertEquals("Ethan Ilz", speaker(t, "Yet not one").name());
        // the subject that opens the words, a person introduced in them, or words that come back to that person are
        // the speaker's own
        String subject = "“We fog, we spray,” Omar Kasp said. Some students avoid lunch, the teacher said. "
                + "But kitchens are inspected. So Kasp is not concerned about the pests, he said.";
        assertEquals("Omar Kasp", speaker(subject, "So Kasp").name());
    }

    @Test
    void goingAccordingToPlanNamesNoSource() {
        String t = "Omar Kasp said the operation is going according to plan.";
        List<Attribution> list = extractor.extract(t, ArticleContext.none());
        assertEquals(1, list.size(), () -> list.toString());
        assertEquals("Omar Kasp", source(t, list.getFirst()));
    }

    @Test
    void aNameGivenInPassingIsNoReport() {
        String t = "President Jo Hale signed a bill on Tuesday. Hale said at a ceremony that the legislation, called the "
                + "Harbor Reduction Act, is “one of the most significant laws in our history.”";
        List<Attribution> list = extractor.extract(t, ArticleContext.none());
        assertEquals(1, list.size(), () -> list.toString());
        assertEquals("Hale", source(t, list.getFirst()));
        String calls = "Sen. Omar Kasp, also a hopeful, called the plan “abhorrent” on Sunday.";
        assertEquals("Sen. Omar Kasp, also a hopeful", source(calls, find(calls, "the plan")));
    }

    @Test
    void theNameAfterARoleBeforeAnAppositiveSpeaks() {
        String particle = "Vell’s former President Jo Hale da Silva formally announced his candidacy on Saturday.";
        Speaker silva = speaker(particle, "his candidacy");
        assertEquals("Jo Hale da Silva", silva.name());
        assertEquals("former President", silva.role());
        String bozell = "Conservative commentator Jo Hale, founder, and president of the Vell Research Center, tweeted: "
                + "“Free at last.”";
        assertEquals("Jo Hale", speaker(bozell, "“Free").name());
    }

    @Test
    void wordsRunningToTheStopAfterTheObjectOfAnOpeningClauseAreNoRole() {
        String t = "A week after the town fell to Omar Kasp, the army ramped up its effort to evacuate residents. "
                + "Kasp said he would hold elections.";
        assertEquals("", speaker(t, "he would").role());
        String object = "The findings come as no surprise to Jo Hale, an author who is biracial. Hale said so.";
        assertEquals("author", speaker(object, "so").role());
    }

    @Test
    void aPartysWordAfterATopRoleIsNoSurnameAndANamedReporterOwnsTheClauseAfterAReport() {
        Speaker top = speaker("Omar Kasp, the Senate's top Republican, said it reflected slowness.", "it reflected");
        assertEquals("Omar Kasp", top.name());
        String report = "In a report released on November 4, Kasp insisted that “the bureau is broken.”";
        assertEquals("Kasp", source(report, find(report, "“the bureau")));
    }

    @Test
    void aPartyOrPlaceBeforeAStateTitleAfterAnInvertedCueIsPartOfTheRole() {
        String party = "“We will win,” said Republican state Rep. Omar Kasp.";
        Speaker rep = speaker(party, "“We will win");
        assertEquals("Omar Kasp", rep.name());
        assertEquals("Republican state Rep.", rep.role());
        String place = "“The zones are targets,” said Vell state Sen. Jo Hale, who sponsored the bill.";
        assertEquals("Jo Hale", speaker(place, "“The zones").name());
    }

    @Test
    void aCategorysPossessiveInADescriptionNamesNoOne() {
        String t = "“I have to move on from playing,” the former No. 1 women's tennis player wrote.";
        assertEquals("the former No. 1 women's tennis player", speaker(t, "“I have").name());
    }

    @Test
    void anImperativeOpeningTheSentenceIsNoSpeaker() {
        String t = "Remember the old commercial with Tia Marsh: “Is it live, or is it tape?” The slogan stayed with me.";
        assertEquals("", find(t, "“Is it live").speaker().map(Speaker::name).orElse(""));
    }

    @Test
    void havingSaidThatAndAnyoneNameNoOne() {
        String having = "The tour runs for three years. Having said that, this should be a great show by a legend.";
        assertEquals("", find(having, "that, this").speaker().map(Speaker::name).orElse(""));
        String anyone = "Anyone who wants to sit next to a child should say so, the airline said.";
        assertEquals("", find(anyone, "to sit").speaker().map(Speaker::name).orElse(""));
    }

    @Test
    void aNameEndingInAStateOrACountryIsAPlacesBody() {
        String t = "The nominee will be a beneficiary, Republican Sen. Omar Kasp of Mississippi said Friday. “The irony "
                + "is plain,” he said in an interview with local radio network SuperTalk Mississippi.";
        assertEquals("Omar Kasp", speaker(t, "“The irony").name());
        String person = "Dr. Gregory Poland, who directs a vaccine group, studies it. Poland said the shot works.";
        assertEquals("Gregory Poland", speaker(person, "the shot").name());
    }

    @Test
    void anOfficeOfAnOfficeHolderIsTheOrganization() {
        String[] office = PersonRegistry.splitRole("deputy head of the Office of the President of Vell");
        assertEquals("deputy head", office[0]);
        assertEquals("the Office of the President of Vell", office[1]);
        String[] center = PersonRegistry.splitRole("Head of the Harbor Department of the Vell Center");
        assertEquals("Head of the Harbor Department", center[0]);
        assertEquals("the Vell Center", center[1]);
    }

    @Test
    void theNameAfterAFieldsGreatOrLegendIsThePerson() {
        Speaker great = speaker("Tennis great Jo Hale said the coach would be missed.", "the coach");
        assertEquals("Jo Hale", great.name());
        assertEquals("great", great.role());
        assertEquals("Tennis", great.organization());
        String legend = "The fans waited. International soccer icon Omar Kasp was knighted in 1997. He wrote a lengthy "
                + "tribute on Instagram in both languages.";
        assertEquals("Omar Kasp", speaker(legend, "a lengthy").name());
    }

    @Test
    void peopleCloseToSomeoneAreAGroupNotThatPerson() {
        String those = "Those close to Hale argue that her work on the harbour has been her greatest asset.";
        assertEquals("Those close to Hale", source(those, find(those, "her work")));
        Speaker people = speaker("People close to Omar Kasp said he would run again.", "he would");
        assertFalse(people.isNamed(), people::toString);
    }

    @Test
    void theBarePostIsTheOneTheArticleGivesWithoutACountry() {
        String t = "President Jo Hale called Russian President Omar Kasp a tyrant on Wednesday. It was the harshest words "
                + "yet. “I think he is a tyrant,” the President said after remarks at the palace.";
        assertEquals("Jo Hale", speaker(t, "“I think he").name());
        String abroad = "Russian President Omar Kasp met farmers on Monday. “The harvest is safe,” the president said.";
        assertEquals("Omar Kasp", speaker(abroad, "“The harvest").name());
        String deputy = "US President Jo Hale spoke first. Vice President Tia Kasp and former President Ana Lind sat behind "
                + "him. “We will not wait,” the president said.";
        assertEquals("Jo Hale", speaker(deputy, "“We will not").name());
    }

    @Test
    void aHeadingInCapitalsBeforeALinkIsNoSpeakerUnlessTheArticleNamesIt() {
        String links = "The harbor reopened on Monday after the storm, and ferries ran on time.\n\n"
                + "HARBOR UPDATES: Ferries resume their winter schedule\n\n"
                + "FOLLOW THE MONEY: What the pier repairs will cost the town\n\n"
                + "The town council meets again on Thursday.";
        assertTrue(extractor.extract(links, ArticleContext.none()).isEmpty(),
                () -> extractor.extract(links, ArticleContext.none()).toString());
        String named = "Mayor Jo Hale spoke to reporters on Monday after the storm.\n\n"
                + "JO HALE: The pier stays open all winter.\n\nThe council meets again on Thursday.";
        assertEquals("JO HALE", source(named, find(named, "The pier stays")));
    }

    @Test
    void aHyphenatedTitleIsNoPartOfTheNameAndARelativeWhomNoRole() {
        assertEquals("Jo Hale", speaker("Ex-President Jo Hale said the pier would stay open.", "the pier").name());
        assertEquals("Omar Kasp", speaker("Director-General Omar Kasp said the outbreak can be stopped.", "the outbreak")
                .name());
        assertEquals("Tia Lind", speaker("Then-Mayor Tia Lind said the ferry would run.", "the ferry").name());
        assertEquals("Ana Lind", speaker("Co-host Ana Lind said the parade was fun.", "the parade").name());
        assertEquals("Omar Kasp", speaker("Harbor Times Editor-in-Chief Omar Kasp said the story stands.", "the story")
                .name());
        Speaker chosen = speaker("Ana Lind, whom the mayor picked for the job, said the harbor needs dredging.",
                "the harbor needs");
        assertEquals("Ana Lind", chosen.name());
        assertEquals("", chosen.role());
    }

    @Test
    void aSurnameIsTheOneOfTheFamilyWhoHasBeenSpeakingNotANewcomerOnlySpokenOf() {
        String t = "Mayor Omar Hale spoke at the harbor on Tuesday. “I know,” he said. “One of those sailors was my son "
                + "Ezra Hale.”\n\nEzra Hale died in 2015 at sea.\n\n“We will build the new breakwater,” Hale said.";
        assertEquals("Omar Hale", speaker(t, "“We will build").name());
        // a relative spoken of keeps the surname from no one, even after another speaker
        String after = t + "\n\n“It was a long night,” Tia Kasp said.\n\nHale was applauded as he left.\n\n"
                + "Hale said the town must act.";
        assertEquals("Omar Hale", speaker(after, "the town must").name());
        // the family member spoken of first, who is the story, is still the one the surname means
        String story = "Ezra Hale, a sailor, died at sea in 2015. His father, Omar Hale, said the harbor was dangerous.\n\n"
                + "Ezra Hale grew up in the town.\n\n“I loved the sea,” Hale wrote in a letter found later.";
        assertEquals("Ezra Hale", speaker(story, "“I loved").name());
    }

    @Test
    void anAdverbAndAVerbAfterANameAreNoRole() {
        String t = "Other councillors, such as Councillor Jo Hale, also support keeping the ferry. Hale said the town "
                + "could afford it.";
        assertEquals("", speaker(t, "the town could").role());
        assertEquals("also a senior on the team", PersonRegistry.splitRole("also a senior on the team")[0]);
        assertEquals("also managing director of the bank", PersonRegistry.splitRole("also managing director of the bank")[0]);
    }

    @Test
    void aPassiveWithoutAnAgentInsideAReportIsPartOfThatReport() {
        String t = "The ferry company says it has fixed the engines and assures the delays will not be repeated next winter.";
        List<Attribution> found = extractor.extract(t, ArticleContext.none());
        assertTrue(found.stream().allMatch(a -> a.source().isPresent()), found::toString);
        assertEquals("The ferry company", source(t, find(t, "it has fixed")));
        // with an agent, the passive reports on its own
        String agent = "Hale said the plan was criticized by the harbor board for its cost.";
        assertTrue(extractor.extract(agent, ArticleContext.none()).stream()
                .anyMatch(a -> a.source().map(s -> s.of(agent)).filter(s -> s.startsWith("the harbor board")).isPresent()));
    }

    @Test
    void aPostToAPlaceWrittenWithoutDotsEndsBeforeTheName() {
        Speaker envoy = speaker("Vellish Ambassador to the UN Omar Kasp said the council must act.", "the council");
        assertEquals("Omar Kasp", envoy.name());
        assertEquals("Vellish Ambassador to the UN", envoy.role());
    }

    @Test
    void anOfficeOfTheFieldBeforeAGivenNameIsTheRoleNotPartOfTheName() {
        Speaker chancellor = speaker("Chancellor of the Exchequer Omar Kasp said the budget would cut taxes.", "the budget");
        assertEquals("Omar Kasp", chancellor.name());
        assertEquals("Chancellor of the Exchequer", chancellor.role());
        assertEquals("Maria Hale", speaker("Secretary of the Interior Maria Hale said the park would reopen.", "the park").name());
    }

    @Test
    void aPronounAfterAnOfficeOfTheFieldIsThePersonWithThatRole() {
        Speaker he = speaker("Chancellor of the Exchequer Omar Kasp said the budget would cut taxes. He said the pound "
                + "would stay stable through the winter.", "the pound");
        assertEquals("Omar Kasp", he.name());
        assertEquals("Chancellor of the Exchequer", he.role());
        Speaker she = speaker("Speaker of the House Maria Hale said the bill would pass. She said the votes were there "
                + "for the whole package.", "the votes");
        assertEquals("Maria Hale", she.name());
        assertEquals("Speaker of the House", she.role());
    }

    @Test
    void aBodysWordAloneAfterTheIsTheBodyNamedInFullBefore() {
        String bank = "The Bank of Vell said on Monday it would lend 300 million to the harbor. The Bank said it had also "
                + "bought bills worth 100 million from the port.";
        assertEquals("Bank of Vell", speaker(bank, "it had also").name());
        String paper = "The Holmdale Post reported the vote on Tuesday. The Post said the council had met in secret for "
                + "three weeks.";
        assertEquals("Holmdale Post", speaker(paper, "the council had").name());
        String regulator = "The Tariff and Ferry Commission fined the company. The Commission said the ferries had sailed "
                + "without inspections for a year.";
        assertEquals("Tariff and Ferry Commission", speaker(regulator, "the ferries had").name());
        // named only in its short form, the body keeps it
        String alone = "The Bank said it had bought bills worth 100 million from the port on Monday.";
        assertEquals("Bank", speaker(alone, "it had bought").name());
    }

    @Test
    void aProfilesFieldsAnAdverbAndAContractedPronounAreNoSpeakersNames() {
        String profile = "No. 7 Tia Kasp\n\nBORN: Aug. 8, 1990 HOMETOWN: Holmdale, Vell\n\nTWITTER: @tiakasp\n\n"
                + "SPONSOR: Harbor Paints\n\nNo. 9 Jo Hale\n\nBORN: Sept. 25, 1991 HOMETOWN: Elmford\n\nTWITTER: @johale";
        assertTrue(extractor.extract(profile, ArticleContext.none()).stream().noneMatch(a -> a.speaker().isPresent()));
        String naming = "The plan grew out of the harbor movement, sometimes called the pier sovereignty movement.";
        assertTrue(extractor.extract(naming, ArticleContext.none()).stream().noneMatch(a -> a.speaker().isPresent()));
        String contracted = "Veterans are the best of us. I’ve always believed that we owe them a harbor of their own.";
        assertTrue(extractor.extract(contracted, ArticleContext.none()).stream()
                .noneMatch(a -> a.speaker().map(Speaker::name).orElse("").startsWith("I")));
    }

    @Test
    void anElectedTitleAndAnOfficeOfTwoFieldsAreRolesBeforeTheName() {
        Speaker elect = speaker("Governor-elect Tia Kasp said the budget would be balanced next year.", "the budget");
        assertEquals("Tia Kasp", elect.name());
        assertEquals("Governor-elect", elect.role());
        Speaker minister = speaker("Trade and Industry Minister Omar Hale said exports would rise by four pct this year.",
                "exports would");
        assertEquals("Omar Hale", minister.name());
        assertEquals("Trade and Industry Minister", minister.role());
        Speaker secretary = speaker("Health and Human Services Secretary Jo Kasp said the vaccines would be free.",
                "the vaccines");
        assertEquals("Jo Kasp", secretary.name());
        assertEquals("Health and Human Services Secretary", secretary.role());
    }

    @Test
    void aDescriptionFitsARoleByWholeWords() {
        String t = "Harbor Paints is a company working toward cleaner hulls, said Tia Kasp, its spokeswoman. "
                + "King Omar Hale visited the harbor on Monday. The woman said the paint would be cheaper next year.";
        assertTrue(extractor.extract(t, ArticleContext.none()).stream()
                .filter(a -> a.content().of(t).contains("the paint would"))
                .noneMatch(a -> a.speaker().map(Speaker::name).orElse("").equals("Tia Kasp")));
    }

    @Test
    void countyAndCourtOfficesAreTitles() {
        Speaker auditor = speaker("State Auditor Tia Kasp said the audit found no fraud in the county.", "the audit");
        assertEquals("Tia Kasp", auditor.name());
        assertEquals("State Auditor", auditor.role());
        Speaker magistrate = speaker("U.S. Magistrate Omar Hale said the hearing would resume in March.", "the hearing");
        assertEquals("Omar Hale", magistrate.name());
        assertEquals("U.S. Magistrate", magistrate.role());
    }

    @Test
    void anotherPersonAfterANameInAListOrAClauseAfterItLeavesTheTitleTheRole() {
        String list = "The candidates, including Vell Gov. Tia Kasp, former Holm Gov. Jo Hale, and entrepreneur Omar "
                + "Rennick, met on Monday. Kasp said the debate would be tough for everyone on the stage.";
        Speaker kasp = speaker(list, "the debate");
        assertEquals("Tia Kasp", kasp.name());
        assertEquals("Vell Gov.", kasp.role());
        Speaker clause = speaker("Sen. Jo Hale, who chairs the harbor panel, said the pier would reopen in May.", "the pier");
        assertEquals("Sen.", clause.role());
    }

    @Test
    void aPhraseOpeningWithAPrepositionOrEndingInOneIsNoRole() {
        Speaker as = speaker("Gov. Tia Kasp, as commander in chief of the harbor guard, said the pier would close.", "the pier");
        assertEquals("Tia Kasp", as.name());
        assertEquals("Gov.", as.role());
        assertEquals(List.of("", ""), List.of(PersonRegistry.splitRole("against the top editor and the publisher")));
        assertEquals(List.of("", ""), List.of(PersonRegistry.splitRole("key figure responsible for")));
        assertEquals("spokesman for Gov. Jo Hale", PersonRegistry.splitRole("spokesman for Gov. Jo Hale")[0]);
    }

    @Test
    void aPluralTitleBeforeAListIsNoPartOfTheFirstName() {
        Speaker first = speaker("Sens. Tia Kasp and Jo Hale said the harbor bill would fail in the Senate.", "the harbor");
        assertEquals("Tia Kasp", first.name());
        assertEquals("Sen.", first.role());
    }

    @Test
    void heOrSheIsNoCompany() {
        String t = "Holmdale Shipping Inc said it would cut 800 jobs at the harbor. He said the cuts would save 100 mln dlrs "
                + "a year.";
        assertTrue(extractor.extract(t, ArticleContext.none()).stream()
                .filter(a -> a.content().of(t).contains("the cuts would"))
                .noneMatch(a -> a.speaker().map(Speaker::name).orElse("").contains("Holmdale")));
    }

    @Test
    void aConjunctionAfterADatelineIsNoPartOfTheName() {
        String t = "(Harbor News) When Tia Kasp sailed past the pier this week, she saw the damage. “Every post is cracked,” "
                + "Kasp said.";
        assertEquals("Tia Kasp", speaker(t, "“Every post").name());
    }

    @Test
    void aCapitalizedCompoundAdjectiveDescribesTheRole() {
        Speaker winning = speaker("Oscar-winning actor Tia Kasp said the harbor film would open in May.", "the harbor");
        assertEquals("Tia Kasp", winning.name());
        assertEquals("Oscar-winning actor", winning.role());
        assertEquals("", winning.organization());
        Speaker based = speaker("New Vell City-based analyst Jo Hale said the pier would reopen in May.", "the pier");
        assertEquals("New Vell City-based analyst", based.role());
        assertEquals("", based.organization());
        Speaker firm = speaker("Holm Dane Inc Vell-based analyst Jo Hale said the pier would reopen in May.", "the pier");
        assertEquals("Vell-based analyst", firm.role());
        assertEquals("Holm Dane Inc", firm.organization());
    }

    @Test
    void wordsAfterOfEndingInACommonNounNameNoBody() {
        assertEquals(List.of("Hall of Fame quarterback", ""), List.of(PersonRegistry.splitRole("a Hall of Fame quarterback")));
        assertEquals(List.of("son of the Vell Party front-runner", ""),
                List.of(PersonRegistry.splitRole("son of the Vell Party front-runner")));
        assertEquals(List.of("mother of Vell Seals center Omar Rennick", ""),
                List.of(PersonRegistry.splitRole("mother of Vell Seals center Omar Rennick")));
        assertEquals(List.of("spokeswoman", "the Vell refugee agency"),
                List.of(PersonRegistry.splitRole("a spokeswoman for the Vell refugee agency")));
        assertEquals(List.of("director", "the VSEC's division of market regulation"),
                List.of(PersonRegistry.splitRole("director of the VSEC's division of market regulation")));
        assertEquals(List.of("University at Vell law professor", ""),
                List.of(PersonRegistry.splitRole("a University at Vell law professor")));
    }

    @Test
    void aSecondPostAfterTheBodyIsNoPartOfIt() {
        assertEquals(List.of("professor", "Vell University"),
                List.of(PersonRegistry.splitRole("professor at Vell University and the study's co-author")));
        assertEquals(List.of("researcher", "Vell Lab of Birds"),
                List.of(PersonRegistry.splitRole("researcher at Vell Lab of Birds and co-leader of the expedition")));
        assertEquals(List.of("director of debate", "the University of Vell"),
                List.of(PersonRegistry.splitRole("director of debate at the University of Vell and co-author of a book")));
        assertEquals(List.of("director", "the Vell County small business and entrepreneurship program"),
                List.of(PersonRegistry.splitRole("director of the Vell County small business and entrepreneurship program")));
        assertEquals(List.of("dean", "the College of Vell"),
                List.of(PersonRegistry.splitRole("dean of the College of Vell and leader of the harbor monitoring team")));
        assertEquals(List.of("adviser to the campaign arm", "Sailors for Vell's harbor chapter"),
                List.of(PersonRegistry.splitRole("adviser to the campaign arm of Sailors for Vell's harbor chapter")));
        assertEquals(List.of("president and CEO", "the Vell Harbor Company"),
                List.of(PersonRegistry.splitRole("president and CEO of the Vell Harbor Company in a statement")));
        assertEquals(List.of("president", "the Harbor Association"),
                List.of(PersonRegistry.splitRole("president of the Harbor Association – the non-profit that runs it")));
    }

    @Test
    void anAdverbBeforeAParticipleKeepsTheRole() {
        String t = "The fund was set up with Jo Hale, a widely praised engineer who has worked on harbors for decades. "
                + "“The pier will hold,” Hale said.";
        assertEquals("widely praised engineer", speaker(t, "“The pier").role());
    }

    @Test
    void aSignatureUnderAParagraphThatNamedItsSpeakerIsTheWritersByline() {
        String t = "The coach spoke before the game.\n\n“Our crew is ready,” Hale said at his press conference. “This is the "
                + "hardest race we have sailed.”\n\n— Tia Kasp\n\nNext entry.\n\n“We will win the harbor cup this year.”\n\n"
                + "— Omar Rennick, harbor master";
        List<String> hardest = extractor.extract(t, ArticleContext.none()).stream()
                .filter(a -> a.content().of(t).contains("hardest race"))
                .map(a -> a.speaker().map(Speaker::name).orElse("")).toList();
        assertEquals(List.of("Hale"), hardest);
        assertEquals("Omar Rennick", speaker(t, "“We will win").name());
    }

    @Test
    void twoRolesJoinedByAndBeforeANameAreOnePersons() {
        Speaker kane = speaker("Team captain and Vell Harbor star Tia Kasp said the cup would stay in the city.", "the cup");
        assertEquals("Tia Kasp", kane.name());
    }

    @Test
    void anOfInsideTheBodyBeforeARoleBelongsToTheBody() {
        Speaker board = speaker("Board of Governors member Jo Hale said the ban went beyond the app.", "the ban");
        assertEquals("Jo Hale", board.name());
        assertEquals("Board of Governors", board.organization());
        Speaker interior = speaker("Vell Department of the Interior spokesman Tia Kasp said the park would close.", "the park");
        assertEquals("Vell Department of the Interior", interior.organization());
    }

    @Test
    void aPlaceAfterTheSpeakersAppositiveIsNoSpeaker() {
        Speaker farmer = speaker("“The water worries me,” Jo Hale, a farmer in Vell, Holm County, told the paper.", "“The water");
        assertEquals("Jo Hale", farmer.name());
        assertEquals("Tia Kasp", speaker("“Fine,” one resident, Tia Kasp, said.", "“Fine").name());
        assertEquals("Omar Rennick", speaker("“It will be a hard winter,” Dr. Omar Rennick, chairman of medicine at the "
                + "University of Vell, Holm Harbor, said.", "“It will").name());
    }

    @Test
    void aTitlesWordAfterAGivenNameLaterInARunIsTheSurname() {
        String t = "Vell Harbor Congressman Omar King spoke to reporters. “The hearing was closed,” King said. Gov. Tom Justice "
                + "spoke later. “We need people back at work,” Justice said.";
        assertEquals("Omar King", speaker(t, "“The hearing").name());
        assertEquals("Tom Justice", speaker(t, "“We need").name());
    }

    @Test
    void anotherOrOneAloneNamesNoOne() {
        String t = "Readers wrote in. “Fast driving is the path to ruin,” another said.";
        assertTrue(extractor.extract(t, ArticleContext.none()).stream()
                .noneMatch(a -> a.speaker().map(Speaker::name).orElse("").equalsIgnoreCase("another")));
    }

    @Test
    void aTitlesQualifierAloneBeforeOneWordIsABodysName() {
        Speaker farm = speaker("State Harbor said it would raise the fees at the pier.", "it would");
        assertEquals("State Harbor", farm.name());
        assertEquals("", farm.role());
        Speaker climatologist = speaker("“It was hot,” said State Climatologist Omar Rennick.", "“It was");
        assertEquals("Omar Rennick", climatologist.name());
        assertEquals("State Climatologist", climatologist.role());
    }

    @Test
    void aVerbBeforeFormerIsNoPartOfTheRole() {
        String t = "They marched to the harbor to pressure former Vice Mayor Jo Hale and the council. Hale said she would not "
                + "sign the order.";
        assertEquals("former Vice Mayor", speaker(t, "she would not").role());
    }

    @Test
    void theCompanyIsTheCompanyThatSpokeJustBefore() {
        String t = "Holmdale Shipping Inc said it would close its harbor yard. The company said 300 jobs would go. Norway "
                + "said it would respond. The company said the talks had failed.";
        assertEquals("Holmdale Shipping Inc", speaker(t, "300 jobs").name());
        assertEquals("the company", speaker(t, "the talks").name(), "a country is no company");
    }

    @Test
    void aListingsFieldBeforeAColonIsNoSpeaker() {
        String t = "Song: Harbor Nights by Tia Kasp, 1974\n\nChoice lyric: “There was a ship and a harbor in the night.”\n\n"
                + "Worth repeating: “The harbor is ours,” Kasp told the paper.\n\nThe mayor fired back: “It is not.”";
        List<String> speakers = extractor.extract(t, ArticleContext.none()).stream()
                .map(a -> a.speaker().map(Speaker::name).orElse("")).toList();
        assertFalse(speakers.contains("Choice"), speakers.toString());
        assertFalse(speakers.contains("Worth"), speakers.toString());
        assertEquals("Tia Kasp", speaker(t, "“The harbor").name());
        assertEquals("the mayor", speaker(t, "“It is not").name());
    }

    @Test
    void aPlayersPositionAndAnHonourMakeARoleBeforeTheName() {
        Speaker hall = speaker("“It went well,” said Hall of Fame quarterback Omar Rennick.", "“It went");
        assertEquals("Omar Rennick", hall.name());
        assertEquals("Hall of Fame quarterback", hall.role());
        assertEquals("", hall.organization());
        Speaker champion = speaker("Olympic champion Jo Hale said the pool at the harbor was cold.", "the pool");
        assertEquals("Jo Hale", champion.name());
        assertEquals("Olympic champion", champion.role());
        Speaker counted = speaker("Two-time Super Bowl champion Tia Kasp said the team was ready.", "the team");
        assertEquals("Two-time Super Bowl champion", counted.role());
        assertEquals("", counted.organization());
    }

    @Test
    void aMonthBeforeADayIsNoName() {
        String t = "“Harbor fees will double,” reads text in a Sept. 29 post on the app.";
        assertTrue(extractor.extract(t, ArticleContext.none()).stream()
                .noneMatch(a -> a.speaker().filter(Speaker::isNamed).isPresent()));
    }

    @Test
    void aTimeClauseAfterANameIsNoRole() {
        String t = "The board voted to fire district police chief Tia Kasp, three months after a gunman killed two guards at "
                + "Vell School in Holm. Kasp said she would appeal the decision.";
        assertEquals("district police chief", speaker(t, "she would").role());
    }

    @Test
    void formerAndAdjectivesOpeningASentenceBelongToTheRole() {
        Speaker former = speaker("Former Harbor House chief of staff Jo Hale said he would testify.", "he would");
        assertEquals("former chief of staff", former.role());
        assertEquals("Harbor House", former.organization());
        Speaker owned = speaker("Former Mayor Tia Kasp's personal attorney Omar Rennick said the case was weak.", "the case");
        assertEquals("personal attorney", owned.role());
        Speaker legendary = speaker("Legendary actor Omar Rennick said he was grateful.", "he was");
        assertEquals("legendary actor", legendary.role());
        assertEquals("", legendary.organization());
        Speaker committee = speaker("Harbor Ways and Means Committee chairman Jo Hale said the bill was dead.", "the bill");
        assertEquals("Harbor Ways and Means Committee", committee.organization());
    }

    @Test
    void aCompoundAdjectiveIsNoSpeaker() {
        String t = "“The town gets its beer elsewhere,” says Vell-based beer expert Jo Hale. Harbor-born poet Tia Kasp said "
                + "the pier was lovely.";
        assertTrue(extractor.extract(t, ArticleContext.none()).stream()
                .noneMatch(a -> a.speaker().map(Speaker::name).orElse("").endsWith("-based")));
        assertEquals("Tia Kasp", speaker(t, "the pier").name());
    }

    @Test
    void aCompoundAdjectiveOrAnAdverbDoesNotEndTheSubjectOfAParticipleClause() {
        String award = "Tia Kasp released a new album on Friday. The Grammy-winning artist first teased the title in an "
                + "interview, saying she had been in the studio for a year.";
        assertEquals("the Grammy-winning artist", speaker(award, "she had").name());
        String veteran = "The veteran artist first teased the title in an interview, saying she had been in the studio.";
        assertEquals("The veteran artist", source(veteran, find(veteran, "she had")));
        String carrier = "The Vell-based carrier later cut its flights to Holm, saying fuel had doubled in price.";
        assertEquals("the Vell-based carrier", speaker(carrier, "fuel had").name());
        // a given name of two hyphenated parts is no adjective: the phrase still ends with the name
        String named = "So far the pier is safe, said Minister of Oceans and Fisheries Lee Sang-min in a briefing on Sunday. He added "
                + "that the ferry would run.";
        assertEquals("Lee Sang-min", speaker(named, "the ferry").name());
    }

    @Test
    void twoLowerCaseRolesJoinedByAndBeforeANameAreOnePersons() {
        Speaker expert = speaker("“The town gets its beer elsewhere,” says Vell-based beer expert and author Jo Hale Jr.",
                "“The town");
        assertEquals("Jo Hale Jr.", expert.name());
        assertEquals("Vell-based beer expert and author", expert.role());
        // a body's word before "and" is no role of the person after it, and after an article the two are two people
        assertEquals("former Mayor", speaker("Anger is aimed at the Hale campaign and former Mayor Tia Kasp, who "
                + "recruited him. Kasp said the pier was lost.", "the pier").role());
        assertEquals("council member", speaker("The mayor and council member Tia Kasp said the pier would stay closed.",
                "the pier").role());
    }

    @Test
    void aListingsFieldBeforeNamesAloneIsNoSpeaker() {
        String t = "The best players of the Harbor League\n\n1: Jo Hale\n\nPosition: Keeper\n\nTeam: Vell Harbors\n\n"
                + "Achievements: She won the cup twice and kept a clean sheet in every final.\n\n2: Tia Kasp\n\n"
                + "Position: Striker\n\nTeam: Holm Pier\n\nAchievements: She scored in three finals.\n\n"
                + "Staff picks for the final:\n\nOmar Rennick: Harbors 26, Pier 16\n\nOmar Rennick: Holm 24, Vell 16";
        List<Attribution> all = extractor.extract(t, ArticleContext.none());
        assertTrue(all.stream().noneMatch(a -> a.speaker().map(Speaker::name).orElse("").startsWith("Team")), all.toString());
        // a columnist's picks hold numbers
        assertEquals("Omar Rennick", speaker(t, "Harbors 26").name());
    }

    @Test
    void theRepublicanOrTheDemocratIsThePoliticianJustSpokenOf() {
        String t = "Vell: Gov. Tia Kasp on Friday ordered masks in public. “We are still in very good shape, but it is "
                + "time to prepare,” the Republican said.";
        assertEquals("Tia Kasp", speaker(t, "“We are").name());
        String senator = "Sen. Jo Hale praised the judge. “You will make the court look like the country,” Hale said. The "
                + "Democrat said the vote would come next week.";
        assertEquals("Jo Hale", speaker(senator, "the vote").name());
    }

    @Test
    void aTurnEndsAtAListingsField() {
        String t = "HARBOR CUP\n\nSite: Vell.\n\nTelevision: Friday, 12:30 p.m. (Harbor Channel).\n\nDefending champion: "
                + "Jo Hale.\n\nNotes: Tia Kasp won in her debut, the first time since 1951.\n\nOnline: https://harbor.example/"
                + "\n\nPIER CUP\n\nSite: Holm.\n\nTelevision: Sunday, 2:30 p.m. (Harbor Channel).\n\nDefending champion: "
                + "Omar Rennick.\n\nNotes: The field includes five of the top ten.\n\nOnline: https://pier.example/\n";
        assertTrue(extractor.extract(t, ArticleContext.none()).stream()
                .noneMatch(a -> a.content().of(t).contains("debut") || a.content().of(t).contains("five of the top")));
    }

    @Test
    void aTitleOfNobilityAndItsPlaceNameThePerson() {
        String duke = "The Duke of Vell said the charity would go on. “It matters to me,” he said.";
        assertEquals("Duke of Vell", speaker(duke, "the charity").name());
        assertEquals("Duke of Vell", speaker(duke, "“It matters").name());
        String princess = "The Prince of Holm spoke first. The Princess of Holm said she was grateful.";
        assertEquals("Princess of Holm", speaker(princess, "she was").name());
    }

    @Test
    void aTurnEndsAtAParagraphOpeningWithALabelOfNoSpeaker() {
        StringBuilder t = new StringBuilder();
        String[][] games = {{"HARBORS AT PIER", "Jo Hale", "The Harbors must stop the run, which carried the Pier."},
            {"VELL AT HOLM", "Omar Rennick", "Holm has lost three straight at home."},
            {"DOCKS AT BAY", "Tia Kasp", "The Docks have won five in a row on the road."},
            {"BAY AT DOCKS", "Jo Hale", "The Bay defence has allowed the fewest points."}};
        for (String[] game : games) {
            t.append(game[0]).append("\n\nTV: Sunday, 1 p.m., Harbor Channel (").append(game[1]).append(").\n\n")
                    .append("Key to the game: ").append(game[2]).append("\n\n");
        }
        String text = t.toString();
        assertTrue(extractor.extract(text, ArticleContext.none()).stream()
                .noneMatch(a -> a.content().of(text).contains("Key to the game")));
    }

    @Test
    void aNameBeforeAnAppositiveWithoutItsClosingComma() {
        String t = "Vell Motors hopes to sell 8,000 cars in Holm this year, Jo Hale, vice-president of Vell Overseas said.";
        Speaker fry = speaker(t, "Vell Motors hopes");
        assertEquals("Jo Hale", fry.name());
        assertEquals("Vell Overseas", fry.organization());
        String quoted = "“The harbor will reopen,” Tia M. Kasp, the company's president said.";
        assertEquals("Tia M. Kasp", speaker(quoted, "“The harbor").name());
        // a place before the post, and a name the post holds itself, are no speaker's name
        String place = "The board closed Vell Savings, Holm City, Utah, a board spokesman said.";
        assertEquals("a board spokesman", source(place, find(place, "The board closed Vell Savings, Holm City, Utah")));
        String aside = "Omar Rennick, a senior official said, was unaware of the search until it was reported.";
        assertTrue(new AttributionExtractor().extract(aside, ArticleContext.none()).stream()
                .noneMatch(a -> a.speaker().map(Speaker::name).orElse("").equals("Omar Rennick")));
    }

    @Test
    void aPartOfABodyNamedInCapitalsIsNoPerson() {
        String t = "Vell will grow fast, according to the Harbor Intelligence Unit. “Vell is in a debt crisis,” the "
                + "Intelligence Unit said.";
        Speaker unit = speaker(t, "“Vell is");
        assertEquals("Intelligence Unit", unit.name());
        assertEquals("", unit.role());
    }

    @Test
    void aOneWordNameAfterAdjectivesIsThePersonTheFirstTime() {
        String t = "“Thank you so much,” a visibly emotional Vellany said. “I thank my uncle,” she added.";
        assertEquals("Vellany", speaker(t, "“Thank you").name());
        assertEquals("Vellany", speaker(t, "“I thank").name());
    }

    @Test
    void aParticipleByAnAgentAfterANounIsNoReport() {
        String t = "She won 32 cups, topping the 31 cups claimed by Jo Hale and making her the champion of the league.";
        assertTrue(new AttributionExtractor().extract(t, ArticleContext.none()).isEmpty());
        String plan = "The plan announced by the mayor would cut taxes for most families in Vell.";
        assertTrue(new AttributionExtractor().extract(plan, ArticleContext.none()).isEmpty());
        String medium = "The senator claimed by phone that the vote in Vell was rigged.";
        assertEquals("The senator", source(medium, find(medium, "the vote")));
    }

    @Test
    void anAdverbOpeningTheSentenceIsNoName() {
        String t = "Afterward, the monarch said she was grateful to all who came to Vell.";
        assertEquals("the monarch", speaker(t, "she was").name());
    }

    @Test
    void aTeamNamedAfterTheIsNoPersonAndKeepsItsFullName() {
        String t = "The Vell Harbors are tied with the Holm Pilots for the most titles.\n\nOmar Thomas\n\nRanking: No. 9"
                + "\n\nFun fact: Thomas spent his last season with the Harbors, where he scored 13 points a game.\n\n“I came "
                + "into the game locked in,” he said.";
        assertEquals("Omar Thomas", speaker(t, "“I came").name());
        String band = "The Rolling Vells postponed the tour. “We are hugely disappointed to postpone it,” the Vells said.";
        assertEquals("Rolling Vells", speaker(band, "“We are").name());
    }

    @Test
    void anAdministratorIsATitleBeforeAName() {
        String t = "“There was a lot of innovation in this mission,” said VSA Administrator Jo Hale.";
        Speaker hale = speaker(t, "“There was");
        assertEquals("Jo Hale", hale.name());
        assertEquals("VSA Administrator", hale.role());
    }

    @Test
    void addingAThingAndAPersonInformedOfADealAreNoReports() {
        String t = "The Vell Harbors are adding another big man to their line after agreeing to a deal with Jo Hale on "
                + "Thursday, a person informed of the deal told the Holm Post.";
        Attribution deal = find(t, "The Vell Harbors are adding");
        assertEquals("a person informed of the deal", source(t, deal));
        assertEquals(1, new AttributionExtractor().extract(t, ArticleContext.none()).size());
    }

    @Test
    void aNameGivenAfterAnIndefiniteNounIsNoReport() {
        String t = "Vell Labs is releasing a new tool called Screen Clock that shows how long you spend on your phone.";
        assertTrue(new AttributionExtractor().extract(t, ArticleContext.none()).isEmpty());
        String report = "A senator called Jo Hale a liar on Monday in Vell.";
        assertEquals("A senator", source(report, find(report, "Jo Hale a liar")));
    }

    @Test
    void principalsScientistsAndCommissionersForAFieldAreTitlesBeforeNames() {
        String principal = "“I can’t wait until we reach that point,” said Vell Principal Jo Hale.";
        assertEquals("Jo Hale", speaker(principal, "“I can’t").name());
        assertEquals("Vell Principal", speaker(principal, "“I can’t").role());
        String climate = "“Water quality is poor,” said Holm Drought Center Climatologist Tia Kasp.";
        assertEquals("Tia Kasp", speaker(climate, "“Water").name());
        String refugees = "“Nations must work together,” said UN High Commissioner for Refugees Omar Rennick.";
        assertEquals("Omar Rennick", speaker(refugees, "“Nations").name());
        assertEquals("UN High Commissioner for Refugees", speaker(refugees, "“Nations").role());
    }

    @Test
    void aNumberedEventBeforeAColonIsNoSpeaker() {
        String t = "Every halftime show\n\nHarbor Cup XII: “From Vell to the Vell of Holm” feat. Jo Hale and Tia Kasp\n\n"
                + "Harbor Cup XIII: “Harbor Cup XIII Carnival” feat. Omar Rennick\n\nHarbor Cup XIV: Tia Kasp and the Holm Band";
        assertTrue(new AttributionExtractor().extract(t, ArticleContext.none()).stream()
                .noneMatch(a -> a.speaker().map(Speaker::name).orElse("").startsWith("Harbor Cup")));
        String person = "Hearing notes\n\nOmar J. Hale III: This is really old-fashioned embezzlement, he told the panel.\n\n"
                + "Tia Kasp: We will look at it again next week.\n\nOmar J. Hale III: This is just taking money from them.";
        assertEquals("Omar J. Hale III", speaker(person, "This is really").name());
    }

    @Test
    void anInfinitiveBeforeANameIsNoPost() {
        String t = "One day, after being warned by teachers and the principal to pay attention in class, Hale said he "
                + "asked his teacher about a song. “It was a galaxy,” Hale said.";
        assertEquals("", speaker(t, "“It was").role());
    }

    @Test
    void theTeamIsNoPersonWhosePostNamesATeam() {
        String t = "Holm Racing team principal Omar Rennick was pleased. The team said the gearbox was fine after the "
                + "test.";
        assertEquals("the team", speaker(t, "the gearbox").name());
    }

    @Test
    void aPlayersPositionIsARoleBeforeTheName() {
        String forward = "“We are going back even,” said Harbors forward Jo Hale, who had two assists.";
        assertEquals("Jo Hale", speaker(forward, "“We are").name());
        assertEquals("forward", speaker(forward, "“We are").role());
        String guard = "“It was a good game,” said Vell point guard Tia Kasp.";
        assertEquals("Tia Kasp", speaker(guard, "“It was").name());
        assertEquals("point guard", speaker(guard, "“It was").role());
        String adverb = "Kasp looks forward to Hale returning to that form, and believes she will.";
        assertEquals("Kasp", source(adverb, find(adverb, "she will")));
    }

    @Test
    void aNameInsideTheAppositiveOfANameIsNotTheSpeaker() {
        String t = "Tia Kasp spoke first. Kasp, a staunch critic of former President Jo Hale, said the plan would fail.";
        assertEquals("Tia Kasp", speaker(t, "the plan").name());
    }

    @Test
    void aTitleBeforeASurnameFindsWhoHoldsIt() {
        // the pronoun goes to the son, the last named; the title still finds the president
        String t = "President Tom Kasp visited Vell on Tuesday. Omar Kasp died in 2015 of brain cancer at age 46. “We do "
                + "not know for sure,” he said. President Kasp said the plan would work.";
        assertEquals("Tom Kasp", speaker(t, "the plan").name());
    }

    @Test
    void aDeathAfterANameIsNoPost() {
        String t = "Nichols shared a kiss with Jo Hale, died of natural causes July 30. “She was a light,” Hale said.";
        assertEquals("", speaker(t, "“She was").role());
    }

    @Test
    void aPossessivePronounBeforeARoleIsNoOrganization() {
        String t = "His son Omar Kasp said the plan would work in Vell.";
        assertEquals("son", speaker(t, "the plan").role());
        assertEquals("", speaker(t, "the plan").organization());
    }

    @Test
    void aTitleOfABodyInCapitalsBeforeANameIsNoPartOfWhatWasSaid() {
        String t = "“With sorrow I inform you that he passed away today,” the Director of the Press Office of the Vell "
                + "Harbor, Jo Hale, said in a statement.";
        Attribution a = find(t, "“With sorrow");
        assertEquals("Jo Hale", a.speaker().map(Speaker::name).orElse(""));
        assertFalse(a.content().of(t).contains("Director"), a.content().of(t));
        String opening = "The President of Vell, Tia Kasp, said the plan would work.";
        assertEquals("Tia Kasp", speaker(opening, "the plan").name());
        assertEquals("President", speaker(opening, "the plan").role());
        assertEquals("Vell", speaker(opening, "the plan").organization());
    }

    @Test
    void aPlaceAfterInOrAtTheIsNoOneAnAppositiveDescribes() {
        // the clause after "in Vell," reads as an appositive of a one-word name, which then took "she"
        String t = "Jo Terrell joined the staff in 1999. But as she went on working in Vell, the balancing act became "
                + "harder. “I had the job when my kids were small,” she said.";
        assertEquals("Jo Terrell", speaker(t, "“I had").name());
        String building = "Rep. Tia Kasp made one last pitch. Speaking in a closed-door meeting at the Capitol, the Vell "
                + "Republican told reporters that the party must go forward.";
        assertEquals("Tia Kasp", speaker(building, "the party must").name());
    }

    @Test
    void aPronounAfterSomeoneWhoWorksForABodyIsThePersonNotTheBody() {
        String t = "“It is not only people coming,” says Tia Kasp, a managing partner at Vell Associates. She says firms "
                + "have approached her.";
        assertEquals("Tia Kasp", speaker(t, "firms have").name());
        // the role holds the name of someone else, whom "she" is not
        String kin = "Tia Kasp, the wife of basketball star Jo Kasp, told reporters on Thursday she wants officials to "
                + "bring her home.";
        assertEquals("Tia Kasp", speaker(kin, "officials to").name());
        String ofAFirm = "“The countries have too much debt,” said Jo Hale of Vell Securities. “We have been waiting.”\n\n"
                + "He said the banks have cut their spreads.";
        assertEquals("Jo Hale", speaker(ofAFirm, "the banks").name());
    }

    @Test
    void aPronounIsNoPlaceOrBodyNamedAfterInOrThe() {
        // "European Community, largest market" reads as a person of that role; after "the" it is a body
        String t = "Jo Hale, the trade minister, spoke on Monday. Exports to the European Community, the largest market, "
                + "rose seven pct last year.\n\n“The problem is convincing businessmen,” he said.";
        assertEquals("Jo Hale", speaker(t, "“The problem").name());
    }

    @Test
    void aCapitalThatAfterAColonOpensNoName() {
        String t = "The testimony bolstered the narrative: That Kasp incited the riot. Kasp said the claim was false.";
        assertEquals("Kasp", speaker(t, "the claim").name());
    }

    @Test
    void anAcronymIsNoFamilyNameBeforeAGivenOne() {
        // "Xi" finds "Xi Jinping", but "VRA" is a body, not the family name of "VRA Free File"
        String t = "VRA Free File, a program for filers, opened on Monday. The VRA said the forms were ready.";
        assertEquals("VRA", speaker(t, "the forms").name());
    }

    @Test
    void whoAfterAPartyOrAQuantifierIsThoseWords() {
        String party = "Jo Hale received urgent pleas from Republicans who believed the mayor could stop it.";
        assertEquals("Republicans", speaker(party, "the mayor could").name());
        String many = "Tia Kasp has lost the town, and many who think the pier should stay open.";
        assertEquals("many", speaker(many, "the pier should").name());
    }

    @Test
    void aDescriptionFindsWhoseRoleItCovers() {
        // "lawmaker" covers "representative", as "the lawmaker" alone already found
        String t = "Jo Hale, a Republican state representative, spoke on Monday. The Republican lawmaker told the paper "
                + "that the pier would close.";
        assertEquals("Jo Hale", speaker(t, "the pier would").name());
    }

    @Test
    void theGreatPowersAreAGroupNoPersonAPronounCouldStandFor() {
        // UN speeches capitalize Powers and States; "great" had read as the role of a person "Powers"
        String t = "The great Powers said the treaty would hold. He said the plan was good.";
        assertEquals("the great Powers", speaker(t, "the treaty").name());
        assertTrue(find(t, "the plan").speaker().isEmpty(), () -> find(t, "the plan").speaker().toString());
    }

    @Test
    void aRecordThatShowsSomethingIsNoNamedPerson() {
        String t = "Video shows protesters chanting in the square. He said the crowd was large.";
        assertEquals("video", speaker(t, "protesters").name());
        assertTrue(find(t, "the crowd").speaker().isEmpty(), () -> find(t, "the crowd").speaker().toString());
    }

    @Test
    void aPlaceNamedByItsFirstWordIsNoHeOrShe() {
        // "San Francisco" has no gender and came last before "she": the place took the meteorologist's words
        String t = "\"Charge your phone now,\" said meteorologist Cynthia Palmer in the agency's San Francisco area "
                + "office. If the power goes out, a radio will be useful, she said.";
        assertEquals("Cynthia Palmer", speaker(t, "If the power").name());
        String visa = "Carl Pascarella said Visa would design a card. A Chinese group will visit Visa's San Francisco "
                + "headquarters next month, he said.";
        assertEquals("Carl Pascarella", speaker(visa, "A Chinese group").name());
    }

    @Test
    void aNameAfterIntoOrAcrossIsAPlaceNoPronounStandsFor() {
        String t = "Divides will grow, Garcia-Herrero said. The effects spill over into Hong Kong. \u201cIt will never be "
                + "what it used to be,\u201d she said.";
        assertEquals("Garcia-Herrero", speaker(t, "\u201cIt will never").name());
    }

    @Test
    void aDashAfterTheInvertedSourceOfSaidEndsItAsACommaWould() {
        // the mixed quotation had gone to "its rivals", the subject of "caused", for want of the inverted "said"
        String t = "Those tensions between China and its rivals have caused growing divides \u201cas the world "
                + "deglobalizes,\u201d said Garcia-Herrero \u2013 effects that spill over into Hong Kong.";
        assertEquals("Garcia-Herrero", speaker(t, "Those tensions").name());
        // after "reported" the phrase is its object, after "written" no one, and "said recently" names no one
        String reported = "Dallas County, Texas, reported its first death \u2013 a man of 66, officials said.";
        assertTrue(extractor.extract(reported, ArticleContext.none()).stream()
                .noneMatch(a -> source(reported, a) != null && source(reported, a).startsWith("its first")));
        String recently = "We hope, therefore, as Mr. Husak said recently \u2013 that the talks will go on.";
        assertTrue(extractor.extract(recently, ArticleContext.none()).stream()
                .noneMatch(a -> "recently".equals(source(recently, a))));
    }

    @Test
    void aThinkTankThinksNothing() {
        // "think" was a cue: "the London-based" thought "tank Chatham House."
        String said = "\u201cShe could do real damage,\u201d said Bronwen Maddox, director of the London-based think tank "
                + "Chatham House.";
        assertTrue(extractor.extract(said, ArticleContext.none()).stream()
                .noneMatch(a -> a.content().of(said).startsWith("tank")));
        // and the verb a mixed quotation hangs on
        String mixed = "Pence spoke at The Heritage Foundation, the conservative think tank where Pence is a \u201cdistinguished "
                + "visiting fellow,\u201d and at two colleges.";
        assertTrue(extractor.extract(mixed, ArticleContext.none()).stream()
                .noneMatch(a -> a.content().of(mixed).startsWith("tank")));
    }

    @Test
    void allowMeAsksLeaveAndNamesNoOne() {
        // UN speeches: "Allow me to …" had made a speaker "Allow" of whatever cue the sentence held
        String t = "We thank the President. Allow me to also congratulate the Secretary-General on his reappointment and "
                + "to assure him of our support for the success of his very complex and demanding mission in the service "
                + "of peace.";
        assertTrue(extractor.extract(t, ArticleContext.none()).stream()
                .noneMatch(a -> a.speaker().filter(s -> s.name().equals("Allow")).isPresent()));
    }

    @Test
    void aNameClaimsAClause() {
        // "claims" is as often a noun; after a name and before a clause it is the verb
        String t = "Ukrainian President Volodymyr Zelensky claims his country\u2019s military retook a key city from Russia.";
        assertEquals("Volodymyr Zelensky", speaker(t, "his country").name());
        // a right or a place claimed is no report, and "False claims" are a noun
        String right = "The United States claims the right to intervene in the region.";
        String hoax = "False claims a vigilante shot down the balloon spread online.";
        for (String s : List.of(right, hoax)) {
            assertTrue(extractor.extract(s, ArticleContext.none()).isEmpty(), s);
        }
    }
}
