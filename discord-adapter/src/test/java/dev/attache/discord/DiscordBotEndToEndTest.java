package dev.attache.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import dev.attache.core.Attache;
import dev.attache.core.AttacheConfig;
import dev.attache.core.answer.Answer;
import dev.attache.core.answer.Question;
import dev.attache.core.ops.AddOutcome;
import dev.attache.core.ops.AddRequest;
import dev.attache.core.ops.Caller;
import dev.attache.core.ops.FetchPolicy;
import dev.attache.core.ops.Operators;
import dev.attache.core.ops.Platform;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Attaché on Discord end to end: the real JDA against {@link FakeDiscord}, the real core on a
 * temporary library, articles (short, fictional, written for these tests) served by a local web
 * server and added by URL so that their sources carry links.
 */
class DiscordBotEndToEndTest {

    static final String OPERATOR = "200000000000000001";
    static final String STRANGER = "200000000000000002";
    static final String ROLE_HOLDER = "200000000000000003";
    static final Duration WAIT = Duration.ofSeconds(20);

    static final String HARBOR_QUESTION = "Should the harbor towns share one coast guard?";
    static final String GLASS_QUESTION = "What did Lindham decide about deposits on glass bottles?";

    @TempDir
    Path dir;

    FakeDiscord fake;
    HttpServer web;
    Attache attache;
    DiscordBot bot;
    ListAppender<ILoggingEvent> logs;

    @BeforeEach
    void setUp() throws Exception {
        fake = new FakeDiscord();
        web = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        web.createContext("/harbor", ex -> page(ex, HARBOR_PAGE));
        web.createContext("/glass", ex -> page(ex, GLASS_PAGE));
        web.start();
        attache = Attache.open(AttacheConfig.at(dir)
                .withOperators(new Operators(Map.of(Platform.DISCORD, Set.of(OPERATOR)), Set.of(fake.operatorRoleId)))
                .withFetch(FetchPolicy.defaults().allowingPrivateHosts(Set.of("127.0.0.1"))));
        AddOutcome seeded = attache.add(Caller.local(Platform.CLI), new AddRequest.FromUrl(url("/harbor")));
        assertThat(seeded).as("seed article").isInstanceOf(AddOutcome.Added.class);
        logs = new ListAppender<>();
        logs.start();
        ((Logger) LoggerFactory.getLogger(InteractionHandler.class)).addAppender(logs);
    }

    @AfterEach
    void tearDown() throws Exception {
        ((Logger) LoggerFactory.getLogger(InteractionHandler.class)).detachAppender(logs);
        if (bot != null) {
            bot.close();
        }
        attache.close();
        web.stop(0);
        fake.close();
    }

    private void startBot(DiscordBot.Answerer answerer, Optional<String> guild) throws InterruptedException {
        DiscordConfig config = DiscordConfig.ofToken("fake-token").withApiUrl(fake.apiUrl())
                .withGatewayUrl(fake.gatewayUrl());
        if (guild.isPresent()) {
            config = config.withGuild(guild.get());
        }
        bot = new DiscordBot(attache, config, answerer, DiscordLimits.DIRECT_REPLY_WINDOW);
        bot.start();
        assertThat(bot.awaitReady(WAIT)).as("ready; calls:\n%s", fake.describeCalls()).isTrue();
    }

    private void startBot() throws InterruptedException {
        startBot(attache::ask, Optional.of(fake.guildId));
    }

    // --- the tests

    @Test
    void askRepliesWithAnEmbedWhoseQuotesNameTheirSpeakersAndWhoseSourcesAreLinks() throws Exception {
        startBot();
        FakeDiscord.Interaction i = ask(HARBOR_QUESTION, OPERATOR, Set.of());
        JsonNode message = finalMessage(i);
        String text = embedText(message);
        assertThat(text).contains("> ").containsPattern("— \\*\\*(Tomas Brekke|Ilse Varga)\\*\\*");
        assertThat(text).contains("](" + url("/harbor") + ")").contains("The Northern Ledger");
        assertWithinLimits(message);
        assertThat(message.path("components").toString()).contains("attache:src:").contains("attache:up:");
        assertThat(bot.pendingDeferrals()).as("the direct reply cancelled its deferral").isZero();
    }

