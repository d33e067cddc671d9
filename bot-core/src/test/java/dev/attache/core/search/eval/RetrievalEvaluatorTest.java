package dev.attache.core.search.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.attache.core.Attache;
import dev.attache.core.AttacheConfig;
import dev.attache.core.ops.Caller;
import dev.attache.core.ops.ImportProgress;
import dev.attache.core.ops.Platform;
import dev.attache.core.search.eval.EvalSets.RealTimeQaQuestion;
import dev.attache.core.search.eval.EvalSets.SquadParagraph;
import dev.attache.core.search.eval.EvalSets.SquadQuestion;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The evaluator's measures, checked by hand on small synthetic sets. */
class RetrievalEvaluatorTest {

    @TempDir
    Path dir;

    @Test
    void recallAndMrrCountOnlyRanksWithinTheirCutoff() {
        RankMetrics m = new RankMetrics();
        for (int rank : new int[] {1, 2, 5, 6, 11, 0, 1, 3}) {
            m.add(rank);
        }
        assertThat(m.count()).isEqualTo(8);
        assertThat(m.recallAt(1)).isEqualTo(2 / 8.0);
        assertThat(m.recallAt(5)).isEqualTo(5 / 8.0);
        assertThat(m.recallAt(10)).isEqualTo(6 / 8.0);
        assertThat(m.mrrAt(10)).isCloseTo((1 + 0.5 + 0.2 + 1 / 6.0 + 1 + 1 / 3.0) / 8, within(1e-12));
        assertThat(new RankMetrics().recallAt(5)).isZero();
        assertThat(new RankMetrics().mrrAt(10)).isZero();
    }

    @Test
    void latencyPercentilesAreNearestRank() {
        Latencies l = new Latencies();
        for (int ms = 100; ms >= 1; ms--) {
            l.add(ms * 1_000_000L);
        }
        assertThat(l.ms(50)).isEqualTo(50.0);
        assertThat(l.ms(99)).isEqualTo(99.0);
        assertThat(l.ms(100)).isEqualTo(100.0);
        assertThat(new Latencies().ms(99)).isZero();
    }

    @Test
    void answerStringsMatchWithoutTheirQuoteMarksAndCase() {
        assertThat(AnswerMatch.normalizeAnswer("“Squid Game”")).isEqualTo("squid game");
        assertThat(AnswerMatch.normalizeAnswer("'Europe'")).isEqualTo("europe");
        assertThat(AnswerMatch.normalizeAnswer("Children’s  Hospital")).isEqualTo("children's hospital");
        List<String> passages = List.of("Nothing here.", "Netflix said SQUID GAME will return.", "Squid Game again");
        assertThat(AnswerMatch.firstHit(passages, List.of("“Squid Game”"))).isEqualTo(2);
        assertThat(AnswerMatch.firstHit(passages, List.of("Friends", "again"))).isEqualTo(3);
        assertThat(AnswerMatch.firstHit(passages, List.of("Breaking Bad"))).isZero();
        assertThat(AnswerMatch.firstHit(passages, List.of("“”"))).as("an empty answer matches nothing").isZero();
        assertThat(AnswerMatch.firstHit(List.of("the Children's Hospital"), List.of("children’s hospital"))).isEqualTo(1);
    }

    @Test
    void goldRankIsTheFirstPositionOfTheGoldId() {
        assertThat(RetrievalEvaluator.goldRank(List.of("a", "b", "b"), "b")).isEqualTo(2);
        assertThat(RetrievalEvaluator.goldRank(List.of("a", "b"), "c")).isZero();
    }

