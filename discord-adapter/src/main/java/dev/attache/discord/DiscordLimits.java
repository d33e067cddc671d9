package dev.attache.discord;

import java.time.Duration;

/**
 * Discord's limits and deadlines that the adapter must respect, in one place. Lengths are counted
 * in UTF-16 code units, which is never fewer than Discord's own count.
 */
public final class DiscordLimits {

    /** Characters in an embed title. */
    public static final int EMBED_TITLE = 256;
    /** Characters in an embed description. */
    public static final int EMBED_DESCRIPTION = 4_096;
    /** Fields in one embed. */
    public static final int EMBED_FIELDS = 25;
    /** Characters in a field name. */
    public static final int EMBED_FIELD_NAME = 256;
    /** Characters in a field value. */
    public static final int EMBED_FIELD_VALUE = 1_024;
    /** Characters in an embed footer. */
    public static final int EMBED_FOOTER = 2_048;
    /** Characters in an embed author name. */
    public static final int EMBED_AUTHOR = 256;
    /** Characters of all embeds of one message together (titles, descriptions, fields, footers, authors). */
    public static final int EMBEDS_TOTAL_PER_MESSAGE = 6_000;
    /** Embeds in one message. */
    public static final int EMBEDS_PER_MESSAGE = 10;
    /** Characters in a plain message's content. */
    public static final int MESSAGE_CONTENT = 2_000;
    /** Characters in a component's custom id. */
    public static final int CUSTOM_ID = 100;
    /** Choices in one autocomplete answer. */
    public static final int AUTOCOMPLETE_CHOICES = 25;
    /** Characters in an autocomplete choice's name and value. */
    public static final int CHOICE_NAME = 100;

    /** An interaction must be acknowledged (reply or defer) within this time. */
    public static final Duration ACK_DEADLINE = Duration.ofSeconds(3);
    /** After acknowledging, the interaction token works for this long. */
    public static final Duration TOKEN_LIFETIME = Duration.ofMinutes(15);
    /** Wait this long for an answer before deferring, leaving room for the reply's round trip. */
    public static final Duration DIRECT_REPLY_WINDOW = Duration.ofMillis(1_500);

    private DiscordLimits() {
    }
}
