package dev.attache.core.search.eval;

import dev.attache.core.Attache;
import dev.attache.core.answer.Answer;
import dev.attache.core.answer.AnswerComposer;
import dev.attache.core.answer.EvidenceStrength;
import dev.attache.core.answer.Question;
import dev.attache.core.answer.RankedPassage;
import dev.attache.core.search.eval.EvalSets.RealTimeQaQuestion;
import dev.attache.core.search.eval.EvalSets.SquadQuestion;
import dev.attache.core.search.eval.LibrarySnapshot.StoredPassage;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs question sets through the same path as a user's question ({@link Attache#ask}) and, in the
 * same run, through the plain {@link BaselineRetriever} over the same passages, and reports rank
 * measures and latency for both. Before timing, a warm-up pass asks a share of the questions with
 * another top-k (so the answer cache never serves the timed pass). Latency is reported both as
 * wall-clock time and as the CPU time of the asking thread, which a loaded machine disturbs less. Also measures abstention:
 * how often the bot declines questions whose support was removed from the library, and how often
 * it declines answerable ones, for a sweep of coverage thresholds.
 */
public final class RetrievalEvaluator {

    /** Passages retrieved per question; the measures look at the top 1, 5 and 10. */
    public static final int DEPTH = 10;
    static final int WARM_UP_QUESTIONS = 200;

    private final Consumer<String> progress;

    public RetrievalEvaluator(Consumer<String> progress) {
        this.progress = progress;
    }

    /** One system's measures on a question set: ranks, wall-clock latency, and the CPU time of the asking thread. */
    public record SystemResult(RankMetrics ranks, Latencies latency, Latencies cpu) {
        static SystemResult empty() {
            return new SystemResult(new RankMetrics(), new Latencies(), new Latencies());
        }
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** Runs {@code work} and records its wall-clock and CPU time into {@code result}. */
    private static <T> T timed(SystemResult result, Supplier<T> work) {
        long cpu = THREADS.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        T value = work.get();
        result.latency().add(System.nanoTime() - start);
        result.cpu().add(THREADS.getCurrentThreadCpuTime() - cpu);
        return value;
    }

    /** Both systems on one question set; {@code measure} names what a hit is. */
    public record Report(String name, String measure, int questions, int passages, SystemResult ours,
                         SystemResult baseline) {

        public String describe() {
            StringBuilder s = new StringBuilder();
            s.append(String.format(Locale.ROOT, "%s: %d questions, %d passages; %s%n", name, questions, passages, measure));
            s.append(String.format(Locale.ROOT, "  %-22s %8s %8s %8s %8s %10s %10s %12s %12s%n",
                    "system", "@1", "@5", "@10", "MRR@10", "p50 ms", "p99 ms", "cpu p50 ms", "cpu p99 ms"));
            row(s, "attache (ask)", ours);
            row(s, "baseline BM25 standard", baseline);
            return s.toString();
        }

        private static void row(StringBuilder s, String label, SystemResult r) {
            s.append(String.format(Locale.ROOT, "  %-22s %8.3f %8.3f %8.3f %8.3f %10.2f %10.2f %12.2f %12.2f%n", label,
                    r.ranks().recallAt(1), r.ranks().recallAt(5), r.ranks().recallAt(10), r.ranks().mrrAt(10),
                    r.latency().ms(50), r.latency().ms(99),
                    r.cpu().ms(50), r.cpu().ms(99)));
        }
    }

