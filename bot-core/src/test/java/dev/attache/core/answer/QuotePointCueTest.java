package dev.attache.core.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.core.Attache;
import dev.attache.core.AttacheConfig;
import dev.attache.core.embed.DenseMode;
import dev.attache.core.ops.AddRequest;
import dev.attache.core.ops.Caller;
import dev.attache.core.ops.Platform;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cue a quote point carries is words the renderers can show after the speaker. */
class QuotePointCueTest {

    @TempDir
    Path data;

    @Test
    void theColonThatIntroducedAQuoteIsNoCue() throws Exception {
        Answer answer = answer("Pier day\n\nJo Hale spoke at the harbour festival on Friday.\n\nHale’s message to the "
                + "crowd: “Let us keep the northern pier open for every fishing crew and every ferry.”",
                "What did Hale say about the northern pier?");

        assertThat(answer.points()).anySatisfy(p -> {
            assertThat(p.kind()).isEqualTo(Point.Kind.QUOTE);
            assertThat(p.speaker().orElseThrow().name()).isEqualTo("Jo Hale");
            assertThat(p.cue()).isEmpty();
        });
    }

    @Test
    void aSpeakerQuotedByOthersIsShownAsQuoted() throws Exception {
        Answer answer = answer("Pier plans\n\nThe harbour board backed the plan on Friday. “The northern pier will stay "
                + "open for every fishing crew,” Jo Hale was quoted as saying in a press release.",
                "What did Hale say about the northern pier?");

        assertThat(answer.points()).anySatisfy(p -> {
            assertThat(p.speaker().orElseThrow().name()).isEqualTo("Jo Hale");
            assertThat(p.cue()).isEqualTo("was quoted as saying");
        });
    }

    @Test
    void aSpeakerANamedWitnessQuotesIsShownAsQuoted() throws Exception {
        Answer answer = answer("Pier hearing\n\nTia Marsh, an aide, testified on Friday. Jo Hale, the harbour counsel, "
                + "raised concerns. “Keep the northern pier open for every fishing crew,” Marsh quoted Hale as telling her.",
                "What did Hale say about the northern pier?");

        assertThat(answer.points()).anySatisfy(p -> {
            assertThat(p.speaker().orElseThrow().name()).isEqualTo("Jo Hale");
            assertThat(p.cue()).isEqualTo("was quoted as telling");
        });
    }

    @Test
    void aBodyTheArticleNamesWithTheIsShownWithIt() throws Exception {
        Answer answer = answer("Pier fees\n\nThe harbour fees rise in May. “The northern pier fees will pay for the new "
                + "breakwater,” the Harbor Trust said in a statement.",
                "What did the Harbor Trust say about the northern pier fees?");

        assertThat(answer.points()).anySatisfy(p -> {
            assertThat(p.kind()).isEqualTo(Point.Kind.QUOTE);
            assertThat(p.speaker().orElseThrow().name()).isEqualTo("The Harbor Trust");
        });
    }

    @Test
    void afterAccordingToTheBodyKeepsTheCaseTheArticleGaveThe() throws Exception {
        Answer answer = answer("Pier fees\n\nThe harbour fees rise in May. “The northern pier fees will pay for the new "
                + "breakwater and the ferry ramp,” according to the Harbor Trust. “The northern pier fees are the "
                + "highest on the coast this spring,” according to The Harbor Weekly.",
                "What did the Harbor Trust say about the northern pier fees?");

        assertThat(answer.points()).anySatisfy(p -> {
            assertThat(p.cue()).isEqualTo("according to");
            assertThat(p.speaker().orElseThrow().name()).isEqualTo("the Harbor Trust");
            assertThat(p.speaker().orElseThrow().introducing(p.cue())).isEqualTo("According to the Harbor Trust");
        });
        assertThat(answer.points()).anySatisfy(p -> {
            assertThat(p.cue()).isEqualTo("according to");
            assertThat(p.speaker().orElseThrow().name()).isEqualTo("The Harbor Weekly");
        });
    }

    /** The answer to {@code question} from a library of the one article {@code text}, by its words. */
    private Answer answer(String text, String question) throws Exception {
        try (Attache attache = Attache.open(AttacheConfig.at(data).withDense(DenseMode.OFF))) {
            attache.add(Caller.local(Platform.CLI), new AddRequest.FromText(text));
            return attache.ask(Question.of(question));
        }
    }
}