    @Test
    void aRejectedTokenFailsStartWithAnActionableMessageThatDoesNotContainTheToken() {
        bot = new DiscordBot(attache, DiscordConfig.ofToken(FakeDiscord.REJECTED_TOKEN).withApiUrl(fake.apiUrl())
                .withGatewayUrl(fake.gatewayUrl()));
        assertThatThrownBy(bot::start).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("DISCORD_BOT_TOKEN").message().doesNotContain(FakeDiscord.REJECTED_TOKEN);
    }

    @Test
    void commandsAreRegisteredOnTheDevelopmentGuildWithOperatorCommandsNeedingManageServer() throws Exception {
        startBot();
        FakeDiscord.Call put = fake.await(c -> c.is("PUT", ".*/guilds/" + fake.guildId + "/commands"), WAIT,
                "guild command registration");
        assertThat(put.body().findValuesAsText("name")).contains("ask", "who", "article", "stats");
        for (JsonNode command : put.body()) {
            String name = command.path("name").asText();
            if (name.equals("article") || name.equals("stats")) {
                assertThat(command.path("default_member_permissions").asText()).isEqualTo("32");
            }
        }
    }

    @Test
    void withoutAGuildCommandsAreRegisteredGlobally() throws Exception {
        startBot(attache::ask, Optional.empty());
        fake.await(c -> c.is("PUT", "/api/v10/applications/\\d+/commands"), WAIT, "global registration");
        assertThat(fake.calls(c -> c.path().contains("/guilds/"))).isEmpty();
    }

    @Test
    void anOperatorsArticleAddByUrlMakesTheArticleAnswerable() throws Exception {
        startBot();
        assertThat(cites(attache.ask(Question.of(GLASS_QUESTION)), url("/glass"))).isFalse();

        FakeDiscord.Interaction add = fake.slash("article", Optional.of("add"),
                fake.json.createObjectNode().put("url", url("/glass")), OPERATOR, Set.of(), Instant.now());
        JsonNode confirmation = finalMessage(add);
        assertThat(add.callbackType).as("always deferred").isEqualTo(5);
        assertThat(add.ephemeral).isTrue();
        assertThat(embedText(confirmation)).contains("Added to the library").contains("Lindham");

        FakeDiscord.Interaction ask = ask(GLASS_QUESTION, STRANGER, Set.of());
        String answer = embedText(finalMessage(ask));
        assertThat(answer).contains("](" + url("/glass") + ")");
    }

    @Test
    void anOperatorMayAddAnArticleFromAnAttachedFile() throws Exception {
        startBot();
        byte[] text = GLASS_TEXT.getBytes(StandardCharsets.UTF_8);
        fake.serveAttachment("lindham.txt", text);
        ObjectNode attachment = fake.json.createObjectNode()
                .put("id", fake.snowflake(Instant.now()))
                .put("filename", "lindham.txt")
                .put("size", text.length)
                .put("content_type", "text/plain; charset=utf-8")
                .put("url", fake.attachmentUrl("lindham.txt"))
                .put("proxy_url", fake.attachmentUrl("lindham.txt"))
                .put("ephemeral", true);
        ObjectNode options = fake.json.createObjectNode();
        options.putObject("file").set("attachment", attachment);
        FakeDiscord.Interaction add = fake.slash("article", Optional.of("add"), options, OPERATOR, Set.of(),
                Instant.now());
        assertThat(embedText(finalMessage(add))).contains("Added to the library");
        assertThat(fake.calls(c -> c.is("GET", "/attachments/lindham.txt"))).hasSize(1);
    }

    @Test
    void aMemberWithAnOperatorRoleMayAddArticles() throws Exception {
        startBot();
        FakeDiscord.Interaction add = fake.slash("article", Optional.of("add"),
                fake.json.createObjectNode().put("url", url("/glass")), ROLE_HOLDER, Set.of(fake.operatorRoleId),
                Instant.now());
        assertThat(embedText(finalMessage(add))).contains("Added to the library");
    }

