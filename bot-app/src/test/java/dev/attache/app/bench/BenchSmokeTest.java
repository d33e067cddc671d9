package dev.attache.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.attache.app.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A tiny run of {@code attache bench --json} on a generated corpus and question set, so that the
 * harness cannot rot; it asserts the shape of the figures, never their values.
 */
class BenchSmokeTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] TOPICS = {"sanctions", "tariffs", "elections", "pipeline", "ceasefire", "inflation"};

    @TempDir
    Path dir;

    @Test
    void benchJsonEndsWithOneObjectHoldingTheHeadlineFigures() throws Exception {
        Path corpus = dir.resolve("corpus.jsonl");
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String topic = TOPICS[i % TOPICS.length];
            String text = ("The minister spoke about " + topic + " in the capital on day " + i + ". "
                    + "\"We will not accept new " + topic + " without talks,\" said Anna Berg, the foreign minister. "
                    + "Officials said the " + topic + " would be discussed again next month. ").repeat(3);
            lines.add(JSON.createObjectNode().put("id", "a" + i).put("title", "On " + topic + " " + i)
                    .put("outlet", "Wire").put("published", "2023-01-" + String.format("%02d", 1 + i % 28))
                    .put("text", text).toString());
        }
        Files.write(corpus, lines);
        Path eval = dir.resolve("eval");
        Files.createDirectories(eval.resolve("realtimeqa"));
        Files.createDirectories(eval.resolve("squad"));
        List<String> rt = new ArrayList<>();
        List<String> squad = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            rt.add(JSON.createObjectNode().put("date", "2023/02/01")
                    .put("question", "What did the minister say about " + TOPICS[i % TOPICS.length] + " " + i + "?").toString());
            squad.add(JSON.createObjectNode().put("question", "Who spoke about " + TOPICS[i % TOPICS.length] + " number " + i + "?").toString());
        }
        Files.write(eval.resolve("realtimeqa/questions-2022-2023.jsonl"), rt);
        Files.write(eval.resolve("squad/questions-dev.jsonl"), squad);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream originalOut = System.out;
        PrintStream originalErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        int code;
        try {
            code = Main.commandLine().execute("bench", "--work", dir.resolve("work").toString(),
                    "--corpora", corpus.toString(), "--eval", eval.toString(), "--questions", "12", "--warmup", "4", "--warmup-rounds", "3",
                    "--growth-questions", "4", "--checkpoints", "20", "--startup-runs", "1", "--child-questions", "3",
                    "--heaps", "256", "--dense-passages", "30", "--json");
        } finally {
            System.setOut(originalOut);
            System.setErr(originalErr);
        }
        assertThat(code).isZero();
        String[] printed = out.toString(StandardCharsets.UTF_8).strip().split("\n");
        JsonNode result = JSON.readTree(printed[printed.length - 1]);
        assertThat(result.get("passages").asLong()).isPositive();
        assertThat(result.at("/import/articles_per_s").asDouble()).isPositive();
        assertThat(result.at("/import/raw_lucene_passages_per_s").asDouble()).isPositive();
        assertThat(result.at("/import/ratio").asDouble()).isPositive();
        for (String field : List.of("p50_ms", "p99_ms", "p999_ms", "raw_p50_ms", "raw_p99_ms", "ratio_p50",
                "cached_p99_us", "answers_per_s_2_threads")) {
            assertThat(result.get("answer").has(field)).as(field).isTrue();
        }
        assertThat(result.at("/answer/warmup_cpu_ms_per_answer")).hasSize(3);
        assertThat(result.get("growth")).hasSizeGreaterThanOrEqualTo(2);
        assertThat(result.get("start_to_first_answer_ms").asLong()).isPositive();
        assertThat(result.get("min_heap_mb").asInt()).isEqualTo(256);
        assertThat(result.at("/dense/passages").asLong()).isGreaterThanOrEqualTo(30);
        assertThat(result.at("/dense/embedded_passages_per_s").asDouble()).isPositive();
        for (String mode : List.of("hybrid", "words_only")) {
            assertThat(result.at("/dense/" + mode + "/questions").asInt()).as(mode).isPositive();
            assertThat(result.at("/dense/" + mode).has("cpu_p99_ms")).as(mode).isTrue();
        }
    }
}
