package dev.attache.telegram;

import dev.attache.core.Attache;
import dev.attache.core.answer.Answer;
import dev.attache.core.answer.Question;
import dev.attache.core.ops.AddOutcome;
import dev.attache.core.ops.AddRequest;
import dev.attache.core.ops.AnswerBusyException;
import dev.attache.core.ops.Caller;
import dev.attache.core.ops.Platform;
import dev.attache.core.ops.RateLimits;
import dev.attache.core.ops.RemoveOutcome;
import dev.attache.core.ops.Vote;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.GetFile;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Document;
import org.telegram.telegrambots.meta.api.objects.File;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.chat.Chat;
import org.telegram.telegrambots.meta.api.objects.message.MaybeInaccessibleMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;

/**
 * Turns one Telegram update into core calls and replies: questions (any text in a private chat;
 * in groups only on a mention, a reply to the bot or /ask), the commands, the buttons under
 * answers. It decides only what was asked and how to show the result; core answers, adds,
 * removes and authorizes. Nothing a user sends can make it throw.
 */
final class UpdateRouter {

    /** Who the bot is on Telegram, from getMe. */
    record Identity(long id, String username) {}

    /** A command as typed: {@code /name@bot args}. */
    record Command(String name, String bot, String args) {
        private static final Pattern SYNTAX = Pattern.compile("^/([A-Za-z0-9_]{1,32})(?:@([A-Za-z0-9_]+))?(?:\\s+(.*))?$",
                Pattern.DOTALL);

        static Optional<Command> parse(String text) {
            if (text == null) {
                return Optional.empty();
            }
            Matcher m = SYNTAX.matcher(text.strip());
            if (!m.matches()) {
                return Optional.empty();
            }
            return Optional.of(new Command(m.group(1).toLowerCase(Locale.ROOT), m.group(2) == null ? "" : m.group(2),
                    m.group(3) == null ? "" : m.group(3).strip()));
        }
    }

    private static final Logger log = LoggerFactory.getLogger(UpdateRouter.class);
    private static final Pattern URL = Pattern.compile("^https?://\\S+$");
    /** Repeat "typing…" this often: Telegram shows it for about 5 seconds. */
    static final Duration TYPING_REPEAT = Duration.ofSeconds(4);
    static final int LIST_PAGE_SIZE = 10;
    static final int WHO_LIMIT = 10;

    private final Attache attache;
    private final TelegramConfig config;
    private final ReplySender sender;
    private final TelegramRenderer renderer;
    private final AnswerMemory memory;
    private final Identity me;
    private final ScheduledExecutorService timer;
    private final Duration typingDelay;
    private final HttpClient http;

    UpdateRouter(Attache attache, TelegramConfig config, ReplySender sender, TelegramRenderer renderer,
                 AnswerMemory memory, Identity me, ScheduledExecutorService timer, Duration typingDelay,
                 HttpClient http) {
        this.attache = attache;
        this.config = config;
        this.sender = sender;
        this.renderer = renderer;
        this.memory = memory;
        this.me = me;
        this.timer = timer;
        this.typingDelay = typingDelay;
        this.http = http;
    }

    /** Handles one update; logs and swallows whatever goes wrong. */
    void handle(Update update) {
        try {
            if (update.hasCallbackQuery()) {
                onButton(update.getCallbackQuery());
            } else if (update.hasMessage()) {
                onMessage(update.getMessage());
            }
        } catch (RuntimeException e) {
            log.error("update failed update_id={}", update.getUpdateId(), e);
        }
    }

    /** The chat a key in the pacing and the replies: where to answer and whether it is a group. */
    private record Where(long chatId, boolean group, Integer replyTo) {}

