package dev.attache.core.ops;

import java.time.Duration;
import java.util.Objects;

/**
 * Bounds on how much the bots answer: per-user and per-chat question rates (token buckets, see
 * {@link RateLimits}), how many answers are computed at once, and how long a question may wait
 * for a free slot before the user is told the bot is busy.
 *
 * @param perUser each person's questions, whatever chat they ask in
 * @param perChat the questions in one chat or channel, whoever asks (groups share it)
 * @param maxConcurrentAnswers answers computed at the same time; more wait for a slot
 * @param answerQueueTimeout how long a question waits for a slot before {@link AnswerBusyException}
 */
public record LoadLimits(RateLimit perUser, RateLimit perChat, int maxConcurrentAnswers, Duration answerQueueTimeout) {

    public static final RateLimit PER_USER = new RateLimit(5, 10);
    public static final RateLimit PER_CHAT = new RateLimit(15, 30);
    public static final Duration ANSWER_QUEUE_TIMEOUT = Duration.ofSeconds(20);

    public LoadLimits {
        Objects.requireNonNull(perUser, "perUser");
        Objects.requireNonNull(perChat, "perChat");
        Objects.requireNonNull(answerQueueTimeout, "answerQueueTimeout");
        if (maxConcurrentAnswers < 1) {
            throw new IllegalArgumentException("at least one answer must be allowed at a time");
        }
        if (answerQueueTimeout.isNegative()) {
            throw new IllegalArgumentException("answerQueueTimeout must not be negative");
        }
    }

    /**
     * 5 questions at once then 10 a minute per person; 15 at once then 30 a minute per chat; as
     * many answers at a time as there are processors (at least 2); 20 s of waiting for a slot.
     */
    public static LoadLimits defaults() {
        return new LoadLimits(PER_USER, PER_CHAT, defaultConcurrency(), ANSWER_QUEUE_TIMEOUT);
    }

    public static int defaultConcurrency() {
        return Math.max(2, Runtime.getRuntime().availableProcessors());
    }

    public LoadLimits withPerUser(RateLimit limit) {
        return new LoadLimits(limit, perChat, maxConcurrentAnswers, answerQueueTimeout);
    }

    public LoadLimits withPerChat(RateLimit limit) {
        return new LoadLimits(perUser, limit, maxConcurrentAnswers, answerQueueTimeout);
    }

    public LoadLimits withMaxConcurrentAnswers(int n) {
        return new LoadLimits(perUser, perChat, n, answerQueueTimeout);
    }

    public LoadLimits withAnswerQueueTimeout(Duration d) {
        return new LoadLimits(perUser, perChat, maxConcurrentAnswers, d);
    }
}
