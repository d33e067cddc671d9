package dev.attache.app.bench;

import static dev.attache.app.bench.MacroBench.load;
import static dev.attache.app.bench.MacroBench.round;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.attache.core.Attache;
import dev.attache.core.AttacheConfig;
import dev.attache.core.answer.Question;
import dev.attache.core.embed.DenseMode;
import dev.attache.core.ops.Caller;
import dev.attache.core.ops.ImportProgress;
import dev.attache.core.ops.ImportReport;
import dev.attache.core.ops.Platform;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The hybrid-search part of {@code attache bench}, on a sample of the corpora: the import with
 * embedding on (words searchable first, vectors made in the background), the embedding rate, and
 * uncached answers with hybrid search against words only on the same library. A sample, because
 * embedding all the corpora takes hours on 2 cores.
 */
final class DenseBench {

    private static final ObjectMapper JSON = new ObjectMapper();

    private DenseBench() {
    }

    static ObjectNode run(Path dir, List<Path> corpora, long samplePassages, List<Question> warmup,
                          List<Question> measured, PrintStream log) throws IOException, InterruptedException {
        Path lib = dir.resolve("dense-library");
        // Always a fresh sample: articles left by an earlier run would all be skipped as duplicates.
        MacroBench.deleteTree(lib);
        Path stage = dir.resolve("dense-stage.jsonl");
        ObjectNode out = JSON.createObjectNode();
        long passages = 0;
        long articles = 0;
        try (MixedCorpus corpus = new MixedCorpus(corpora, 1);
             Attache attache = Attache.open(AttacheConfig.at(lib).withDense(DenseMode.SEARCH_AND_EMBED))) {
            long t0 = System.nanoTime();
            while (passages < samplePassages) {
                // Small stages, so the sample overshoots by little.
                if (corpus.writeStage(stage, 20) == 0) {
                    break;
                }
                ImportReport r = attache.importPaths(Caller.local(Platform.CLI), List.of(stage), ImportProgress.NONE);
                articles += r.added();
                passages += r.passages();
            }
            Files.deleteIfExists(stage);
            double importSeconds = (System.nanoTime() - t0) / 1e9;
            attache.awaitEmbeddings((done, total) -> { }, () -> false);
            double embeddedSeconds = (System.nanoTime() - t0) / 1e9;
            out.put("articles", articles).put("passages", passages)
                    .put("import_seconds", round(importSeconds, 1))
                    .put("import_passages_per_s", round(passages / importSeconds, 0))
                    .put("embedded_seconds", round(embeddedSeconds, 1))
                    .put("embedded_passages_per_s", round(passages / embeddedSeconds, 1))
                    .put("embedding_load", load());
            log.printf(Locale.ROOT, "bench: dense sample: %,d passages searchable by words in %.1f s, embedded after %.1f s; load %s%n",
                    passages, importSeconds, embeddedSeconds, load());
            answers(attache, warmup, measured, out.putObject("hybrid"));
        }
        try (Attache wordsOnly = Attache.open(AttacheConfig.at(lib).withDense(DenseMode.OFF))) {
            answers(wordsOnly, warmup, measured, out.putObject("words_only"));
        }
        log.println("bench: dense " + out);
        return out;
    }

    /** Uncached answers on one thread: wall and thread-CPU percentiles. */
    private static void answers(Attache attache, List<Question> warmup, List<Question> measured, ObjectNode out) {
        warmup.forEach(attache::ask);
        MacroBench.Timed timed = MacroBench.timeAnswers(attache, measured);
        out.put("questions", measured.size())
                .put("p50_ms", round(timed.wall().ms(50), 3)).put("p99_ms", round(timed.wall().ms(99), 3))
                .put("cpu_p50_ms", round(timed.cpu().ms(50), 3)).put("cpu_p99_ms", round(timed.cpu().ms(99), 3))
                .put("load", load());
    }
}
