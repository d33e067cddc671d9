package dev.attache.core.embed;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.attache.core.Attache;
import dev.attache.core.AttacheConfig;
import dev.attache.core.answer.Answer;
import dev.attache.core.answer.Question;
import dev.attache.core.answer.RankedPassage;
import dev.attache.core.ops.AddOutcome;
import dev.attache.core.ops.AddRequest;
import dev.attache.core.ops.Caller;
import dev.attache.core.ops.Platform;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hybrid search end to end with the real model: articles added to a library that embeds in the
 * background are found by questions that share no word with them, under the same as-of filter as
 * word search. The articles are written for this test.
 */
class HybridSearchTest {

    static final Caller OPERATOR = Caller.local(Platform.CLI);

    @TempDir
    static Path dir;
    static Attache attache;

    @BeforeAll
    static void library() throws Exception {
        attache = Attache.open(AttacheConfig.at(dir).withDense(DenseMode.SEARCH_AND_EMBED));
        add("rates", "Central bank lifts its benchmark", "2024-03-01", "The central bank raised its benchmark interest "
                + "rate by half a percentage point on Thursday, saying inflation had stayed well above its target for too long.");
        add("wheat", "Grain terminals open", "2024-03-02", "Wheat shipments from the northern ports doubled this season "
                + "as new grain terminals opened along the coast.");
        add("drills", "Four navies in the strait", "2024-06-01", "Warships from four navies began a week of exercises "
                + "in the strait, rehearsing the rescue of merchant crews.");
        add("quota", "Fishing talks adjourn", "2024-06-03", "\u201cThe quota talks will resume in the spring,\u201d "
                + "said Hana Kvist, the fisheries minister, after the third round ended without a deal.");
        assertThat(attache.awaitEmbeddings((done, total) -> { }, () -> false)).isTrue();
    }

    static void add(String id, String title, String published, String text) throws Exception {
        String line = new ObjectMapper().writeValueAsString(Map.of("id", id, "title", title, "published", published,
                "text", text));
        AddOutcome outcome = attache.add(OPERATOR, new AddRequest.FromFile(id + ".jsonl",
                line.getBytes(StandardCharsets.UTF_8)));
        assertThat(outcome).isInstanceOf(AddOutcome.Added.class);
    }

    @AfterAll
    static void close() throws Exception {
        attache.close();
    }

    static List<String> ranked(String question, LocalDate asOf) {
        Answer answer = attache.ask(new Question(question, asOf, 3, Optional.empty()));
        return answer.passages().stream().map(RankedPassage::articleId).toList();
    }

    @Test
    void everyPassageGetsAVector() {
        assertThat(attache.stats().embeddedPassages()).isEqualTo(attache.stats().passages()).isEqualTo(4);
    }

    @Test
    void aQuestionSharingNoWordWithTheArticleFindsItByMeaning() {
        assertThat(ranked("Did monetary authorities tighten borrowing costs?", LocalDate.of(2024, 12, 31)))
                .first().isEqualTo("rates");
        assertThat(ranked("Which fleets held maneuvers at sea?", LocalDate.of(2024, 12, 31)))
                .first().isEqualTo("drills");
    }

    @Test
    void nearestVectorsObeyTheAsOfDate() {
        assertThat(ranked("Which fleets held maneuvers at sea?", LocalDate.of(2024, 4, 1)))
                .isNotEmpty().doesNotContain("drills");
    }

    @Test
    void aSpeakerFilterKeepsToWhatThatPersonSaidByTheAsOfDate() {
        Question later = new Question("When will negotiations on catch limits continue?", LocalDate.of(2024, 12, 31), 3,
                Optional.of("Hana Kvist"));
        assertThat(attache.ask(later).passages()).extracting(RankedPassage::articleId).containsExactly("quota");
        Question earlier = new Question(later.text(), LocalDate.of(2024, 6, 1), 3, Optional.of("Hana Kvist"));
        assertThat(attache.ask(earlier).passages()).isEmpty();
    }

    @Test
    void withoutDenseSearchTheSameQuestionFindsNothing(@TempDir Path wordsOnly) throws Exception {
        try (Attache words = Attache.open(AttacheConfig.at(wordsOnly))) {
            String line = new ObjectMapper().writeValueAsString(Map.of("id", "rates", "title", "Central bank lifts its benchmark",
                    "text", "The central bank raised its benchmark interest rate by half a percentage point."));
            words.add(OPERATOR, new AddRequest.FromFile("rates.jsonl", line.getBytes(StandardCharsets.UTF_8)));
            assertThat(words.ask(Question.of("Did monetary authorities tighten borrowing costs?")).passages()).isEmpty();
        }
    }
}
