package dev.attache.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import dev.attache.core.Attache;
import dev.attache.core.AttacheConfig;
import dev.attache.core.answer.Question;
import dev.attache.core.ops.AddOutcome;
import dev.attache.core.ops.AddRequest;
import dev.attache.core.ops.Caller;
import dev.attache.core.ops.FetchPolicy;
import dev.attache.core.ops.Operators;
import dev.attache.core.ops.Platform;
import dev.attache.core.testing.CapturedOutput;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reliability and security of the Discord bot against the fake Discord: a non-operator's
 * {@code /article remove} and {@code /article list} are refused and audited, and the bot token
 * never appears in any log output of a run — at every log level, including failed starts.
 */
class DiscordReliabilityTest {

    static final String OPERATOR = DiscordBotEndToEndTest.OPERATOR;
    static final String STRANGER = DiscordBotEndToEndTest.STRANGER;
    static final Duration WAIT = Duration.ofSeconds(20);
    /** Distinctive, shaped like a real token, so a leak in any form is found. */
    static final String TOKEN = "MTIzNDU2Nzg5MDEyMzQ1Njc4OQ.GdRlbT.reliability-DISCORD-secret-7f3a9c";

    @TempDir
    Path dir;

    FakeDiscord fake;
    HttpServer web;
    Attache attache;
    DiscordBot bot;
    String harborId;

    @BeforeEach
    void setUp() throws Exception {
        fake = new FakeDiscord();
        web = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        web.createContext("/harbor", ex -> {
            byte[] bytes = DiscordBotEndToEndTest.HARBOR_PAGE.getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            ex.sendResponseHeaders(200, bytes.length);
            ex.getResponseBody().write(bytes);
            ex.close();
        });
        web.start();
        attache = Attache.open(AttacheConfig.at(dir)
                .withOperators(new Operators(Map.of(Platform.DISCORD, Set.of(OPERATOR)), Set.of(fake.operatorRoleId)))
                .withFetch(FetchPolicy.defaults().allowingPrivateHosts(Set.of("127.0.0.1"))));
        AddOutcome seeded = attache.add(Caller.local(Platform.CLI),
                new AddRequest.FromUrl("http://127.0.0.1:" + web.getAddress().getPort() + "/harbor"));
        harborId = ((AddOutcome.Added) seeded).article().id();
    }

    @AfterEach
    void tearDown() throws Exception {
        if (bot != null) {
            bot.close();
        }
        attache.close();
        web.stop(0);
        fake.close();
    }

    private void startBot(String token) throws InterruptedException {
        bot = new DiscordBot(attache, DiscordConfig.ofToken(token).withApiUrl(fake.apiUrl())
                .withGatewayUrl(fake.gatewayUrl()).withGuild(fake.guildId));
        bot.start();
        assertThat(bot.awaitReady(WAIT)).as("ready; calls:\n%s", fake.describeCalls()).isTrue();
    }

    private JsonNode finalMessage(FakeDiscord.Interaction i) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (i.original != null && i.original.path("embeds").size() > 0) {
                return i.original;
            }
            if (!i.followUps.isEmpty()) {
                return i.followUps.get(0);
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no response to " + i.id + "; calls:\n" + fake.describeCalls());
    }

    @Test
    void aNonOperatorsArticleRemoveAndListAreRefusedPrivatelyTheArticleStaysAndTheAttemptIsAudited() throws Exception {
        startBot("fake-token");
        FakeDiscord.Interaction remove = fake.slash("article", Optional.of("remove"),
                fake.json.createObjectNode().put("id", harborId), STRANGER, Set.of(fake.plainRoleId), Instant.now());
        JsonNode refusal = finalMessage(remove);
        assertThat(remove.ephemeral).isTrue();
        assertThat(refusal.toString()).containsIgnoringCase("operator");
        FakeDiscord.Interaction list = fake.slash("article", Optional.of("list"), fake.json.createObjectNode(),
                STRANGER, Set.of(), Instant.now());
        assertThat(finalMessage(list).toString()).containsIgnoringCase("operator").doesNotContain(harborId);

        assertThat(attache.article(harborId)).isPresent();
        assertThat(attache.ask(Question.of(DiscordBotEndToEndTest.HARBOR_QUESTION)).answered()).isTrue();
        List<String> audit = Files.readAllLines(dir.resolve("audit.jsonl"));
        assertThat(audit).anySatisfy(l -> assertThat(l).contains("\"platform\":\"discord\"")
                .contains("\"user\":\"" + STRANGER + "\"").contains("\"action\":\"remove\"")
                .contains("\"outcome\":\"denied\""));
    }

    @Test
    void theBotTokenNeverAppearsInTheLogOutputOfARunOrOfFailedStarts() throws Exception {
        String output;
        List<String> leaks;
        // org.java_websocket is the fake gateway's server (a test dependency): it logs the IDENTIFY
        // frame it receives, token included, at TRACE. JDA's own logging is captured in full.
        try (CapturedOutput captured = new CapturedOutput("org.java_websocket")) {
            startBot(TOKEN);
            FakeDiscord.Interaction ask = fake.slash("ask", Optional.empty(),
                    fake.json.createObjectNode().put("question", DiscordBotEndToEndTest.HARBOR_QUESTION), OPERATOR,
                    Set.of(), Instant.now());
            finalMessage(ask);
            FakeDiscord.Interaction remove = fake.slash("article", Optional.of("remove"),
                    fake.json.createObjectNode().put("id", "no-such-id"), OPERATOR, Set.of(), Instant.now());
            finalMessage(remove);
            bot.close();
            bot = null;

            // A start against an address where nothing listens fails; its message and logs keep the token out.
            int closedPort;
            try (ServerSocket s = new ServerSocket(0)) {
                closedPort = s.getLocalPort();
            }
            DiscordBot unreachable = new DiscordBot(attache, DiscordConfig.ofToken(TOKEN)
                    .withApiUrl("http://127.0.0.1:" + closedPort + "/api/v10/")
                    .withGatewayUrl("ws://127.0.0.1:" + closedPort));
            try {
                assertThatThrownBy(unreachable::start).satisfies(e -> assertThat(stackTrace(e)).doesNotContain(TOKEN));
            } finally {
                unreachable.close();
            }
            output = captured.text();
            leaks = new java.util.ArrayList<>(captured.linesContaining(TOKEN));
            leaks.addAll(captured.linesContaining("reliability-DISCORD-secret"));
        }
        assertThat(output).as("the run was captured").isNotBlank();
        assertThat(output).as("JDA's own logs were captured").contains("net.dv8tion");
        assertThat(output.contains(TOKEN) || output.contains("reliability-DISCORD-secret"))
                .as("the token appears in the captured output:\n%s", String.join("\n", leaks)).isFalse();
    }

    private static String stackTrace(Throwable e) {
        java.io.StringWriter w = new java.io.StringWriter();
        e.printStackTrace(new java.io.PrintWriter(w));
        return w.toString();
    }
}