    /**
     * SQuAD: each question's gold paragraph was imported as a document with its id; a hit is a
     * passage of that document. {@code dataDir} is the library's data directory (its index is read
     * beside it for the baseline).
     */
    public Report squad(Attache attache, Path dataDir, List<SquadQuestion> questions) {
        LocalDate asOf = LocalDate.now();
        try (LibrarySnapshot snapshot = LibrarySnapshot.open(dataDir.resolve("index"));
             BaselineRetriever baseline = baselineOf(dataDir, snapshot)) {
            progress.accept("squad: warming up");
            for (SquadQuestion q : questions.subList(0, Math.min(WARM_UP_QUESTIONS, questions.size()))) {
                attache.ask(new Question(q.question(), asOf, DEPTH - 1, Optional.empty()));
                baseline.search(q.question(), Optional.empty(), DEPTH - 1);
            }
            SystemResult ours = SystemResult.empty();
            SystemResult base = SystemResult.empty();
            int done = 0;
            for (SquadQuestion q : questions) {
                Answer answer = timed(ours, () -> attache.ask(new Question(q.question(), asOf, DEPTH, Optional.empty())));
                ours.ranks().add(goldRank(answer.passages().stream().map(RankedPassage::articleId).toList(), q.gold()));

                List<StoredPassage> top = timed(base, () -> baseline.search(q.question(), Optional.empty(), DEPTH));
                base.ranks().add(goldRank(top.stream().map(StoredPassage::articleId).toList(), q.gold()));
                report("squad", ++done, questions.size());
            }
            return new Report("SQuAD", "hit = a passage of the gold paragraph (recall@k)", questions.size(),
                    baseline.size(), ours, base);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * RealTimeQA: only {@code answerable} questions, each asked as of its date; a hit is a passage
     * holding a gold answer string ({@link AnswerMatch}).
     */
    public Report realTimeQa(Attache attache, Path dataDir, List<RealTimeQaQuestion> all) {
        List<RealTimeQaQuestion> questions = all.stream().filter(RealTimeQaQuestion::answerable).toList();
        try (LibrarySnapshot snapshot = LibrarySnapshot.open(dataDir.resolve("index"));
             BaselineRetriever baseline = baselineOf(dataDir, snapshot)) {
            progress.accept("realtimeqa: warming up");
            for (RealTimeQaQuestion q : questions.subList(0, Math.min(WARM_UP_QUESTIONS, questions.size()))) {
                attache.ask(new Question(q.question(), q.date(), DEPTH - 1, Optional.empty()));
                baseline.search(q.question(), Optional.of(q.date()), DEPTH - 1);
            }
            SystemResult ours = SystemResult.empty();
            SystemResult base = SystemResult.empty();
            int done = 0;
            for (RealTimeQaQuestion q : questions) {
                Answer answer = timed(ours, () -> attache.ask(new Question(q.question(), q.date(), DEPTH, Optional.empty())));
                ours.ranks().add(AnswerMatch.firstHit(answer.passages().stream().map(RankedPassage::text).toList(),
                        q.answers()));

                List<StoredPassage> top = timed(base, () -> baseline.search(q.question(), Optional.of(q.date()), DEPTH));
                base.ranks().add(AnswerMatch.firstHit(top.stream().map(StoredPassage::text).toList(), q.answers()));
                report("realtimeqa", ++done, questions.size());
            }
            return new Report("RealTimeQA", "answerable questions as of their date; hit = a gold answer string in a passage (answer-hit@k)",
                    questions.size(), baseline.size(), ours, base);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One threshold of the abstention sweep. */
    public record SweepRow(double threshold, double abstainUnsupported, double abstainAnswerable) {}

    /**
     * Abstention on a library from which some articles were held out: {@code unsupported} are
     * questions whose gold paragraph is absent, {@code answerable} those whose gold is present.
     * {@code answered*} are the shares the bot actually declined (status {@code NO_ANSWER}) at the
     * current threshold; the sweep recomputes the evidence of each answer's passages exactly as the
     * composer does — their best word coverage, plus their best vector similarity with hybrid search
     * ({@link EvidenceStrength#evidence}) — against each threshold. {@code measure} names which.
     */
    public record AbstentionReport(List<String> heldOutTitles, int unsupported, int answerable, String measure,
                                   double threshold, double declinedUnsupported, double declinedAnswerable,
                                   List<SweepRow> sweep) {

        public String describe() {
            StringBuilder s = new StringBuilder();
            s.append(String.format(Locale.ROOT,
                    "Abstention (SQuAD, %d titles held out): %d unsupported questions, %d answerable; evidence = %s%n",
                    heldOutTitles.size(), unsupported, answerable, measure));
            s.append(String.format(Locale.ROOT,
                    "  current threshold %.2f: declined %.3f of unsupported, %.3f of answerable (wrong abstention)%n",
                    threshold, declinedUnsupported, declinedAnswerable));
            s.append(String.format(Locale.ROOT, "  %-10s %14s %14s%n", "threshold", "abstain unsup.", "abstain answ."));
            for (SweepRow r : sweep) {
                s.append(String.format(Locale.ROOT, "  %-10.2f %14.3f %14.3f%n", r.threshold(), r.abstainUnsupported(),
                        r.abstainAnswerable()));
            }
            return s.toString();
        }
    }

    public AbstentionReport abstention(Attache heldOutLibrary, Path dataDir, List<String> heldOutTitles,
                                       List<SquadQuestion> unsupported, List<SquadQuestion> answerable,
                                       double[] thresholds) {
        LocalDate asOf = LocalDate.now();
        try (LibrarySnapshot snapshot = LibrarySnapshot.open(dataDir.resolve("index"))) {
            double[] unsupportedCoverage = new double[unsupported.size()];
            double[] answerableCoverage = new double[answerable.size()];
            boolean[] hybrid = new boolean[1];
            int declinedUnsupported = evidence(heldOutLibrary, snapshot, unsupported, asOf, unsupportedCoverage, hybrid, "abstention (unsupported)");
            int declinedAnswerable = evidence(heldOutLibrary, snapshot, answerable, asOf, answerableCoverage, hybrid, "abstention (answerable)");
            List<SweepRow> sweep = new ArrayList<>();
            for (double t : thresholds) {
                sweep.add(new SweepRow(t, below(unsupportedCoverage, t), below(answerableCoverage, t)));
            }
            return new AbstentionReport(List.copyOf(heldOutTitles), unsupported.size(), answerable.size(),
                    hybrid[0] ? "best coverage + " + EvidenceStrength.SIMILARITY_WEIGHT + " x best vector similarity"
                            : "best coverage",
                    hybrid[0] ? AnswerComposer.ABSTAIN_BELOW_EVIDENCE : AnswerComposer.ABSTAIN_BELOW_COVERAGE,
                    share(declinedUnsupported, unsupported.size()),
                    share(declinedAnswerable, answerable.size()), sweep);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Asks each question; records its evidence in {@code out} and whether any had a vector similarity in {@code hybrid[0]}. */
    private int evidence(Attache attache, LibrarySnapshot snapshot, List<SquadQuestion> questions, LocalDate asOf,
                         double[] out, boolean[] hybrid, String label) {
        int declined = 0;
        for (int i = 0; i < questions.size(); i++) {
            SquadQuestion q = questions.get(i);
            Answer answer = attache.ask(new Question(q.question(), asOf, DEPTH, Optional.empty()));
            if (!answer.answered()) {
                declined++;
            }
            Map<String, Double> idf = snapshot.idf(EvidenceStrength.questionTerms(q.question()));
            double coverage = EvidenceStrength.best(idf, answer.passages().stream().map(RankedPassage::text).toList());
            OptionalDouble similarity = answer.passages().stream().map(RankedPassage::similarity)
                    .filter(OptionalDouble::isPresent).mapToDouble(OptionalDouble::getAsDouble).max();
            hybrid[0] |= similarity.isPresent();
            out[i] = EvidenceStrength.evidence(coverage, similarity);
            report(label, i + 1, questions.size());
        }
        return declined;
    }

    private static double below(double[] values, double threshold) {
        int n = 0;
        for (double v : values) {
            if (v < threshold) {
                n++;
            }
        }
        return share(n, values.length);
    }

    private static double share(int n, int of) {
        return of == 0 ? 0 : (double) n / of;
    }

    /** The 1-based rank of the first id equal to {@code gold}; 0 when absent. */
    static int goldRank(List<String> articleIds, String gold) {
        for (int i = 0; i < articleIds.size(); i++) {
            if (articleIds.get(i).equals(gold)) {
                return i + 1;
            }
        }
        return 0;
    }

    /** The baseline over the library's passages, indexed beside the library for the run's length. */
    private static BaselineRetriever baselineOf(Path dataDir, LibrarySnapshot snapshot) {
        return new BaselineRetriever(dataDir.resolve("eval-baseline"), snapshot);
    }

    private void report(String label, int done, int total) {
        if (done % 500 == 0 || done == total) {
            progress.accept(label + ": " + done + "/" + total);
        }
    }
}
