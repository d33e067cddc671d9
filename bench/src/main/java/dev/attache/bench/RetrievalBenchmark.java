package dev.attache.bench;

import dev.attache.core.answer.Question;
import dev.attache.core.search.Hit;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Retriever.search (top 10) for real questions, one after another. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Thread)
public class RetrievalBenchmark {

    private int next;

    @Benchmark
    public List<Hit> search(BenchLibrary library) {
        Question q = library.questions.get(next++ & (BenchLibrary.QUESTIONS - 1));
        return library.retriever.search(q, Question.DEFAULT_TOP_K);
    }
}
