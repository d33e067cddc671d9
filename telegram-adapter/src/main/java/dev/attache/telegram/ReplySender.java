package dev.attache.telegram;

import java.io.Serializable;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.ActionType;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.send.SendChatAction;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Sends Attaché's replies to Telegram so that they arrive: paced within Telegram's flood limits
 * ({@link Pacer}), retried after a 429 once {@code retry_after} has passed, retried with backoff
 * after a 5xx or a time-out, and resent as plain text when Telegram cannot parse the HTML. A reply
 * that still cannot be delivered is logged as an error with its chat; it is never dropped silently.
 */
final class ReplySender {

    /** Attempts per message before it is given up (and logged). */
    static final int MAX_ATTEMPTS = 6;
    /** The longest {@code retry_after} waited for; longer ones are capped (and logged). */
    static final Duration MAX_RETRY_AFTER = Duration.ofMinutes(2);
    static final String PARSE_MODE_HTML = "HTML";

    private static final Logger log = LoggerFactory.getLogger(ReplySender.class);

    private final TelegramClient client;
    private final Pacer pacer;
    private final Duration backoffBase;
    private final Consumer<String> faults;

    ReplySender(TelegramClient client, Pacer pacer, Duration backoffBase) {
        this(client, pacer, backoffBase, kind -> { });
    }

    /**
     * @param faults told the kind of every fault met ({@code rate_limited}, {@code server_error},
     *               {@code network}, {@code refused}, {@code markup_rejected}, {@code undelivered}),
     *               for the platform-error metrics
     */
    ReplySender(TelegramClient client, Pacer pacer, Duration backoffBase, Consumer<String> faults) {
        this.client = client;
        this.pacer = pacer;
        this.backoffBase = backoffBase;
        this.faults = faults;
    }

    private void fault(String kind) {
        try {
            faults.accept(kind);
        } catch (RuntimeException e) {
            log.debug("fault counter failed kind={} error={}", kind, e.toString());
        }
    }

    private void fault(TelegramApiRequestException e) {
        Integer code = e.getErrorCode();
        fault(code == null ? "network" : code == 429 ? "rate_limited" : code >= 500 ? "server_error" : "refused");
    }

    /** Sends one HTML message (with link previews off); empty if it could not be delivered. */
    Optional<Message> send(long chatId, boolean group, String html, InlineKeyboardMarkup keyboard, Integer replyTo) {
        return deliver("sendMessage", chatId, group, html, plain -> {
            var b = SendMessage.builder().chatId(chatId).text(plain ? TelegramHtml.toPlainText(html) : html)
                    .linkPreviewOptions(LinkPreviewOptions.builder().isDisabled(true).build());
            if (!plain) {
                b.parseMode(PARSE_MODE_HTML);
            }
            if (keyboard != null) {
                b.replyMarkup(keyboard);
            }
            if (replyTo != null) {
                b.replyToMessageId(replyTo).allowSendingWithoutReply(true);
            }
            return b.build();
        }).map(Message.class::cast);
    }

    /** Replaces the text of a message the bot sent; false if that failed (the caller then sends anew). */
    boolean edit(long chatId, boolean group, int messageId, String html, InlineKeyboardMarkup keyboard) {
        return deliver("editMessageText", chatId, group, html, plain -> {
            var b = EditMessageText.builder().chatId(chatId).messageId(messageId)
                    .text(plain ? TelegramHtml.toPlainText(html) : html)
                    .linkPreviewOptions(LinkPreviewOptions.builder().isDisabled(true).build());
            if (!plain) {
                b.parseMode(PARSE_MODE_HTML);
            }
            if (keyboard != null) {
                b.replyMarkup(keyboard);
            }
            return b.build();
        }).isPresent();
    }

    /** Shows "typing…"; best effort, not paced (it is not a message) and never retried. */
    void typing(long chatId) {
        try {
            client.execute(SendChatAction.builder().chatId(chatId).action(ActionType.TYPING.toString()).build());
        } catch (TelegramApiException | RuntimeException e) {
            log.debug("sendChatAction failed chat={} error={}", chatId, e.toString());
        }
    }

    /** Answers a button press (stops the button's spinner), with an optional short notice. */
    void answerCallback(String callbackId, String text) {
        var b = AnswerCallbackQuery.builder().callbackQueryId(callbackId);
        if (text != null && !text.isBlank()) {
            b.text(text);
        }
        AnswerCallbackQuery method = b.build();
        for (int attempt = 1; attempt <= 3; attempt++) {
            try {
                client.execute(method);
                return;
            } catch (TelegramApiRequestException e) {
                fault(e);
                Integer code = e.getErrorCode();
                if (code == null || code < 500 && code != 429) {
                    log.warn("answerCallbackQuery refused error={}", describe(e));
                    return;
                }
                sleepQuietly(retryDelay(e, attempt));
            } catch (TelegramApiException | RuntimeException e) {
                fault("network");
                sleepQuietly(backoff(attempt));
            }
        }
        fault("undelivered");
        log.warn("answerCallbackQuery failed after retries callback={}", callbackId);
    }

