package dev.attache.core.ops;

/**
 * A token bucket: holds at most {@code capacity} tokens, regains one every {@code nanosPerToken},
 * and lets a request through only by taking a token. Time comes from the caller (a
 * {@link System#nanoTime()}-style clock), so it is exact and testable. Credit is kept in integer
 * nanoseconds of refill (a full token is {@code nanosPerToken}), so there is no rounding drift.
 * Thread-safe.
 */
final class TokenBucket {

    private final long nanosPerToken;
    private final long maxCredit;
    private long credit;
    private long last;
    /** Until when the holder has been told about being limited (a notice holds until it said to retry). */
    private long toldUntil = Long.MIN_VALUE;

    TokenBucket(int capacity, long nanosPerToken, long now) {
        if (capacity < 1 || nanosPerToken < 1) {
            throw new IllegalArgumentException("capacity and refill must be positive");
        }
        this.nanosPerToken = nanosPerToken;
        this.maxCredit = Math.multiplyExact(capacity, nanosPerToken);
        this.credit = maxCredit;
        this.last = now;
    }

    /** Takes a token: 0 if one was taken, else the nanoseconds until one will be there. */
    synchronized long tryTake(long now) {
        refill(now);
        if (credit >= nanosPerToken) {
            credit -= nanosPerToken;
            return 0;
        }
        return nanosPerToken - credit;
    }

    /** Gives back a token taken for a request that another limit then refused. */
    synchronized void giveBack() {
        credit = Math.min(maxCredit, credit + nanosPerToken);
    }

    /**
     * Whether a refused holder should be told now: true the first time in an episode of being
     * limited, then false until the wait it was told ({@code retryAfterNanos}) has passed.
     */
    synchronized boolean shouldTell(long now, long retryAfterNanos) {
        if (now - toldUntil >= 0 || toldUntil == Long.MIN_VALUE) {
            toldUntil = now + retryAfterNanos;
            return true;
        }
        return false;
    }

    /** Tokens now available (whole tokens). */
    synchronized long available(long now) {
        refill(now);
        return credit / nanosPerToken;
    }

    private void refill(long now) {
        long elapsed = now - last;
        if (elapsed > 0) {
            credit = elapsed >= maxCredit - credit ? maxCredit : credit + elapsed;
            last = now;
        }
    }
}
