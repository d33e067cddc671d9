package dev.attache.telegram;

import static dev.attache.telegram.BotHarness.GROUP;
import static dev.attache.telegram.BotHarness.OPERATOR;
import static dev.attache.telegram.BotHarness.STRANGER;
import static dev.attache.telegram.BotHarness.WAIT;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.attache.core.answer.Answer;
import dev.attache.core.answer.Question;
import dev.attache.core.ops.AddOutcome;
import dev.attache.core.ops.AddRequest;
import dev.attache.core.ops.Caller;
import dev.attache.core.ops.Platform;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real telegrambots client, the real core, a fake Bot API: what a user sees in Telegram. */
class TelegramBotEndToEndTest {

    private static final String CORRIDOR_QUESTION = "Would a Baltic grain corridor need naval escorts?";

    @TempDir
    Path dir;
    BotHarness h;

    @BeforeEach
    void start() throws Exception {
        h = new BotHarness(dir);
    }

    @AfterEach
    void stop() throws Exception {
        h.close();
    }

    private String addCorridorAsOperator() {
        String url = h.serve("/news/baltic-corridor.html", "baltic-corridor.html");
        AddOutcome out = h.attache.add(Caller.of(Platform.TELEGRAM, String.valueOf(OPERATOR)), new AddRequest.FromUrl(url));
        assertThat(out).isInstanceOf(AddOutcome.Added.class);
        return url;
    }

    private static boolean to(FakeBotApi.Call c, long chat) {
        return c.chatId() == chat;
    }

    @Test
    void startsByRegisteringCommandMenusForEveryoneAndForOperatorsPrivateChats() {
        List<FakeBotApi.Call> calls = h.api.await("setMyCommands", c -> true, 2, WAIT);
        FakeBotApi.Call everyone = calls.stream().filter(c -> c.params().path("scope").path("type").asText().equals("default"))
                .findFirst().orElseThrow();
        FakeBotApi.Call operator = calls.stream().filter(c -> c.params().path("scope").path("type").asText().equals("chat"))
                .findFirst().orElseThrow();
        assertThat(commands(everyone)).containsExactly("start", "help", "ask", "who", "sources");
        assertThat(operator.params().path("scope").path("chat_id").asText()).isEqualTo(String.valueOf(OPERATOR));
        assertThat(commands(operator)).contains("add", "remove", "list", "stats", "ask");
        assertThat(h.bot.username()).isEqualTo(FakeBotApi.BOT_USERNAME);
    }

    private static List<String> commands(FakeBotApi.Call c) {
        return StreamSupport.stream(c.params().path("commands").spliterator(), false)
                .map(n -> n.path("command").asText()).toList();
    }