    /** Calls any method with the same retries as messages, unpaced; empty on final failure. */
    <T extends Serializable> Optional<T> call(BotApiMethod<T> method) {
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            try {
                return Optional.ofNullable(client.execute(method));
            } catch (TelegramApiRequestException e) {
                fault(e);
                Integer code = e.getErrorCode();
                if (code == null || code < 500 && code != 429) {
                    log.warn("telegram call refused method={} error={}", method.getMethod(), describe(e));
                    return Optional.empty();
                }
                sleepQuietly(retryDelay(e, attempt));
            } catch (TelegramApiException | RuntimeException e) {
                fault("network");
                log.warn("telegram call failed method={} error={} attempt={}", method.getMethod(), e.toString(), attempt);
                sleepQuietly(backoff(attempt));
            }
        }
        fault("undelivered");
        log.error("telegram call failed after retries method={} attempts={}", method.getMethod(), MAX_ATTEMPTS);
        return Optional.empty();
    }

    @FunctionalInterface
    private interface MethodBuilder {
        BotApiMethod<? extends Serializable> build(boolean plain);
    }

    private Optional<Serializable> deliver(String what, long chatId, boolean group, String html, MethodBuilder builder) {
        boolean plain = false;
        String lastError = "";
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            try {
                pacer.acquire(chatId, group);
                return Optional.of(client.execute(builder.build(plain)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                lastError = "interrupted";
                break;
            } catch (TelegramApiRequestException e) {
                lastError = describe(e);
                Integer code = e.getErrorCode();
                if (!plain && isMarkupRejected(e)) {
                    fault("markup_rejected");
                } else if (!("editMessageText".equals(what) && lastError.contains("message is not modified"))) {
                    fault(e);
                }
                if (code != null && code == 429) {
                    Duration wait = retryDelay(e, attempt);
                    log.warn("telegram flood limit method={} chat={} retry_after_ms={} attempt={}",
                            what, chatId, wait.toMillis(), attempt);
                    if (!sleepQuietly(wait)) {
                        break;
                    }
                } else if (code != null && code >= 500) {
                    log.warn("telegram server error method={} chat={} error={} attempt={}", what, chatId, lastError, attempt);
                    if (!sleepQuietly(backoff(attempt))) {
                        break;
                    }
                } else if (!plain && isMarkupRejected(e)) {
                    log.warn("telegram rejected markup, resending as plain text method={} chat={} error={} html_chars={}",
                            what, chatId, lastError, html.length());
                    plain = true;
                } else if ("editMessageText".equals(what) && lastError.contains("message is not modified")) {
                    return Optional.of(Boolean.TRUE);
                } else {
                    break;
                }
            } catch (TelegramApiException | RuntimeException e) {
                lastError = e.toString();
                fault("network");
                log.warn("telegram call failed method={} chat={} error={} attempt={}", what, chatId, lastError, attempt);
                if (!sleepQuietly(backoff(attempt))) {
                    break;
                }
            }
        }
        fault("undelivered");
        log.error("REPLY NOT DELIVERED method={} chat={} chars={} last_error={} text_start=\"{}\"", what, chatId,
                html.length(), lastError, abbreviate(TelegramHtml.toPlainText(html)));
        return Optional.empty();
    }

    static boolean isMarkupRejected(TelegramApiRequestException e) {
        Integer code = e.getErrorCode();
        String text = (e.getApiResponse() == null ? "" : e.getApiResponse()) + " " + e.getMessage();
        return code != null && code == 400 && (text.contains("can't parse entities")
                || text.contains("Can't parse entities") || text.contains("Unsupported start tag")
                || text.contains("can't find end tag"));
    }

    private Duration retryDelay(TelegramApiRequestException e, int attempt) {
        if (e.getParameters() != null && e.getParameters().getRetryAfter() != null) {
            Duration d = Duration.ofSeconds(Math.max(0, e.getParameters().getRetryAfter()));
            if (d.compareTo(MAX_RETRY_AFTER) > 0) {
                log.warn("retry_after of {} s capped at {} s", d.toSeconds(), MAX_RETRY_AFTER.toSeconds());
                return MAX_RETRY_AFTER;
            }
            return d;
        }
        return backoff(attempt);
    }

    private Duration backoff(int attempt) {
        long ms = backoffBase.toMillis() << Math.min(attempt - 1, 6);
        return Duration.ofMillis(Math.min(ms, 30_000));
    }

    private static boolean sleepQuietly(Duration d) {
        try {
            Thread.sleep(d);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String describe(TelegramApiRequestException e) {
        return "[" + e.getErrorCode() + "] " + (e.getApiResponse() == null ? e.getMessage() : e.getApiResponse());
    }

    private static String abbreviate(String s) {
        String t = s.replaceAll("\\s+", " ").strip();
        return t.length() <= 80 ? t : t.substring(0, 80) + "…";
    }
}
