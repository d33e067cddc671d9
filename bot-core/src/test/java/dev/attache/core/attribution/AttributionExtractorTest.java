package dev.attache.core.attribution;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static dev.attache.core.attribution.AttributionProbe.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each attribution pattern on small sentences written for this test. */
class AttributionExtractorTest {

    private final AttributionExtractor extractor = new AttributionExtractor();

    private List<Attribution> extract(String text) {
        return extractor.extract(text, ArticleContext.none());
    }

    private static Attribution only(List<Attribution> list) {
        assertEquals(1, list.size(), () -> "expected one attribution, got " + list);
        return list.getFirst();
    }

    private static String cue(String text, Attribution a) {
        return a.cue().map(s -> s.of(text)).orElse(null);
    }

    private static String speaker(Attribution a) {
        return a.speaker().map(Speaker::name).orElse(null);
    }

    @Test
    void quoteFollowedBySaidAndName() {
        String t = "“The bridge will open in May,” Maria Lopez said.";
        Attribution a = only(extract(t));
        assertEquals("“The bridge will open in May,”", a.content().of(t));
        assertEquals("Maria Lopez", source(t, a));
        assertEquals("said", cue(t, a));
        assertEquals("Maria Lopez", speaker(a));
        assertTrue(a.direct());
    }

    @Test
    void saidWithColonIntroducesQuote() {
        String t = "The mayor, Tom Reed, said: “We have no money left for the bridge.”";
        Attribution a = only(extract(t));
        assertEquals("“We have no money left for the bridge.”", a.content().of(t));
        assertTrue(source(t, a).contains("Tom Reed"));
        assertTrue(a.direct());
    }

    @Test
    void saidThatIsIndirectWithoutThat() {
        String t = "Finance Minister Anna Berg said that the budget would be balanced next year.";
        Attribution a = only(extract(t));
        assertEquals("the budget would be balanced next year", a.content().of(t));
        assertEquals("said", cue(t, a));
        assertEquals("Anna Berg", speaker(a));
        assertEquals("Finance Minister", a.speaker().orElseThrow().role());
        assertFalse(a.direct());
    }

    @Test
    void accordingToBeforeAndAfterTheContent() {
        String t1 = "According to the ministry, exports fell by a tenth in March.";
        Attribution a = only(extract(t1));
        assertEquals("exports fell by a tenth in March", a.content().of(t1));
        assertEquals("the ministry", source(t1, a));
        assertEquals("According to", cue(t1, a));

        String t2 = "Exports fell by a tenth in March, according to the ministry.";
        Attribution b = only(extract(t2));
        assertEquals("Exports fell by a tenth in March", b.content().of(t2));
        assertEquals("the ministry", source(t2, b));
    }

    @Test
    void toldOutletMakesTheOutletTheMediumNotTheSpeaker() {
        String t = "“Nothing has been decided,” Ivan Petrov, a senior adviser at the Institute of Trade, told Reuters.";
        Attribution a = only(extract(t));
        assertEquals("“Nothing has been decided,”", a.content().of(t));
        assertEquals("told", cue(t, a));
        Speaker s = a.speaker().orElseThrow();
        assertEquals("Ivan Petrov", s.name());
        assertEquals("senior adviser", s.role());
        assertEquals("the Institute of Trade", s.organization()); // kept as the article writes it
        assertFalse(source(t, a).contains("Reuters"));
    }

    @Test
    void toldOutletThatIsIndirect() {
        String t = "Ivan Petrov told Reuters that the talks had stalled.";
        Attribution a = only(extract(t));
        assertEquals("the talks had stalled", a.content().of(t));
        assertEquals("Ivan Petrov", speaker(a));
    }

    @Test
    void addedAfterTheContentWithPronounResolvedToTheLastPerson() {
        String t = "Governor Helen Ward spoke on Monday. The plan is late, she added.";
        Attribution a = only(extract(t));
        assertEquals("The plan is late", a.content().of(t));
        assertEquals("she", source(t, a));
        assertEquals("Helen Ward", speaker(a));
    }

    @Test
    void quoteInterruptedByItsCueIsOneAttribution() {
        String t = "“We will not give up,” he said. “We never have.”\n\nRival Sam Cole was not convinced.";
        String full = "Union leader Paul Gray spoke after the vote.\n\n" + t;
        List<Attribution> list = extract(full);
        Attribution a = only(list);
        assertEquals("“We will not give up,” he said. “We never have.”", a.content().of(full));
        assertEquals("Paul Gray", speaker(a));
    }

