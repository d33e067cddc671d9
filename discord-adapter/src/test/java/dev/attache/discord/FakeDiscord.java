package dev.attache.discord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * A fake Discord on 127.0.0.1 for end-to-end tests with the real JDA: the REST routes JDA uses for
 * a bot that only answers application commands, and a gateway WebSocket (HELLO, IDENTIFY, READY,
 * GUILD_CREATE, heartbeats, RESUME, dispatching interactions). Interactions behave as on Discord:
 * a callback later than 3 seconds after the interaction's snowflake time is refused with 10062
 * Unknown interaction, and webhook requests after 15 minutes with 50027. Every call is logged.
 */
final class FakeDiscord implements AutoCloseable {

    /** One call received, REST or gateway, and when it reached the fake (nanoTime). */
    record Call(String kind, String method, String path, JsonNode body, int status, long atNanos) {
        Call(String kind, String method, String path, JsonNode body, int status) {
            this(kind, method, path, body, status, System.nanoTime());
        }

        boolean is(String method, String pathRegex) {
            return this.method.equals(method) && path.matches(pathRegex);
        }
    }

    /** An interaction dispatched to the bot, and what became of it. */
    static final class Interaction {
        final String id;
        final String token;
        final Instant created;
        /** When its INTERACTION_CREATE dispatch was handed to the gateway connection (nanoTime). */
        volatile long dispatchedNanos;
        volatile boolean acknowledged;
        volatile int callbackType;
        volatile boolean ephemeral;
        volatile JsonNode original;
        final List<JsonNode> followUps = new CopyOnWriteArrayList<>();

        Interaction(String id, String token, Instant created) {
            this.id = id;
            this.token = token;
            this.created = created;
        }
    }

    /** A token the fake refuses, as Discord refuses a reset or mistyped one. */
    static final String REJECTED_TOKEN = "rejected-token";
    static final long DISCORD_EPOCH = 1420070400000L;
    static final Duration CALLBACK_WINDOW = Duration.ofSeconds(3);
    static final Duration TOKEN_LIFETIME = Duration.ofMinutes(15);

    final ObjectMapper json = new ObjectMapper();
    final String botId;
    final String guildId;
    final String channelId;
    final String everyoneRoleId;
    final String operatorRoleId;
    final String plainRoleId;

    private final AtomicLong increment = new AtomicLong();
    private final HttpServer http;
    private final Gateway gateway;
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final Map<String, Interaction> byToken = new ConcurrentHashMap<>();
    private final Map<String, byte[]> attachments = new ConcurrentHashMap<>();
    private final AtomicInteger identifies = new AtomicInteger();
    private final AtomicInteger resumes = new AtomicInteger();

    FakeDiscord() throws IOException {
        botId = snowflake(Instant.now().minus(Duration.ofDays(400)));
        guildId = snowflake(Instant.now().minus(Duration.ofDays(300)));
        channelId = snowflake(Instant.now().minus(Duration.ofDays(299)));
        everyoneRoleId = guildId;
        operatorRoleId = snowflake(Instant.now().minus(Duration.ofDays(298)));
        plainRoleId = snowflake(Instant.now().minus(Duration.ofDays(297)));
        http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        http.createContext("/", this::handle);
        http.start();
        gateway = new Gateway(new InetSocketAddress("127.0.0.1", 0));
        gateway.setReuseAddr(true);
        gateway.start();
        gateway.awaitStarted();
    }

    String apiUrl() {
        return "http://127.0.0.1:" + http.getAddress().getPort() + "/api/v10/";
    }

    String gatewayUrl() {
        return "ws://127.0.0.1:" + gateway.getPort();
    }

    String attachmentUrl(String name) {
        return "http://127.0.0.1:" + http.getAddress().getPort() + "/attachments/" + name;
    }

    /** A snowflake for {@code time}, unique in this fake. */
    String snowflake(Instant time) {
        long ms = time.toEpochMilli() - DISCORD_EPOCH;
        return Long.toUnsignedString((ms << 22) | (increment.incrementAndGet() & 0xFFF));
    }

