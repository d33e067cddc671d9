package dev.attache.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.core.Attache;
import dev.attache.core.AttacheConfig;
import dev.attache.core.testing.SharedData;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConsoleChatTest {

    @TempDir
    Path data;

    Attache attache;
    ConsoleChat chat;

    @BeforeEach
    void open() throws Exception {
        attache = Attache.open(AttacheConfig.at(data));
        chat = new ConsoleChat(attache);
    }

    @AfterEach
    void close() throws Exception {
        attache.close();
    }

    @Test
    void operatorAddsTheSeedArticleAndAQuestionIsAnsweredWithSpeakersAndSources() {
        String added = chat.handle("/add " + SharedData.file("seed/asian-nato.txt"));
        assertThat(added).startsWith("Added").contains("Vasiliy Kashin");
        String answer = chat.handle("Could China create an Asian NATO?");
        assertThat(answer).startsWith("The library has 1 article on this.")
                .contains("Vasiliy Kashin, senior specialist")
                .contains("simply impossible")
                .contains("Sergei Sanakoyev")
                .contains("[1] Asian NATO: Could China create a military alliance with its neighbors?");
    }

    @Test
    void theBotsCommandsWorkInTheConsole() {
        chat.handle("/add " + SharedData.file("seed/asian-nato.txt"));
        assertThat(chat.handle("/list")).contains("Asian NATO");
        assertThat(chat.handle("/stats")).contains("Articles: 1");
        assertThat(chat.handle("/who Kashin")).contains("Vasiliy Kashin").contains("simply impossible");
        assertThat(chat.handle("/help")).contains("/who NAME").contains("/add URL|PATH");
        assertThat(chat.handle("/remove no-such-id")).contains("No article with id no-such-id");
        assertThat(chat.handle("/frobnicate")).contains("Unknown command");
    }

    @Test
    void badInputGetsAClearMessageAndNeverAnException() {
        assertThat(chat.handle("/add /no/such/file.txt")).isEqualTo("No such file: /no/such/file.txt");
        assertThat(chat.handle("/add " + data)).startsWith(data + " is a folder; `attache import");
        assertThat(chat.handle("/add example.org/x")).startsWith("Not added: Only http and https links");
        assertThat(chat.handle("/add ftp://example.org/x")).startsWith("Not added");
        assertThat(chat.handle("/list many")).contains("Usage: /list");
        chat.handle("/add " + SharedData.file("seed/asian-nato.txt"));
        assertThat(chat.handle("/list 9")).endsWith("No articles on this page; the last page is 1.");
        assertThat(chat.handle("x".repeat(10_000))).contains("characters long");
        assertThat(chat.handle("What is the best recipe for chocolate cake?")).isEqualTo(TerminalRenderer.NO_ANSWER);
    }

    @Test
    void demoLibraryLoadsAndAnswersQuestionsWithAttributedQuotes() throws Exception {
        int added = DemoLibrary.loadInto(attache);
        assertThat(added).isEqualTo(DemoLibrary.names().size()).isGreaterThanOrEqualTo(12);
        assertThat(attache.stats().quotes()).isGreaterThanOrEqualTo(36);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        chat.run(new BufferedReader(new StringReader("What did analysts say about Arctic shipping?\n/quit\n")),
                new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("The library has").contains("“").contains("[1]");
    }

    @Test
    void noOneQuotedInTheAskedPostIsSaidBeforeTheNearestPoints() throws Exception {
        DemoLibrary.loadInto(attache);

        assertThat(chat.handle("Who is the foreign minister of Estoria?"))
                .startsWith("I found no one quoted as the foreign minister of Estoria. The nearest points, from");
        assertThat(chat.handle("Who is Kestria's foreign minister?")).startsWith("The library has")
                .contains("Andrej Volnar, Kestria's minister of foreign affairs");
    }
}