    @Test
    void aNonOperatorsArticleAddIsRefusedEphemerallyAndChangesNothing() throws Exception {
        startBot();
        long before = attache.stats().articles();
        FakeDiscord.Interaction add = fake.slash("article", Optional.of("add"),
                fake.json.createObjectNode().put("url", url("/glass")), STRANGER, Set.of(fake.plainRoleId),
                Instant.now());
        JsonNode refusal = finalMessage(add);
        assertThat(add.ephemeral).isTrue();
        assertThat(embedText(refusal)).contains("Operators only");
        assertThat(attache.stats().articles()).isEqualTo(before);
        assertThat(cites(attache.ask(Question.of(GLASS_QUESTION)), url("/glass"))).isFalse();
    }

    @Test
    void anOperatorListsRemovesAndCountsArticles() throws Exception {
        startBot();
        String id = attache.list(1, 10).articles().getFirst().id();
        FakeDiscord.Interaction list = fake.slash("article", Optional.of("list"), fake.json.createObjectNode(),
                OPERATOR, Set.of(), Instant.now());
        assertThat(embedText(finalMessage(list))).contains(attache.list(1, 10).articles().getFirst().title());

        FakeDiscord.Interaction stats = fake.slash("stats", Optional.empty(), fake.json.createObjectNode(),
                OPERATOR, Set.of(), Instant.now());
        assertThat(embedText(finalMessage(stats))).containsIgnoringCase("articles");

        FakeDiscord.Interaction remove = fake.slash("article", Optional.of("remove"),
                fake.json.createObjectNode().put("id", id), OPERATOR, Set.of(), Instant.now());
        assertThat(embedText(finalMessage(remove))).containsIgnoringCase("removed");
        assertThat(attache.stats().articles()).isZero();
        assertThat(attache.ask(Question.of(HARBOR_QUESTION)).answered()).isFalse();
    }

    @Test
    void aNonOperatorsArticleRemoveIsRefusedEphemerallyAndTheArticleStays() throws Exception {
        startBot();
        String id = attache.list(1, 10).articles().getFirst().id();
        FakeDiscord.Interaction remove = fake.slash("article", Optional.of("remove"),
                fake.json.createObjectNode().put("id", id), STRANGER, Set.of(fake.plainRoleId), Instant.now());
        JsonNode refusal = finalMessage(remove);
        assertThat(remove.ephemeral).isTrue();
        assertThat(embedText(refusal)).contains("Operators only");
        assertThat(attache.stats().articles()).isEqualTo(1);
    }

    @Test
    void aSlowAnswerIsDeferredThenTheOriginalResponseIsEdited() throws Exception {
        startBot(q -> {
            sleep(DiscordLimits.DIRECT_REPLY_WINDOW.plusSeconds(1));
            return attache.ask(q);
        }, Optional.of(fake.guildId));
        FakeDiscord.Interaction i = ask(HARBOR_QUESTION, STRANGER, Set.of());
        FakeDiscord.Call callback = fake.await(callbackOf(i), WAIT, "deferral");
        assertThat(callback.status()).isEqualTo(204);
        assertThat(callback.body().path("type").asInt()).as("deferred").isEqualTo(5);
        FakeDiscord.Call edit = fake.await(c -> c.is("PATCH", ".*/" + i.token + "/messages/@original"), WAIT, "edit");
        assertThat(edit.status()).isEqualTo(200);
        assertThat(embedText(i.original)).contains("](" + url("/harbor") + ")");
        assertWithinLimits(i.original);
    }

    @Test
    void anInteractionWhoseTokenExpiredIsLoggedAndNotAnswered() throws Exception {
        startBot();
        FakeDiscord.Interaction old = ask(HARBOR_QUESTION, STRANGER, Set.of(), Instant.now().minus(Duration.ofMinutes(20)));
        awaitLog(e -> e.getFormattedMessage().contains("interaction expired")
                && e.getFormattedMessage().contains(old.id), "expiry log");
        // An interaction past Discord's 3-second window: Discord (the fake) answers 10062; logged, no crash.
        FakeDiscord.Interaction late = ask(HARBOR_QUESTION, STRANGER, Set.of(), Instant.now().minus(Duration.ofSeconds(10)));
        awaitLog(e -> e.getFormattedMessage().contains("interaction expired")
                && e.getFormattedMessage().contains(late.id), "10062 log");
        assertThat(fake.calls(callbackOf(old))).isEmpty();
        assertThat(fake.calls(c -> c.path().contains(late.token) && c.status() < 300)).isEmpty();

        FakeDiscord.Interaction fresh = ask(HARBOR_QUESTION, STRANGER, Set.of());
        assertThat(embedText(finalMessage(fresh))).contains("](" + url("/harbor") + ")");
    }