    private void onMessage(Message msg) {
        Chat chat = msg.getChat();
        User from = msg.getFrom();
        if (chat == null || from == null || Boolean.TRUE.equals(from.getIsBot())) {
            return;
        }
        String type = chat.getType() == null ? "" : chat.getType();
        boolean isPrivate = "private".equals(type);
        if (!isPrivate && !"group".equals(type) && !"supergroup".equals(type)) {
            return; // channels
        }
        Where where = new Where(chat.getId(), !isPrivate, isPrivate ? null : msg.getMessageId());
        Caller caller = Caller.of(Platform.TELEGRAM, String.valueOf(from.getId()));
        String text = msg.getText() != null ? msg.getText() : msg.getCaption();

        Optional<Command> cmd = Command.parse(text);
        if (cmd.isPresent() && !cmd.get().bot().isEmpty() && !cmd.get().bot().equalsIgnoreCase(me.username())) {
            return; // a command for another bot in the same group
        }
        if (cmd.isPresent()) {
            onCommand(cmd.get(), msg, where, caller, isPrivate);
            return;
        }
        if (text == null || text.isBlank()) {
            if (isPrivate && msg.getDocument() != null) {
                reply(where, "To add a document to the library, send it with <code>/add</code> as its caption.");
            }
            return;
        }
        if (isPrivate) {
            ask(where, caller, text);
        } else if (mentionsMe(text)) {
            ask(where, caller, withoutMention(text));
        } else if (msg.getReplyToMessage() != null && msg.getReplyToMessage().getFrom() != null
                && msg.getReplyToMessage().getFrom().getId() == me.id()) {
            ask(where, caller, text);
        }
    }

    private void onCommand(Command cmd, Message msg, Where where, Caller caller, boolean isPrivate) {
        switch (cmd.name()) {
            case "start", "help" -> reply(where, renderer.help(me.username(), safeIsOperator(caller)));
            case "ask" -> {
                if (cmd.args().isBlank()) {
                    reply(where, "Ask like this: <code>/ask Could China create an Asian NATO?</code>");
                } else {
                    ask(where, caller, cmd.args());
                }
            }
            case "who" -> who(where, caller, cmd.args());
            case "sources" -> memory.lastAnswer(where.chatId()).ifPresentOrElse(
                    a -> replyAll(where, renderer.sources(a), null),
                    () -> reply(where, "There is no recent answer in this chat yet. Ask me something first."));
            case "add" -> add(cmd, msg, where, caller);
            case "remove" -> remove(cmd, where, caller);
            case "list" -> list(cmd, where, caller);
            case "stats" -> stats(where, caller);
            default -> {
                if (isPrivate) {
                    reply(where, "I don't know that command. /help lists what I can do.");
                }
            }
        }
    }

    /**
     * Takes a token from the asker's and the chat's rate limits; when refused, tells them (once per
     * episode of being limited, so a flood earns one notice, not a flood of replies) and says no.
     */
    private boolean admitted(Where where, Caller caller) {
        RateLimits.Outcome outcome;
        try {
            outcome = attache.checkRate(caller, String.valueOf(where.chatId()));
        } catch (RuntimeException e) {
            log.error("rate check failed chat={} user={}", where.chatId(), caller.userId(), e);
            return true; // a broken limiter must not silence the bot
        }
        if (outcome instanceof RateLimits.Limited limited) {
            if (limited.tell()) {
                reply(where, renderer.limited(limited));
            }
            return false;
        }
        return true;
    }

