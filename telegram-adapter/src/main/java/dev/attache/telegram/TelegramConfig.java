package dev.attache.telegram;

import java.net.URI;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How to reach Telegram: the bot token, the Telegram user ids of the operators, and the Bot API
 * base URL (the public one by default; a self-hosted Bot API server or a test fake otherwise).
 * The token is a secret: {@link #toString()} never shows it.
 *
 * @param token the token BotFather gave, e.g. {@code 123456:ABC-DEF...}
 * @param operators Telegram user ids (decimal) who may add and remove articles
 * @param apiUrl the Bot API base URL, scheme, host and optional port, without a path
 */
public record TelegramConfig(String token, Set<String> operators, URI apiUrl) {

    public static final String ENV_TOKEN = "TELEGRAM_BOT_TOKEN";
    public static final String ENV_OPERATORS = "TELEGRAM_OPERATORS";
    public static final String ENV_API_URL = "TELEGRAM_API_URL";
    public static final URI DEFAULT_API_URL = URI.create("https://api.telegram.org");

    public TelegramConfig {
        Objects.requireNonNull(token, "token");
        if (token.isBlank()) {
            throw new IllegalArgumentException("the Telegram bot token is empty");
        }
        token = token.strip();
        operators = Set.copyOf(operators);
        for (String id : operators) {
            if (!id.matches("-?\\d+")) {
                throw new IllegalArgumentException(
                        "Telegram operator ids are numeric user ids, not '" + id + "'");
            }
        }
        apiUrl = normalize(Objects.requireNonNull(apiUrl, "apiUrl"));
    }

    /** A configuration for the public Bot API. */
    public static TelegramConfig of(String token, Set<String> operators) {
        return new TelegramConfig(token, operators, DEFAULT_API_URL);
    }

    /**
     * Reads {@code TELEGRAM_BOT_TOKEN}, {@code TELEGRAM_OPERATORS} (comma- or space-separated user
     * ids) and {@code TELEGRAM_API_URL} from {@code env}; empty when there is no token, i.e. when
     * Telegram is not configured. Throws {@link IllegalArgumentException} for malformed values.
     */
    public static Optional<TelegramConfig> fromEnvironment(Map<String, String> env) {
        String token = env.getOrDefault(ENV_TOKEN, "");
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        Set<String> operators = new LinkedHashSet<>();
        String ops = env.getOrDefault(ENV_OPERATORS, "");
        if (ops != null) {
            Arrays.stream(ops.split("[,;\\s]+")).map(String::strip).filter(s -> !s.isEmpty())
                    .forEach(operators::add);
        }
        String url = env.getOrDefault(ENV_API_URL, "");
        URI api = url == null || url.isBlank() ? DEFAULT_API_URL : URI.create(url.strip());
        return Optional.of(new TelegramConfig(token, operators, api));
    }

    public TelegramConfig withApiUrl(URI url) {
        return new TelegramConfig(token, operators, url);
    }

    /** The scheme of the API URL: {@code https} or {@code http}. */
    public String scheme() {
        return apiUrl.getScheme();
    }

    public String host() {
        return apiUrl.getHost();
    }

    /** The port of the API URL, or the scheme's default port. */
    public int port() {
        if (apiUrl.getPort() > 0) {
            return apiUrl.getPort();
        }
        return "http".equals(scheme()) ? 80 : 443;
    }

    /**
     * The URL a file is downloaded from: {@code {base}/file/bot{token}/{filePath}}. telegrambots
     * builds it against the public API whatever base URL is configured, so the adapter builds it.
     */
    public String fileUrl(String filePath) {
        String path = filePath.startsWith("/") ? filePath.substring(1) : filePath;
        return scheme() + "://" + host() + ":" + port() + "/file/bot" + token + "/" + path;
    }

    /** The bot's numeric id: the part of the token before the colon (not a secret). */
    public String botId() {
        int colon = token.indexOf(':');
        return colon > 0 ? token.substring(0, colon) : "?";
    }

    @Override
    public String toString() {
        return "TelegramConfig[bot=" + botId() + ", token=***, operators=" + operators
                + ", apiUrl=" + apiUrl + "]";
    }

    private static URI normalize(URI url) {
        String scheme = url.getScheme();
        if (!"https".equals(scheme) && !"http".equals(scheme)) {
            throw new IllegalArgumentException("TELEGRAM_API_URL must be an http or https URL, not '" + url + "'");
        }
        if (url.getHost() == null || url.getHost().isBlank()) {
            throw new IllegalArgumentException("TELEGRAM_API_URL has no host: '" + url + "'");
        }
        String path = url.getPath();
        if (path != null && !path.isEmpty() && !"/".equals(path)) {
            throw new IllegalArgumentException(
                    "TELEGRAM_API_URL must be scheme://host[:port] without a path, not '" + url + "'");
        }
        return URI.create(scheme + "://" + url.getHost() + (url.getPort() > 0 ? ":" + url.getPort() : ""));
    }
}
