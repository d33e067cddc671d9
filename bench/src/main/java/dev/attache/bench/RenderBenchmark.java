package dev.attache.bench;

import dev.attache.core.answer.Answer;
import dev.attache.core.answer.Question;
import dev.attache.discord.DiscordRenderer;
import dev.attache.telegram.TelegramRenderer;
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

/** Rendering a composed answer for each platform: Telegram HTML messages and Discord embeds. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Thread)
public class RenderBenchmark {

    private final TelegramRenderer telegram = new TelegramRenderer();
    private final DiscordRenderer discord = new DiscordRenderer();
    private final List<Answer> answers = new ArrayList<>();
    private int next;

    @Setup(Level.Trial)
    public void answers(BenchLibrary library) {
        for (Question q : library.questions) {
            Answer a = library.composer.compose(q, library.retriever.retrieve(q, Question.DEFAULT_TOP_K), "bench",
                    System.nanoTime());
            if (a.answered()) {
                answers.add(a);
            }
        }
        if (answers.isEmpty()) {
            throw new IllegalStateException("no question was answered from the bench library");
        }
    }

    @Benchmark
    public List<String> telegram() {
        return telegram.answer(answers.get(next++ % answers.size()));
    }

    @Benchmark
    public DiscordRenderer.Rendered discord() {
        return discord.answer(answers.get(next++ % answers.size()));
    }
}