    private void ask(Where where, Caller caller, String question) {
        String q = question.strip();
        if (q.isEmpty()) {
            reply(where, "What would you like to know? Ask me a question about foreign affairs, security, "
                    + "economics or government.");
            return;
        }
        if (!admitted(where, caller)) {
            return;
        }
        if (typingDelay.isZero()) {
            sender.typing(where.chatId()); // at once: a timer task might run only after a quick answer cancelled it
        }
        ScheduledFuture<?> typing = timer.scheduleAtFixedRate(() -> sender.typing(where.chatId()),
                typingDelay.isZero() ? TYPING_REPEAT.toMillis() : typingDelay.toMillis(), TYPING_REPEAT.toMillis(),
                TimeUnit.MILLISECONDS);
        Answer answer = null;
        String failure = null;
        try {
            answer = attache.ask(Question.of(q));
        } catch (IllegalArgumentException e) {
            failure = TelegramHtml.escape(e.getMessage() == null ? "I can't answer that question." : e.getMessage());
        } catch (AnswerBusyException e) {
            log.warn("ask refused busy chat={}", where.chatId());
            failure = renderer.busy();
        } catch (RuntimeException e) {
            log.error("ask failed chat={} question_chars={}", where.chatId(), q.length(), e);
            failure = "Sorry, something went wrong while answering. Please try again in a moment.";
        } finally {
            typing.cancel(false); // before replying: pacing may hold the reply back
        }
        if (answer == null) {
            reply(where, failure);
            return;
        }
        int shown = Math.min(TelegramRenderer.POINTS_PER_PAGE, answer.points().size());
        List<String> messages = renderer.answer(answer, 0, shown);
        String key = memory.remember(answer, where.chatId(), shown);
        log.info("answered chat={} answer={} status={} points={} sources={} took_ms={} messages={}", where.chatId(),
                answer.id(), answer.status(), answer.points().size(), answer.sources().size(), answer.tookMs(),
                messages.size());
        replyAll(where, messages, AnswerMemory.keyboard(key, answer, shown));
    }

    private void who(Where where, Caller caller, String name) {
        if (name.isBlank()) {
            reply(where, "Whose quotes? For example: <code>/who Kashin</code>");
            return;
        }
        if (!admitted(where, caller)) {
            return;
        }
        try {
            replyAll(where, renderer.who(name, attache.who(name, WHO_LIMIT)), null);
        } catch (IllegalArgumentException e) {
            reply(where, TelegramHtml.escape(String.valueOf(e.getMessage())));
        } catch (RuntimeException e) {
            log.error("who failed chat={}", where.chatId(), e);
            reply(where, "Sorry, something went wrong looking that up. Please try again in a moment.");
        }
    }

    private void add(Command cmd, Message msg, Where where, Caller caller) {
        Message replied = msg.getReplyToMessage();
        Document doc = msg.getDocument() != null ? msg.getDocument()
                : replied != null ? replied.getDocument() : null;
        String what;
        AddRequest request;
        if (doc != null) {
            what = "file " + (doc.getFileName() == null ? doc.getFileId() : doc.getFileName());
            if (!safeIsOperator(caller)) {
                operatorLog("add", caller, where, what, "denied");
                reply(where, renderer.denied(""));
                return;
            }
            Optional<byte[]> bytes = download(doc, where);
            if (bytes.isEmpty()) {
                operatorLog("add", caller, where, what, "download-failed");
                return;
            }
            request = new AddRequest.FromFile(doc.getFileName() == null ? "document.txt" : doc.getFileName(), bytes.get());
        } else if (URL.matcher(cmd.args()).matches()) {
            what = "url " + cmd.args();
            request = new AddRequest.FromUrl(cmd.args());
        } else if (replied != null && replied.getText() != null && !replied.getText().isBlank()) {
            what = "text " + replied.getText().length() + " chars";
            request = new AddRequest.FromText(replied.getText());
        } else if (!cmd.args().isBlank() && cmd.args().contains("\n")) {
            what = "text " + cmd.args().length() + " chars";
            request = new AddRequest.FromText(cmd.args());
        } else {
            reply(where, "Add an article: <code>/add https://…</code>, or send a document (HTML, text, Markdown) "
                    + "with <code>/add</code> as its caption, or reply <code>/add</code> to a message whose text is "
                    + "the article.");
            return;
        }
        Optional<Message> progress = Optional.empty();
        if (safeIsOperator(caller)) {
            progress = sender.send(where.chatId(), where.group(), "⏳ Adding…", null, where.replyTo());
        }
        AddOutcome outcome;
        try {
            outcome = attache.add(caller, request);
        } catch (RuntimeException e) {
            log.error("add failed chat={} user={}", where.chatId(), caller.userId(), e);
            outcome = new AddOutcome.Rejected("something went wrong while adding it; the library is unchanged.");
        }
        operatorLog("add", caller, where, what, switch (outcome) {
            case AddOutcome.Added a -> "added id=" + a.article().id() + " passages=" + a.article().passages()
                    + " quotes=" + a.quotes().size();
            case AddOutcome.Duplicate d -> "duplicate of=" + d.existingId();
            case AddOutcome.Rejected r -> "rejected reason=\"" + r.reason() + "\"";
            case AddOutcome.Denied d -> "denied";
        });
        List<String> messages = renderer.added(outcome);
        int first = 0;
        if (progress.isPresent() && sender.edit(where.chatId(), where.group(), progress.get().getMessageId(),
                messages.get(0), null)) {
            first = 1;
        }
        replyAll(where, messages.subList(first, messages.size()), null);
    }

