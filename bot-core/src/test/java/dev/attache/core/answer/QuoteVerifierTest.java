package dev.attache.core.answer;

import dev.attache.core.article.ParsedDocument;
import dev.attache.core.attribution.ArticleContext;
import dev.attache.core.attribution.Attribution;
import dev.attache.core.attribution.AttributionExtractor;
import dev.attache.core.ingest.JsonLinesReader;
import dev.attache.core.ingest.Sentences;
import dev.attache.core.testing.SharedData;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The verbatim check: quotes as the composer renders them (marks trimmed, interruptions and left-out
 * words as ellipses) occur in their article; text with no words to check never passes.
 */
class QuoteVerifierTest {

    @Test
    void normalizesQuoteMarksAndWhiteSpace() {
        String article = "He said: “We will\n  not ‘give’ up.”";
        assertTrue(QuoteVerifier.occursIn("\"We will not 'give' up.\"", article));
        assertTrue(QuoteVerifier.occursIn("We will … up.", article));
        assertFalse(QuoteVerifier.occursIn("We will give up.", article));
    }

    @Test
    void aQuotationContinuedInANewParagraphVerifiesWithoutTheMarkThatReopensIt() {
        String article = "She said: “The pier stays open.\n\n“The vote is next week.”";
        assertTrue(QuoteVerifier.occursIn("The pier stays open. The vote is next week.", article));
        assertFalse(QuoteVerifier.occursIn("The pier stays open. The vote is this week.", article));
    }

    @Test
    void aQuoteOfEllipsesAloneHasNothingToVerify() {
        assertFalse(QuoteVerifier.occursIn("...…", "... In this age of nuclear weapons"));
        assertFalse(QuoteVerifier.occursIn(" … ", "anything"));
    }

    /**
     * The UN speech ungdc-IRQ-1961 quotes a conference declaration that opens with an ellipsis and is
     * never closed ("... In this age of nuclear weapons …"). Read in place, cleaned as an import cleans
     * it: every quote the extractor finds verifies as the composer renders it, and so does every
     * excerpt of it that holds words. The only failing excerpt is the leading "..." alone — a
     * sentence without words, which an excerpt must never be.
     */
    @Test
    void quotesOfTheIraqiSpeechOf1961VerifyAsRendered() throws Exception {
        Path corpus = SharedData.file("corpora/ungdc-1946-2024.jsonl.gz");
        ParsedDocument doc = read(corpus, "ungdc-IRQ-1961");
        String text = doc.text();
        List<Attribution> quotes = new AttributionExtractor()
                .extract(text, new ArticleContext(doc.author(), doc.authorRole(), doc.outlet()))
                .stream().filter(Attribution::direct).toList();
        assertFalse(quotes.isEmpty(), "the speech quotes the Belgrade declaration");
        int wordless = 0;
        for (Attribution a : quotes) {
            String rendered = AnswerComposer.withoutInterruptions(a.content().of(text));
            assertTrue(QuoteVerifier.occursIn(rendered, text), () -> "does not verify: " + rendered);
            for (var sentence : Sentences.split(rendered)) {
                String excerpt = "…" + sentence.of(rendered).strip() + "…";
                if (excerpt.chars().anyMatch(Character::isLetterOrDigit)) {
                    assertTrue(QuoteVerifier.occursIn(excerpt, text), () -> "excerpt does not verify: " + excerpt);
                } else {
                    wordless++;
                    assertFalse(QuoteVerifier.occursIn(excerpt, text));
                }
            }
        }
        assertEquals(1, wordless, "the declaration's leading ellipsis splits off as a sentence without words");
    }

    private static ParsedDocument read(Path corpus, String id) throws Exception {
        try (JsonLinesReader reader = JsonLinesReader.open(corpus)) {
            for (JsonLinesReader.Line line = reader.nextLine(); line != null; line = reader.nextLine()) {
                Optional<JsonLinesReader.Entry> entry = JsonLinesReader.parse(line, other -> !other.equals(id));
                if (entry.isPresent() && entry.get() instanceof JsonLinesReader.Entry.Parsed parsed) {
                    return parsed.document();
                }
            }
        }
        throw new AssertionError(id + " is not in " + corpus);
    }
}
