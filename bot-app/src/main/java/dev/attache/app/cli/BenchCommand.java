package dev.attache.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.attache.app.bench.MacroBench;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Benchmark Attaché on the real corpora: import rate vs raw Lucene, answer latency vs raw Lucene,",
                "cached latency, throughput, growth, start-up to first answer, smallest heap, peak RSS.",
                "Progress goes to stderr; stdout gets a summary, or with --json one JSON object. See docs/PERFORMANCE.md."})
public final class BenchCommand implements Callable<Integer> {

    @Option(names = "--work", paramLabel = "DIR", description = "Where the benchmark library is built (default: a temporary directory, deleted afterwards).")
    Path work;

    @Option(names = "--reuse", description = "Reuse the library already in --work: skip the import and the raw indexing run.")
    boolean reuse;

    @Option(names = "--corpora", paramLabel = "FILE|DIR", split = ",",
            description = "Corpus files or a directory of .jsonl.gz (default: ../shared/data/corpora).")
    List<Path> corpora;

    @Option(names = "--eval", paramLabel = "DIR", description = "Question files (default: ../shared/data/eval).")
    Path eval;

    @Option(names = "--questions", defaultValue = "3000", description = "Measured questions (default: ${DEFAULT-VALUE}).")
    int questions;

    @Option(names = "--warmup", defaultValue = "500", description = "Warm-up questions, distinct from the measured ones (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--warmup-rounds", defaultValue = "8",
            description = "Times the warm-up questions are asked (each round a day later, so uncached) before anything is measured (default: ${DEFAULT-VALUE}).")
    int warmupRounds;

    @Option(names = "--growth-questions", defaultValue = "1000", description = "Questions measured at each growth checkpoint (default: ${DEFAULT-VALUE}).")
    int growthQuestions;

    @Option(names = "--checkpoints", split = ",", defaultValue = "10000,100000,400000",
            description = "Passage counts at which latency and index size are measured while importing (default: ${DEFAULT-VALUE}).")
    List<Long> checkpoints;

    @Option(names = "--copies", defaultValue = "1",
            description = "Bench only: import the corpora this many times, each further copy under distinct ids (for more than 1M passages).")
    int copies;

    @Option(names = "--heaps", split = ",", defaultValue = "192,128,96,64",
            description = "Heaps (MB) below 256 tried in turn for the smallest that serves (default: ${DEFAULT-VALUE}).")
    List<Integer> heaps;

    @Option(names = "--startup-runs", defaultValue = "3", description = "Separate-process start-ups measured (default: ${DEFAULT-VALUE}).")
    int startupRuns;

    @Option(names = "--child-questions", defaultValue = "3000",
            description = "Distinct questions each separate process answers, enough to fill its answer cache (default: ${DEFAULT-VALUE}).")
    int childQuestions;

    @Option(names = "--threads", defaultValue = "2", description = "Threads for the throughput run (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--dense-passages", defaultValue = "3000",
            description = "Passages of the sample library on which import with embedding, the embedding rate and hybrid "
                    + "answers are measured last (embedding runs at about 20–25 passages/s on 2 cores); 0 skips it "
                    + "(default: ${DEFAULT-VALUE}).")
    long densePassages;

    @Option(names = "--json", description = "End with one JSON object of the figures on stdout.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        Path shared = sharedData();
        List<Path> files = corpusFiles(corpora == null ? List.of(shared.resolve("corpora")) : corpora);
        boolean temporary = work == null;
        Path dir = temporary ? Files.createTempDirectory("attache-bench") : work;
        if (reuse && !Files.isDirectory(dir.resolve("library"))) {
            throw new IllegalArgumentException("--reuse needs a library in " + dir.resolve("library"));
        }
        if (!reuse && Files.exists(dir.resolve("library"))) {
            throw new IllegalArgumentException(dir.resolve("library") + " exists: use --reuse, or another --work");
        }
        MacroBench.Options options = new MacroBench.Options(dir, files, eval == null ? shared.resolve("eval") : eval,
                questions, warmup, warmupRounds, growthQuestions, copies, checkpoints, heaps, startupRuns, childQuestions,
                threads, reuse, densePassages);
        try {
            ObjectNode result = new MacroBench(options, System.err).run();
            System.out.println(json ? new ObjectMapper().writeValueAsString(result)
                    : new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(result));
        } finally {
            if (temporary) {
                deleteTree(dir);
            }
        }
        return 0;
    }

    private static Path sharedData() {
        String configured = System.getProperty("attache.shared.data", System.getenv("ATTACHE_SHARED_DATA"));
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        return Path.of("..", "shared", "data").toAbsolutePath().normalize();
    }

    private static List<Path> corpusFiles(List<Path> given) throws java.io.IOException {
        List<Path> files = new java.util.ArrayList<>();
        for (Path p : given) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> list = Files.list(p)) {
                    list.filter(f -> f.getFileName().toString().matches(".*\\.jsonl(\\.gz)?")).sorted().forEach(files::add);
                }
            } else if (Files.isRegularFile(p)) {
                files.add(p);
            } else {
                throw new IllegalArgumentException("no corpus at " + p + " (expected ../shared/data/corpora; set --corpora)");
            }
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no .jsonl or .jsonl.gz files in " + given);
        }
        return files;
    }

    private static void deleteTree(Path dir) throws java.io.IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