    private Optional<byte[]> download(Document doc, Where where) {
        long max = attache.limits().maxFileBytes();
        if (doc.getFileSize() != null && doc.getFileSize() > max) {
            reply(where, "⚠️ Not added: the file is larger than " + max / (1024 * 1024) + " MB.");
            return Optional.empty();
        }
        Optional<File> file = sender.call(GetFile.builder().fileId(doc.getFileId()).build());
        if (file.isEmpty() || file.get().getFilePath() == null) {
            reply(where, "⚠️ Not added: Telegram would not give me the file. Please send it again.");
            return Optional.empty();
        }
        // telegrambots builds download URLs against the public API whatever base URL is set: build our own.
        URI uri = URI.create(config.fileUrl(file.get().getFilePath()));
        try {
            HttpResponse<InputStream> res = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).GET()
                    .build(), HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = res.body()) {
                if (res.statusCode() != 200) {
                    throw new IOException("HTTP " + res.statusCode());
                }
                byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
                if (bytes.length > max) {
                    reply(where, "⚠️ Not added: the file is larger than " + max / (1024 * 1024) + " MB.");
                    return Optional.empty();
                }
                return Optional.of(bytes);
            }
        } catch (IOException e) {
            log.warn("file download failed chat={} file_id={} error={}", where.chatId(), doc.getFileId(), e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        reply(where, "⚠️ Not added: I could not download the file from Telegram. Please send it again.");
        return Optional.empty();
    }

    private void remove(Command cmd, Where where, Caller caller) {
        String id = cmd.args().strip();
        if (id.isEmpty() || id.contains(" ")) {
            reply(where, "Remove an article by its id: <code>/remove ID</code> (/list shows the ids).");
            return;
        }
        RemoveOutcome outcome;
        try {
            outcome = attache.remove(caller, id);
        } catch (RuntimeException e) {
            log.error("remove failed chat={} id={}", where.chatId(), id, e);
            reply(where, "Sorry, something went wrong; the library is unchanged.");
            return;
        }
        operatorLog("remove", caller, where, "id " + id, switch (outcome) {
            case RemoveOutcome.Removed r -> "removed";
            case RemoveOutcome.NotFound n -> "not-found";
            case RemoveOutcome.Denied d -> "denied";
        });
        reply(where, renderer.removed(outcome));
    }

    private void list(Command cmd, Where where, Caller caller) {
        if (!safeIsOperator(caller)) {
            operatorLog("list", caller, where, cmd.args(), "denied");
            reply(where, renderer.denied(""));
            return;
        }
        int page = 1;
        if (!cmd.args().isBlank()) {
            try {
                page = Math.max(1, Integer.parseInt(cmd.args().strip()));
            } catch (NumberFormatException e) {
                reply(where, "Usage: <code>/list [page]</code>");
                return;
            }
        }
        operatorLog("list", caller, where, "page " + page, "ok");
        replyAll(where, renderer.list(attache.list(page, LIST_PAGE_SIZE)), null);
    }

    private void stats(Where where, Caller caller) {
        if (!safeIsOperator(caller)) {
            operatorLog("stats", caller, where, "", "denied");
            reply(where, renderer.denied(""));
            return;
        }
        operatorLog("stats", caller, where, "", "ok");
        reply(where, renderer.stats(attache.stats()));
    }

    private void onButton(CallbackQuery cq) {
        String notice = "";
        try {
            Optional<AnswerMemory.Press> press = AnswerMemory.parse(cq.getData());
            MaybeInaccessibleMessage m = cq.getMessage();
            if (press.isEmpty() || m == null || m.getChat() == null) {
                return;
            }
            Optional<AnswerMemory.Shown> shown = memory.get(press.get().key());
            if (shown.isEmpty()) {
                notice = "This answer has expired — please ask again.";
                return;
            }
            String type = m.getChat().getType();
            Where where = new Where(m.getChatId(), !"private".equals(type), null);
            Answer answer = shown.get().answer();
            switch (press.get().action()) {
                case SOURCES -> replyAll(where, renderer.sources(answer), null);
                case MORE -> memory.nextPage(press.get().key(), TelegramRenderer.POINTS_PER_PAGE).ifPresentOrElse(
                        r -> replyAll(where, renderer.answer(answer, r[0], r[1]),
                                AnswerMemory.keyboard(press.get().key(), answer, r[1])),
                        () -> {
                        });
                case UP, DOWN -> {
                    String user = String.valueOf(cq.getFrom().getId());
                    if (!memory.firstVote(press.get().key(), user)) {
                        notice = "You already voted on this answer.";
                    } else {
                        boolean up = press.get().action() == AnswerMemory.Action.UP;
                        attache.vote(new Vote(answer.id(), answer.question(), up,
                                Caller.of(Platform.TELEGRAM, user)));
                        notice = "Thanks for your feedback!";
                        log.info("vote answer={} up={} chat={}", answer.id(), up, where.chatId());
                    }
                }
            }
        } catch (RuntimeException e) {
            log.error("button failed data={}", cq.getData(), e);
            notice = "Sorry, that did not work.";
        } finally {
            sender.answerCallback(cq.getId(), notice); // always, or the button spins
        }
    }

    private boolean mentionsMe(String text) {
        return !me.username().isEmpty() && mention().matcher(text).find();
    }

    private String withoutMention(String text) {
        return mention().matcher(text).replaceAll(" ").replaceAll("\\s+", " ").strip();
    }

    private Pattern mention() {
        return Pattern.compile("(?<![\\w@])@" + Pattern.quote(me.username()) + "\\b", Pattern.CASE_INSENSITIVE);
    }

    private boolean safeIsOperator(Caller caller) {
        try {
            return attache.isOperator(caller);
        } catch (RuntimeException e) {
            log.error("isOperator failed user={}", caller.userId(), e);
            return false;
        }
    }

    private static void operatorLog(String action, Caller caller, Where where, String what, String outcome) {
        log.info("operator-action action={} user={} chat={} what=\"{}\" outcome={} at={}", action, caller.userId(),
                where.chatId(), what, outcome, Instant.now());
    }

    private void reply(Where where, String html) {
        replyAll(where, List.of(html), null);
    }

    /** Sends messages in order; the keyboard goes under the last one. */
    private void replyAll(Where where, List<String> messages, InlineKeyboardMarkup keyboard) {
        for (int i = 0; i < messages.size(); i++) {
            boolean last = i == messages.size() - 1;
            sender.send(where.chatId(), where.group(), messages.get(i), last ? keyboard : null,
                    i == 0 ? where.replyTo() : null);
        }
    }

    static Set<String> operatorCommands() {
        return Set.of("add", "remove", "list", "stats");
    }
}
