package dev.attache.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.core.attribution.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentencesTest {

    private static List<String> sentences(String text) {
        return Sentences.split(text).stream().map(s -> s.of(text)).toList();
    }

    @Test
    void splitsAtSentenceEndsWithClosingQuotes() {
        assertThat(sentences("He spoke. \u201CIt is impossible,\u201D he said. Was it? Yes!"))
                .containsExactly("He spoke.", "\u201CIt is impossible,\u201D he said.", "Was it?", "Yes!");
    }

    @Test
    void doesNotSplitAfterTitlesMonthsInitialsOrAcronyms() {
        assertThat(sentences("Mr. Smith met Dr. Jones on Jan. 5 in the U.S. capital. John F. Kennedy spoke. "
                + "Talks, e.g. on trade, went on."))
                .containsExactly("Mr. Smith met Dr. Jones on Jan. 5 in the U.S. capital.", "John F. Kennedy spoke.",
                        "Talks, e.g. on trade, went on.");
    }

    @Test
    void doesNotSplitBeforeALowerCaseWordOrInsideNumbers() {
        assertThat(sentences("Prices rose 3.5 pct. in March, the bank said. It was so.")).containsExactly(
                "Prices rose 3.5 pct. in March, the bank said.", "It was so.");
    }

    @Test
    void aBlankLineEndsASentenceEvenWithoutPunctuation() {
        assertThat(sentences("Asian Alliance\n\nSome experts disagree.")).containsExactly("Asian Alliance",
                "Some experts disagree.");
    }

    @Test
    void spansAreTrimmedOrderedAndWithinTheText() {
        String text = "  One.   Two!  \n\n  Three  ";
        List<Span> spans = Sentences.split(text);
        assertThat(spans).containsExactly(new Span(2, 6), new Span(9, 13), new Span(19, 24));
    }
}
