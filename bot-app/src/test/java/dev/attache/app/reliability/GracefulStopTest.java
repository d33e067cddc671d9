package dev.attache.app.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.core.Attache;
import dev.attache.core.AttacheConfig;
import dev.attache.core.ops.Caller;
import dev.attache.core.ops.ImportProgress;
import dev.attache.core.ops.ImportReport;
import dev.attache.core.ops.Platform;
import dev.attache.telegram.FakeTelegram;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGTERM stops the application gracefully: a bulk import reads no further article, commits the
 * ones it has and exits; {@code attache serve} finishes the operator add in flight, commits and
 * closes. Either way the library is consistent afterwards and the process ends promptly with 0 or
 * 143 (128 + SIGTERM).
 */
class GracefulStopTest {

    static final Duration PROMPTLY = Duration.ofSeconds(30);
    static final long OPERATOR = 123;

    @TempDir
    Path tmp;

    @Test
    void sigtermDuringABulkImportCommitsWhatWasAddedAndARerunCompletesIt() throws Exception {
        // Long enough that SIGTERM lands mid-import on a fast machine (1,000 took 0.6 s on one), with no
        // regular commit before it (those come every commitEvery articles or 30 s).
        int total = 20_000;
        Path file = GeneratedArticles.jsonl(tmp.resolve("long.jsonl"), "term", total);
        Path data = tmp.resolve("library");
        long shown;
        try (AppProcess p = AppProcess.start(Map.of("ATTACHE_DATA", data.toString()),
                List.of("-Dattache.import.commitEvery=" + (total + 1)), "dev.attache.app.Main", "import", file.toString())) {
            assertThat(p.awaitLine(l -> articlesShown(l) >= 20, Duration.ofMinutes(2))).as(p.transcript()).isTrue();
            shown = p.err().stream().mapToLong(GracefulStopTest::articlesShown).max().orElse(0);
            long t0 = System.nanoTime();
            int exit = p.terminate(PROMPTLY);
            System.out.printf("GracefulStopTest: import exited %d, %d ms after SIGTERM%n", exit, (System.nanoTime() - t0) / 1_000_000);
            assertThat(exit).as(p.transcript()).isIn(0, 143);
            assertThat(p.out()).as(p.transcript()).anyMatch(l -> l.startsWith("Stopped on request"))
                    .anyMatch(l -> l.startsWith("Added "));
        }
        Set<String> present = LibraryCheck.verify(data);
        assertThat((long) present.size()).as("committed on SIGTERM").isGreaterThanOrEqualTo(shown).isLessThan(total);
        try (Attache attache = Attache.open(AttacheConfig.at(data))) {
            ImportReport rerun = attache.importPaths(Caller.local(Platform.CLI), List.of(file), ImportProgress.NONE);
            assertThat(rerun.duplicates()).isEqualTo(present.size());
            assertThat(rerun.added()).isEqualTo(total - present.size());
        }
    }

    /** The article count in a progress-bar redraw, else 0. */
    private static long articlesShown(String line) {
        Matcher m = Pattern.compile("([\\d,]+) articles").matcher(line);
        return m.find() ? Long.parseLong(m.group(1).replace(",", "")) : 0;
    }

    @Test
    void sigtermDuringServeFinishesTheAddInFlightCommitsAndExitsPromptly() throws Exception {
        Path data = tmp.resolve("library");
        try (FakeTelegram telegram = new FakeTelegram();
             AppProcess p = AppProcess.attache(Map.of("ATTACHE_DATA", data.toString(),
                     "TELEGRAM_BOT_TOKEN", FakeTelegram.TOKEN, "TELEGRAM_OPERATORS", String.valueOf(OPERATOR),
                     "TELEGRAM_API_URL", telegram.baseUrl().toString(),
                     "ATTACHE_METRICS_PORT", "0"), "serve")) { // main's serve opens a metrics port; 0 = off
            assertThat(p.awaitLine(l -> l.contains("serving library"), Duration.ofMinutes(1))).as(p.transcript()).isTrue();
            telegram.sendReplyToText(OPERATOR, "/add", GeneratedArticles.text("serve", 1));
            telegram.awaitFetched(Duration.ofSeconds(30));
            long t0 = System.nanoTime();
            int exit = p.terminate(PROMPTLY);
            System.out.printf("GracefulStopTest: serve exited %d, %d ms after SIGTERM%n", exit, (System.nanoTime() - t0) / 1_000_000);
            assertThat(exit).as(p.transcript()).isIn(0, 143);
            assertThat(telegram.repliesTo(OPERATOR)).as("the operator heard the add was done")
                    .anyMatch(t -> t.contains("Added"));
            assertThat(String.join("\n", p.err())).as(p.transcript()).contains("stopping");
        }
        Set<String> present = LibraryCheck.verify(data);
        assertThat(present).as("the add in flight at SIGTERM was committed").hasSize(1);
    }
}
