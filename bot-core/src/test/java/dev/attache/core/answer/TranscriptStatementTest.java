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

/** A transcript's statements in an answer: each names its speaker, and none repeats the label it opened with. */
class TranscriptStatementTest {

    private static final String TRANSCRIPT = "Harbor debate: the transcript\n\n"
            + "Mayor Ivo Kral and Councillor Tia Dunmore met in the town hall on Tuesday.\n\n"
            + "HOST: Mayor Kral, what about the northern pier?\n\n"
            + "KRAL: The northern pier will stay open for every fishing crew through the winter season.\n\n"
            + "Closing the northern pier would cost the fishing crews their winter catch and the town its ferry.\n\n"
            + "HOST: Councillor Dunmore?\n\n"
            + "DUNMORE: The budget cannot carry the pier repairs this year.\n\n"
            + "HOST: Thank you both.";

    @TempDir
    Path data;

    @Test
    void aTurnsSecondParagraphIsTheSpeakersAndNoStatementRepeatsItsLabel() throws Exception {
        try (Attache attache = Attache.open(AttacheConfig.at(data).withDense(DenseMode.OFF))) {
            attache.add(Caller.local(Platform.CLI), new AddRequest.FromText(TRANSCRIPT));
            Answer answer = attache.ask(Question.of("What would closing the northern pier cost the fishing crews?"));

            assertThat(answer.points()).anySatisfy(p -> {
                assertThat(p.text()).startsWith("Closing the northern pier");
                assertThat(p.speaker().orElseThrow().name()).isEqualTo("Ivo Kral");
            });

            Answer labelled = attache.ask(Question.of("Will the northern pier stay open for fishing crews in winter?"));
            assertThat(labelled.points()).anySatisfy(p -> {
                assertThat(p.text()).startsWith("The northern pier will stay open");
                assertThat(p.speaker().orElseThrow().name()).isEqualTo("Ivo Kral");
            });
            assertThat(labelled.points()).noneSatisfy(p -> assertThat(p.text()).startsWith("KRAL"));
        }
    }
}
