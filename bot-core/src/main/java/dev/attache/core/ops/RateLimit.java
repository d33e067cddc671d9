package dev.attache.core.ops;

import java.time.Duration;

/**
 * One token-bucket limit: up to {@code burst} requests at once, then {@code perMinute} a minute
 * on average (one token comes back every {@code 60 s / perMinute}).
 */
public record RateLimit(int burst, int perMinute) {

    public RateLimit {
        if (burst < 1 || perMinute < 1) {
            throw new IllegalArgumentException("a rate limit needs a burst and a rate of at least 1, not "
                    + burst + " and " + perMinute);
        }
    }

    /** The time in which one token comes back. */
    public Duration refill() {
        return Duration.ofNanos(Duration.ofMinutes(1).toNanos() / perMinute);
    }

    /** The time an empty bucket takes to fill up again. */
    public Duration fullRefill() {
        return refill().multipliedBy(burst);
    }
}
