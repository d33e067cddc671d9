package dev.attache.core.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.attache.core.Attache;
import dev.attache.core.answer.Answer;
import dev.attache.core.answer.Question;
import dev.attache.core.ops.AddOutcome;
import dev.attache.core.ops.AddRequest;
import dev.attache.core.ops.AttacheMetrics;
import dev.attache.core.ops.Caller;
import dev.attache.core.ops.ImportProgress;
import dev.attache.core.ops.ImportReport;
import dev.attache.core.ops.Platform;
import dev.attache.core.ops.RemoveOutcome;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * What the adapter-overhead harness needs besides the platform: a library of real articles
 * (the first few thousand RealTimeQA articles of the shared data, imported once into a directory
 * that later runs reuse), the real RealTimeQA questions in a fixed shuffle, a fresh answer-cache
 * generation between phases, the core's own time per question (from its answer timer), process
 * CPU time, {@code /proc/loadavg}, and percentiles. Shared by the Telegram and Discord harnesses
 * through core's test jar.
 */
public final class OverheadSupport {

    public static final String ARTICLES = "corpora/realtimeqa-articles-2022-2023.jsonl.gz";
    public static final String QUESTIONS = "eval/realtimeqa/questions-2022-2023.jsonl";

    private OverheadSupport() {
    }

