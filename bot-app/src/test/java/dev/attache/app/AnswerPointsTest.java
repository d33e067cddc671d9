package dev.attache.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.core.Attache;
import dev.attache.core.AttacheConfig;
import dev.attache.core.answer.Answer;
import dev.attache.core.answer.Point;
import dev.attache.core.answer.Question;
import dev.attache.core.attribution.Speaker;
import dev.attache.core.embed.DenseMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Which points an answer on the demo library gives, and in what order: most relevant first, each
 * voice heard before anyone's second point, and no voice that does not speak to the question.
 */
class AnswerPointsTest {

    @TempDir
    static Path data;

    static Attache attache;

    @BeforeAll
    static void load() throws Exception {
        attache = Attache.open(AttacheConfig.at(data).withDense(DenseMode.OFF));
        DemoLibrary.loadInto(attache);
    }

    @AfterAll
    static void close() throws Exception {
        attache.close();
    }

    @Test
    void theStatementThatAnswersComesBeforeTheQuotesOfLessRelevantPassages() {
        Answer answer = attache.ask(Question.of("How much climate finance was agreed in Port Amaru?"));

        Point first = answer.points().getFirst();
        assertThat(first.text()).contains("250 billion dollars a year");
        assertThat(answer.sources().get(first.source() - 1).title()).startsWith("Port Amaru Summit");
    }

    @Test
    void aLessRelevantArticleAddsOnlyVoicesThatSpeakToTheQuestion() {
        // The chip-controls article comes second by the word "rules"; its people speak of chips, not of the tribunal.
        Answer answer = attache.ask(Question.of("What did the tribunal rule?"));

        assertThat(answer.points()).extracting(p -> p.speaker().map(Speaker::name).orElse(""))
                .contains("Ruth Adeyemi-Clarke").doesNotContain("Marcus Ojukwu", "Helena Voss", "Lin Tavares");
    }

    @Test
    void noPointCutsAQuotationInHalf() {
        // Each demo article's title, and a question naming one of its people, asked of the whole library.
        List<String> questions = new ArrayList<>();
        attache.list(1, 50).articles().forEach(a -> questions.add(a.title()));
        questions.add("What did Rennick say about Arctic shipping?");
        for (String question : questions) {
            for (Point p : attache.ask(Question.of(question)).points()) {
                assertThat(p.text().chars().filter(c -> c == '“').count()).as("%s: %s", question, p.text())
                        .isEqualTo(p.text().chars().filter(c -> c == '”').count());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"Will the central bank raise rates again?", "What is the defence spending target?",
            "What did analysts say about Arctic shipping?", "Should Taelan join the defence pact?"})
    void noSpeakerHasASecondPointBeforeEveryoneElseHasHadTheirFirst(String question) {
        List<Point> points = attache.ask(Question.of(question)).points();
        Set<String> speakers = new HashSet<>();
        points.forEach(p -> p.speaker().map(Speaker::name).ifPresent(speakers::add));
        Set<String> heard = new HashSet<>();
        for (Point p : points) {
            String name = p.speaker().map(Speaker::name).orElse("");
            if (!name.isEmpty() && !heard.add(name)) {
                assertThat(heard).as("%s speaks again in %s", name, question).isEqualTo(speakers);
            }
        }
    }
}