    List<Call> calls() {
        return List.copyOf(calls);
    }

    private final List<java.util.function.Consumer<Call>> listeners = new CopyOnWriteArrayList<>();

    /** Tells {@code listener} of every REST call as it is answered (on the server's thread; keep it quick). */
    void listen(java.util.function.Consumer<Call> listener) {
        listeners.add(listener);
    }

    void unlisten(java.util.function.Consumer<Call> listener) {
        listeners.remove(listener);
    }

    /** Forgets the calls logged so far (a long benchmark keeps the log bounded). */
    void forgetCalls() {
        calls.clear();
    }

    List<Call> calls(Predicate<Call> filter) {
        return calls.stream().filter(filter).toList();
    }

    int identifies() {
        return identifies.get();
    }

    int resumes() {
        return resumes.get();
    }

    Optional<Interaction> interaction(String id) {
        return byToken.values().stream().filter(i -> i.id.equals(id)).findFirst();
    }

    /** Waits until a call matches; fails the test with the call log when none does in time. */
    Call await(Predicate<Call> filter, Duration timeout, String what) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            for (Call c : calls) {
                if (filter.test(c)) {
                    return c;
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no " + what + " within " + timeout + "; calls were:\n" + describeCalls());
    }

    String describeCalls() {
        StringBuilder sb = new StringBuilder();
        for (Call c : calls) {
            sb.append(c.kind).append(' ').append(c.method).append(' ').append(c.path).append(" -> ")
                    .append(c.status).append('\n');
        }
        return sb.toString();
    }

    void serveAttachment(String name, byte[] bytes) {
        attachments.put(name, bytes);
    }

    // --- gateway side

    /** Sends a slash command from {@code userId} with {@code roles}; the interaction is created at {@code at}. */
    Interaction slash(String command, Optional<String> subcommand, ObjectNode options, String userId,
                      Set<String> roles, Instant at) {
        ObjectNode data = json.createObjectNode();
        data.put("id", snowflake(at.minus(Duration.ofDays(1))));
        data.put("name", command);
        data.put("type", 1);
        ArrayNode opts = json.createArrayNode();
        options.fields().forEachRemaining(e -> {
            ObjectNode o = opts.addObject();
            o.put("name", e.getKey());
            JsonNode v = e.getValue();
            if (v.isObject() && v.has("attachment")) {
                o.put("type", 11);
                o.put("value", v.get("attachment").get("id").asText());
                ObjectNode resolved = data.withObject("resolved").withObject("attachments");
                resolved.set(v.get("attachment").get("id").asText(), v.get("attachment"));
            } else {
                o.put("type", v.isNumber() ? 4 : 3);
                o.set("value", v);
            }
        });
        if (subcommand.isPresent()) {
            ObjectNode sub = json.createObjectNode();
            sub.put("name", subcommand.get());
            sub.put("type", 1);
            sub.set("options", opts);
            data.set("options", json.createArrayNode().add(sub));
        } else {
            data.set("options", opts);
        }
        return dispatchInteraction(2, data, userId, roles, at);
    }

    Interaction button(String customId, String userId, Set<String> roles, Instant at) {
        ObjectNode data = json.createObjectNode();
        data.put("custom_id", customId);
        data.put("component_type", 2);
        return dispatchInteraction(3, data, userId, roles, at, message(customId));
    }

    Interaction autocomplete(String command, String option, String typed, String userId) {
        ObjectNode data = json.createObjectNode();
        data.put("id", snowflake(Instant.now().minus(Duration.ofDays(1))));
        data.put("name", command);
        data.put("type", 1);
        ObjectNode o = data.putArray("options").addObject();
        o.put("name", option);
        o.put("type", 3);
        o.put("value", typed);
        o.put("focused", true);
        return dispatchInteraction(4, data, userId, Set.of(), Instant.now());
    }

    private ObjectNode message(String customId) {
        ObjectNode m = messageJson(json.createObjectNode(), "");
        ArrayNode row = m.putArray("components").addObject().put("type", 1).putArray("components");
        row.addObject().put("type", 2).put("style", 2).put("custom_id", customId).put("label", "x");
        return m;
    }

    private Interaction dispatchInteraction(int type, ObjectNode data, String userId, Set<String> roles, Instant at) {
        return dispatchInteraction(type, data, userId, roles, at, null);
    }

    private Interaction dispatchInteraction(int type, ObjectNode data, String userId, Set<String> roles, Instant at,
                                            ObjectNode message) {
        String id = snowflake(at);
        String token = "itok-" + UUID.randomUUID();
        Interaction interaction = new Interaction(id, token, at);
        byToken.put(token, interaction);
        ObjectNode d = json.createObjectNode();
        d.put("id", id);
        d.put("application_id", botId);
        d.put("type", type);
        d.set("data", data);
        d.put("guild_id", guildId);
        ObjectNode guild = d.putObject("guild");
        guild.put("id", guildId);
        guild.put("locale", "en-US");
        guild.putArray("features");
        d.put("guild_locale", "en-US");
        d.put("channel_id", channelId);
        d.set("channel", channelJson());
        ObjectNode member = d.putObject("member");
        member.set("user", userJson(userId, "user" + userId.substring(userId.length() - 4), false));
        ArrayNode r = member.putArray("roles");
        roles.forEach(r::add);
        member.putNull("nick");
        member.putNull("avatar");
        member.put("joined_at", "2024-01-01T00:00:00.000000+00:00");
        member.putNull("premium_since");
        member.put("deaf", false);
        member.put("mute", false);
        member.put("pending", false);
        member.put("flags", 0);
        member.put("permissions", "0");
        d.put("token", token);
        d.put("version", 1);
        d.put("app_permissions", "0");
        d.put("locale", "en-US");
        d.put("context", 0);
        d.putObject("authorizing_integration_owners").put("0", guildId);
        d.putArray("entitlements");
        if (message != null) {
            d.set("message", message);
        }
        interaction.dispatchedNanos = System.nanoTime();
        gateway.dispatch("INTERACTION_CREATE", d);
        return interaction;
    }

    /** An injected REST failure: the next request matching method and path gets this status and error. */
    private record RestFault(String method, Pattern path, int status, int code, String message) {}

    private final java.util.Queue<RestFault> restFaults = new java.util.concurrent.ConcurrentLinkedQueue<>();

    /**
     * The next request of {@code method} to a path matching {@code pathRegex} fails with
     * {@code status} and Discord's error body ({@code code}, {@code message}); faults queue up.
     */
    void failNextRest(String method, String pathRegex, int status, int code, String message) {
        restFaults.add(new RestFault(method, Pattern.compile(pathRegex), status, code, message));
    }

    private java.util.Optional<Response> injectedFault(String method, String path) {
        for (RestFault f : restFaults) {
            if (f.method().equals(method) && f.path().matcher(path).matches() && restFaults.remove(f)) {
                ObjectNode body = error(f.code(), f.message());
                if (f.status() == 429) {
                    body.put("retry_after", 0.2).put("global", false);
                }
                return java.util.Optional.of(new Response(f.status(), body));
            }
        }
        return java.util.Optional.empty();
    }

    /** Drops the gateway connection without a close handshake, as a network failure would. */
    void dropGateway() {
        gateway.drop();
    }

    // --- REST side

    private static final Pattern CALLBACK = Pattern.compile("/api/v10/interactions/(\\d+)/([^/]+)/callback");
    private static final Pattern ORIGINAL = Pattern.compile("/api/v10/webhooks/(\\d+)/([^/]+)/messages/@original");
    private static final Pattern FOLLOWUP = Pattern.compile("/api/v10/webhooks/(\\d+)/([^/?]+)");
    private static final Pattern COMMANDS = Pattern.compile("/api/v10/applications/(\\d+)(/guilds/(\\d+))?/commands");

    private void handle(HttpExchange ex) throws IOException {
        long received = System.nanoTime();
        String method = ex.getRequestMethod();
        String path = ex.getRequestURI().getPath();
        byte[] raw = ex.getRequestBody().readAllBytes();
        JsonNode body = parseBody(ex.getRequestHeaders().getFirst("Content-Type"), raw);
        Response response;
        try {
            String auth = ex.getRequestHeaders().getFirst("Authorization");
            response = REJECTED_TOKEN.equals(auth == null ? "" : auth.replaceFirst("^Bot ", ""))
                    ? new Response(401, error(0, "401: Unauthorized"))
                    : injectedFault(method, path).orElseGet(() -> route(method, path, body));
        } catch (RuntimeException e) {
            response = new Response(500, error(0, "fake failed: " + e));
        }
        Call call = new Call("rest", method, path, body, response.status, received);
        calls.add(call);
        for (var listener : listeners) {
            listener.accept(call);
        }
        byte[] out = response.bytes != null ? response.bytes
                : response.body == null ? new byte[0] : json.writeValueAsBytes(response.body);
        if (response.body != null) {
            ex.getResponseHeaders().add("Content-Type", "application/json");
        }
        ex.sendResponseHeaders(response.status, out.length == 0 ? -1 : out.length);
        if (out.length > 0) {
            ex.getResponseBody().write(out);
        }
        ex.close();
    }

    private record Response(int status, JsonNode body, byte[] bytes) {
        Response(int status, JsonNode body) {
            this(status, body, null);
        }
    }

    private Response route(String method, String path, JsonNode body) {
        Matcher m;
        if (method.equals("GET") && path.equals("/api/v10/users/@me")) {
            return new Response(200, userJson(botId, "attache", true));
        }
        if (method.equals("GET") && (path.equals("/api/v10/gateway/bot") || path.equals("/api/v10/gateway"))) {
            ObjectNode g = json.createObjectNode().put("url", gatewayUrl()).put("shards", 1);
            g.putObject("session_start_limit").put("total", 1000).put("remaining", 999)
                    .put("reset_after", 0).put("max_concurrency", 1);
            return new Response(200, g);
        }
        if (method.equals("GET") && path.startsWith("/attachments/")) {
            byte[] bytes = attachments.get(path.substring("/attachments/".length()));
            return bytes == null ? new Response(404, error(0, "404")) : new Response(200, null, bytes);
        }
        if (method.equals("PUT") && (m = COMMANDS.matcher(path)).matches()) {
            ArrayNode out = json.createArrayNode();
            for (JsonNode c : body) {
                ObjectNode cmd = ((ObjectNode) c.deepCopy());
                cmd.put("id", snowflake(Instant.now()));
                cmd.put("application_id", botId);
                cmd.put("version", snowflake(Instant.now()));
                if (m.group(3) != null) {
                    cmd.put("guild_id", m.group(3));
                }
                if (!cmd.has("type")) {
                    cmd.put("type", 1);
                }
                out.add(cmd);
            }
            return new Response(200, out);
        }
        if (method.equals("POST") && (m = CALLBACK.matcher(path)).matches()) {
            Interaction i = byToken.get(m.group(2));
            if (i == null || !i.id.equals(m.group(1))
                    || Duration.between(i.created, Instant.now()).compareTo(CALLBACK_WINDOW) > 0) {
                return new Response(404, error(10062, "Unknown interaction"));
            }
            synchronized (i) {
                if (i.acknowledged) {
                    return new Response(400, error(40060, "Interaction has already been acknowledged."));
                }
                i.acknowledged = true;
                i.callbackType = body.path("type").asInt();
                i.ephemeral = (body.path("data").path("flags").asInt() & 64) != 0;
                if (i.callbackType == 4) {
                    i.original = messageJson((ObjectNode) body.path("data"), i.token);
                }
            }
            return new Response(204, null);
        }
        if ((m = ORIGINAL.matcher(path)).matches()) {
            Interaction i = byToken.get(m.group(2));
            if (i == null || !i.acknowledged || !m.group(1).equals(botId)) {
                return new Response(404, error(10015, "Unknown Webhook"));
            }
            if (Duration.between(i.created, Instant.now()).compareTo(TOKEN_LIFETIME) > 0) {
                return new Response(401, error(50027, "Invalid Webhook Token"));
            }
            switch (method) {
                case "PATCH" -> {
                    i.original = messageJson((ObjectNode) body, i.token);
                    return new Response(200, i.original);
                }
                case "DELETE" -> {
                    i.original = null;
                    return new Response(204, null);
                }
                case "GET" -> {
                    return i.original == null ? new Response(404, error(10008, "Unknown Message"))
                            : new Response(200, i.original);
                }
                default -> {
                    return new Response(405, error(0, "405: Method Not Allowed"));
                }
            }
        }
        if (method.equals("POST") && (m = FOLLOWUP.matcher(path)).matches()) {
            Interaction i = byToken.get(m.group(2));
            if (i == null || !i.acknowledged) {
                return new Response(404, error(10015, "Unknown Webhook"));
            }
            if (Duration.between(i.created, Instant.now()).compareTo(TOKEN_LIFETIME) > 0) {
                return new Response(401, error(50027, "Invalid Webhook Token"));
            }
            ObjectNode msg = messageJson((ObjectNode) body, i.token);
            i.followUps.add(msg);
            return new Response(200, msg);
        }
        return new Response(404, error(0, "404: Not Found"));
    }

    private JsonNode parseBody(String contentType, byte[] raw) {
        try {
            if (raw.length == 0) {
                return json.createObjectNode();
            }
            String text = new String(raw, StandardCharsets.UTF_8);
            if (contentType != null && contentType.startsWith("multipart/form-data")) {
                int at = text.indexOf("name=\"payload_json\"");
                int start = text.indexOf("\r\n\r\n", at) + 4;
                int end = text.indexOf("\r\n--", start);
                return json.readTree(text.substring(start, end));
            }
            return json.readTree(text);
        } catch (IOException | RuntimeException e) {
            return json.createObjectNode().put("unparsed", new String(raw, StandardCharsets.UTF_8));
        }
    }

    private ObjectNode error(int code, String message) {
        return json.createObjectNode().put("code", code).put("message", message);
    }

    private ObjectNode messageJson(ObjectNode data, String token) {
        ObjectNode m = json.createObjectNode();
        m.put("id", snowflake(Instant.now()));
        m.put("type", token.isEmpty() ? 0 : 20);
        m.put("channel_id", channelId);
        m.set("author", userJson(botId, "attache", true));
        m.put("content", data.path("content").asText(""));
        m.put("timestamp", Instant.now().toString());
        m.putNull("edited_timestamp");
        m.put("tts", false);
        m.put("mention_everyone", false);
        m.putArray("mentions");
        m.putArray("mention_roles");
        m.putArray("attachments");
        m.set("embeds", asReturned(data.path("embeds")));
        m.set("components", data.has("components") ? data.get("components") : json.createArrayNode());
        m.put("pinned", false);
        m.put("flags", data.path("flags").asInt(0));
        m.put("application_id", botId);
        m.put("webhook_id", botId);
        return m;
    }

    /**
     * The embeds of a message as Discord returns them: each has a type, "rich" for one sent without it
     * (JDA logs an error for an embed it gets back without one).
     */
    private ArrayNode asReturned(JsonNode sent) {
        ArrayNode embeds = json.createArrayNode();
        for (JsonNode embed : sent) {
            ObjectNode copy = embed.deepCopy();
            if (!copy.has("type")) {
                copy.put("type", "rich");
            }
            embeds.add(copy);
        }
        return embeds;
    }

    ObjectNode userJson(String id, String name, boolean bot) {
        ObjectNode u = json.createObjectNode();
        u.put("id", id);
        u.put("username", name);
        u.put("discriminator", "0");
        u.putNull("global_name");
        u.putNull("avatar");
        u.put("bot", bot);
        u.put("public_flags", 0);
        u.put("flags", 0);
        if (bot) {
            u.put("verified", true);
            u.put("mfa_enabled", false);
        }
        return u;
    }

    private ObjectNode channelJson() {
        ObjectNode c = json.createObjectNode();
        c.put("id", channelId);
        c.put("type", 0);
        c.put("guild_id", guildId);
        c.put("name", "policy");
        c.put("position", 0);
        c.putArray("permission_overwrites");
        c.putNull("parent_id");
        c.put("topic", "questions");
        c.put("nsfw", false);
        c.putNull("last_message_id");
        c.put("rate_limit_per_user", 0);
        c.put("flags", 0);
        return c;
    }

    private ObjectNode roleJson(String id, String name, int position, String permissions) {
        ObjectNode r = json.createObjectNode();
        r.put("id", id);
        r.put("name", name);
        r.put("color", 0);
        r.putObject("colors").put("primary_color", 0).putNull("secondary_color").putNull("tertiary_color");
        r.put("hoist", false);
        r.putNull("icon");
        r.putNull("unicode_emoji");
        r.put("position", position);
        r.put("permissions", permissions);
        r.put("managed", false);
        r.put("mentionable", false);
        r.put("flags", 0);
        return r;
    }

    ObjectNode guildCreate() {
        ObjectNode g = json.createObjectNode();
        g.put("id", guildId);
        g.put("name", "Policy Club");
        g.putNull("icon");
        g.putNull("splash");
        g.putNull("discovery_splash");
        g.put("owner_id", snowflake(Instant.now().minus(Duration.ofDays(500))));
        g.putNull("afk_channel_id");
        g.put("afk_timeout", 300);
        g.put("verification_level", 0);
        g.put("default_message_notifications", 0);
        g.put("explicit_content_filter", 0);
        ArrayNode roles = g.putArray("roles");
        roles.add(roleJson(everyoneRoleId, "@everyone", 0, "1071698660929"));
        roles.add(roleJson(operatorRoleId, "librarians", 2, "1071698660929"));
        roles.add(roleJson(plainRoleId, "readers", 1, "1071698660929"));
        g.putArray("emojis");
        g.putArray("stickers");
        g.putArray("features");
        g.put("mfa_level", 0);
        g.putNull("application_id");
        g.putNull("system_channel_id");
        g.put("system_channel_flags", 0);
        g.putNull("rules_channel_id");
        g.putNull("safety_alerts_channel_id");
        g.put("joined_at", "2024-01-01T00:00:00.000000+00:00");
        g.put("large", false);
        g.put("unavailable", false);
        g.put("member_count", 1);
        g.putArray("voice_states");
        ObjectNode self = g.putArray("members").addObject();
        self.set("user", userJson(botId, "attache", true));
        self.putArray("roles");
        self.put("joined_at", "2024-01-01T00:00:00.000000+00:00");
        self.putNull("premium_since");
        self.put("deaf", false);
        self.put("mute", false);
        self.put("pending", false);
        self.put("flags", 0);
        g.putArray("channels").add(channelJson());
        g.putArray("threads");
        g.putArray("presences");
        g.put("max_members", 500000);
        g.putNull("vanity_url_code");
        g.putNull("description");
        g.putNull("banner");
        g.put("premium_tier", 0);
        g.put("premium_subscription_count", 0);
        g.put("preferred_locale", "en-US");
        g.putNull("public_updates_channel_id");
        g.put("nsfw_level", 0);
        g.put("premium_progress_bar_enabled", false);
        g.putArray("guild_scheduled_events");
        g.putArray("stage_instances");
        g.putArray("soundboard_sounds");
        return g;
    }

    @Override
    public void close() throws Exception {
        http.stop(0);
        gateway.stop(1000);
    }

    /** The gateway WebSocket: one bot connection at a time. */
    private final class Gateway extends WebSocketServer {
        private final java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
        private volatile WebSocket connection;
        private volatile String sessionId;
        private final AtomicInteger seq = new AtomicInteger();

        Gateway(InetSocketAddress address) {
            super(address);
        }

        void awaitStarted() {
            try {
                started.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public void onStart() {
            started.countDown();
        }

        @Override
        public void onOpen(WebSocket conn, ClientHandshake handshake) {
            connection = conn;
            calls.add(new Call("gateway", "OPEN", handshake.getResourceDescriptor(), null, 101));
            ObjectNode hello = json.createObjectNode().put("op", 10);
            hello.putObject("d").put("heartbeat_interval", 41250);
            hello.putNull("s");
            hello.putNull("t");
            send(conn, hello);
        }

        @Override
        public void onMessage(WebSocket conn, String message) {
            JsonNode payload;
            try {
                payload = json.readTree(message);
            } catch (IOException e) {
                conn.close(4002, "Decode error");
                return;
            }
            int op = payload.path("op").asInt();
            calls.add(new Call("gateway", "OP" + op, "", payload.path("d"), 0));
            switch (op) {
                case 1 -> send(conn, json.createObjectNode().put("op", 11));
                case 2 -> {
                    identifies.incrementAndGet();
                    sessionId = UUID.randomUUID().toString().replace("-", "");
                    seq.set(0);
                    ObjectNode ready = json.createObjectNode();
                    ready.put("v", 10);
                    ready.set("user", userJson(botId, "attache", true));
                    ready.putArray("guilds").addObject().put("id", guildId).put("unavailable", true);
                    ready.put("session_id", sessionId);
                    ready.put("resume_gateway_url", gatewayUrl());
                    ready.putArray("private_channels");
                    ready.putArray("relationships");
                    ready.putArray("presences");
                    ready.putObject("application").put("id", botId).put("flags", 0);
                    ready.put("session_type", "normal");
                    ready.putObject("user_settings");
                    sendDispatch(conn, "READY", ready);
                    sendDispatch(conn, "GUILD_CREATE", guildCreate());
                }
                case 6 -> {
                    resumes.incrementAndGet();
                    String session = payload.path("d").path("session_id").asText();
                    if (session.equals(sessionId)) {
                        sendDispatch(conn, "RESUMED", json.createObjectNode());
                    } else {
                        ObjectNode invalid = json.createObjectNode().put("op", 9).put("d", false);
                        send(conn, invalid);
                    }
                }
                default -> { }
            }
        }

        void dispatch(String type, JsonNode data) {
            WebSocket conn = connection;
            if (conn == null || !conn.isOpen()) {
                throw new IllegalStateException("the bot is not connected to the gateway");
            }
            sendDispatch(conn, type, data);
        }

        private synchronized void sendDispatch(WebSocket conn, String type, JsonNode data) {
            ObjectNode p = json.createObjectNode().put("op", 0).put("t", type).put("s", seq.incrementAndGet());
            p.set("d", data);
            calls.add(new Call("gateway", "DISPATCH", type, data, 0));
            send(conn, p);
        }

        private void send(WebSocket conn, JsonNode payload) {
            try {
                conn.send(json.writeValueAsString(payload));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        void drop() {
            WebSocket conn = connection;
            if (conn != null) {
                calls.add(new Call("gateway", "DROP", "", null, 0));
                conn.closeConnection(1006, "dropped by the fake");
            }
        }

        @Override
        public void onClose(WebSocket conn, int code, String reason, boolean remote) {
            calls.add(new Call("gateway", "CLOSE", code + " " + reason, null, code));
            if (conn == connection) {
                connection = null;
            }
        }

        @Override
        public void onError(WebSocket conn, Exception ex) {
            calls.add(new Call("gateway", "ERROR", String.valueOf(ex), null, 0));
        }
    }

    /** True once the bot is connected and can receive dispatches. */
    boolean connected() {
        return gateway.connection != null && gateway.connection.isOpen();
    }

    List<Interaction> interactions() {
        return new ArrayList<>(byToken.values());
    }
}
