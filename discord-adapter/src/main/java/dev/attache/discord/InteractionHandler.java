package dev.attache.discord;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.attache.core.Attache;
import dev.attache.core.answer.Answer;
import dev.attache.core.answer.Question;
import dev.attache.core.ops.AddOutcome;
import dev.attache.core.ops.AddRequest;
import dev.attache.core.ops.AnswerBusyException;
import dev.attache.core.ops.ArticleSummary;
import dev.attache.core.ops.Caller;
import dev.attache.core.ops.Platform;
import dev.attache.core.ops.RateLimits;
import dev.attache.core.ops.Vote;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.ISnowflake;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.entities.Role;
import net.dv8tion.jda.api.entities.emoji.Emoji;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.events.session.SessionDisconnectEvent;
import net.dv8tion.jda.api.events.session.SessionRecreateEvent;
import net.dv8tion.jda.api.events.session.SessionResumeEvent;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.InteractionExpiredException;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.requests.ErrorResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Translates Discord interactions into calls on the {@link Attache} facade and renders what comes
 * back. Nothing slow runs on JDA's event thread: work goes to a worker pool, and a reply is sent
 * directly when ready within the direct-reply window, else the interaction is deferred first and
 * the original response edited. Every request has a failure handler; expired interactions are
 * logged and dropped.
 */
