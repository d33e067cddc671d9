package dev.attache.app.bench;

import dev.attache.core.search.eval.Latencies;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.attache.core.Attache;
import dev.attache.core.AttacheConfig;
import dev.attache.core.answer.Question;
import dev.attache.core.index.BulkCompaction;
import dev.attache.core.index.Compaction;
import dev.attache.core.ops.Caller;
import dev.attache.core.ops.ImportProgress;
import dev.attache.core.ops.ImportReport;
import dev.attache.core.ops.LibraryStats;
import dev.attache.core.ops.Platform;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * The macro benchmark behind {@code attache bench}: imports the corpora in stages into a fresh
 * library (measuring latency at each growth checkpoint), then on the whole library measures
 * answers (uncached on one thread against raw Lucene top-10 for the same questions, cached, and
 * throughput on two threads), the raw Lucene indexing rate of the same passages, start-up to first
 * answer in a separate process, the smallest heap that serves, peak RSS, and last hybrid search on
 * a sample ({@link DenseBench}). Every figure carries
 * the load average at the time it was taken.
 */
public final class MacroBench {

    /** What to run; see {@code attache bench --help}. */
    public record Options(Path workDir, List<Path> corpora, Path evalDir, int questions, int warmup,
                          int warmupRounds, int growthQuestions, int copies, List<Long> checkpoints,
                          List<Integer> heaps, int startupRuns, int childQuestions, int throughputThreads, boolean reuse,
                          long densePassages) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Questions of the dense sample's answer runs (two runs, hybrid and words only). */
    private static final int DENSE_QUESTIONS = 1000;
    private static final int DENSE_WARMUP = 200;

    private final Options o;
    private final PrintStream log;

    public MacroBench(Options options, PrintStream log) {
        this.o = options;
        this.log = log;
    }

