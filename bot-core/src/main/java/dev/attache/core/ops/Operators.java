package dev.attache.core.ops;

import java.util.Map;
import java.util.Set;

/**
 * Who may change the library: user ids per platform and, on Discord, role ids. The console and
 * the command line run as the machine's own user and are always operators.
 */
public record Operators(Map<Platform, Set<String>> users, Set<String> discordRoles) {

    public Operators {
        users = Map.copyOf(users);
        discordRoles = Set.copyOf(discordRoles);
    }

    public static Operators none() {
        return new Operators(Map.of(), Set.of());
    }

    public boolean permits(Caller caller) {
        return switch (caller.platform()) {
            case CONSOLE, CLI -> true;
            case TELEGRAM -> users.getOrDefault(Platform.TELEGRAM, Set.of()).contains(caller.userId());
            case DISCORD -> users.getOrDefault(Platform.DISCORD, Set.of()).contains(caller.userId())
                    || caller.roles().stream().anyMatch(discordRoles::contains);
        };
    }
}
