package dev.attache.telegram;

import static dev.attache.telegram.BotHarness.OPERATOR;
import static dev.attache.telegram.BotHarness.STRANGER;
import static dev.attache.telegram.BotHarness.WAIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.attache.core.ops.AddOutcome;
import dev.attache.core.ops.AddRequest;
import dev.attache.core.ops.Caller;
import dev.attache.core.ops.Platform;
import dev.attache.core.testing.CapturedOutput;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reliability and security of the Telegram bot against the fake Bot API: a stranger's
 * {@code /remove} and {@code /list} are refused, change nothing and are audited; the bot token
 * never appears in any log output of a run (every logger at TRACE), nor of failed starts.
 */
class TelegramReliabilityTest {

    /** The secret half of the fake's token, which the fake puts in every URL the bot calls. */
    static final String SECRET = FakeBotApi.TOKEN.substring(FakeBotApi.TOKEN.indexOf(':') + 1);
    static final String WRONG_TOKEN = "999000111:WRONG-reliability-TELEGRAM-secret";

    @TempDir
    Path dir;

    private static String addLighthouse(BotHarness h) {
        AddOutcome out = h.attache.add(Caller.of(Platform.TELEGRAM, String.valueOf(OPERATOR)), new AddRequest.FromText(
                new String(BotHarness.resource("lighthouse-treaty.txt"), StandardCharsets.UTF_8)));
        return ((AddOutcome.Added) out).article().id();
    }

    @Test
    void aStrangersRemoveAndListAreRefusedChangeNothingAndAreAudited() throws Exception {
        try (BotHarness h = new BotHarness(dir)) {
            String id = addLighthouse(h);
            h.api.sendText(STRANGER, STRANGER, "/remove " + id);
            h.api.awaitOne("sendMessage", c -> c.chatId() == STRANGER && c.text().startsWith("🔒 Sorry"), WAIT);
            h.api.sendText(STRANGER, STRANGER, "/list");
            List<FakeBotApi.Call> refusals = h.api.await("sendMessage",
                    c -> c.chatId() == STRANGER && c.text().startsWith("🔒 Sorry"), 2, WAIT);
            assertThat(refusals).noneMatch(c -> c.text().contains(id));

            assertThat(h.attache.article(id)).isPresent();
            assertThat(h.attache.stats().articles()).isEqualTo(1);
            List<String> audit = Files.readAllLines(dir.resolve("audit.jsonl"));
            assertThat(audit).anySatisfy(l -> assertThat(l).contains("\"platform\":\"telegram\"")
                    .contains("\"user\":\"" + STRANGER + "\"").contains("\"action\":\"remove\"")
                    .contains("\"outcome\":\"denied\""));
        }
    }

    @Test
    void theBotTokenNeverAppearsInTheLogOutputOfARunOrOfFailedStarts() throws Exception {
        String output;
        List<String> leaks;
        try (CapturedOutput captured = new CapturedOutput()) {
            try (BotHarness h = new BotHarness(dir)) {
                h.api.sendDocument(OPERATOR, OPERATOR, "/add", "lighthouse-treaty.txt",
                        BotHarness.resource("lighthouse-treaty.txt")); // downloads from /file/bot<token>/…
                h.api.awaitOne("editMessageText", c -> c.chatId() == OPERATOR && c.text().contains("Added"), WAIT);
                h.api.sendText(OPERATOR, OPERATOR, "Will the lighthouse treaty protect the cod quota?");
                h.api.awaitOne("sendMessage", c -> c.chatId() == OPERATOR && c.text().contains("The library has"), WAIT);
                h.api.failNext("sendMessage", FakeBotApi.Fault.serverError());
                h.api.sendText(OPERATOR, OPERATOR, "/stats");
                h.api.awaitOne("sendMessage", c -> c.chatId() == OPERATOR && c.text().contains("rticles"), WAIT);

                // A token the Bot API refuses: start fails, and says so without the token.
                TelegramBot wrong = new TelegramBot(h.attache, new TelegramConfig(WRONG_TOKEN, Set.of(), h.apiUrl()));
                assertThatThrownBy(wrong::start).satisfies(e -> assertThat(stackTrace(e)).doesNotContain("WRONG-reliability"));
                wrong.close();
                // An address where nothing listens.
                int closedPort;
                try (ServerSocket s = new ServerSocket(0)) {
                    closedPort = s.getLocalPort();
                }
                TelegramBot unreachable = new TelegramBot(h.attache, new TelegramConfig(FakeBotApi.TOKEN, Set.of(),
                        URI.create("http://127.0.0.1:" + closedPort)));
                assertThatThrownBy(unreachable::start).satisfies(e -> assertThat(stackTrace(e)).doesNotContain(SECRET));
                unreachable.close();
            }
            output = captured.text();
            leaks = new java.util.ArrayList<>(captured.linesContaining(SECRET));
            leaks.addAll(captured.linesContaining("WRONG-reliability-TELEGRAM-secret"));
        }
        assertThat(output).as("the run was captured").contains("operator");
        assertThat(output.contains(SECRET) || output.contains("WRONG-reliability-TELEGRAM-secret"))
                .as("a token appears in the captured output:\n%s", String.join("\n", leaks)).isFalse();
    }

    private static String stackTrace(Throwable e) {
        java.io.StringWriter w = new java.io.StringWriter();
        e.printStackTrace(new java.io.PrintWriter(w));
        return w.toString();
    }
}