    public ObjectNode run() throws IOException, InterruptedException {
        ObjectNode result = JSON.createObjectNode();
        ObjectNode machine = result.putObject("machine");
        machine.put("cores", Runtime.getRuntime().availableProcessors());
        machine.put("max_heap_mb", Runtime.getRuntime().maxMemory() >> 20);
        machine.put("java", System.getProperty("java.vm.name") + " " + Runtime.version());
        machine.put("load_at_start", load());

        List<Question> all = BenchQuestions.load(o.evalDir(), 7);
        int needed = o.warmup() + o.questions();
        if (all.size() < needed) {
            throw new IllegalArgumentException("only " + all.size() + " distinct questions; lower --questions or --warmup");
        }
        List<Question> warmup = all.subList(0, o.warmup());
        List<Question> measured = all.subList(o.warmup(), needed);
        List<Question> growthSet = measured.subList(0, Math.min(o.growthQuestions(), measured.size()));

        Path lib = o.workDir().resolve("library");
        ArrayNode growth = result.putArray("growth");
        long importNanos = 0;
        long importCpu = 0;
        long articles = 0;
        long passages = 0;
        long textChars = 0;
        long duplicates = 0;
        long rejected = 0;
        if (o.reuse()) {
            try (Attache attache = Attache.open(AttacheConfig.at(lib))) {
                LibraryStats stats = attache.stats();
                passages = stats.passages();
                result.put("passages", passages);
                result.put("index_bytes", stats.indexBytes());
                result.put("index_segments", stats.indexSegments());
                ObjectNode answer = result.putObject("answer");
                answers(attache, lib, warmup, measured, answer);
                growth.add(growthPoint(answer, passages, stats.indexBytes()));
            }
        } else try (Attache attache = Attache.open(AttacheConfig.at(lib));
             MixedCorpus corpus = new MixedCorpus(o.corpora(), o.copies())) {
            List<Long> targets = o.checkpoints().stream().sorted().toList();
            int next = 0;
            double perArticle = 10;
            Path stage = o.workDir().resolve("stage.jsonl");
            while (true) {
                long target = next < targets.size() ? targets.get(next) : Long.MAX_VALUE;
                int n = target == Long.MAX_VALUE ? 5_000
                        : (int) Math.max(20, Math.min(5_000, Math.ceil((target - passages) / perArticle)));
                int written = corpus.writeStage(stage, n);
                if (written == 0) {
                    break;
                }
                long t0 = System.nanoTime();
                long c0 = processCpuNanos();
                ImportReport r = attache.importPaths(Caller.local(Platform.CLI), List.of(stage), ImportProgress.NONE);
                importNanos += System.nanoTime() - t0;
                importCpu += processCpuNanos() - c0;
                Files.deleteIfExists(stage);
                articles += r.added();
                passages += r.passages();
                textChars += r.textChars();
                duplicates += r.duplicates();
                rejected += r.rejected().size();
                perArticle = articles == 0 ? 10 : (double) passages / articles;
                log.printf(Locale.ROOT, "bench: imported %,d articles, %,d passages (copy %d) in %.1f s; load %s%n",
                        articles, passages, corpus.copy(), importNanos / 1e9, load());
                if (next < targets.size() && passages >= 0.97 * target) {
                    growth.add(growthPoint(attache, lib, passages, warmup, growthSet));
                    next++;
                }
            }

            // Imported as one, the corpora would be compacted after the import (BulkCompaction); the stages made
            // for the growth points each add too little of a large library for that, so the bench compacts the whole
            // here, as that one import would, and counts the merge in the import's time.
            ObjectNode imp = result.putObject("import");
            if (BulkCompaction.DEFAULT.worthIt(passages, passages)) {
                long t0 = System.nanoTime();
                long c0 = processCpuNanos();
                Compaction compaction = attache.compact(Caller.local(Platform.CLI));
                importNanos += System.nanoTime() - t0;
                importCpu += processCpuNanos() - c0;
                double took = compaction.took().toMillis() / 1e3;
                imp.put("compaction_seconds", round(took, 1));
                log.printf(Locale.ROOT, "bench: compacted the library as one import would be: %d segments before, %d "
                        + "after (%.1f s)%n", compaction.segmentsBefore(), compaction.segmentsAfter(), took);
            }
            double seconds = importNanos / 1e9;
            imp.put("articles", articles).put("passages", passages).put("duplicates", duplicates)
                    .put("rejected", rejected).put("seconds", round(seconds, 1))
                    .put("articles_per_s", round(articles / seconds, 1))
                    .put("passages_per_s", round(passages / seconds, 0))
                    .put("mb_per_s", round(corpus.bytesWritten() / 1e6 / seconds, 2))
                    .put("mchars_text_per_s", round(textChars / 1e6 / seconds, 2))
                    .put("cpu_seconds", round(importCpu / 1e9, 1))
                    .put("load", load());
            result.put("passages", passages);
            LibraryStats stats = attache.stats();
            result.put("index_bytes", stats.indexBytes());
            result.put("index_segments", stats.indexSegments());

            ObjectNode answer = result.putObject("answer");
            answers(attache, lib, warmup, measured, answer);
            growth.add(growthPoint(answer, passages, stats.indexBytes()));

            log.println("bench: raw Lucene indexing of the same passages…");
            Path raw = o.workDir().resolve("raw-index");
            long rawCpu0 = processCpuNanos();
            RawLucene.IndexRun rawRun = RawLucene.indexSamePassages(lib.resolve("index"), raw,
                    Runtime.getRuntime().availableProcessors());
            imp.put("raw_lucene_cpu_seconds_incl_loading", round((processCpuNanos() - rawCpu0) / 1e9, 1));
            deleteTree(raw);
            imp.put("raw_lucene_passages", rawRun.passages());
            imp.put("raw_lucene_seconds", round(rawRun.nanos() / 1e9, 1));
            imp.put("raw_lucene_passages_per_s", round(rawRun.passagesPerSecond(), 0));
            imp.put("ratio", round(passages / seconds / rawRun.passagesPerSecond(), 3));
            imp.put("raw_load", load());
        }

        ObjectNode startup = result.putObject("startup");
        List<Question> childQs = measured.subList(0, Math.min(o.childQuestions(), measured.size()));
        List<Long> starts = new ArrayList<>();
        ChildServer.Run at256 = null;
        Optional<Path> archive = ChildServer.launcherArchive();
        if (archive.isPresent() && !Files.exists(archive.get())) {
            // The first "ask" after a build writes the launcher's class data sharing archive, as a user's first start
            // would; the starts measured are the later ones, which map it.
            ChildServer.Run writing = ChildServer.run(lib, 256, childQs.subList(0, Math.min(1, childQs.size())));
            log.printf(Locale.ROOT, "bench: first start after the build (writes the class data sharing archive): "
                    + "%.0f ms to first answer; not measured%n", writing.startToFirstAnswerNanos() / 1e6);
            startup.put("first_start_after_build_ms", writing.startToFirstAnswerNanos() / 1_000_000);
        }
        for (int i = 0; i < o.startupRuns(); i++) {
            ChildServer.Run run = ChildServer.run(lib, 256, childQs);
            log.printf(Locale.ROOT, "bench: child at -Xmx256m: ok=%s start to first answer %.0f ms, p50 %.2f ms, "
                            + "p99 %.2f ms, peak RSS %d MB %s; load %s%n", run.ok(), run.startToFirstAnswerNanos() / 1e6,
                    run.latency().ms(50), run.latency().ms(99), run.peakRssKb() / 1024, run.failure(), load());
            if (run.ok()) {
                starts.add(run.startToFirstAnswerNanos());
                at256 = run;
            }
        }
        starts.sort(Comparator.naturalOrder());
        if (!starts.isEmpty()) {
            startup.put("min_ms", starts.getFirst() / 1_000_000).put("median_ms", starts.get(starts.size() / 2) / 1_000_000)
                    .put("max_ms", starts.getLast() / 1_000_000).put("runs", starts.size());
            result.put("start_to_first_answer_ms", starts.get(starts.size() / 2) / 1_000_000);
        }
        startup.put("load", load());
        ObjectNode heap = result.putObject("heap");
        if (at256 != null) {
            heap.put("xmx256_ok", true).put("xmx256_p50_ms", round(at256.latency().ms(50), 2))
                    .put("xmx256_p99_ms", round(at256.latency().ms(99), 2))
                    .put("xmx256_peak_rss_mb", at256.peakRssKb() / 1024);
            int min = 256;
            ArrayNode tried = heap.putArray("tried");
            for (int mb : o.heaps().stream().sorted(Comparator.reverseOrder()).toList()) {
                if (mb >= 256) {
                    continue;
                }
                ChildServer.Run run = ChildServer.run(lib, mb, childQs);
                boolean fine = run.ok() && run.latency().ms(99) <= 1.5 * at256.latency().ms(99) + 2;
                tried.addObject().put("xmx_mb", mb).put("ok", run.ok()).put("p50_ms", round(run.latency().ms(50), 2))
                        .put("p99_ms", round(run.latency().ms(99), 2)).put("peak_rss_mb", run.peakRssKb() / 1024)
                        .put("failure", run.failure()).put("load", load());
                log.printf(Locale.ROOT, "bench: child at -Xmx%dm: ok=%s p50 %.2f ms p99 %.2f ms %s%n", mb, run.ok(),
                        run.latency().ms(50), run.latency().ms(99), run.failure());
                if (!fine) {
                    break;
                }
                min = mb;
            }
            result.put("min_heap_mb", min);
        } else {
            heap.put("xmx256_ok", false);
        }
        result.put("peak_rss_mb", ChildServer.peakRssKb(ProcessHandle.current().pid()) / 1024);
        if (o.densePassages() > 0) {
            result.set("dense", DenseBench.run(o.workDir(), o.corpora(), o.densePassages(),
                    warmup.subList(0, Math.min(DENSE_WARMUP, warmup.size())),
                    measured.subList(0, Math.min(DENSE_QUESTIONS, measured.size())), log));
        }
        result.put("load_at_end", load());
        return result;
    }

