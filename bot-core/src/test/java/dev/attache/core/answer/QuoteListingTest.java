package dev.attache.core.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.core.attribution.ArticleContext;
import dev.attache.core.attribution.Attribution;
import dev.attache.core.attribution.AttributionExtractor;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What a list of someone's words shows of each attribution the extractor finds in a written article. */
class QuoteListingTest {

    @Test
    void aQuotationInterruptedByItsCueIsListedAsItsQuotedWords() {
        List<QuoteListing.Listed> listed = listed("Pier to stay open\n\n"
                + "“The pier stays open through the winter,” Mayor Jo Hale said. “The vote on its future is next week.”");

        assertThat(listed).containsExactly(new QuoteListing.Listed(
                "The pier stays open through the winter … The vote on its future is next week.", true));
    }

    @Test
    void aQuotationContinuedInTheNextParagraphIsJoinedWithoutItsOpeningMark() {
        List<QuoteListing.Listed> listed = listed("Pier to stay open\n\n"
                + "Mayor Jo Hale said: “The pier stays open through the winter. We have the money for it.\n\n"
                + "“The vote on its future is next week.”");

        assertThat(listed).containsExactly(new QuoteListing.Listed(
                "The pier stays open through the winter. We have the money for it. The vote on its future is next week.",
                true));
    }

    @Test
    void aReportInOtherWordsIsListedAsTheSentenceThatMakesIt() {
        List<QuoteListing.Listed> listed = listed("Rates rise again\n\n"
                + "The council met on Monday. Hale acknowledged the strain on households but argued that "
                + "delaying the repairs would cost the town far more. The vote is next week.");

        assertThat(listed).isNotEmpty().allSatisfy(l -> assertThat(l).isEqualTo(new QuoteListing.Listed(
                "Hale acknowledged the strain on households but argued that delaying the repairs would cost the town "
                        + "far more.", false)));
    }

    @Test
    void aHeadlineIsNotListedAndAQuestionIs() {
        List<QuoteListing.Listed> headline = listed("Rates rise again\n\nThe council met on Monday.\n\n"
                + "Hale talks rates: Mayor says the town will raise harbour fees in spring");
        assertThat(headline).isEmpty();

        List<QuoteListing.Listed> question = listed("Rates rise again\n\nThe council met on Monday. Hale asked why "
                + "the harbour fees should rise again this spring?");
        assertThat(question).containsExactly(new QuoteListing.Listed(
                "Hale asked why the harbour fees should rise again this spring?", false));
    }

    @Test
    void aPartlyParaphrasedQuotationIsListedAsItsSentenceSoItsMarksPair() {
        List<QuoteListing.Listed> listed = listed("Harbour joins the league\n\n"
                + "The league chief, Jo Hale, said the harbour \"will bring well trained crews to the league.\"");

        assertThat(listed).containsExactly(new QuoteListing.Listed(
                "The league chief, Jo Hale, said the harbour \"will bring well trained crews to the league.\"", false));
    }

    @Test
    void aQuotedTitleIsListedAsTheSentenceThatNamesIt() {
        List<QuoteListing.Listed> listed = listed("Books of the season\n\nThe historian Jo Hale wrote “Going Down "
                + "Harbour Road: The Strike of 1968 and the Last Campaign of the Dock Union”.");

        assertThat(listed).containsExactly(new QuoteListing.Listed("The historian Jo Hale wrote “Going Down Harbour "
                + "Road: The Strike of 1968 and the Last Campaign of the Dock Union”.", false));
    }

    @Test
    void wordsQuotedInsideTheWritersSentenceAreListedWithThatSentence() {
        List<QuoteListing.Listed> listed = listed("Harbour safety\n\nAbout 400 fishermen are “admitted to harbour "
                + "hospitals each year with injuries,” according to the Harbor Weekly.");

        assertThat(listed).containsExactly(new QuoteListing.Listed("About 400 fishermen are “admitted to harbour "
                + "hospitals each year with injuries,” according to the Harbor Weekly.", false));
    }

    @Test
    void aQuotationOfAFewWordsIsNotListed() {
        assertThat(listed("Pier to stay open\n\n“Not yet,” Mayor Jo Hale said.")).isEmpty();
    }

    @Test
    void aLongQuotationIsCutAtTheLastSentenceThatFits() {
        String sentence = "The pier has stood for a hundred years and will stand for a hundred more if we look after it. ";
        String quotation = sentence.repeat(6).strip();
        List<QuoteListing.Listed> listed = listed("Pier to stay open\n\nMayor Jo Hale said: “" + quotation + "”");

        assertThat(listed).hasSize(1);
        String text = listed.getFirst().text();
        assertThat(text).endsWith("after it. …").hasSizeLessThanOrEqualTo(AnswerComposer.MAX_QUOTE_CHARS + 2);
        assertThat(quotation).startsWith(text.substring(0, text.length() - 2));
    }

    @Test
    void aSpeakerNamedInAnEarlierParagraphIsNoPartOfTheListedSentence() {
        String quotation = "“The pier will stay open through the winter. The council has “the money” for it.”";
        String text = "Pier to stay open\n\nMayor Jo Hale spoke on Monday.\n\n" + quotation;
        assertThat(new AttributionExtractor().extract(text, ArticleContext.none()))
                .anySatisfy(a -> assertThat(a.source().orElseThrow().start()).isLessThan(text.indexOf(quotation)));

        assertThat(listed(text)).containsExactly(new QuoteListing.Listed(quotation, false));
    }

    private static List<QuoteListing.Listed> listed(String text) {
        QuoteListing listing = new QuoteListing(text);
        return new AttributionExtractor().extract(text, ArticleContext.none()).stream()
                .map(listing::of).flatMap(Optional::stream).distinct().toList();
    }
}