    /** Imports the first {@code articles} RealTimeQA articles unless the library already holds that many. */
    public static void ensureLibrary(Attache attache, int articles) throws IOException {
        if (attache.stats().articles() >= articles * 0.95) {
            return;
        }
        // The subset is written to a temporary file (never into the repository) and deleted after the import.
        Path subset = Files.createTempFile("attache-overhead-", ".jsonl.gz");
        try {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(
                    new GZIPInputStream(Files.newInputStream(SharedData.file(ARTICLES))), StandardCharsets.UTF_8));
                 BufferedWriter out = new BufferedWriter(new OutputStreamWriter(
                         new GZIPOutputStream(Files.newOutputStream(subset)), StandardCharsets.UTF_8))) {
                String line;
                for (int n = 0; n < articles && (line = in.readLine()) != null; n++) {
                    out.write(line);
                    out.write('\n');
                }
            }
            ImportReport report = attache.importPaths(Caller.local(Platform.CLI), List.of(subset), ImportProgress.NONE);
            System.err.println("overhead bench: imported " + report.added() + " articles in " + report.elapsedMs() + " ms");
        } finally {
            Files.deleteIfExists(subset);
        }
    }

    /** The distinct RealTimeQA questions (by their normalized text), in a fixed shuffle. */
    public static List<String> questions(long seed) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Map<String, String> distinct = new LinkedHashMap<>();
        for (String line : Files.readAllLines(SharedData.file(QUESTIONS), StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                String q = json.readTree(line).path("question").asText("").strip();
                if (!q.isEmpty()) {
                    distinct.putIfAbsent(q.toLowerCase(Locale.ROOT).replaceAll("[?!.\\s]+$", ""), q);
                }
            }
        }
        List<String> out = new ArrayList<>(distinct.values());
        Collections.shuffle(out, new Random(seed));
        return out;
    }

    /**
     * Starts a fresh answer-cache generation without changing what the library holds: adds a
     * marker article (text written here) and removes it again, each of which clears the cache.
     */
    public static void freshGeneration(Attache attache, int n) {
        Caller cli = Caller.local(Platform.CLI);
        AddOutcome added = attache.add(cli, new AddRequest.FromText("Overhead benchmark marker " + n + "\n\n"
                + "This short note exists only between two phases of the adapter overhead benchmark. It marks a new "
                + "generation of the library so that no answer given before it is served from the cache after it."));
        if (added instanceof AddOutcome.Added a) {
            RemoveOutcome removed = attache.remove(cli, a.article().id());
            if (!(removed instanceof RemoveOutcome.Removed)) {
                throw new IllegalStateException("marker not removed: " + removed);
            }
        } else {
            throw new IllegalStateException("marker not added: " + added);
        }
    }

    /** Total time recorded by core's answer timer so far, in nanoseconds (one question at a time: the delta is one answer). */
    public static long coreAnswerNanos(MeterRegistry meters) {
        Timer t = meters.find(AttacheMetrics.ANSWER_DURATION).timer();
        return t == null ? 0 : (long) t.totalTime(TimeUnit.NANOSECONDS);
    }

    /**
     * Sets Attaché's own logging to WARN, the launcher's default in production (the tests'
     * logback configuration logs every answer); closing restores the level it had.
     */
    public static AutoCloseable productionLogLevel() {
        ch.qos.logback.classic.Logger logger =
                (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("dev.attache");
        ch.qos.logback.classic.Level before = logger.getLevel();
        logger.setLevel(ch.qos.logback.classic.Level.WARN);
        return () -> logger.setLevel(before);
    }

    /** Questions core has answered from the library so far (abstentions not counted). */
    public static double answeredCount(MeterRegistry meters) {
        var c = meters.find(AttacheMetrics.ANSWERS).tag("status", "answered").counter();
        return c == null ? 0 : c.count();
    }

    /** This process's CPU time so far, in nanoseconds (0 where the JVM does not say). */
    public static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return Math.max(0, os.getProcessCpuTime());
        }
        return 0;
    }

    /**
     * CPU time so far by thread group, in nanoseconds: {@code main} (the harness, and the core in
     * core phases), {@code bot} (the adapter's and its platform library's threads: workers,
     * polling, HTTP, JDA), {@code fake} (the fake servers' threads), {@code other} Java threads,
     * and {@code process}. What the process used beyond its Java threads is the JVM's own (JIT
     * compilers, GC). A thread that ended between two readings takes its time out of the groups.
     */
    public static Map<String, Long> cpuByGroup() {
        java.lang.management.ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        Map<String, Long> out = new java.util.TreeMap<>();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            long cpu = mx.getThreadCpuTime(t.threadId());
            if (cpu > 0) {
                out.merge(group(t.getName()), cpu, Long::sum);
            }
        }
        out.put("process", processCpuNanos());
        return out;
    }

    private static String group(String thread) {
        if (thread.equals("main")) {
            return "main";
        }
        if (thread.startsWith("attache-") || thread.startsWith("JDA") || thread.startsWith("OkHttp")
                || thread.startsWith("Okio")) {
            return "bot";
        }
        if (thread.startsWith("fake-") || thread.startsWith("HTTP-Dispatcher") || thread.startsWith("WebSocket")) {
            return "fake";
        }
        return "other";
    }

    /** CPU ms per group between two {@link #cpuByGroup()} readings, with {@code jvm} = process − Java threads. */
    public static Map<String, Long> cpuCounters(Map<String, Long> before, Map<String, Long> after) {
        Map<String, Long> out = new java.util.TreeMap<>();
        long threads = 0;
        for (String g : List.of("main", "bot", "fake", "other")) {
            long d = Math.max(0, after.getOrDefault(g, 0L) - before.getOrDefault(g, 0L));
            threads += d;
            out.put("cpu_ms_" + g, d / 1_000_000);
        }
        long process = after.get("process") - before.get("process");
        out.put("cpu_ms_jvm", Math.max(0, process - threads) / 1_000_000);
        return out;
    }

    /** The first three fields of /proc/loadavg, or "?" off Linux. */
    public static String loadavg() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }

    /**
     * Asks every question of {@code questions} directly through the core, one at a time, pausing
     * {@code gap} after each as the bot phases do (an idle pause lets other processes take the
     * core and its caches, which slows the next answer: both phases must pay it); latencies in ns.
     */
    public static Phase core(String name, Attache attache, List<String> questions, java.time.Duration gap)
            throws InterruptedException {
        Map<String, Long> groups0 = cpuByGroup();
        long cpu0 = processCpuNanos();
        String load0 = loadavg();
        long wall0 = System.nanoTime();
        long[] took = new long[questions.size()];
        int answered = 0;
        for (int i = 0; i < questions.size(); i++) {
            long t = System.nanoTime();
            Answer a = attache.ask(Question.of(questions.get(i)));
            took[i] = System.nanoTime() - t;
            if (a.answered()) {
                answered++;
            }
            Thread.sleep(gap);
        }
        return new Phase(name, took, null, answered, System.nanoTime() - wall0, processCpuNanos() - cpu0,
                load0 + " → " + loadavg(), cpuCounters(groups0, cpuByGroup()));
    }

    /**
     * One measured phase: the latency of each question (ns), the core's own time for the same
     * question when measured inside the adapter (null for a core-only phase), how many were
     * answered from the library, wall and process CPU time, load average before → after, and
     * extra counters.
     */
    public record Phase(String name, long[] latencies, long[] coreInside, int answered, long wallNanos, long cpuNanos,
                 String load, Map<String, Long> counters) {

        public int n() {
            return latencies.length;
        }

        /** The phases (blocks of one kind, interleaved with blocks of another) as one. */
        public static Phase concat(String name, List<Phase> blocks) {
            long[] lat = new long[0];
            long[] inside = blocks.get(0).coreInside() == null ? null : new long[0];
            int answered = 0;
            long wall = 0;
            long cpu = 0;
            Map<String, Long> counters = new java.util.TreeMap<>();
            for (Phase b : blocks) {
                lat = join(lat, b.latencies());
                if (inside != null) {
                    inside = join(inside, b.coreInside());
                }
                answered += b.answered();
                wall += b.wallNanos();
                cpu += b.cpuNanos();
                b.counters().forEach((k, v) -> counters.merge(k, v, Long::sum));
            }
            String load = blocks.get(0).load().split(" → ")[0] + " → "
                    + blocks.get(blocks.size() - 1).load().split(" → ")[1];
            return new Phase(name, lat, inside, answered, wall, cpu, load, counters);
        }

        private static long[] join(long[] a, long[] b) {
            long[] out = Arrays.copyOf(a, a.length + b.length);
            System.arraycopy(b, 0, out, a.length, b.length);
            return out;
        }

        public double p(double percentile) {
            return percentile(latencies, percentile) / 1e6;
        }

        /** Per-request difference: latency minus the core's time for that request, in ms. */
        public double pAdded(double percentile) {
            long[] d = new long[latencies.length];
            for (int i = 0; i < d.length; i++) {
                d[i] = latencies[i] - coreInside[i];
            }
            return percentile(d, percentile) / 1e6;
        }

        public double pCoreInside(double percentile) {
            return percentile(coreInside, percentile) / 1e6;
        }

        public double cpuMsPerQuestion() {
            return cpuNanos / 1e6 / Math.max(1, n());
        }

        public String summary() {
            StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
                    "%-22s n=%d answered=%d p50=%.2fms p90=%.2fms p99=%.2fms p99.9=%.2fms max=%.2fms"
                            + " | wall %.1fs, process CPU %.2f ms/question | load %s",
                    name, n(), answered, p(50), p(90), p(99), p(99.9), p(100), wallNanos / 1e9, cpuMsPerQuestion(),
                    load));
            if (coreInside != null) {
                sb.append(String.format(Locale.ROOT,
                        "%n%-22s core inside the adapter p50=%.2fms p99=%.2fms; per-request added (latency − core)"
                                + " p50=%.2fms p90=%.2fms p99=%.2fms p99.9=%.2fms max=%.2fms",
                        "", pCoreInside(50), pCoreInside(99), pAdded(50), pAdded(90), pAdded(99), pAdded(99.9),
                        pAdded(100)));
            }
            if (!counters.isEmpty()) {
                sb.append(String.format(Locale.ROOT, "%n%-22s %s", "", counters));
            }
            return sb.toString();
        }
    }

    /** Nearest-rank percentile of {@code values} (0 for none). */
    public static long percentile(long[] values, double percentile) {
        if (values.length == 0) {
            return 0;
        }
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int i = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(i, sorted.length - 1))];
    }

    /** "adapter minus core" on the distributions: p50 and p99 of the adapter phase less those of the core phase. */
    public static String addedOverCore(Phase adapter, Phase core) {
        double botOverMain = (adapter.counters().getOrDefault("cpu_ms_bot", 0L)
                - core.counters().getOrDefault("cpu_ms_main", 0L)) / (double) Math.max(1, adapter.n());
        double fake = adapter.counters().getOrDefault("cpu_ms_fake", 0L) / (double) Math.max(1, adapter.n());
        return String.format(Locale.ROOT, "added over the core (%s − %s): p50 %+.2f ms, p99 %+.2f ms;"
                        + " process CPU %+.2f ms/question; bot threads' CPU − the core phase's main thread %+.2f"
                        + " ms/question; the fake's threads %.2f ms/question",
                adapter.name(), core.name(), adapter.p(50) - core.p(50), adapter.p(99) - core.p(99),
                adapter.cpuMsPerQuestion() - core.cpuMsPerQuestion(), botOverMain, fake);
    }
}
