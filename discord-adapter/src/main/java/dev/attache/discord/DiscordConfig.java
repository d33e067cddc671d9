package dev.attache.discord;

import dev.attache.core.ops.Operators;
import dev.attache.core.ops.Platform;
import java.net.URI;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * How the Discord bot connects and whom it treats as operators, read from the environment.
 * Ids are validated as Discord snowflakes; the API URL is normalized to end in {@code /api/v10/}.
 * The token never appears in {@link #toString()}.
 *
 * @param token the bot token ({@code DISCORD_BOT_TOKEN}); empty when the bot should not start
 * @param operators user ids allowed to change the library ({@code DISCORD_OPERATORS})
 * @param operatorRoles role ids whose members may change the library ({@code DISCORD_OPERATOR_ROLES})
 * @param guild register commands on this guild only, for development ({@code DISCORD_GUILD})
 * @param apiUrl the REST base, ending in {@code /api/v10/} ({@code DISCORD_API_URL})
 * @param gatewayUrl the gateway WebSocket URL ({@code DISCORD_GATEWAY_URL})
 */
public record DiscordConfig(Optional<String> token, Set<String> operators, Set<String> operatorRoles,
                            Optional<String> guild, Optional<String> apiUrl, Optional<String> gatewayUrl) {

    public static final String TOKEN = "DISCORD_BOT_TOKEN";
    public static final String OPERATORS = "DISCORD_OPERATORS";
    public static final String OPERATOR_ROLES = "DISCORD_OPERATOR_ROLES";
    public static final String GUILD = "DISCORD_GUILD";
    public static final String API_URL = "DISCORD_API_URL";
    public static final String GATEWAY_URL = "DISCORD_GATEWAY_URL";

    /** The path every Discord REST base must end with; JDA appends routes to it. */
    public static final String API_PATH_SUFFIX = "/api/v10/";

    private static final Pattern SNOWFLAKE = Pattern.compile("\\d{1,20}");

    public DiscordConfig {
        token = token.map(String::strip).filter(t -> !t.isEmpty());
        operators = Set.copyOf(operators);
        operatorRoles = Set.copyOf(operatorRoles);
        operators.forEach(id -> requireSnowflake(OPERATORS, id));
        operatorRoles.forEach(id -> requireSnowflake(OPERATOR_ROLES, id));
        guild = guild.map(String::strip).filter(g -> !g.isEmpty());
        guild.ifPresent(id -> requireSnowflake(GUILD, id));
        apiUrl = apiUrl.map(String::strip).filter(u -> !u.isEmpty()).map(DiscordConfig::normalizeApiUrl);
        gatewayUrl = gatewayUrl.map(String::strip).filter(u -> !u.isEmpty()).map(DiscordConfig::checkGatewayUrl);
    }

    /** A configuration with only a token, for code that wires the bot by hand. */
    public static DiscordConfig ofToken(String token) {
        return new DiscordConfig(Optional.of(token), Set.of(), Set.of(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    /**
     * Reads the {@code DISCORD_*} variables. Lists of ids are separated by commas, semicolons or
     * spaces. Throws {@link IllegalArgumentException} naming the variable when a value is malformed.
     */
    public static DiscordConfig fromEnvironment(Map<String, String> env) {
        return new DiscordConfig(
                value(env, TOKEN),
                ids(env, OPERATORS),
                ids(env, OPERATOR_ROLES),
                value(env, GUILD),
                value(env, API_URL),
                value(env, GATEWAY_URL));
    }

    public boolean enabled() {
        return token.isPresent();
    }

    public DiscordConfig withApiUrl(String url) {
        return new DiscordConfig(token, operators, operatorRoles, guild, Optional.of(url), gatewayUrl);
    }

    public DiscordConfig withGatewayUrl(String url) {
        return new DiscordConfig(token, operators, operatorRoles, guild, apiUrl, Optional.of(url));
    }

    public DiscordConfig withGuild(String guildId) {
        return new DiscordConfig(token, operators, operatorRoles, Optional.of(guildId), apiUrl, gatewayUrl);
    }

    /** {@code base} with this configuration's Discord operators (users and roles) added to it. */
    public Operators addTo(Operators base) {
        Map<Platform, Set<String>> users = new HashMap<>(base.users());
        Set<String> discordUsers = new HashSet<>(users.getOrDefault(Platform.DISCORD, Set.of()));
        discordUsers.addAll(operators);
        users.put(Platform.DISCORD, discordUsers);
        Set<String> roles = new HashSet<>(base.discordRoles());
        roles.addAll(operatorRoles);
        return new Operators(users, roles);
    }

    @Override
    public String toString() {
        return "DiscordConfig[token=" + (token.isPresent() ? "(set)" : "(absent)")
                + ", operators=" + operators + ", operatorRoles=" + operatorRoles
                + ", guild=" + guild.orElse("(global)")
                + ", apiUrl=" + apiUrl.orElse("(default)")
                + ", gatewayUrl=" + gatewayUrl.orElse("(default)") + "]";
    }

    private static Optional<String> value(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name)).map(String::strip).filter(v -> !v.isEmpty());
    }

    private static Set<String> ids(Map<String, String> env, String name) {
        return value(env, name)
                .map(v -> Arrays.stream(v.split("[,;\\s]+"))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .peek(id -> requireSnowflake(name, id))
                        .collect(Collectors.toCollection(LinkedHashSet::new)))
                .map(s -> (Set<String>) s)
                .orElse(Set.of());
    }

    private static void requireSnowflake(String variable, String id) {
        if (!SNOWFLAKE.matcher(id).matches()) {
            throw new IllegalArgumentException(variable + " must hold Discord ids (numbers, as shown by"
                    + " Copy ID in developer mode); got '" + id + "'");
        }
    }

    private static String normalizeApiUrl(String url) {
        URI uri = parse(API_URL, url);
        if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
            throw new IllegalArgumentException(API_URL + " must be an http(s) URL ending in " + API_PATH_SUFFIX
                    + "; got '" + url + "'");
        }
        String normalized = url.endsWith("/") ? url : url + "/";
        if (!normalized.endsWith(API_PATH_SUFFIX)) {
            throw new IllegalArgumentException(API_URL + " must end in " + API_PATH_SUFFIX + " (for example"
                    + " http://127.0.0.1:8080/api/v10/); got '" + url + "'");
        }
        return normalized;
    }

    private static String checkGatewayUrl(String url) {
        URI uri = parse(GATEWAY_URL, url);
        if (!"ws".equals(uri.getScheme()) && !"wss".equals(uri.getScheme())) {
            throw new IllegalArgumentException(GATEWAY_URL + " must be a ws:// or wss:// URL; got '" + url + "'");
        }
        return url;
    }

    private static URI parse(String variable, String url) {
        try {
            URI uri = URI.create(url);
            if (uri.getHost() == null) {
                throw new IllegalArgumentException("no host");
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(variable + " is not a URL: '" + url + "'", e);
        }
    }
}
