package dev.attache.bench;

import dev.attache.core.answer.Answer;
import dev.attache.core.answer.Question;
import dev.attache.core.search.Retrieval;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** AnswerComposer.compose on hits retrieved beforehand: composing an answer without the search. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Thread)
public class ComposeBenchmark {

    private final List<Retrieval> retrievals = new ArrayList<>();
    private int next;

    @Setup(Level.Trial)
    public void retrieve(BenchLibrary library) {
        for (Question q : library.questions) {
            retrievals.add(library.retriever.retrieve(q, Question.DEFAULT_TOP_K));
        }
    }

    @Benchmark
    public Answer compose(BenchLibrary library) {
        int i = next++ & (BenchLibrary.QUESTIONS - 1);
        return library.composer.compose(library.questions.get(i), retrievals.get(i), "bench", System.nanoTime());
    }
}
