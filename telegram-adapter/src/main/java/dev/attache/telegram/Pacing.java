package dev.attache.telegram;

import java.time.Duration;

/**
 * Telegram's flood limits as Attaché honours them: at most one message a second in one chat, 20 a
 * minute in one group, 30 a second overall. Going faster earns 429 Too Many Requests.
 *
 * @param perChatInterval the least time between two messages to one chat
 * @param perGroupPerMinute the most messages to one group in any 60 seconds
 * @param perSecondOverall the most messages a second to all chats together
 */
public record Pacing(Duration perChatInterval, int perGroupPerMinute, int perSecondOverall) {

    public static final Duration PER_CHAT_INTERVAL = Duration.ofSeconds(1);
    public static final int PER_GROUP_PER_MINUTE = 20;
    public static final int PER_SECOND_OVERALL = 30;

    public Pacing {
        if (perChatInterval.isNegative() || perGroupPerMinute < 1 || perSecondOverall < 1) {
            throw new IllegalArgumentException("bad pacing " + perChatInterval + " " + perGroupPerMinute + " " + perSecondOverall);
        }
    }

    /** The limits Telegram documents for bots. */
    public static Pacing telegram() {
        return new Pacing(PER_CHAT_INTERVAL, PER_GROUP_PER_MINUTE, PER_SECOND_OVERALL);
    }
}
