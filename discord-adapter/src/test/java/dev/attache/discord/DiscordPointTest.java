package dev.attache.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.core.answer.Answer;
import dev.attache.core.answer.Point;
import dev.attache.core.answer.Source;
import dev.attache.core.article.PublishedDate;
import java.time.LocalDate;
import java.util.List;
import dev.attache.core.attribution.Speaker;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How one point of an answer, and its opening line, read in a Discord embed. */
class DiscordPointTest {

    @Test
    void aQuoteEndsWithItsSpeakerAndCue() {
        Point quote = new Point("Ports are never neutral.", Point.Kind.QUOTE,
                Optional.of(new Speaker("Ilse Varga", "harbour economist", "")), "told reporters", 1, "art1#0");

        assertThat(DiscordRenderer.point(quote)).endsWith("— **Ilse Varga**, harbour economist, *told reporters* \\[1\\]");
    }

    @Test
    void theSpeakersDashStandsForAccordingTo() {
        Point quote = new Point("Ports are never neutral.", Point.Kind.QUOTE,
                Optional.of(new Speaker("Ilse Varga", "", "")), "according to", 1, "art1#0");

        assertThat(DiscordRenderer.point(quote)).endsWith("— **Ilse Varga** \\[1\\]").doesNotContain("according");
    }

    @Test
    void anAnswerWithoutTheHolderOfTheAskedPostSaysSoFirst() {
        Point statement = new Point("The ministry's spending rises.", Point.Kind.STATEMENT, Optional.empty(), "", 1, "art1#0");
        Source source = new Source(1, "art1", "Budget", "The Fictional Review", "",
                PublishedDate.ofDay(LocalDate.of(2023, 3, 14)), "");
        Answer answer = new Answer("ans1", "Who is the foreign minister of Estoria?", LocalDate.of(2024, 1, 1),
                Answer.Status.ANSWERED, List.of(statement), List.of(source), List.of(),
                Optional.of("the foreign minister of Estoria"), 12);

        assertThat(new DiscordRenderer().answer(answer).messages().getFirst().getFirst().getDescription())
                .startsWith("I found no one quoted as the foreign minister of Estoria. The nearest points, from 1 article:");
    }
}
