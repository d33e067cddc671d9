package dev.attache.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.attache.core.Attache;
import dev.attache.core.AttacheConfig;
import dev.attache.core.answer.AnswerComposer;
import dev.attache.core.answer.Question;
import dev.attache.core.index.LibraryIndex;
import dev.attache.core.ops.Caller;
import dev.attache.core.ops.ImportProgress;
import dev.attache.core.ops.Platform;
import dev.attache.core.search.Retriever;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The library every micro-benchmark queries: built once from {@code ATTACHE_BENCH_CORPUS}
 * (default: the Reuters corpus in ../shared/data) into {@code bench/target/jmh-library}, then
 * reused by every fork and later run; and the real questions they ask (RealTimeQA and SQuAD).
 */
@State(Scope.Benchmark)
public class BenchLibrary {

    static final int QUESTIONS = 512;

    public LibraryIndex index;
    public Retriever retriever;
    public AnswerComposer composer;
    public List<Question> questions;

    @Setup(Level.Trial)
    public void open() throws IOException {
        Path dir = root().resolve("bench/target/jmh-library");
        if (!Files.isDirectory(dir.resolve("index"))) {
            build(dir);
        }
        index = LibraryIndex.open(dir.resolve("index"));
        retriever = new Retriever(index);
        composer = new AnswerComposer(index);
        questions = questions(shared().resolve("eval"), QUESTIONS);
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
        index.close();
    }

    static Path root() {
        return Path.of(System.getProperty("attache.bench.root", ".")).toAbsolutePath().normalize();
    }

    static Path shared() {
        String env = System.getenv("ATTACHE_SHARED_DATA");
        Path p = env != null && !env.isBlank() ? Path.of(env) : root().resolve("../shared/data").normalize();
        if (!Files.isDirectory(p)) {
            throw new IllegalStateException("shared data not found at " + p + "; set ATTACHE_SHARED_DATA");
        }
        return p;
    }

    private static void build(Path dir) throws IOException {
        String env = System.getenv("ATTACHE_BENCH_CORPUS");
        Path corpus = env != null && !env.isBlank() ? Path.of(env) : shared().resolve("corpora/reuters21578.jsonl.gz");
        Path tmp = dir.resolveSibling(dir.getFileName() + ".building");
        try (Attache attache = Attache.open(AttacheConfig.at(tmp))) {
            attache.importPaths(Caller.local(Platform.CLI), List.of(corpus), ImportProgress.NONE);
        }
        Files.move(tmp, dir);
    }

    /** Real questions, shuffled with a fixed seed: RealTimeQA as of its date, SQuAD as of today. */
    static List<Question> questions(Path eval, int n) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Question> all = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(eval.resolve("realtimeqa/questions-2022-2023.jsonl"))) {
            String line;
            while ((line = in.readLine()) != null) {
                JsonNode node = json.readTree(line);
                String date = node.path("date").asText("2023/12/31");
                all.add(Question.of(node.path("question").asText(), LocalDate.parse(date.substring(0, 10).replace('/', '-'))));
            }
        }
        try (BufferedReader in = Files.newBufferedReader(eval.resolve("squad/questions-dev.jsonl"))) {
            String line;
            while ((line = in.readLine()) != null) {
                all.add(Question.of(json.readTree(line).path("question").asText(), LocalDate.now()));
            }
        }
        Collections.shuffle(all, new Random(7));
        return List.copyOf(all.subList(0, Math.min(n, all.size())));
    }
}