    @Test
    void privateQuestionGetsAnHtmlAnswerWithSpeakersAndLinkedSources() {
        String url = addCorridorAsOperator();
        h.api.sendText(STRANGER, STRANGER, CORRIDOR_QUESTION);

        FakeBotApi.Call answer = h.api.awaitOne("sendMessage", c -> to(c, STRANGER), WAIT);
        String html = answer.text();
        assertThat(answer.html()).isTrue();
        assertThat(answer.params().path("link_preview_options").path("is_disabled").asBoolean()).isTrue();
        assertThat(TelegramHtmlValidator.problems(html)).isEmpty();
        assertThat(html).contains("The library has 1 article on this.");
        assertThat(html).containsPattern("<b>(Petra Holm|Admiral Petra Holm|Tomas Veer)</b>[^\\n]*:\\n<blockquote>“");
        assertThat(html).contains("<a href=\"" + url + "\">");
        JsonNode buttons = answer.params().path("reply_markup").path("inline_keyboard").get(0);
        List<String> labels = new ArrayList<>();
        buttons.forEach(b -> {
            labels.add(b.path("text").asText());
            assertThat(b.path("callback_data").asText().getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThan(64);
        });
        assertThat(labels).contains("📚 Sources", "👍", "👎");
    }

    @Test
    void groupMessageWithoutMentionGetsNothingButAMentionOrReplyGetsAnAnswer() throws Exception {
        addCorridorAsOperator();
        h.api.sendText(GROUP, STRANGER, CORRIDOR_QUESTION);
        h.api.awaitConfirmed(WAIT);
        Thread.sleep(1500);
        assertThat(h.api.calls("sendMessage")).noneMatch(c -> to(c, GROUP));

        h.api.sendText(GROUP, STRANGER, "@" + FakeBotApi.BOT_USERNAME + " " + CORRIDOR_QUESTION);
        FakeBotApi.Call answer = h.api.awaitOne("sendMessage", c -> to(c, GROUP), WAIT);
        assertThat(answer.text()).contains("The library has 1 article on this.");

        h.api.sendReplyToBot(GROUP, STRANGER, "And who pays for the grain convoys?", 1000);
        h.api.sendText(GROUP, STRANGER, "/ask@" + FakeBotApi.BOT_USERNAME + " " + CORRIDOR_QUESTION);
        h.api.await("sendMessage", c -> to(c, GROUP), 3, WAIT);
    }

    @Test
    void operatorAddsAUrlAndTheArticleBecomesAnswerable() {
        String url = h.serve("/news/baltic-corridor.html", "baltic-corridor.html");
        h.api.sendText(OPERATOR, OPERATOR, "/add " + url);

        FakeBotApi.Call result = h.api.awaitOne("editMessageText", c -> to(c, OPERATOR), WAIT);
        assertThat(result.text()).contains("Added", "Harbour states weigh a Baltic grain corridor", "passages");
        assertThat(TelegramHtmlValidator.problems(result.text())).isEmpty();

        Answer a = h.attache.ask(Question.of(CORRIDOR_QUESTION));
        assertThat(a.answered()).isTrue();

        h.api.sendText(OPERATOR, OPERATOR, "/add " + url);
        h.api.awaitOne("editMessageText", c -> to(c, OPERATOR) && c.text().contains("Already in the library"), WAIT);
    }

    @Test
    void operatorAddsADocumentAndTheArticleBecomesAnswerable() {
        h.api.sendDocument(OPERATOR, OPERATOR, "/add", "lighthouse-treaty.txt", BotHarness.resource("lighthouse-treaty.txt"));

        FakeBotApi.Call result = h.api.awaitOne("editMessageText", c -> to(c, OPERATOR), WAIT);
        assertThat(result.text()).contains("Added", "Lighthouse Treaty");
        assertThat(h.api.calls("file")).isNotEmpty(); // downloaded from the configured base URL

        h.api.sendText(OPERATOR, OPERATOR, "Will the lighthouse treaty protect the cod quota?");
        FakeBotApi.Call answer = h.api.awaitOne("sendMessage", c -> to(c, OPERATOR) && c.text().contains("The library has"), WAIT);
        assertThat(answer.text()).contains("Lighthouse Treaty");
    }

    @Test
    void operatorAddsTheTextOfAMessageTheyReplyTo() {
        String article = new String(BotHarness.resource("lighthouse-treaty.txt"), java.nio.charset.StandardCharsets.UTF_8);
        h.api.sendReplyToText(OPERATOR, OPERATOR, "/add", article);
        FakeBotApi.Call result = h.api.awaitOne("editMessageText", c -> to(c, OPERATOR), WAIT);
        assertThat(result.text()).contains("Added");
        assertThat(h.attache.ask(Question.of("lighthouse treaty cod quota")).answered()).isTrue();
    }

    @Test
    void strangersAddIsRefusedPolitelyAndChangesNothing() {
        String url = h.serve("/news/baltic-corridor.html", "baltic-corridor.html");
        long before = h.attache.stats().articles();
        h.api.sendText(STRANGER, STRANGER, "/add " + url);
        FakeBotApi.Call refusal = h.api.awaitOne("sendMessage", c -> to(c, STRANGER), WAIT);
        assertThat(refusal.text()).startsWith("🔒 Sorry");
        h.api.sendDocument(STRANGER, STRANGER, "/add", "lighthouse-treaty.txt", BotHarness.resource("lighthouse-treaty.txt"));
        h.api.await("sendMessage", c -> to(c, STRANGER) && c.text().startsWith("🔒 Sorry"), 2, WAIT);
        h.api.sendText(STRANGER, STRANGER, "/stats");
        h.api.await("sendMessage", c -> to(c, STRANGER) && c.text().startsWith("🔒 Sorry"), 3, WAIT);

        assertThat(h.attache.stats().articles()).isEqualTo(before);
        assertThat(h.api.calls("file")).isEmpty();
        assertThat(h.attache.ask(Question.of(CORRIDOR_QUESTION)).answered()).isFalse();
    }

    @Test
    void tooManyRequestsIsRetriedAfterRetryAfter() {
        h.api.failNext("sendMessage", FakeBotApi.Fault.tooManyRequests(1));
        h.api.sendText(STRANGER, STRANGER, "/start");
        FakeBotApi.Call ok = h.api.awaitOne("sendMessage", c -> to(c, STRANGER), WAIT);
        FakeBotApi.Call refused = h.api.calls("sendMessage").stream().filter(c -> c.status() == 429).findFirst().orElseThrow();
        assertThat(ok.atNanos() - refused.atNanos()).isGreaterThanOrEqualTo(Duration.ofSeconds(1).toNanos());
        assertThat(ok.text()).isEqualTo(refused.text());
    }

    @Test
    void aUserAskingFasterThanTheLimitIsToldOnceToSlowDownWhileOthersAreStillAnswered() throws Exception {
        addCorridorAsOperator();
        int burst = dev.attache.core.ops.LoadLimits.PER_USER.burst(); // the harness uses the default limits
        for (int n = 0; n < burst + 4; n++) {
            h.api.sendText(STRANGER, STRANGER, CORRIDOR_QUESTION + " (" + n + ")");
        }
        h.api.sendText(OPERATOR, OPERATOR, CORRIDOR_QUESTION);
        h.api.await("sendMessage", c -> to(c, OPERATOR) && c.params().has("reply_markup"), 1, WAIT);
        h.api.await("sendMessage", c -> to(c, STRANGER) && c.params().has("reply_markup"), burst, WAIT);
        h.api.awaitOne("sendMessage", c -> to(c, STRANGER) && c.text().startsWith("⏳"), WAIT);
        h.api.awaitConfirmed(WAIT);
        Thread.sleep(500); // nothing more may come: the three later questions are covered by the one notice

        List<FakeBotApi.Call> toStranger = h.api.calls("sendMessage").stream().filter(c -> to(c, STRANGER)).toList();
        assertThat(toStranger.stream().filter(c -> c.params().has("reply_markup"))).hasSize(burst);
        List<FakeBotApi.Call> notices = toStranger.stream().filter(c -> c.text().startsWith("⏳")).toList();
        assertThat(notices).singleElement().satisfies(c -> assertThat(c.text())
                .contains("asking faster than I can answer").containsPattern("wait \\d+ seconds"));
        assertThat(h.attache.metrics().registry().get(dev.attache.core.ops.AttacheMetrics.RATE_LIMITED)
                .tags("platform", "telegram", "scope", "user").counter().count()).isEqualTo(4.0);
    }

    @Test
    void aDroppedConnectionIsRetriedAndCounted() {
        h.api.failNext("sendMessage", FakeBotApi.Fault.hangUp());
        h.api.sendText(STRANGER, STRANGER, "/help");
        FakeBotApi.Call ok = h.api.awaitOne("sendMessage", c -> to(c, STRANGER), WAIT);
        assertThat(ok.text()).contains("Attaché");
        assertThat(h.api.calls("sendMessage").stream().filter(c -> c.status() == 0)).hasSize(1);
        assertThat(h.attache.metrics().registry().get(dev.attache.core.ops.AttacheMetrics.PLATFORM_ERRORS)
                .tags("platform", "telegram", "kind", "network").counter().count()).isEqualTo(1.0);
    }

    @Test
    void serverErrorsAreRetried() {
        h.api.failNext("sendMessage", FakeBotApi.Fault.serverError());
        h.api.failNext("sendMessage", FakeBotApi.Fault.serverError());
        h.api.sendText(STRANGER, STRANGER, "/help");
        FakeBotApi.Call ok = h.api.awaitOne("sendMessage", c -> to(c, STRANGER), WAIT);
        assertThat(ok.text()).contains("Attaché");
        assertThat(h.api.calls("sendMessage").stream().filter(c -> c.status() == 500)).hasSize(2);
    }

    @Test
    void rejectedMarkupIsResentAsPlainText() {
        h.api.failNext("sendMessage", FakeBotApi.Fault.cantParseEntities());
        h.api.sendText(STRANGER, STRANGER, "/start");
        FakeBotApi.Call ok = h.api.awaitOne("sendMessage", c -> to(c, STRANGER), WAIT);
        assertThat(ok.html()).isFalse();
        assertThat(ok.text()).contains("Attaché answers questions").doesNotContain("<b>");
    }

    @Test
    void longAnswerArrivesAsSeveralValidMessagesWithinTheLimit() {
        StringBuilder article = new StringBuilder("The long grain corridor report\n\n");
        for (int i = 0; i < 40; i++) {
            article.append("“The grain corridor convoy number ").append(i).append(" needs naval escorts, insurance, ")
                    .append("and patience & resolve <always>; the grain corridor is long and the convoys are slow, ")
                    .append("and every escort for the grain corridor costs money that the ministers must find ")
                    .append("before the season ends,” said Admiral Petra Holm, chief of staff of the Northern Maritime Command.\n\n");
        }
        AddOutcome out = h.attache.add(Caller.local(Platform.CLI), new AddRequest.FromText(article.toString()));
        assertThat(out).isInstanceOf(AddOutcome.Added.class);

        h.api.sendText(STRANGER, STRANGER, "Does the grain corridor convoy need naval escorts and insurance?");
        FakeBotApi.Call first = h.api.awaitOne("sendMessage", c -> to(c, STRANGER), WAIT);
        Answer direct = h.attache.ask(Question.of("Does the grain corridor convoy need naval escorts and insurance?"));
        int expected = new TelegramRenderer().answer(direct).size();
        List<FakeBotApi.Call> parts = h.api.await("sendMessage", c -> to(c, STRANGER), expected, WAIT);
        assertThat(first.text()).contains("The library has");
        for (FakeBotApi.Call p : parts) {
            assertThat(p.text().length()).isLessThanOrEqualTo(TelegramRenderer.MAX_MESSAGE_CHARS);
            assertThat(TelegramHtmlValidator.problems(p.text())).isEmpty();
        }
        if (expected > 1) {
            assertThat(parts.get(parts.size() - 1).params().has("reply_markup")).isTrue();
            assertThat(parts.get(0).params().has("reply_markup")).isFalse();
        }
    }

    @Test
    void buttonsShowSourcesAndMoreAndRecordVotesAndAreAlwaysAnswered() {
        addCorridorAsOperator();
        h.api.sendText(STRANGER, STRANGER, CORRIDOR_QUESTION);
        FakeBotApi.Call answer = h.api.awaitOne("sendMessage", c -> to(c, STRANGER), WAIT);
        JsonNode row = answer.params().path("reply_markup").path("inline_keyboard").get(0);
        String sources = null;
        String up = null;
        for (JsonNode b : row) {
            if (b.path("text").asText().equals("📚 Sources")) {
                sources = b.path("callback_data").asText();
            } else if (b.path("text").asText().equals("👍")) {
                up = b.path("callback_data").asText();
            }
        }
        h.api.pressButton(STRANGER, STRANGER, 1000, sources);
        h.api.awaitOne("answerCallbackQuery", c -> true, WAIT);
        h.api.awaitOne("sendMessage", c -> to(c, STRANGER) && c.text().startsWith("<b>Sources of the last answer</b>"), WAIT);

        long upBefore = h.attache.stats().upVotes();
        h.api.pressButton(STRANGER, STRANGER, 1000, up);
        h.api.awaitOne("answerCallbackQuery", c -> c.params().path("text").asText().contains("Thanks"), WAIT);
        assertThat(h.attache.stats().upVotes()).isEqualTo(upBefore + 1);

        h.api.pressButton(STRANGER, STRANGER, 1000, "m:expired123");
        h.api.awaitOne("answerCallbackQuery", c -> c.params().path("text").asText().contains("expired"), WAIT);

        h.api.sendText(STRANGER, STRANGER, "/sources");
        h.api.await("sendMessage", c -> to(c, STRANGER) && c.text().startsWith("<b>Sources of the last answer</b>"), 2, WAIT);
    }

    @Test
    void aQuestionTheLibraryCannotAnswerSaysSo() {
        h.api.sendText(STRANGER, STRANGER, "What is the airspeed velocity of an unladen swallow?");
        FakeBotApi.Call answer = h.api.awaitOne("sendMessage", c -> to(c, STRANGER), WAIT);
        assertThat(answer.text()).contains("The library has nothing on this");
    }
}
