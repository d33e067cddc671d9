package dev.attache.core.search.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Readers for the question sets retrieval is evaluated on: SQuAD (a paragraph corpus and
 * questions naming their gold paragraph) and RealTimeQA (dated news-quiz questions with gold
 * answer strings). Files are JSON Lines, optionally gzipped.
 */
public final class EvalSets {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter RTQA_DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd");

    private EvalSets() {
    }

    /** A SQuAD paragraph, imported as one document with its id. */
    public record SquadParagraph(String id, String title) {}

    /** A SQuAD question: {@code gold} is the id of the paragraph that answers it. */
    public record SquadQuestion(String id, String question, String gold, List<String> answers) {}

    /** A RealTimeQA question, asked as of {@code date}; {@code answers} are the gold choice strings. */
    public record RealTimeQaQuestion(String id, LocalDate date, String question, List<String> answers,
                                     boolean answerable) {}

    public static List<SquadParagraph> squadParagraphs(Path file) {
        return read(file, n -> new SquadParagraph(n.path("id").asText(), n.path("title").asText()));
    }

    public static List<SquadQuestion> squadQuestions(Path file) {
        return read(file, n -> new SquadQuestion(n.path("id").asText(), n.path("question").asText(),
                n.path("gold").asText(), strings(n.path("answers"))));
    }

    public static List<RealTimeQaQuestion> realTimeQaQuestions(Path file) {
        return read(file, n -> new RealTimeQaQuestion(n.path("id").asText(),
                LocalDate.parse(n.path("date").asText(), RTQA_DATE), n.path("question").asText(),
                strings(n.path("answers")), n.path("answerable").asBoolean(false)));
    }

    /**
     * The titles held out for the abstention measure: of the titles that have questions, in order
     * of first appearance in the paragraph file, every {@code every}-th (the 4th, 8th, …), so the
     * split is fixed by the files, not chosen.
     */
    public static List<String> heldOutTitles(List<SquadParagraph> paragraphs, List<SquadQuestion> questions, int every) {
        return heldOutTitles(paragraphs, questions, every, every);
    }

    /**
     * Another split of the same kind, for checking that a threshold chosen on one carries over: every
     * {@code every}-th title that has questions, starting with the {@code first}-th (1 ≤ first ≤ every).
     */
    public static List<String> heldOutTitles(List<SquadParagraph> paragraphs, List<SquadQuestion> questions, int every,
                                             int first) {
        if (first < 1 || first > every) {
            throw new IllegalArgumentException("the first held-out title must be one of the first " + every + ": " + first);
        }
        Set<String> asked = new HashSet<>();
        questions.forEach(q -> asked.add(q.gold()));
        List<String> titles = paragraphs.stream().filter(p -> asked.contains(p.id()))
                .map(SquadParagraph::title).distinct().toList();
        List<String> out = new ArrayList<>();
        for (int i = first - 1; i < titles.size(); i += every) {
            out.add(titles.get(i));
        }
        return List.copyOf(out);
    }

    /** Copies the lines of a SQuAD paragraphs file whose title is not in {@code excluded} to {@code out}. */
    public static void writeParagraphsExcept(Path paragraphs, Set<String> excluded, Path out) {
        try (BufferedReader reader = Files.newBufferedReader(paragraphs, StandardCharsets.UTF_8);
             BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || excluded.contains(JSON.readTree(line).path("title").asText())) {
                    continue;
                }
                writer.write(line);
                writer.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(v -> out.add(v.asText()));
        return List.copyOf(out);
    }

    private interface Mapper<T> {
        T map(JsonNode node);
    }

    private static <T> List<T> read(Path file, Mapper<T> mapper) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("evaluation file not found: " + file.toAbsolutePath().normalize());
        }
        List<T> out = new ArrayList<>();
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    out.add(mapper.map(JSON.readTree(line)));
                } catch (IOException | RuntimeException e) {
                    throw new IllegalArgumentException(file + " line " + number + ": " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(out);
    }
}
