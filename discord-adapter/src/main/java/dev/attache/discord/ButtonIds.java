package dev.attache.discord;

import java.util.Optional;

/**
 * Custom ids of the buttons under an answer: {@code attache:<action>:<answerId>}, at most
 * {@value DiscordLimits#CUSTOM_ID} characters. The answer itself is kept in the bot's cache.
 */
record ButtonIds(Action action, String answerId) {

    enum Action {
        SOURCES("src"), MORE("more"), UP("up"), DOWN("down");

        final String key;

        Action(String key) {
            this.key = key;
        }
    }

    private static final String PREFIX = "attache:";

    ButtonIds {
        if (encodedLength(action, answerId) > DiscordLimits.CUSTOM_ID) {
            throw new IllegalArgumentException("answer id too long for a custom id: " + answerId.length());
        }
    }

    String encode() {
        return PREFIX + action.key + ":" + answerId;
    }

    static boolean fits(String answerId) {
        return encodedLength(Action.SOURCES, answerId) <= DiscordLimits.CUSTOM_ID
                && encodedLength(Action.MORE, answerId) <= DiscordLimits.CUSTOM_ID
                && encodedLength(Action.DOWN, answerId) <= DiscordLimits.CUSTOM_ID;
    }

    static Optional<ButtonIds> decode(String customId) {
        if (customId == null || !customId.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String rest = customId.substring(PREFIX.length());
        int colon = rest.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        String key = rest.substring(0, colon);
        String id = rest.substring(colon + 1);
        for (Action a : Action.values()) {
            if (a.key.equals(key) && !id.isEmpty()) {
                return Optional.of(new ButtonIds(a, id));
            }
        }
        return Optional.empty();
    }

    private static int encodedLength(Action action, String answerId) {
        return PREFIX.length() + action.key.length() + 1 + answerId.length();
    }
}