    /** Uncached latency on one thread vs raw Lucene, cached latency, and throughput, on the library as it is. */
    private void answers(Attache attache, Path lib, List<Question> warmup, List<Question> measured, ObjectNode out)
            throws IOException, InterruptedException {
        try (RawLucene.Searcher raw = new RawLucene.Searcher(lib.resolve("index"))) {
            out.set("warmup_cpu_ms_per_answer", warmUp(attache, raw, warmup));
            Timed timed = timeAnswers(attache, measured);
            Latencies uncached = timed.wall();
            Latencies uncachedCpu = timed.cpu();
            String loadUncached = load();
            Latencies rawLatency = new Latencies();
            Latencies rawCpu = new Latencies();
            long sink = 0;
            for (Question q : measured) {
                long c0 = THREADS.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                sink += raw.top10(q.text());
                rawLatency.add(System.nanoTime() - t0);
                rawCpu.add(THREADS.getCurrentThreadCpuTime() - c0);
            }
            Latencies cached = new Latencies();
            for (int round = 0; round < 3; round++) {
                for (Question q : measured) {
                    long t0 = System.nanoTime();
                    attache.ask(q);
                    cached.add(System.nanoTime() - t0);
                }
            }
            // Throughput: the same questions a day later, so none is in the cache.
            List<Question> later = measured.stream()
                    .map(q -> new Question(q.text(), q.asOf().plusDays(1), q.topK(), q.speaker())).toList();
            AtomicInteger nextQ = new AtomicInteger();
            List<Thread> threads = new ArrayList<>();
            long cpu0 = processCpuNanos();
            long t0 = System.nanoTime();
            for (int t = 0; t < o.throughputThreads(); t++) {
                threads.add(Thread.ofPlatform().start(() -> {
                    int i;
                    while ((i = nextQ.getAndIncrement()) < later.size()) {
                        attache.ask(later.get(i));
                    }
                }));
            }
            for (Thread t : threads) {
                t.join();
            }
            double perSecond = later.size() / ((System.nanoTime() - t0) / 1e9);
            // What two cores of our own would give: answers per CPU-second of the process, times two.
            double perCpuSecond = later.size() / Math.max(1e-9, (processCpuNanos() - cpu0) / 1e9);
            out.put("questions", measured.size())
                    .put("p50_ms", round(uncached.ms(50), 3)).put("p99_ms", round(uncached.ms(99), 3))
                    .put("p999_ms", round(uncached.ms(99.9), 3)).put("max_ms", round(uncached.ms(100), 3))
                    .put("raw_p50_ms", round(rawLatency.ms(50), 3)).put("raw_p99_ms", round(rawLatency.ms(99), 3))
                    .put("ratio_p50", round(uncached.ms(50) / rawLatency.ms(50), 2))
                    .put("cpu_p50_ms", round(uncachedCpu.ms(50), 3)).put("cpu_p99_ms", round(uncachedCpu.ms(99), 3))
                    .put("raw_cpu_p50_ms", round(rawCpu.ms(50), 3)).put("raw_cpu_p99_ms", round(rawCpu.ms(99), 3))
                    .put("ratio_cpu_p50", round(uncachedCpu.ms(50) / rawCpu.ms(50), 2))
                    .put("cached_p50_us", round(cached.us(50), 1)).put("cached_p99_us", round(cached.us(99), 1))
                    .put("answers_per_s_2_threads", round(perSecond, 0))
                    .put("threads", o.throughputThreads())
                    .put("answers_per_cpu_s", round(perCpuSecond, 1))
                    .put("answers_per_s_2_dedicated_cores_est", round(2 * perCpuSecond, 0))
                    .put("load", loadUncached).put("raw_chars_read", sink);
            log.printf(Locale.ROOT, "bench: answers p50 %.2f ms p99 %.2f ms p99.9 %.2f ms; raw p50 %.2f ms p99 %.2f ms; "
                            + "cached p99 %.1f us; %.0f answers/s on %d threads; load %s%n", uncached.ms(50),
                    uncached.ms(99), uncached.ms(99.9), rawLatency.ms(50), rawLatency.ms(99), cached.us(99), perSecond,
                    o.throughputThreads(), load());
        }
    }

