package dev.attache.core.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.core.Attache;
import dev.attache.core.AttacheConfig;
import dev.attache.core.embed.DenseMode;
import dev.attache.core.ops.AddRequest;
import dev.attache.core.ops.AttacheMetrics;
import dev.attache.core.ops.Caller;
import dev.attache.core.ops.ImportProgress;
import dev.attache.core.ops.Platform;
import dev.attache.core.testing.SharedData;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A long quote whose first "sentence" is a bare ellipsis (the Iraqi speech of 1961 quotes a
 * declaration opening with "...") is excerpted to a sentence with words, which verifies; it used
 * to be excerpted to the ellipsis alone and dropped as unverifiable. An excerpt that ends where the quote's
 * reporting clause interrupted it ends with one ellipsis, not two.
 */
class LongQuoteExcerptTest {

    @TempDir
    Path dir;

    @Test
    void aQuoteOpeningWithAnEllipsisIsExcerptedToWordsThatVerify() throws Exception {
        Path speech = dir.resolve("ungdc-IRQ-1961.jsonl");
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(
                Files.newInputStream(SharedData.file("corpora/ungdc-1946-2024.jsonl.gz"))), StandardCharsets.UTF_8))) {
            String line = in.lines().filter(l -> l.contains("\"ungdc-IRQ-1961\"")).findFirst().orElseThrow();
            Files.writeString(speech, line + "\n");
        }
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        try (Attache attache = Attache.open(AttacheConfig.at(dir.resolve("library")).withMeters(meters))) {
            attache.importPaths(Caller.local(Platform.CLI), List.of(speech), ImportProgress.NONE);
            Answer answer = attache.ask(Question.of("Sahara oil extraction delivery loading"));

            assertThat(answer.points()).isNotEmpty();
            assertThat(meters.get(AttacheMetrics.QUOTE_VERIFICATION_FAILURES).functionCounter().count()).isZero();
        }
    }

    @Test
    void anExcerptEndingAtAnInterruptionHasOneEllipsis() throws Exception {
        String article = "Pier vote\n\n“The northern pier has always been, and must remain, the heart of the harbour "
                + "town and of its fishing fleet,” the mayor, Jo Hale, said on Monday. “Towns are strengthened by their "
                + "piers, and changes to a pier should be made with the widest support of the crews who use it every day. "
                + "We urge the council to find a compromise on the repairs as soon as possible, before the winter storms. "
                + "The crews have waited long enough for an answer, and so have the ferry passengers who cross each "
                + "morning.”";
        try (Attache attache = Attache.open(AttacheConfig.at(dir.resolve("library")).withDense(DenseMode.OFF))) {
            attache.add(Caller.local(Platform.CLI), new AddRequest.FromText(article));
            Answer answer = attache.ask(Question.of("What did the mayor say about the northern pier, the heart of the town?"));

            assertThat(answer.points()).anySatisfy(p -> {
                assertThat(p.kind()).isEqualTo(Point.Kind.QUOTE);
                assertThat(p.text()).startsWith("The northern pier has always been").endsWith("fleet …").doesNotContain("……");
            });
        }
    }
}
