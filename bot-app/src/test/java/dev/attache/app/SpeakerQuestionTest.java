package dev.attache.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.core.Attache;
import dev.attache.core.AttacheConfig;
import dev.attache.core.answer.Answer;
import dev.attache.core.answer.Question;
import dev.attache.core.attribution.Speaker;
import dev.attache.core.embed.DenseMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ask --speaker NAME}: the answer is what that person said in the passages found for the question. */
class SpeakerQuestionTest {

    @TempDir
    Path data;

    @Test
    void aQuestionAboutOnePersonGetsOnlyTheirWordsEvenThoseSharingNoWordWithIt() throws Exception {
        try (Attache attache = Attache.open(AttacheConfig.at(data).withDense(DenseMode.OFF))) {
            DemoLibrary.loadInto(attache);
            String question = "Arctic shipping";
            assertThat(attache.ask(Question.of(question)).points())
                    .anySatisfy(p -> assertThat(p.speaker().map(Speaker::name)).isNotEqualTo(Optional.of("Solveig Arnfeld")));

            Answer answer = attache.ask(new Question(question, LocalDate.now(), 10, Optional.of("arnfeld")));

            assertThat(answer.status()).isEqualTo(Answer.Status.ANSWERED);
            assertThat(answer.points()).isNotEmpty()
                    .allSatisfy(p -> assertThat(p.speaker().map(Speaker::name)).contains("Solveig Arnfeld"));
        }
    }
}