    /**
     * Asks the warm-up questions {@code --warmup-rounds} times, each round a day later than the last so
     * that none is answered from the cache, and runs each through raw Lucene too. The JIT compiler
     * settles only after several thousand answers (docs/PERFORMANCE.md, "Answers, runs F to N"), and a server
     * runs in that settled state. Returns the process CPU per question of each round (answer and raw
     * search), so the output shows whether the rounds sufficed.
     */
    private ArrayNode warmUp(Attache attache, RawLucene.Searcher raw, List<Question> warmup) {
        ArrayNode cpuPerRound = JSON.createArrayNode();
        for (int round = 0; round < o.warmupRounds(); round++) {
            long cpu0 = processCpuNanos();
            for (Question q : warmup) {
                attache.ask(new Question(q.text(), q.asOf().plusDays(round), q.topK(), q.speaker()));
                raw.top10(q.text());
            }
            cpuPerRound.add(round((processCpuNanos() - cpu0) / 1e6 / Math.max(1, warmup.size()), 3));
        }
        return cpuPerRound;
    }

    private ObjectNode growthPoint(Attache attache, Path lib, long passages, List<Question> warmup, List<Question> qs)
            throws IOException {
        Latencies uncached = new Latencies();
        Latencies rawLatency = new Latencies();
        ArrayNode warmupCpu;
        try (RawLucene.Searcher raw = new RawLucene.Searcher(lib.resolve("index"))) {
            warmupCpu = warmUp(attache, raw, warmup);
            for (Question q : qs) {
                long t0 = System.nanoTime();
                attache.ask(q);
                uncached.add(System.nanoTime() - t0);
            }
            for (Question q : qs) {
                long t0 = System.nanoTime();
                raw.top10(q.text());
                rawLatency.add(System.nanoTime() - t0);
            }
        }
        ObjectNode p = JSON.createObjectNode();
        LibraryStats stats = attache.stats();
        p.put("passages", passages).put("index_bytes", stats.indexBytes())
                .put("index_segments", stats.indexSegments()).put("questions", qs.size())
                .put("p50_ms", round(uncached.ms(50), 3)).put("p99_ms", round(uncached.ms(99), 3))
                .put("raw_p50_ms", round(rawLatency.ms(50), 3)).put("raw_p99_ms", round(rawLatency.ms(99), 3))
                .put("load", load());
        p.set("warmup_cpu_ms_per_answer", warmupCpu);
        log.println("bench: growth " + p);
        return p;
    }