    @Test
    void afterTheGatewayDropsTheBotResumesAndAnswersTheNextCommand() throws Exception {
        startBot();
        fake.dropGateway();
        fake.await(c -> c.kind().equals("gateway") && c.method().equals("DISPATCH") && c.path().equals("RESUMED"),
                Duration.ofSeconds(30), "resume");
        assertThat(fake.resumes()).isEqualTo(1);
        assertThat(fake.identifies()).as("resumed, not a new session").isEqualTo(1);
        awaitConnected();
        FakeDiscord.Interaction i = ask(HARBOR_QUESTION, STRANGER, Set.of());
        assertThat(embedText(finalMessage(i))).contains("](" + url("/harbor") + ")");
    }

    @Test
    void theSourcesButtonShowsTheSourcesAndThumbsUpRecordsAVote() throws Exception {
        startBot();
        FakeDiscord.Interaction i = ask(HARBOR_QUESTION, STRANGER, Set.of());
        JsonNode message = finalMessage(i);
        String answerId = message.findValuesAsText("custom_id").stream()
                .filter(id -> id.startsWith("attache:src:")).findFirst().orElseThrow()
                .substring("attache:src:".length());

        FakeDiscord.Interaction sources = fake.button("attache:src:" + answerId, STRANGER, Set.of(), Instant.now());
        JsonNode shown = finalMessage(sources);
        assertThat(sources.ephemeral).isTrue();
        assertThat(embedText(shown)).contains("Sources").contains(url("/harbor"));

        long upBefore = attache.stats().upVotes();
        FakeDiscord.Interaction up = fake.button("attache:up:" + answerId, STRANGER, Set.of(), Instant.now());
        assertThat(embedText(finalMessage(up))).contains("recorded");
        assertThat(attache.stats().upVotes()).isEqualTo(upBefore + 1);
    }

    @Test
    void whoAutocompleteSuggestsSpeakersFromTheLibrary() throws Exception {
        startBot();
        FakeDiscord.Interaction i = fake.autocomplete("who", "name", "Tom", STRANGER);
        FakeDiscord.Call callback = fake.await(callbackOf(i), WAIT, "autocomplete");
        assertThat(callback.body().path("type").asInt()).isEqualTo(8);
        assertThat(callback.body().path("data").path("choices").findValuesAsText("name")).contains("Tomas Brekke");
    }

    @Test
    void anInvalidAsOfDateGetsAnEphemeralExplanation() throws Exception {
        startBot();
        FakeDiscord.Interaction i = fake.slash("ask", Optional.empty(), fake.json.createObjectNode()
                .put("question", HARBOR_QUESTION).put("as_of", "31/05/2024"), STRANGER, Set.of(), Instant.now());
        JsonNode reply = finalMessage(i);
        assertThat(i.ephemeral).isTrue();
        assertThat(embedText(reply)).contains("YYYY-MM-DD");
    }

    @Test
    void aUserAskingFasterThanTheLimitIsToldPrivatelyWhenToAskAgainWhileOthersAreStillAnswered() throws Exception {
        startBot();
        int burst = dev.attache.core.ops.LoadLimits.PER_USER.burst(); // this library uses the default limits
        List<FakeDiscord.Interaction> asked = new java.util.ArrayList<>();
        for (int n = 0; n <= burst; n++) {
            asked.add(ask(HARBOR_QUESTION, STRANGER, Set.of()));
        }
        for (int n = 0; n < burst; n++) {
            assertThat(embedText(finalMessage(asked.get(n)))).contains("](" + url("/harbor") + ")");
        }
        FakeDiscord.Interaction refused = asked.get(burst);
        String notice = embedText(finalMessage(refused));
        assertThat(refused.ephemeral).isTrue();
        assertThat(notice).contains("Slow down").containsPattern("Ask again <t:\\d+:R>");
        assertThat(embedText(finalMessage(ask(HARBOR_QUESTION, OPERATOR, Set.of())))).contains("](" + url("/harbor") + ")");
        assertThat(attache.metrics().registry().get(dev.attache.core.ops.AttacheMetrics.RATE_LIMITED)
                .tags("platform", "discord", "scope", "user").counter().count()).isEqualTo(1.0);
    }

