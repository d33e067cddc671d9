package dev.attache.app;

import dev.attache.core.AttacheConfig;
import dev.attache.core.ops.FetchPolicy;
import dev.attache.core.ops.Limits;
import dev.attache.core.ops.Operators;
import dev.attache.core.ops.Platform;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The application's configuration, read from environment variables (documented in the README):
 * where the library lives, who its operators are on each platform, and the input limits.
 */
public record AppEnvironment(Map<String, String> env) {

    public static AppEnvironment fromSystem() {
        return new AppEnvironment(System.getenv());
    }

    public Path defaultDataDir() {
        String configured = env.get("ATTACHE_DATA");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        return Path.of(System.getProperty("user.home"), ".attache");
    }

    public AttacheConfig coreConfig(Path dataDir) {
        Operators operators = new Operators(
                Map.of(Platform.TELEGRAM, idSet("TELEGRAM_OPERATORS"), Platform.DISCORD, idSet("DISCORD_OPERATORS")),
                idSet("DISCORD_OPERATOR_ROLES"));
        Limits defaults = Limits.defaults();
        Limits limits = new Limits(
                intValue("ATTACHE_MAX_QUESTION_CHARS", defaults.maxQuestionChars()),
                longValue("ATTACHE_MAX_FILE_BYTES", defaults.maxFileBytes()),
                intValue("ATTACHE_MAX_PASSAGES_PER_ARTICLE", defaults.maxPassagesPerArticle()));
        FetchPolicy fetch = FetchPolicy.defaults().allowingPrivateHosts(idSet("ATTACHE_FETCH_ALLOW_HOSTS"));
        return AttacheConfig.at(dataDir).withOperators(operators).withLimits(limits).withFetch(fetch);
    }

    /** A list of ids or host names, separated by commas, semicolons or spaces. */
    Set<String> idSet(String name) {
        String value = env.getOrDefault(name, "");
        return Arrays.stream(value.split("[,;\\s]+")).map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
    }

    private int intValue(String name, int fallback) {
        return (int) longValue(name, fallback);
    }

    private long longValue(String name, long fallback) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, not \"" + value + "\"");
        }
    }
}
