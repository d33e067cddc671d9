package dev.attache.bench;

import dev.attache.core.attribution.ArticleContext;
import dev.attache.core.attribution.Attribution;
import dev.attache.core.attribution.AttributionExtractor;
import dev.attache.core.search.Hit;
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

/** AttributionExtractor.extract on one passage of real news text (who said what in it). */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Thread)
public class AttributionBenchmark {

    private final AttributionExtractor extractor = new AttributionExtractor();
    private final List<String> passages = new ArrayList<>();
    private int next;

    @Setup(Level.Trial)
    public void passages(BenchLibrary library) {
        for (var q : library.questions) {
            for (Hit hit : library.retriever.search(q, 4)) {
                passages.add(hit.text());
            }
        }
    }

    @Benchmark
    public List<Attribution> extract() {
        return extractor.extract(passages.get(next++ % passages.size()), ArticleContext.none());
    }
}
