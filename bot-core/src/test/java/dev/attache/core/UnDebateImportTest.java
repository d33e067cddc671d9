package dev.attache.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.core.answer.Answer;
import dev.attache.core.answer.Question;
import dev.attache.core.ops.Caller;
import dev.attache.core.ops.ImportProgress;
import dev.attache.core.ops.ImportReport;
import dev.attache.core.ops.Platform;
import dev.attache.core.testing.SharedData;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole UN General Debate corpus (10,952 speeches, 199 M characters) imports, and the import reports its rate. */
class UnDebateImportTest {

    static final int SPEECHES = 10_952;

    @TempDir
    Path dir;

    @Test
    void wholeUnDebateCorpusImportsWithItsRateAndAnswersFromIt() throws Exception {
        Path corpus = SharedData.file("corpora/ungdc-1946-2024.jsonl.gz");
        AtomicLong lastProgress = new AtomicLong();
        try (Attache attache = Attache.open(AttacheConfig.at(dir))) {
            ImportReport report = attache.importPaths(Caller.local(Platform.CLI), List.of(corpus),
                    (read, total, articles) -> lastProgress.set(articles));

            assertThat(report.rejected()).isEmpty();
            assertThat(report.added()).isEqualTo(SPEECHES);
            assertThat(report.passages()).isGreaterThan(200_000);
            assertThat(report.articlesPerSecond()).isPositive();
            assertThat(report.passagesPerSecond()).isPositive();
            assertThat(report.megacharsPerSecond()).isPositive();
            assertThat(lastProgress.get()).isEqualTo(SPEECHES);
            assertThat(attache.stats().articles()).isEqualTo(SPEECHES);
            // A bulk import of a whole library is merged into one segment afterwards.
            assertThat(report.compaction()).hasValueSatisfying(done -> {
                assertThat(done.segmentsBefore()).isGreaterThan(1);
                assertThat(done.segmentsAfter()).isEqualTo(1);
            });
            assertThat(attache.stats().indexSegments()).isEqualTo(1);

            Answer answer = attache.ask(Question.of("nuclear disarmament and the non-proliferation treaty"));
            assertThat(answer.answered()).isTrue();
            // A speech's statements are its speaker's own where the corpus gives the speaker's post.
            assertThat(answer.points()).anySatisfy(p -> {
                assertThat(p.speaker()).isPresent();
                assertThat(p.speaker().get().role()).isNotEmpty();
            });
        }
        try (Attache reopened = Attache.open(AttacheConfig.at(dir))) {
            assertThat(reopened.stats().articles()).isEqualTo(SPEECHES);
            ImportReport again = reopened.importPaths(Caller.local(Platform.CLI), List.of(corpus), ImportProgress.NONE);
            assertThat(again.added()).isZero();
            assertThat(again.duplicates()).isEqualTo(SPEECHES);
            assertThat(again.compaction()).isEmpty();
        }
    }
}