    @Test
    void quoteSpanningParagraphsContinuesIntoTheNextQuotedParagraph() {
        String t = "Ana Diaz said: “The first part is about money.\n\n“The second part is about time.”\n\nThat was all.";
        Attribution a = only(extract(t));
        assertEquals("“The first part is about money.\n\n“The second part is about time.”", a.content().of(t));
        assertEquals("Ana Diaz", speaker(a));
    }

    @Test
    void nestedQuotesStayInsideTheOuterQuote() {
        String t = "“He told me ‘wait until spring,’ and I did,” Lee Park said.";
        Attribution a = only(extract(t));
        assertEquals("“He told me ‘wait until spring,’ and I did,”", a.content().of(t));
    }

    @Test
    void apostrophesDoNotOpenQuotes() {
        String t = "Tom’s plan won’t work, and the Joneses’ plan doesn’t either, Kim Lo said.";
        Attribution a = only(extract(t));
        assertEquals("Tom’s plan won’t work, and the Joneses’ plan doesn’t either", a.content().of(t));
        assertFalse(a.direct());
    }

    @Test
    void everyQuoteStyleIsRecognized() {
        for (String[] marks : new String[][]{{"“", "”"}, {"\"", "\""}, {"«", "»"}, {"„", "“"}, {"‘", "’"}}) {
            String q = marks[0] + "Prices will rise," + marks[1];
            String t = q + " Eva Novak said.";
            Attribution a = only(extract(t));
            assertEquals(q, a.content().of(t), "quote style " + marks[0]);
            assertEquals("Eva Novak", speaker(a));
        }
    }

    @Test
    void invertedCueSaidName() {
        String t = "“The deal is dead,” said Omar Haddad, a spokesman for the coalition.";
        Attribution a = only(extract(t));
        assertEquals("Omar Haddad", speaker(a));
        // a lower-case object stays part of the role ("spokesman at coalition" would misread)
        assertEquals("spokesman for the coalition", a.speaker().orElseThrow().role());
        assertEquals("", a.speaker().orElseThrow().organization());
    }

    @Test
    void titleAndSurnameResolveToTheFullName() {
        String t = "President Laura Kent visited the plant. “We will build more,” Ms. Kent said. "
                + "Later President Kent said that jobs would follow.";
        List<Attribution> list = extract(t);
        assertEquals(2, list.size());
        for (Attribution a : list) {
            assertEquals("Laura Kent", speaker(a));
            assertEquals("President", a.speaker().orElseThrow().role());
        }
    }

    @Test
    void nominalMentionResolvesToTheMostRecentPersonWithAFittingRole() {
        String t = "Economist Raj Mehta, a professor at the Lakeside University, studied the data. "
                + "The expert explained that inflation would fall.";
        Attribution a = only(extract(t));
        assertEquals("The expert", source(t, a));
        assertEquals("Raj Mehta", speaker(a));
    }

    @Test
    void anonymousSourcesStayAnonymous() {
        String t = "Defense Minister Karl Brandt arrived on Monday. Officials said the talks would resume. "
                + "“It is over,” a spokesperson said. Sources said that the deal was near.";
        List<Attribution> list = extract(t);
        assertEquals(3, list.size());
        for (Attribution a : list) {
            Speaker s = a.speaker().orElseThrow();
            assertFalse(s.name().contains("Brandt"), "an anonymous source must not get a guessed name: " + s);
            assertTrue(Character.isLowerCase(s.name().charAt(0)), "anonymous speakers are named by the mention: " + s);
        }
    }

    @Test
    void speechAuthorSpeaksQuotesWithoutOtherSourceAndFirstPersonStatements() {
        String t = "I believe that peace is possible.\n\n“Nations must cooperate.”\n\nThe secretary said that reform is needed.";
        ArticleContext ctx = new ArticleContext("Jan Horak", "Minister for Foreign Affairs", "UN");
        List<Attribution> list = extractor.extract(t, ctx);
        assertEquals(2, list.stream().filter(a -> a.speaker().map(Speaker::name).orElse("").equals("Jan Horak")).count(),
                () -> list.toString());
        assertEquals("Minister for Foreign Affairs",
                list.getFirst().speaker().map(Speaker::role).orElse(""));
    }

    @Test
    void emptyAndQuoteFreeTextGiveNothing() {
        assertTrue(extract("").isEmpty());
        assertTrue(extract("The river flooded the valley in spring.").isEmpty());
        assertEquals(Optional.empty(), Optional.<Attribution>empty());
    }
}