    @Test
    void heldOutTitlesAreEveryFourthTitleThatHasQuestions() {
        List<SquadParagraph> paragraphs = List.of(new SquadParagraph("p1", "A"), new SquadParagraph("p2", "A"),
                new SquadParagraph("p3", "B"), new SquadParagraph("p4", "C"), new SquadParagraph("p5", "D"),
                new SquadParagraph("p6", "E"), new SquadParagraph("p7", "F"));
        List<SquadQuestion> questions = List.of("p2", "p3", "p5", "p6", "p7").stream()
                .map(gold -> new SquadQuestion("q-" + gold, "?", gold, List.of())).toList();
        // titles with questions, in order: A, B, D, E, F -> the 4th is E
        assertThat(EvalSets.heldOutTitles(paragraphs, questions, 4)).containsExactly("E");
        assertThat(EvalSets.heldOutTitles(paragraphs, questions, 2)).containsExactly("B", "E");
        // the other splits of four: the 1st, 5th, …; the 2nd, 6th, …; the 3rd, 7th, …
        assertThat(EvalSets.heldOutTitles(paragraphs, questions, 4, 1)).containsExactly("A", "F");
        assertThat(EvalSets.heldOutTitles(paragraphs, questions, 4, 2)).containsExactly("B");
        assertThat(EvalSets.heldOutTitles(paragraphs, questions, 4, 3)).containsExactly("D");
        assertThatThrownBy(() -> EvalSets.heldOutTitles(paragraphs, questions, 4, 5))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** Three distinct paragraphs; two questions find theirs first, one names a paragraph not in the library. */
    @Test
    void squadMeasuresOnASyntheticLibraryMatchTheirDefinition() throws Exception {
        Path paragraphs = dir.resolve("paragraphs.jsonl");
        Files.writeString(paragraphs, String.join("\n",
                json("s-1", "Volcanoes", "Mount Etna is an active stratovolcano on the east coast of Sicily, one of the most active volcanoes in the world."),
                json("s-2", "Rivers", "The Danube flows through Vienna, Bratislava, Budapest and Belgrade before reaching the Black Sea delta."),
                json("s-3", "Chess", "Magnus Carlsen became world chess champion in 2013 after defeating Viswanathan Anand in Chennai.")) + "\n",
                StandardCharsets.UTF_8);
        List<SquadQuestion> questions = List.of(
                new SquadQuestion("q1", "Which river flows through Budapest and Belgrade?", "s-2", List.of("Danube")),
                new SquadQuestion("q2", "Whom did Carlsen defeat in Chennai to become world chess champion?", "s-3", List.of("Anand")),
                new SquadQuestion("q3", "Where is Mount Etna?", "s-missing", List.of("Sicily")));
        Path data = dir.resolve("lib");
        try (Attache attache = Attache.open(AttacheConfig.at(data))) {
            attache.importPaths(Caller.local(Platform.CLI), List.of(paragraphs), ImportProgress.NONE);
            RetrievalEvaluator.Report report = new RetrievalEvaluator(m -> { }).squad(attache, data, questions);
            assertThat(report.questions()).isEqualTo(3);
            assertThat(report.passages()).isEqualTo(3);
            for (RetrievalEvaluator.SystemResult r : List.of(report.ours(), report.baseline())) {
                assertThat(r.ranks().recallAt(1)).isEqualTo(2 / 3.0);
                assertThat(r.ranks().recallAt(10)).isEqualTo(2 / 3.0);
                assertThat(r.ranks().mrrAt(10)).isEqualTo(2 / 3.0);
                assertThat(r.latency().count()).isEqualTo(3);
            }
            assertThat(report.describe()).contains("attache (ask)", "baseline BM25 standard", "0.667");
        }
    }

    /** As-of filtering applies to both systems: an answer published after the question's date is not found. */
    @Test
    void realTimeQaCountsAnswerStringsAndRespectsTheAsOfDate() throws Exception {
        Path articles = dir.resolve("articles.jsonl");
        Files.writeString(articles, String.join("\n",
                json("a-1", "Parliament elects speaker", "2022-03-01",
                        "The parliament elected Maria Lind as its new speaker on Tuesday after a long night of votes."),
                json("a-2", "Speaker resigns", "2022-09-01",
                        "The speaker of parliament, Maria Lind, resigned and was replaced by Tomas Berg after the scandal.")) + "\n",
                StandardCharsets.UTF_8);
        List<RealTimeQaQuestion> questions = List.of(
                new RealTimeQaQuestion("r1", LocalDate.of(2022, 3, 5), "Who did parliament elect as speaker?",
                        List.of("“Maria Lind”"), true),
                new RealTimeQaQuestion("r2", LocalDate.of(2022, 3, 5), "Who replaced the speaker of parliament?",
                        List.of("Tomas Berg"), true),
                new RealTimeQaQuestion("r3", LocalDate.of(2022, 9, 5), "Who replaced the speaker of parliament?",
                        List.of("Tomas Berg"), false));
        Path data = dir.resolve("rt");
        try (Attache attache = Attache.open(AttacheConfig.at(data))) {
            attache.importPaths(Caller.local(Platform.CLI), List.of(articles), ImportProgress.NONE);
            RetrievalEvaluator.Report report = new RetrievalEvaluator(m -> { }).realTimeQa(attache, data, questions);
            assertThat(report.questions()).as("only answerable questions").isEqualTo(2);
            for (RetrievalEvaluator.SystemResult r : List.of(report.ours(), report.baseline())) {
                assertThat(r.ranks().recallAt(1)).isEqualTo(0.5);
                assertThat(r.ranks().recallAt(10)).isEqualTo(0.5);
            }
        }
    }

    private static String json(String id, String title, String text) {
        return "{\"id\":\"" + id + "\",\"title\":\"" + title + "\",\"text\":\"" + text + "\"}";
    }

    private static String json(String id, String title, String published, String text) {
        return "{\"id\":\"" + id + "\",\"title\":\"" + title + "\",\"published\":\"" + published + "\",\"text\":\"" + text + "\"}";
    }
}
