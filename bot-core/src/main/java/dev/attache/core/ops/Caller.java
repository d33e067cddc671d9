package dev.attache.core.ops;

import java.util.Set;

/**
 * Who asks core to do something: the platform, the user's id on it, and (on Discord) the ids of
 * the user's roles in the guild where they asked. Authorization in core looks only at this.
 */
public record Caller(Platform platform, String userId, Set<String> roles) {

    public Caller {
        roles = Set.copyOf(roles);
    }

    public static Caller of(Platform platform, String userId) {
        return new Caller(platform, userId, Set.of());
    }

    /** The person at the local console or command line: always an operator. */
    public static Caller local(Platform platform) {
        return new Caller(platform, System.getProperty("user.name", "local"), Set.of());
    }

    @Override
    public String toString() {
        return platform.name().toLowerCase() + ":" + userId;
    }
}