    @Test
    void aServerErrorOnTheInteractionResponseIsRetriedAndTheAnswerArrives() throws Exception {
        startBot();
        fake.failNextRest("POST", "/api/v10/interactions/.*/callback", 502, 0, "502: Bad Gateway");
        FakeDiscord.Interaction i = ask(HARBOR_QUESTION, STRANGER, Set.of());
        assertThat(embedText(finalMessage(i))).contains("](" + url("/harbor") + ")");
        assertThat(fake.calls().stream().filter(callbackOf(i)).map(FakeDiscord.Call::status).toList())
                .containsExactly(502, 204);
    }

    @Test
    void aRateLimitedInteractionResponseWaitsAndTheAnswerArrives() throws Exception {
        startBot();
        fake.failNextRest("POST", "/api/v10/interactions/.*/callback", 429, 0, "You are being rate limited.");
        FakeDiscord.Interaction i = ask(HARBOR_QUESTION, STRANGER, Set.of());
        assertThat(embedText(finalMessage(i))).contains("](" + url("/harbor") + ")");
        assertThat(fake.calls().stream().filter(callbackOf(i)).map(FakeDiscord.Call::status).toList())
                .containsExactly(429, 204);
    }

    @Test
    void aRefusedInteractionResponseIsLoggedAsAnErrorAndCountedNeverDroppedSilently() throws Exception {
        startBot();
        fake.failNextRest("POST", "/api/v10/interactions/.*/callback", 400, 50035, "Invalid Form Body");
        FakeDiscord.Interaction i = ask(HARBOR_QUESTION, STRANGER, Set.of());
        fake.await(callbackOf(i), WAIT, "callback");
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (logged().stream().noneMatch(e -> e.getFormattedMessage().contains("discord request failed"))
                && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(logged()).anySatisfy(e -> {
            assertThat(e.getLevel().toString()).isEqualTo("ERROR");
            assertThat(e.getFormattedMessage()).contains("discord request failed").contains(i.id).contains("50035");
        });
        assertThat(attache.metrics().registry().get(dev.attache.core.ops.AttacheMetrics.PLATFORM_ERRORS)
                .tags("platform", "discord", "kind", "request_failed").counter().count()).isGreaterThanOrEqualTo(1.0);
    }

    // --- helpers

    private FakeDiscord.Interaction ask(String question, String user, Set<String> roles) {
        return ask(question, user, roles, Instant.now());
    }

    private FakeDiscord.Interaction ask(String question, String user, Set<String> roles, Instant at) {
        ObjectNode options = fake.json.createObjectNode().put("question", question);
        return fake.slash("ask", Optional.empty(), options, user, roles, at);
    }

    private static Predicate<FakeDiscord.Call> callbackOf(FakeDiscord.Interaction i) {
        return c -> c.is("POST", "/api/v10/interactions/" + i.id + "/.*/callback");
    }

    /** The response the user finally sees: the direct reply, the edited original, or the ephemeral follow-up. */
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

    private static String embedText(JsonNode message) {
        StringBuilder sb = new StringBuilder();
        for (JsonNode e : message.path("embeds")) {
            sb.append(e.path("title").asText("")).append('\n').append(e.path("description").asText("")).append('\n');
            for (JsonNode f : e.path("fields")) {
                sb.append(f.path("name").asText()).append('\n').append(f.path("value").asText()).append('\n');
            }
        }
        return sb.toString();
    }

    private static void assertWithinLimits(JsonNode message) {
        JsonNode embeds = message.path("embeds");
        assertThat(embeds.size()).isBetween(1, DiscordLimits.EMBEDS_PER_MESSAGE);
        int total = 0;
        for (JsonNode e : embeds) {
            String title = e.path("title").asText("");
            String description = e.path("description").asText("");
            String footer = e.path("footer").path("text").asText("");
            assertThat(title.length()).isLessThanOrEqualTo(DiscordLimits.EMBED_TITLE);
            assertThat(description.length()).isLessThanOrEqualTo(DiscordLimits.EMBED_DESCRIPTION);
            assertThat(footer.length()).isLessThanOrEqualTo(DiscordLimits.EMBED_FOOTER);
            assertThat(e.path("fields").size()).isLessThanOrEqualTo(DiscordLimits.EMBED_FIELDS);
            total += title.length() + description.length() + footer.length();
            for (JsonNode f : e.path("fields")) {
                assertThat(f.path("value").asText().length()).isLessThanOrEqualTo(DiscordLimits.EMBED_FIELD_VALUE);
                total += f.path("name").asText().length() + f.path("value").asText().length();
            }
        }
        assertThat(total).isLessThanOrEqualTo(DiscordLimits.EMBEDS_TOTAL_PER_MESSAGE);
    }

    private static boolean cites(Answer answer, String url) {
        return answer.answered() && answer.sources().stream().anyMatch(s -> s.url().equals(url));
    }

    /**
     * A copy of what the handler logged so far. The bot's threads append while the test reads; the
     * appender appends under its own lock (logback's AppenderBase), so the copy is taken under it.
     */
    private List<ILoggingEvent> logged() {
        synchronized (logs) {
            return List.copyOf(logs.list);
        }
    }

    private void awaitLog(Predicate<ILoggingEvent> match, String what) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (logged().stream().anyMatch(match)) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no " + what + " in the log; calls:\n" + fake.describeCalls());
    }

