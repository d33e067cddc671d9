package dev.attache.core.ops;

import java.time.Duration;

/**
 * Thrown by {@code Attache.ask} when every answer slot stayed taken for the whole
 * {@link LoadLimits#answerQueueTimeout()}: the bot is overloaded, nothing is wrong with the
 * question. The message is fit for the user; adapters show it in their own style.
 */
public final class AnswerBusyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;

    public AnswerBusyException(Duration retryAfter) {
        super("I'm answering a lot of questions right now; please ask again in a few seconds.");
        this.retryAfter = retryAfter;
    }

    /** A sensible wait before asking again. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
