package dev.attache.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.attache.core.testing.SharedData;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the real command line in-process against a library in a temporary directory. */
class CommandLineTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path data;

    private final PrintStream originalOut = System.out;
    private final InputStream originalIn = System.in;
    private ByteArrayOutputStream out;

    @BeforeEach
    void captureOutput() {
        out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(originalOut);
        System.setIn(originalIn);
    }

    private int run(String... args) {
        out.reset();
        return Main.commandLine().execute(args);
    }

    private String output() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private void importSeed() {
        assertThat(run("import", "--data", data.toString(), SharedData.file("seed/asian-nato.txt").toString())).isZero();
    }

    @Test
    void importPrintsAddedDuplicateRejectedAndTheRate() throws Exception {
        Path dir = Files.createDirectory(data.resolve("in"));
        Files.copy(SharedData.file("seed/asian-nato.txt"), dir.resolve("seed.txt"));
        Files.copy(SharedData.file("seed/asian-nato.txt"), dir.resolve("seed-copy.txt"));
        Files.write(dir.resolve("empty.txt"), new byte[0]);
        assertThat(run("import", "--data", data.resolve("lib").toString(), dir.toString())).isZero();
        assertThat(output()).contains("Added 1, duplicates 1, rejected 1").contains("articles/s").contains("empty.txt");
    }

    @Test
    void askJsonFollowsTheDocumentedFormat() throws Exception {
        importSeed();
        assertThat(run("ask", "--data", data.toString(), "--json", "--top", "3", "Could China create an Asian NATO?")).isZero();
        JsonNode answer = JSON.readTree(output());
        assertThat(answer.get("status").asText()).isEqualTo("answered");
        assertThat(answer.get("passages")).hasSize(3);
        JsonNode point = answer.get("points").get(0);
        assertThat(point.fieldNames()).toIterable().containsExactlyInAnyOrder("text", "kind", "speaker", "source", "passage_id");
        JsonNode source = answer.get("sources").get(0);
        assertThat(source.fieldNames()).toIterable()
                .containsExactlyInAnyOrder("n", "article_id", "title", "outlet", "author", "published", "url");
        assertThat(answer.fieldNames()).toIterable().containsExactly("question", "status", "points", "sources", "passages",
                "post_without_holder", "took_ms");
        assertThat(answer.get("post_without_holder").isNull()).isTrue();
        assertThat(answer.get("points").findValues("speaker")).anySatisfy(s ->
                assertThat(s.path("name").asText()).isEqualTo("Vasiliy Kashin"));
    }

    @Test
    void askWithoutAQuestionAnswersEachStdinLineInOrder() throws Exception {
        importSeed();
        System.setIn(new ByteArrayInputStream(("Could China create an Asian NATO?\n"
                + "{\"question\": \"chocolate cake recipe\", \"as_of\": \"2024-01-01\"}\n"
                + "{not json\n"
                + "{\"question\": \"Could China create an Asian NATO?\", \"as_of\": \"last week\"}\n").getBytes(StandardCharsets.UTF_8)));
        assertThat(run("ask", "--data", data.toString())).isZero();
        List<String> lines = output().lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(JSON.readTree(lines.get(0)).get("status").asText()).isEqualTo("answered");
        assertThat(JSON.readTree(lines.get(1)).get("status").asText()).isEqualTo("no_answer");
        assertThat(JSON.readTree(lines.get(2)).get("status").asText()).isEqualTo("error");
        assertThat(JSON.readTree(lines.get(3)).get("error").asText()).isEqualTo("'last week' is not a date; write it as YYYY-MM-DD");
    }

    @Test
    void listAndStatsAsJsonForScripts() throws Exception {
        importSeed();
        assertThat(run("list", "--data", data.toString(), "--json")).isZero();
        JsonNode list = JSON.readTree(output());
        assertThat(list.get("total").asInt()).isEqualTo(1);
        assertThat(list.get("articles").get(0).get("title").asText()).startsWith("Asian NATO");
        assertThat(run("stats", "--data", data.toString(), "--json")).isZero();
        JsonNode stats = JSON.readTree(output());
        assertThat(stats.get("articles").asInt()).isEqualTo(1);
        assertThat(stats.get("quotes").asInt()).isGreaterThanOrEqualTo(4);
    }

    @Test
    void removeByIdThenTheQuestionHasNoAnswer() throws Exception {
        importSeed();
        run("list", "--data", data.toString(), "--json");
        String id = JSON.readTree(output()).get("articles").get(0).get("id").asText();
        assertThat(run("remove", "--data", data.toString(), id)).isZero();
        assertThat(output()).startsWith("Removed");
        run("ask", "--data", data.toString(), "--json", "Could China create an Asian NATO?");
        assertThat(JSON.readTree(output()).get("status").asText()).isEqualTo("no_answer");
    }

    @Test
    void compactMergesTheLibraryAndAnswersStayTheSame() throws Exception {
        importSeed();
        run("ask", "--data", data.toString(), "--json", "Could China create an Asian NATO?");
        JsonNode before = JSON.readTree(output());
        assertThat(run("compact", "--data", data.toString())).isZero();
        assertThat(output()).startsWith("Compacted:").contains("1 after");
        run("stats", "--data", data.toString(), "--json");
        assertThat(JSON.readTree(output()).get("index_segments").asInt()).isEqualTo(1);
        run("stats", "--data", data.toString());
        assertThat(output()).contains("in 1 segment\n");
        run("ask", "--data", data.toString(), "--json", "Could China create an Asian NATO?");
        JsonNode after = JSON.readTree(output());
        assertThat(after.get("status").asText()).isEqualTo("answered");
        assertThat(after.get("points")).isEqualTo(before.get("points"));
    }

    @Test
    void reattributeOnALibraryOfThisVersionChangesNothingAndAnswersStayTheSame() throws Exception {
        importSeed();
        run("ask", "--data", data.toString(), "--json", "Could China create an Asian NATO?");
        JsonNode before = JSON.readTree(output());
        assertThat(run("reattribute", "--data", data.toString())).isZero();
        assertThat(output()).startsWith("Re-attributed: 0 of 1 articles rewritten");
        run("ask", "--data", data.toString(), "--json", "Could China create an Asian NATO?");
        assertThat(JSON.readTree(output()).get("points")).isEqualTo(before.get("points"));
    }

    @Test
    void everyCommandHasAccurateHelp() {
        for (String command : List.of("chat", "ask", "import", "add", "remove", "compact", "reattribute", "list", "stats",
                "who")) {
            assertThat(run(command, "--help")).isZero();
            assertThat(output()).contains("Usage: attache " + command).contains("--data");
        }
    }
}
