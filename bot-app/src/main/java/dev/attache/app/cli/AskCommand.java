package dev.attache.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.attache.app.AnswerJson;
import dev.attache.app.LibraryOptions;
import dev.attache.app.TerminalRenderer;
import dev.attache.core.Attache;
import dev.attache.core.answer.Answer;
import dev.attache.core.answer.Question;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "ask", mixinStandardHelpOptions = true,
        description = {"Answer one question.",
                "With no QUESTION, read questions from stdin, one per line (plain text or a JSON object",
                "{\"question\": …, \"as_of\": \"YYYY-MM-DD\"}), and write one JSON answer per line, in order."})
public final class AskCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Mixin
    LibraryOptions library;

    @Option(names = "--json", description = "Write the answer as JSON (always so when reading stdin).")
    boolean json;

    @Option(names = "--as-of", paramLabel = "DATE", converter = AsOfDate.class,
            description = "Answer as of this date (YYYY-MM-DD; default: today).")
    LocalDate asOf;

    @Option(names = "--top", paramLabel = "K", defaultValue = "10", description = "How many ranked passages to return (default: ${DEFAULT-VALUE}).")
    int top;

    @Option(names = "--speaker", paramLabel = "NAME", description = "Only consider what this person is quoted as saying.")
    String speaker;

    @Parameters(paramLabel = "QUESTION", arity = "0..*", description = "The question (several words are joined).")
    List<String> words;

    @Override
    public Integer call() throws IOException {
        if (top < 1) {
            throw new IllegalArgumentException("--top must be at least 1");
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try (Attache attache = library.openForSearch()) {
            if (words != null && !words.isEmpty()) {
                Answer answer = attache.ask(question(String.join(" ", words), asOf));
                out.println(json ? AnswerJson.toLine(answer) : TerminalRenderer.render(answer));
                return 0;
            }
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            String line;
            while ((line = in.readLine()) != null) {
                if (!line.isBlank()) {
                    out.println(answerLine(attache, line.strip()));
                }
            }
        }
        return 0;
    }

    /** One stdin line answered as JSON; a bad line gets a JSON error object in its place, keeping the order. */
    private String answerLine(Attache attache, String line) {
        try {
            String text = line;
            LocalDate date = asOf;
            if (line.startsWith("{")) {
                JsonNode node = JSON.readTree(line);
                text = node.path("question").asText("");
                if (node.hasNonNull("as_of")) {
                    date = AsOfDate.parse(node.get("as_of").asText());
                }
            }
            return AnswerJson.toLine(attache.ask(question(text, date)));
        } catch (IOException | IllegalArgumentException e) {
            return JSON.createObjectNode().put("question", line).put("status", "error")
                    .put("error", e.getMessage()).toString();
        }
    }

    private Question question(String text, LocalDate date) {
        return new Question(text, date == null ? LocalDate.now() : date, top, Optional.ofNullable(speaker));
    }
}
