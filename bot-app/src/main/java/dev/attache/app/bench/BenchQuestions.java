package dev.attache.app.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.attache.core.answer.Question;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Real questions for the benchmarks: the RealTimeQA quiz questions (as of their date) and the
 * SQuAD dev questions (as of today), distinct by text, shuffled with a fixed seed so that every run
 * asks the same ones in the same order.
 */
public final class BenchQuestions {

    private static final ObjectMapper JSON = new ObjectMapper();

    private BenchQuestions() {
    }

    public static List<Question> load(Path evalDir, long seed) throws IOException {
        Map<String, Question> byText = new LinkedHashMap<>();
        LocalDate today = LocalDate.now();
        read(evalDir.resolve("realtimeqa/questions-2022-2023.jsonl"), node -> {
            String date = node.path("date").asText("");
            LocalDate asOf = date.length() >= 10 ? LocalDate.parse(date.substring(0, 10).replace('/', '-')) : today;
            return Question.of(node.path("question").asText(""), asOf);
        }, byText);
        read(evalDir.resolve("squad/questions-dev.jsonl"), node -> Question.of(node.path("question").asText(""), today),
                byText);
        List<Question> questions = new ArrayList<>(byText.values());
        Collections.shuffle(questions, new Random(seed));
        return questions;
    }

    private interface Reader {
        Question question(JsonNode node);
    }

    private static void read(Path file, Reader reader, Map<String, Question> into) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException("question file not found: " + file + " (expected ../shared/data/eval; set --eval)");
        }
        try (BufferedReader in = Files.newBufferedReader(file)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                Question q = reader.question(JSON.readTree(line));
                String key = q.text().strip().toLowerCase(Locale.ROOT);
                if (!key.isEmpty()) {
                    into.putIfAbsent(key, q);
                }
            }
        }
    }
}
