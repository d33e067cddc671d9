package dev.attache.app.eval;

import dev.attache.core.Attache;
import dev.attache.core.AttacheConfig;
import dev.attache.core.embed.DenseMode;
import dev.attache.core.ops.Caller;
import dev.attache.core.ops.ImportProgress;
import dev.attache.core.ops.ImportReport;
import dev.attache.core.ops.Platform;
import dev.attache.core.search.eval.EvalSets;
import dev.attache.core.search.eval.EvalSets.RealTimeQaQuestion;
import dev.attache.core.search.eval.EvalSets.SquadParagraph;
import dev.attache.core.search.eval.EvalSets.SquadQuestion;
import dev.attache.core.search.eval.RetrievalEvaluator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code attache eval retrieval}: runs SQuAD and RealTimeQA question sets through {@link Attache#ask}
 * on libraries imported from the evaluation data, and the plain BM25 baseline over the same
 * passages in the same run; prints recall / answer-hit at 1, 5, 10, MRR@10 and latency for both,
 * and the abstention sweep on SQuAD with a quarter of its articles held out.
 */
@Command(name = "retrieval",
        description = {"Measure retrieval through the same path as 'ask', against plain Lucene BM25 (StandardAnalyzer) "
                + "over the same passages, in the same run.",
                "SQuAD: recall@1/5/10 and MRR@10 of the gold paragraph. RealTimeQA: answer-hit@1/5/10 over answerable "
                        + "questions asked as of their date. Abstention: every 4th SQuAD title with questions held out; the share of "
                        + "its questions declined, and of the others wrongly declined, for a sweep of thresholds.",
                "Libraries are imported into --data (reused when already filled) or a temporary directory."},
        mixinStandardHelpOptions = true)
public final class EvalRetrievalCommand implements Callable<Integer> {

    enum Part { squad, realtimeqa, abstention }

    @Option(names = "--squad", paramLabel = "DIR", defaultValue = "../shared/data/eval/squad",
            description = "SQuAD folder with paragraphs.jsonl and questions-dev.jsonl (default: ${DEFAULT-VALUE}).")
    Path squad;

    @Option(names = "--realtimeqa", paramLabel = "FILE",
            defaultValue = "../shared/data/eval/realtimeqa/questions-2022-2023.jsonl",
            description = "RealTimeQA questions (default: ${DEFAULT-VALUE}).")
    Path realtimeqa;

    @Option(names = "--articles", paramLabel = "FILE",
            defaultValue = "../shared/data/corpora/realtimeqa-articles-2022-2023.jsonl.gz",
            description = "The articles the RealTimeQA questions are answered from (default: ${DEFAULT-VALUE}).")
    Path articles;

    @Option(names = "--data", paramLabel = "DIR",
            description = "Keep the evaluation libraries in DIR/squad, DIR/squad-heldout and DIR/realtimeqa and reuse "
                    + "them when already filled (default: a temporary directory, deleted at the end).")
    Path data;

    @Option(names = "--limit", paramLabel = "N", description = "Ask only the first N questions of each set.")
    Integer limit;

    @Option(names = "--only", paramLabel = "PART", split = ",",
            description = "Run only these parts: ${COMPLETION-CANDIDATES} (default: all).")
    Set<Part> only;

    @Option(names = "--held-out-split", paramLabel = "K", defaultValue = "4",
            description = "Which quarter of the SQuAD titles the abstention part holds out: the K-th, (K+4)-th, … title "
                    + "with questions, K from 1 to 4 (default: ${DEFAULT-VALUE}, the split the thresholds were chosen on; "
                    + "the others check that they carry over). Its library is DIR/squad-heldout, or DIR/squad-heldout-K.")
    int heldOutSplit;

    @Option(names = "--thresholds", paramLabel = "T", split = ",",
            description = "Evidence thresholds for the abstention sweep (default: " + WORD_THRESHOLDS
                    + " for word coverage with --dense off, " + HYBRID_THRESHOLDS + " for coverage + vector similarity).")
    double[] thresholds;

    static final String WORD_THRESHOLDS = "0.30,0.35,0.40,0.45,0.50,0.55,0.60,0.65,0.70,0.75,0.80";
    static final String HYBRID_THRESHOLDS = "2.80,2.85,2.90,2.92,2.94,2.95,2.96,2.98,3.00,3.05,3.10";

    enum Switch { on, off }

    @Option(names = "--dense", paramLabel = "on|off", defaultValue = "on",
            description = "Hybrid search with dense vectors (default: ${DEFAULT-VALUE}); the libraries' passages are "
                    + "embedded before the questions are asked (about 20–25 passages/s on 2 cores), then kept in --data.")
    Switch dense;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Set<Part> parts = only == null || only.isEmpty() ? EnumSet.allOf(Part.class) : EnumSet.copyOf(only);
        boolean temporary = data == null;
        Path root = temporary ? Files.createTempDirectory("attache-eval-") : data;
        RetrievalEvaluator evaluator = new RetrievalEvaluator(message -> {
            err.println(message);
            err.flush();
        });
        try {
            if (parts.contains(Part.squad) || parts.contains(Part.abstention)) {
                Path paragraphsFile = squad.resolve("paragraphs.jsonl");
                List<SquadQuestion> questions = limited(EvalSets.squadQuestions(squad.resolve("questions-dev.jsonl")));
                if (parts.contains(Part.squad)) {
                    Path dir = root.resolve("squad");
                    try (Attache attache = library(dir, paragraphsFile, err)) {
                        out.println(evaluator.squad(attache, dir, questions).describe());
                        out.flush();
                    }
                }
                if (parts.contains(Part.abstention)) {
                    List<SquadParagraph> paragraphs = EvalSets.squadParagraphs(paragraphsFile);
                    List<SquadQuestion> all = EvalSets.squadQuestions(squad.resolve("questions-dev.jsonl"));
                    List<String> heldOut = EvalSets.heldOutTitles(paragraphs, all, 4, heldOutSplit);
                    Set<String> heldOutIds = new HashSet<>();
                    paragraphs.stream().filter(p -> heldOut.contains(p.title())).forEach(p -> heldOutIds.add(p.id()));
                    List<SquadQuestion> unsupported = limited(all.stream().filter(q -> heldOutIds.contains(q.gold())).toList());
                    List<SquadQuestion> answerable = limited(all.stream().filter(q -> !heldOutIds.contains(q.gold())).toList());
                    Path dir = root.resolve(heldOutSplit == 4 ? "squad-heldout" : "squad-heldout-" + heldOutSplit);
                    Files.createDirectories(dir);
                    Path subset = dir.resolve("paragraphs-kept.jsonl");
                    EvalSets.writeParagraphsExcept(paragraphsFile, Set.copyOf(heldOut), subset);
                    try (Attache attache = library(dir, subset, err)) {
                        double[] sweep = thresholds != null ? thresholds : java.util.Arrays.stream(
                                (dense == Switch.on ? HYBRID_THRESHOLDS : WORD_THRESHOLDS).split(","))
                                .mapToDouble(Double::parseDouble).toArray();
                        out.println(evaluator.abstention(attache, dir, heldOut, unsupported, answerable, sweep).describe());
                        out.flush();
                    }
                }
            }
            if (parts.contains(Part.realtimeqa)) {
                List<RealTimeQaQuestion> questions = EvalSets.realTimeQaQuestions(realtimeqa).stream()
                        .filter(RealTimeQaQuestion::answerable).toList();
                Path dir = root.resolve("realtimeqa");
                try (Attache attache = library(dir, articles, err)) {
                    out.println(evaluator.realTimeQa(attache, dir, limited(questions)).describe());
                    out.flush();
                }
            }
            return 0;
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return 2;
        } finally {
            if (temporary) {
                deleteTree(root);
            }
        }
    }

    private <T> List<T> limited(List<T> list) {
        return limit == null ? list : list.subList(0, Math.min(limit, list.size()));
    }

    /** Opens the library in {@code dir}, importing {@code source} first when the library is empty. */
    private Attache library(Path dir, Path source, PrintWriter err) throws IOException {
        if (!Files.isRegularFile(source)) {
            throw new IllegalArgumentException("evaluation file not found: " + source.toAbsolutePath().normalize());
        }
        Attache attache = Attache.open(AttacheConfig.at(dir).withDense(dense == Switch.on ? DenseMode.SEARCH_AND_EMBED : DenseMode.OFF));
        if (attache.stats().articles() == 0) {
            err.println("importing " + source + " into " + dir);
            err.flush();
            ImportReport report = attache.importPaths(Caller.local(Platform.CLI), List.of(source), ImportProgress.NONE);
            err.println("imported " + report.added() + " articles, " + report.passages() + " passages in "
                    + report.elapsedMs() / 1000 + " s (" + report.duplicates() + " duplicates, "
                    + report.rejected().size() + " rejected)");
            err.flush();
        }
        if (dense == Switch.on) {
            awaitEmbeddings(attache, err);
        }
        return attache;
    }

    private static void awaitEmbeddings(Attache attache, PrintWriter err) {
        long start = System.nanoTime();
        long[] lastReport = {0};
        try {
            attache.awaitEmbeddings((embedded, total) -> {
                if (System.nanoTime() - lastReport[0] > 30_000_000_000L) {
                    lastReport[0] = System.nanoTime();
                    err.printf(java.util.Locale.ROOT, "embedding: %,d of %,d passages%n", embedded, total);
                    err.flush();
                }
            }, () -> false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the embeddings", e);
        }
        err.printf(java.util.Locale.ROOT, "embeddings ready (%.0f s)%n", (System.nanoTime() - start) / 1e9);
        err.flush();
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // best effort: a temporary directory left behind is harmless
        }
    }
}
