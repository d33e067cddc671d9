package dev.attache.core.ops;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * Per-user and per-chat rate limits on questions, as token buckets ({@link LoadLimits#perUser()},
 * {@link LoadLimits#perChat()}). Adapters call {@link #check} before asking core and, when the
 * outcome is {@link Limited}, tell the user in their platform's style. A question is let through
 * only when both the asker's and the chat's bucket have a token; a question refused by the chat
 * limit gives the asker's token back. Buckets are keyed by platform and id, kept in bounded
 * caches, and dropped once idle long enough to have filled up again (a new bucket is full too),
 * so memory stays bounded whatever ids arrive. Thread-safe.
 *
 * <p>A limited person is told once per episode: {@link Limited#tell()} is true for the first
 * refused question and then false until the wait that notice gave has passed, so a flood of
 * messages earns one notice rather than a flood of replies.
 */
public final class RateLimits {

    /** Which limit refused a question. */
    public enum Scope { USER, CHAT }

    /** The outcome of {@link #check}. */
    public sealed interface Outcome permits Allowed, Limited {}

    /** The question may be answered. */
    public record Allowed() implements Outcome {}

    /**
     * The question must not be answered now.
     *
     * @param scope which limit refused it
     * @param retryAfter when the next question would be let through (at least one second)
     * @param tell true when the user should be told now; false while an earlier notice still holds
     */
    public record Limited(Scope scope, Duration retryAfter, boolean tell) implements Outcome {
        /** Whole seconds to wait, rounded up, at least 1: for messages to people. */
        public long retryAfterSeconds() {
            return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        }
    }

    static final int MAX_KEYS = 1_000_000;
    private static final Allowed ALLOWED = new Allowed();

    private final LoadLimits limits;
    private final LongSupplier clock;
    private final Cache<String, TokenBucket> users;
    private final Cache<String, TokenBucket> chats;

    public RateLimits(LoadLimits limits) {
        this(limits, System::nanoTime);
    }

    /** With a {@link System#nanoTime()}-style clock, for tests. */
    public RateLimits(LoadLimits limits, LongSupplier clock) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.users = Caffeine.newBuilder().maximumSize(MAX_KEYS)
                .expireAfterAccess(limits.perUser().fullRefill().plusSeconds(1)).build();
        this.chats = Caffeine.newBuilder().maximumSize(MAX_KEYS)
                .expireAfterAccess(limits.perChat().fullRefill().plusSeconds(1)).build();
    }

    /**
     * Takes a token for one question by {@code caller} in chat {@code chatId} (the Telegram chat or
     * Discord channel; in a private chat, whatever id the platform gives it).
     */
    public Outcome check(Caller caller, String chatId) {
        long now = clock.getAsLong();
        TokenBucket user = users.get(caller.platform() + ":" + caller.userId(),
                k -> bucket(limits.perUser(), now));
        long userWait = user.tryTake(now);
        if (userWait > 0) {
            return limited(Scope.USER, user, userWait, now);
        }
        TokenBucket chat = chats.get(caller.platform() + ":" + chatId, k -> bucket(limits.perChat(), now));
        long chatWait = chat.tryTake(now);
        if (chatWait > 0) {
            user.giveBack();
            return limited(Scope.CHAT, chat, chatWait, now);
        }
        return ALLOWED;
    }

    public LoadLimits limits() {
        return limits;
    }

    private static Limited limited(Scope scope, TokenBucket bucket, long waitNanos, long now) {
        Duration wait = Duration.ofNanos(Math.max(waitNanos, Duration.ofSeconds(1).toNanos()));
        return new Limited(scope, wait, bucket.shouldTell(now, wait.toNanos()));
    }

    private static TokenBucket bucket(RateLimit limit, long now) {
        return new TokenBucket(limit.burst(), limit.refill().toNanos(), now);
    }
}