    private void awaitConnected() throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!fake.connected() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }

    private String url(String path) {
        return "http://127.0.0.1:" + web.getAddress().getPort() + path;
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void page(com.sun.net.httpserver.HttpExchange ex, String html) throws java.io.IOException {
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
        ex.sendResponseHeaders(200, bytes.length);
        ex.getResponseBody().write(bytes);
        ex.close();
    }

    // Fictional articles written for these tests.

    static final String GLASS_TEXT = """
            Lindham brings back deposits on glass bottles

            The city council of Lindham voted on Tuesday to bring back a deposit of twenty cents on every glass
            bottle sold in the city, starting next spring.

            "People return what has a price, and they throw away what has none," said Pavel Duric, director of the
            Lindham Waste Authority.
            """;

    static final String HARBOR_PAGE = """
            <!doctype html>
            <html><head>
            <title>Harbor towns weigh a shared coast guard | The Northern Ledger</title>
            <meta property="og:title" content="Harbor towns weigh a shared coast guard">
            <meta property="og:site_name" content="The Northern Ledger">
            <meta name="author" content="Mira Olsen">
            <meta property="article:published_time" content="2024-03-12T08:00:00Z">
            </head><body>
            <article>
            <h1>Harbor towns weigh a shared coast guard</h1>
            <p>The five harbor towns of the Velsk coast are discussing whether to pool their patrol boats into a single
            coast guard that would answer to a joint board.</p>
            <p>“A shared fleet would cut our costs by a third and put a boat within twenty minutes of every beach,”
            said Tomas Brekke, harbor master of Eastport.</p>
            <p>Brekke added that the towns already share a radio network and a repair yard.</p>
            <p>Not everyone agrees. “We cannot hand our waters to a committee that meets in another town,” said
            Ilse Varga, mayor of Southmere, who opposes the plan.</p>
            <p>The joint board would vote on the coast guard budget in the autumn, and each town would keep one boat
            under its own command.</p>
            </article>
            </body></html>
            """;

    static final String GLASS_PAGE = """
            <!doctype html>
            <html><head>
            <title>Lindham brings back deposits on glass bottles | Lindham Courier</title>
            <meta property="og:title" content="Lindham brings back deposits on glass bottles">
            <meta property="og:site_name" content="Lindham Courier">
            <meta name="author" content="Jonas Weir">
            <meta property="article:published_time" content="2024-06-02T09:30:00Z">
            </head><body>
            <article>
            <h1>Lindham brings back deposits on glass bottles</h1>
            <p>The city council of Lindham voted on Tuesday to bring back a deposit of twenty cents on every glass
            bottle sold in the city, starting next spring.</p>
            <p>“People return what has a price, and they throw away what has none,” said Pavel Duric, director of the
            Lindham Waste Authority.</p>
            <p>Shops that sell bottled drinks will have to take back empty bottles and refund the deposit in cash.</p>
            </article>
            </body></html>
            """;
}