final class InteractionHandler extends ListenerAdapter implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(InteractionHandler.class);

    static final int WHO_LIMIT = 10;
    static final int LIST_PAGE_SIZE = 10;
    static final Duration ANSWER_CACHE_TTL = Duration.ofHours(24);
    static final int ANSWER_CACHE_SIZE = 5_000;
    static final Duration ATTACHMENT_TIMEOUT = Duration.ofSeconds(30);

    /** What to send once the work is done. */
    record Reply(DiscordRenderer.Rendered rendered, List<ActionRow> components, boolean ephemeral) {
        static Reply of(DiscordRenderer.Rendered rendered, boolean ephemeral) {
            return new Reply(rendered, List.of(), ephemeral);
        }
    }

    private final Attache attache;
    private final DiscordBot.Answerer answerer;
    private final DiscordRenderer renderer;
    private final Optional<String> guildId;
    private final Duration directReplyWindow;
    private final Cache<String, Answer> answers;
    private final ExecutorService workers;
    private final ScheduledThreadPoolExecutor timer;
    private final CountDownLatch commandsRegistered = new CountDownLatch(1);
    private final AtomicBoolean registrationOk = new AtomicBoolean();

    InteractionHandler(Attache attache, DiscordBot.Answerer answerer, DiscordRenderer renderer,
                       Optional<String> guildId, Duration directReplyWindow) {
        this.attache = attache;
        this.answerer = answerer;
        this.renderer = renderer;
        this.guildId = guildId;
        this.directReplyWindow = directReplyWindow;
        this.answers = Caffeine.newBuilder().maximumSize(ANSWER_CACHE_SIZE)
                .expireAfterWrite(ANSWER_CACHE_TTL).build();
        this.workers = Executors.newFixedThreadPool(4, daemon("attache-discord-worker"));
        this.timer = new ScheduledThreadPoolExecutor(1, daemon("attache-discord-timer"));
        // Most replies beat the deferral: their cancelled deferrals leave the queue at once rather
        // than waking the timer thread for nothing (once per request, in the middle of others).
        timer.setRemoveOnCancelPolicy(true);
    }

    // --- session

    @Override
    public void onReady(ReadyEvent event) {
        var commands = DiscordCommands.all();
        if (guildId.isPresent()) {
            Guild guild = event.getJDA().getGuildById(guildId.get());
            if (guild == null) {
                log.error("discord commands not registered guild={} reason=\"the bot is not in this guild;"
                        + " invite it or unset DISCORD_GUILD\"", guildId.get());
                commandsRegistered.countDown();
                return;
            }
            guild.updateCommands().addCommands(commands).queue(
                    ok -> registered("guild " + guild.getId(), ok.size()),
                    err -> registrationFailed(err));
        } else {
            event.getJDA().updateCommands().addCommands(commands).queue(
                    ok -> registered("global", ok.size()),
                    err -> registrationFailed(err));
        }
    }

    private void registered(String scope, int count) {
        log.info("discord commands registered scope=\"{}\" count={}", scope, count);
        registrationOk.set(true);
        commandsRegistered.countDown();
    }

    private void registrationFailed(Throwable err) {
        log.error("discord commands not registered error=\"{}\"", err.toString());
        commandsRegistered.countDown();
    }

    boolean awaitCommandsRegistered(Duration timeout) throws InterruptedException {
        return commandsRegistered.await(timeout.toMillis(), TimeUnit.MILLISECONDS) && registrationOk.get();
    }

    @Override
    public void onSessionDisconnect(SessionDisconnectEvent event) {
        platformError("gateway_disconnect");
        log.warn("discord gateway disconnected closedByServer={} code={}; JDA reconnects",
                event.isClosedByServer(), event.getCloseCode());
    }

    @Override
    public void onSessionResume(SessionResumeEvent event) {
        log.info("discord gateway session resumed");
    }

    @Override
    public void onSessionRecreate(SessionRecreateEvent event) {
        log.info("discord gateway session recreated");
    }

    // --- slash commands

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
        if (expired(event, event.getFullCommandName())) {
            return;
        }
        Caller caller = caller(event.getMember(), event.getUser().getId());
        log.info("discord command name=\"{}\" caller={} interaction={}", event.getFullCommandName(), caller,
                event.getId());
        try {
            switch (event.getName()) {
                case DiscordCommands.ASK -> ask(event);
                case DiscordCommands.WHO -> who(event);
                case DiscordCommands.STATS -> stats(event, caller);
                case DiscordCommands.ARTICLE -> {
                    switch (Optional.ofNullable(event.getSubcommandName()).orElse("")) {
                        case DiscordCommands.ADD -> add(event, caller);
                        case DiscordCommands.REMOVE -> remove(event, caller);
                        case DiscordCommands.LIST -> list(event, caller);
                        default -> replyError(event, "Unknown subcommand. Use /article add, remove or list.");
                    }
                }
                default -> replyError(event, "Unknown command. Try /ask.");
            }
        } catch (RuntimeException e) {
            String ref = ref();
            log.error("discord command failed ref={} name=\"{}\"", ref, event.getFullCommandName(), e);
            replyError(event, internalError(ref));
        }
    }

    /**
     * Takes a token from the asker's and the channel's rate limits; when refused, answers the
     * interaction privately with when to ask again (every interaction needs a response, so each
     * refused one is told) and returns false.
     */
    private boolean admitted(SlashCommandInteractionEvent event) {
        Caller caller = caller(event.getMember(), event.getUser().getId());
        String channel = event.getChannelId() != null ? event.getChannelId() : "dm:" + event.getUser().getId();
        RateLimits.Outcome outcome;
        try {
            outcome = attache.checkRate(caller, channel);
        } catch (RuntimeException e) {
            log.error("discord rate check failed caller={}", caller, e);
            return true; // a broken limiter must not silence the bot
        }
        if (outcome instanceof RateLimits.Limited limited) {
            event.replyEmbeds(renderer.limited(limited, Instant.now()).first()).setEphemeral(true)
                    .queue(null, failure("rate-limit notice", event));
            return false;
        }
        return true;
    }

    private void ask(SlashCommandInteractionEvent event) {
        String text = string(event, DiscordCommands.QUESTION).orElse("");
        Optional<String> speaker = string(event, DiscordCommands.SPEAKER);
        LocalDate asOf;
        try {
            asOf = string(event, DiscordCommands.AS_OF).map(LocalDate::parse).orElse(LocalDate.now());
        } catch (DateTimeParseException e) {
            replyError(event, "as_of must be a date written YYYY-MM-DD, for example 2024-05-31.");
            return;
        }
        Question question = new Question(text, asOf, Question.DEFAULT_TOP_K, speaker);
        if (!admitted(event)) {
            return;
        }
        respond(event, false, false, () -> {
            Answer answer = answerer.ask(question);
            List<ActionRow> buttons = List.of();
            if (ButtonIds.fits(answer.id())) {
                answers.put(answer.id(), answer);
                buttons = List.of(buttons(answer));
            }
            return new Reply(renderer.answer(answer), buttons, false);
        });
    }

    private ActionRow buttons(Answer answer) {
        List<Button> row = new ArrayList<>();
        if (answer.answered()) {
            row.add(Button.secondary(new ButtonIds(ButtonIds.Action.SOURCES, answer.id()).encode(), "Sources"));
            if (renderer.hasMore(answer)) {
                row.add(Button.secondary(new ButtonIds(ButtonIds.Action.MORE, answer.id()).encode(), "More"));
            }
        }
        row.add(Button.secondary(new ButtonIds(ButtonIds.Action.UP, answer.id()).encode(), Emoji.fromUnicode("👍")));
        row.add(Button.secondary(new ButtonIds(ButtonIds.Action.DOWN, answer.id()).encode(), Emoji.fromUnicode("👎")));
        return ActionRow.of(row);
    }

    private void who(SlashCommandInteractionEvent event) {
        String name = string(event, DiscordCommands.NAME).orElse("");
        if (!admitted(event)) {
            return;
        }
        respond(event, false, false, () -> Reply.of(renderer.who(name, attache.who(name, WHO_LIMIT)), false));
    }

    private void stats(SlashCommandInteractionEvent event, Caller caller) {
        respond(event, false, true, () -> attache.isOperator(caller)
                ? Reply.of(new DiscordRenderer.Rendered(List.of(renderer.stats(attache.stats()))), true)
                : Reply.of(renderer.denied(""), true));
    }

    private void list(SlashCommandInteractionEvent event, Caller caller) {
        int page = Optional.ofNullable(event.getOption(DiscordCommands.PAGE)).map(OptionMapping::getAsLong)
                .map(p -> (int) Math.max(1, Math.min(p, Integer.MAX_VALUE))).orElse(1);
        respond(event, false, true, () -> attache.isOperator(caller)
                ? Reply.of(renderer.articles(attache.list(page, LIST_PAGE_SIZE)), true)
                : Reply.of(renderer.denied(""), true));
    }

    private void remove(SlashCommandInteractionEvent event, Caller caller) {
        String id = string(event, DiscordCommands.ID).orElse("");
        respond(event, false, true, () -> Reply.of(renderer.removed(attache.remove(caller, id)), true));
    }

    private void add(SlashCommandInteractionEvent event, Caller caller) {
        Optional<String> url = string(event, DiscordCommands.URL);
        Optional<String> text = string(event, DiscordCommands.TEXT);
        Optional<Message.Attachment> file = Optional.ofNullable(event.getOption(DiscordCommands.FILE))
                .map(OptionMapping::getAsAttachment);
        int given = (url.isPresent() ? 1 : 0) + (text.isPresent() ? 1 : 0) + (file.isPresent() ? 1 : 0);
        if (given != 1) {
            replyError(event, "Give exactly one of url:, file: or text: — for example "
                    + "/article add url:https://example.org/article");
            return;
        }
        respond(event, true, true, () -> {
            AddRequest request;
            if (url.isPresent()) {
                request = new AddRequest.FromUrl(url.get());
            } else if (text.isPresent()) {
                request = new AddRequest.FromText(text.get());
            } else {
                if (!attache.isOperator(caller)) {
                    // Core would refuse anyway; do not download a stranger's file first.
                    return Reply.of(renderer.added(new AddOutcome.Denied("")), true);
                }
                Message.Attachment attachment = file.get();
                long max = attache.limits().maxFileBytes();
                if (attachment.getSize() > max) {
                    return Reply.of(renderer.added(new AddOutcome.Rejected("The file is " + attachment.getSize()
                            + " bytes; the limit is " + max + " bytes.")), true);
                }
                request = new AddRequest.FromFile(attachment.getFileName(), download(attachment, max));
            }
            AddOutcome outcome = attache.add(caller, request);
            log.info("discord add caller={} outcome={}", caller, outcome.getClass().getSimpleName());
            return Reply.of(renderer.added(outcome), true);
        });
    }

    private static byte[] download(Message.Attachment attachment, long max) {
        try (InputStream in = attachment.getProxy().download()
                .get(ATTACHMENT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
            if (bytes.length > max) {
                throw new UserError("The file is larger than " + max + " bytes.");
            }
            return bytes;
        } catch (UserError e) {
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UserError("Downloading the file was interrupted; try again.");
        } catch (Exception e) {
            log.warn("discord attachment download failed file=\"{}\" error=\"{}\"", attachment.getFileName(),
                    e.toString());
            throw new UserError("Could not download the file from Discord; try again in a minute.");
        }
    }

    // --- autocomplete

    @Override
    public void onCommandAutoCompleteInteraction(CommandAutoCompleteInteractionEvent event) {
        String option = event.getFocusedOption().getName();
        String typed = event.getFocusedOption().getValue();
        workers.execute(() -> {
            List<Command.Choice> choices;
            try {
                choices = switch (option) {
                    case DiscordCommands.SPEAKER, DiscordCommands.NAME ->
                            attache.speakers(typed, DiscordLimits.AUTOCOMPLETE_CHOICES).stream()
                                    .filter(n -> !n.isBlank() && n.length() <= DiscordLimits.CHOICE_NAME)
                                    .distinct()
                                    .limit(DiscordLimits.AUTOCOMPLETE_CHOICES)
                                    .map(n -> new Command.Choice(n, n))
                                    .toList();
                    case DiscordCommands.ID -> articleChoices(typed);
                    default -> List.of();
                };
            } catch (RuntimeException e) {
                log.warn("discord autocomplete failed option={} error=\"{}\"", option, e.toString());
                choices = List.of();
            }
            event.replyChoices(choices).queue(null, failure("autocomplete", event));
        });
    }

    private List<Command.Choice> articleChoices(String typed) {
        String needle = typed.toLowerCase(Locale.ROOT).strip();
        return attache.list(1, 100).articles().stream()
                .filter(a -> a.id().length() <= DiscordLimits.CHOICE_NAME)
                .filter(a -> needle.isEmpty() || a.id().toLowerCase(Locale.ROOT).contains(needle)
                        || a.title().toLowerCase(Locale.ROOT).contains(needle))
                .limit(DiscordLimits.AUTOCOMPLETE_CHOICES)
                .map(a -> new Command.Choice(DiscordMarkdown.truncate(
                        (a.title().isBlank() ? a.id() : a.title()) + " (" + a.id() + ")", DiscordLimits.CHOICE_NAME),
                        a.id()))
                .toList();
    }

    // --- buttons

    @Override
    public void onButtonInteraction(ButtonInteractionEvent event) {
        Optional<ButtonIds> ids = ButtonIds.decode(event.getComponentId());
        if (ids.isEmpty() || expired(event, "button")) {
            return;
        }
        Caller caller = caller(event.getMember(), event.getUser().getId());
        ButtonIds button = ids.get();
        Optional<Answer> answer = Optional.ofNullable(answers.getIfPresent(button.answerId()));
        respond(event, false, true, () -> switch (button.action()) {
            case UP, DOWN -> {
                boolean up = button.action() == ButtonIds.Action.UP;
                attache.vote(new Vote(button.answerId(), answer.map(Answer::question).orElse(""), up, caller));
                yield Reply.of(renderer.message("Thanks", "Your " + (up ? "👍" : "👎")
                        + " is recorded; it helps the operators improve the library.", DiscordRenderer.OK_COLOR), true);
            }
            case SOURCES -> answer.map(a -> Reply.of(renderer.sources(a), true)).orElseGet(this::forgotten);
            case MORE -> answer.map(a -> Reply.of(renderer.more(a, this::article), true))
                    .orElseGet(this::forgotten);
        });
    }

    private Optional<ArticleSummary> article(String id) {
        return attache.article(id);
    }

    private Reply forgotten() {
        return Reply.of(renderer.message("Answer expired",
                "I no longer have that answer in memory. Ask again with /ask.", DiscordRenderer.NO_ANSWER_COLOR), true);
    }

    // --- replying

    /**
     * Runs {@code work} on a worker and answers the interaction with its reply: directly when it
     * is ready within the direct-reply window, else after deferring. {@code alwaysDefer} defers at
     * once; {@code ephemeralDefer} makes the deferred response visible only to the caller.
     */
    private void respond(IReplyCallback event, boolean alwaysDefer, boolean ephemeralDefer, Supplier<Reply> work) {
        // 0 = pending, 1 = replying directly, 2 = deferred
        AtomicInteger state = new AtomicInteger(alwaysDefer ? 2 : 0);
        if (alwaysDefer) {
            event.deferReply(ephemeralDefer).queue(null, failure("defer", event));
        }
        Optional<ScheduledFuture<?>> deferral = alwaysDefer ? Optional.empty() : Optional.of(timer.schedule(() -> {
            if (state.compareAndSet(0, 2)) {
                log.debug("discord deferring interaction={}", event.getId());
                event.deferReply(ephemeralDefer).queue(null, failure("defer", event));
            }
        }, directReplyWindow.toMillis(), TimeUnit.MILLISECONDS));
        CompletableFuture.supplyAsync(work, workers)
                .exceptionally(this::errorReply)
                .thenAccept(reply -> {
                    if (state.compareAndSet(0, 1)) {
                        deferral.ifPresent(d -> d.cancel(false));
                        replyDirectly(event, reply);
                    } else {
                        replyViaHook(event, reply, ephemeralDefer);
                    }
                })
                .exceptionally(e -> {
                    log.error("discord reply failed interaction={}", event.getId(), e);
                    return null;
                });
    }

    /** Deferrals scheduled and neither run nor cancelled yet, for tests. */
    int pendingDeferrals() {
        return timer.getQueue().size();
    }

    private Reply errorReply(Throwable e) {
        Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
        if (cause instanceof AnswerBusyException) {
            log.warn("discord ask refused busy");
            return Reply.of(renderer.busy(), true);
        }
        if (cause instanceof UserError || cause instanceof IllegalArgumentException) {
            String message = cause.getMessage() == null ? "That did not work; check the command and try again."
                    : cause.getMessage();
            return Reply.of(renderer.message("Sorry", DiscordMarkdown.escape(message), DiscordRenderer.ERROR_COLOR),
                    true);
        }
        String ref = ref();
        log.error("discord work failed ref={}", ref, cause);
        return Reply.of(renderer.message("Sorry", internalError(ref), DiscordRenderer.ERROR_COLOR), true);
    }

    private void replyDirectly(IReplyCallback event, Reply reply) {
        event.replyEmbeds(reply.rendered().first())
                .setEphemeral(reply.ephemeral())
                .setComponents(reply.components())
                .queue(ok -> followUps(event.getHook(), reply, 0), failure("reply", event));
    }

    private void replyViaHook(IReplyCallback event, Reply reply, boolean deferredEphemeral) {
        InteractionHook hook = event.getHook();
        if (reply.ephemeral() && !deferredEphemeral) {
            // A public "thinking…" cannot become private: say it privately and remove the placeholder.
            hook.sendMessageEmbeds(reply.rendered().first()).setEphemeral(true).setComponents(reply.components())
                    .queue(ok -> followUps(hook, reply, 0), failure("followup", event));
            hook.deleteOriginal().queue(null, failure("delete original", event));
            return;
        }
        hook.editOriginalEmbeds(reply.rendered().first()).setComponents(reply.components())
                .queue(ok -> followUps(hook, reply, 0), failure("edit original", event));
    }

    /** Sends follow-ups after the {@code done}-th, one at a time so that they keep their order. */
    private void followUps(InteractionHook hook, Reply reply, int done) {
        List<List<MessageEmbed>> rest = reply.rendered().followUps();
        if (done >= rest.size()) {
            return;
        }
        hook.sendMessageEmbeds(rest.get(done)).setEphemeral(reply.ephemeral())
                .queue(ok -> followUps(hook, reply, done + 1), failure("followup", hook.getInteraction()));
    }

    private void replyError(IReplyCallback event, String message) {
        event.replyEmbeds(renderer.message("Sorry", message, DiscordRenderer.ERROR_COLOR).first())
                .setEphemeral(true).queue(null, failure("error reply", event));
    }

    /**
     * A failure handler for a request about {@code interaction}: expiry is logged as such, not
     * thrown; every failure is counted in the platform-error metrics.
     */
    private Consumer<Throwable> failure(String what, ISnowflake interaction) {
        return err -> {
            platformError(isExpiry(err) ? "expired"
                    : err instanceof ErrorResponseException e && e.isServerError() ? "server_error" : "request_failed");
            if (isExpiry(err)) {
                log.warn("discord interaction expired interaction={} action=\"{}\" error=\"{}\"",
                        interaction.getId(), what, firstLine(err));
            } else {
                log.error("discord request failed interaction={} action=\"{}\" error=\"{}\"",
                        interaction.getId(), what, firstLine(err));
            }
        };
    }

    static boolean isExpiry(Throwable err) {
        if (err instanceof InteractionExpiredException) {
            return true;
        }
        return err instanceof ErrorResponseException e
                && (e.getErrorResponse() == ErrorResponse.UNKNOWN_INTERACTION
                || e.getErrorResponse() == ErrorResponse.UNKNOWN_WEBHOOK
                || e.getErrorResponse() == ErrorResponse.INVALID_WEBHOOK_TOKEN);
    }

    private static String firstLine(Throwable err) {
        String s = err.toString();
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /** True (and logged) when the interaction's token has certainly expired: answering is pointless. */
    private static boolean expired(IReplyCallback event, String what) {
        Instant created = event.getTimeCreated().toInstant();
        Duration age = Duration.between(created, Instant.now());
        if (age.compareTo(DiscordLimits.TOKEN_LIFETIME) > 0) {
            log.warn("discord interaction expired interaction={} action=\"{}\" ageSeconds={}; not answering",
                    event.getId(), what, age.toSeconds());
            return true;
        }
        return false;
    }

    // --- helpers

    private void platformError(String kind) {
        try {
            attache.metrics().platformError(Platform.DISCORD, kind);
        } catch (RuntimeException e) {
            log.debug("platform error not counted kind={} error=\"{}\"", kind, e.toString());
        }
    }

    private static Caller caller(Member member, String userId) {
        Set<String> roles = Set.of();
        if (member != null) {
            try {
                roles = member.getRoles().stream().map(Role::getId).collect(Collectors.toSet());
            } catch (RuntimeException e) {
                log.debug("discord roles unavailable user={} error=\"{}\"", userId, e.toString());
            }
        }
        return new Caller(Platform.DISCORD, userId, roles);
    }

    private static Optional<String> string(SlashCommandInteractionEvent event, String option) {
        return Optional.ofNullable(event.getOption(option)).map(OptionMapping::getAsString)
                .map(String::strip).filter(s -> !s.isEmpty());
    }

    private static String internalError(String ref) {
        return "Something went wrong on my side (ref " + ref + "). Try again in a minute; if it keeps"
                + " happening, tell an operator the ref.";
    }

    private static String ref() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    @Override
    public void close() {
        timer.shutdownNow();
        workers.shutdown();
        try {
            if (!workers.awaitTermination(5, TimeUnit.SECONDS)) {
                workers.shutdownNow();
            }
        } catch (InterruptedException e) {
            workers.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    /** A problem the user can fix; its message is shown to them. */
    static final class UserError extends RuntimeException {
        UserError(String message) {
            super(message);
        }
    }
}