    private static ObjectNode growthPoint(ObjectNode answer, long passages, long indexBytes) {
        ObjectNode p = JSON.createObjectNode();
        p.put("passages", passages).put("index_bytes", indexBytes).put("questions", answer.get("questions").asInt())
                .put("p50_ms", answer.get("p50_ms").asDouble()).put("p99_ms", answer.get("p99_ms").asDouble())
                .put("raw_p50_ms", answer.get("raw_p50_ms").asDouble()).put("raw_p99_ms", answer.get("raw_p99_ms").asDouble())
                .put("load", answer.get("load").asText());
        return p;
    }

    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    /** Wall-clock and thread-CPU times of answers, one each per question. */
    record Timed(Latencies wall, Latencies cpu) {}

    /** Asks each question in turn on this thread, timing each answer. */
    static Timed timeAnswers(Attache attache, List<Question> questions) {
        Timed timed = new Timed(new Latencies(), new Latencies());
        for (Question q : questions) {
            long c0 = THREADS.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            attache.ask(q);
            timed.wall().add(System.nanoTime() - t0);
            timed.cpu().add(THREADS.getCurrentThreadCpuTime() - c0);
        }
        return timed;
    }

    /** CPU time of the whole process so far, in nanoseconds (0 where the JVM cannot tell). */
    static long processCpuNanos() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : 0;
    }

    /** The 1, 5 and 15 minute load averages, as uptime shows them. */
    public static String load() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).strip().split("\\s+");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    static double round(double value, int digits) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return 0;
        }
        double scale = Math.pow(10, digits);
        return Math.round(value * scale) / scale;
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
