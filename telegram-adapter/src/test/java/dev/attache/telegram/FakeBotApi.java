package dev.attache.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;

/**
 * A fake Telegram Bot API on 127.0.0.1 (random port) for tests: getMe, long-polling getUpdates
 * (honouring timeout and offset), deleteWebhook, sendMessage, editMessageText,
 * answerCallbackQuery, setMyCommands, sendChatAction, getFile and file download. Like Telegram,
 * it refuses HTML it cannot parse ("can't parse entities") and texts over 4,096 characters. Faults
 * can be injected per method (429 with retry_after, 500, 400). Every call is logged; tests enqueue
 * updates and await calls.
 */
final class FakeBotApi implements AutoCloseable {

    static final long BOT_ID = 999_000_111L;
    static final String BOT_USERNAME = "attache_test_bot";
    static final String TOKEN = BOT_ID + ":TEST-secret-token";

    /**
     * One call the bot made: method, parameters, when it was logged (nanoTime, after the fake
     * handled it), the HTTP status answered, and when its request reached the fake (nanoTime).
     */
    record Call(String method, JsonNode params, long atNanos, int status, long receivedNanos) {
        String text() {
            return params.path("text").asText("");
        }

        long chatId() {
            return params.path("chat_id").asLong();
        }

        boolean html() {
            return "HTML".equalsIgnoreCase(params.path("parse_mode").asText(""));
        }
    }

    /** An injected failure: the HTTP status and Telegram's error body. */
    record Fault(int httpStatus, int errorCode, String description, Integer retryAfter) {
        static Fault tooManyRequests(int retryAfterSeconds) {
            return new Fault(429, 429, "Too Many Requests: retry after " + retryAfterSeconds, retryAfterSeconds);
        }

        static Fault serverError() {
            return new Fault(500, 500, "Internal Server Error", null);
        }

        /** The connection is closed without an answer, as when a request times out or the network drops. */
        static Fault hangUp() {
            return new Fault(0, 0, "connection closed without a response", null);
        }

        static Fault cantParseEntities() {
            return new Fault(400, 400, "Bad Request: can't parse entities: Unsupported start tag \"x\" at byte offset 0",
                    null);
        }
    }

    private final ObjectMapper json = new ObjectMapper();
    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "fake-bot-api");
        t.setDaemon(true);
        return t;
    });
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final List<ObjectNode> updates = new ArrayList<>();
    private final List<Call> calls = new ArrayList<>();
    private final Map<String, Deque<Fault>> faults = new ConcurrentHashMap<>();
    private final Map<String, byte[]> filesByPath = new ConcurrentHashMap<>();
    private final Map<String, String> pathsById = new ConcurrentHashMap<>();
    private final AtomicInteger nextUpdateId = new AtomicInteger(1);
    /** When each update was queued and when getUpdates first handed it out (nanoTime), by update_id. */
    private final Map<Integer, Long> queuedAt = new ConcurrentHashMap<>();
    private final Map<Integer, Long> handedOutAt = new ConcurrentHashMap<>();
    private final AtomicInteger nextMessageId = new AtomicInteger(1000);
    private volatile boolean validateHtml = true;
    private final List<java.util.function.Consumer<Call>> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();

    FakeBotApi() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Queues an update for getUpdates, giving it the next update_id; returns that id. */
    int enqueue(ObjectNode update) {
        int id = nextUpdateId.getAndIncrement();
        update.put("update_id", id);
        lock.lock();
        try {
            updates.add(update);
            queuedAt.put(id, System.nanoTime());
            changed.signalAll(); // a pending long poll answers at once, as the real Bot API does
        } finally {
            lock.unlock();
        }
        return id;
    }

    /** When update {@code updateId} was queued (nanoTime); 0 if unknown. */
    long queuedNanos(int updateId) {
        return queuedAt.getOrDefault(updateId, 0L);
    }

    /** When getUpdates first handed update {@code updateId} to the bot (nanoTime); 0 if not yet. */
    long handedOutNanos(int updateId) {
        return handedOutAt.getOrDefault(updateId, 0L);
    }

    /** Forgets the queue and hand-out times of updates so far (a long benchmark keeps them bounded). */
    void forgetUpdateTimes() {
        queuedAt.clear();
        handedOutAt.clear();
    }

    /** The next call of {@code method} fails with {@code fault} (faults queue up in order). */
    void failNext(String method, Fault fault) {
        faults.computeIfAbsent(method, k -> new ArrayDeque<>()).add(fault);
    }

    void putFile(String fileId, String filePath, byte[] bytes) {
        pathsById.put(fileId, filePath);
        filesByPath.put(filePath, bytes);
    }

    /** Tells {@code listener} of every call as it is logged (on the server's thread; keep it quick). */
    void listen(java.util.function.Consumer<Call> listener) {
        listeners.add(listener);
    }

    void unlisten(java.util.function.Consumer<Call> listener) {
        listeners.remove(listener);
    }

    List<Call> calls() {
        lock.lock();
        try {
            return List.copyOf(calls);
        } finally {
            lock.unlock();
        }
    }

    List<Call> calls(String method) {
        return calls().stream().filter(c -> c.method().equals(method)).toList();
    }

    /** Waits until {@code n} calls of {@code method} match, then returns the matching calls. */
    List<Call> await(String method, Predicate<Call> filter, int n, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        lock.lock();
        try {
            while (true) {
                List<Call> hits = calls.stream().filter(c -> c.method().equals(method) && c.status() == 200)
                        .filter(filter).toList();
                if (hits.size() >= n) {
                    return hits;
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("timed out waiting for " + n + " " + method + " call(s); calls so far: "
                            + summary());
                }
                changed.awaitNanos(left);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted");
        } finally {
            lock.unlock();
        }
    }

    Call awaitOne(String method, Predicate<Call> filter, Duration timeout) {
        return await(method, filter, 1, timeout).get(0);
    }

    /** Waits until every queued update was fetched and confirmed (by a later getUpdates offset). */
    void awaitConfirmed(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        lock.lock();
        try {
            while (!updates.isEmpty()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("updates not confirmed: " + updates.size());
                }
                changed.awaitNanos(left);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            lock.unlock();
        }
    }

    String summary() {
        StringBuilder sb = new StringBuilder();
        for (Call c : calls()) {
            if (!c.method().equals("getUpdates")) {
                sb.append("\n  ").append(c.method()).append(' ').append(c.status()).append(' ')
                        .append(abbreviate(c.params().toString()));
            }
        }
        return sb.toString();
    }

    private static String abbreviate(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    // ---- the HTTP side ----

    private void handle(HttpExchange ex) throws IOException {
        long received = System.nanoTime();
        try (ex) {
            String path = ex.getRequestURI().getPath();
            if (path.startsWith("/file/bot")) {
                serveFile(ex, path);
                return;
            }
            if (!path.startsWith("/bot")) {
                send(ex, 404, error(404, "Not Found"));
                return;
            }
            String rest = path.substring(4);
            int slash = rest.indexOf('/');
            String token = slash < 0 ? rest : rest.substring(0, slash);
            String method = canonical(slash < 0 ? "" : rest.substring(slash + 1));
            if (!TOKEN.equals(token)) {
                send(ex, 401, error(401, "Unauthorized"));
                return;
            }
            JsonNode params = readParams(ex);
            Deque<Fault> queue = faults.get(method);
            Fault fault = queue == null ? null : queue.poll();
            if (fault != null && fault.httpStatus() == 0) {
                log(method, params, 0, received);
                return; // closing the exchange unanswered drops the connection: the client sees no response
            }
            if (fault != null) {
                ObjectNode body = error(fault.errorCode(), fault.description());
                if (fault.retryAfter() != null) {
                    body.putObject("parameters").put("retry_after", fault.retryAfter());
                }
                log(method, params, fault.httpStatus(), received);
                send(ex, fault.httpStatus(), body);
                return;
            }
            ObjectNode response = switch (method) {
                case "getUpdates" -> getUpdates(params);
                case "getMe" -> ok(me());
                case "deleteWebhook", "setMyCommands", "sendChatAction", "answerCallbackQuery" -> ok(json.getNodeFactory().booleanNode(true));
                case "sendMessage", "editMessageText" -> message(params);
                case "getFile" -> getFile(params);
                default -> error(404, "Not Found: method not found");
            };
            int status = response.path("ok").asBoolean() ? 200 : response.path("error_code").asInt(400);
            log(method, params, status, received);
            send(ex, status, response);
        } catch (RuntimeException e) {
            e.printStackTrace();
            throw e;
        }
    }

    private static final List<String> METHODS = List.of("getUpdates", "getMe", "deleteWebhook", "setMyCommands",
            "sendChatAction", "answerCallbackQuery", "sendMessage", "editMessageText", "getFile");

    /** Bot API method names are case-insensitive. */
    private static String canonical(String method) {
        return METHODS.stream().filter(m -> m.equalsIgnoreCase(method)).findFirst().orElse(method);
    }

    private void log(String method, JsonNode params, int status) {
        log(method, params, status, System.nanoTime());
    }

    private void log(String method, JsonNode params, int status, long receivedNanos) {
        Call call = new Call(method, params, System.nanoTime(), status, receivedNanos);
        lock.lock();
        try {
            calls.add(call);
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        for (var listener : listeners) {
            listener.accept(call);
        }
    }

    private ObjectNode getUpdates(JsonNode params) {
        int offset = params.path("offset").asInt(0);
        int limit = params.path("limit").asInt(100);
        int timeout = params.path("timeout").asInt(0);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeout);
        lock.lock();
        try {
            updates.removeIf(u -> u.get("update_id").asInt() < offset); // confirmed
            changed.signalAll();
            while (updates.isEmpty()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    break;
                }
                changed.awaitNanos(left);
                updates.removeIf(u -> u.get("update_id").asInt() < offset);
            }
            ArrayNode result = json.createArrayNode();
            long now = System.nanoTime();
            updates.stream().limit(limit).forEach(u -> {
                result.add(u);
                handedOutAt.putIfAbsent(u.get("update_id").asInt(), now);
            });
            return ok(result);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ok(json.createArrayNode());
        } finally {
            lock.unlock();
        }
    }

    private ObjectNode message(JsonNode params) {
        String text = params.path("text").asText("");
        if (text.isEmpty()) {
            return error(400, "Bad Request: message text is empty");
        }
        if ("HTML".equalsIgnoreCase(params.path("parse_mode").asText(""))) {
            if (validateHtml) {
                List<String> problems = TelegramHtmlValidator.problems(text);
                if (!problems.isEmpty()) {
                    return error(400, "Bad Request: can't parse entities: " + problems.get(0));
                }
            }
            text = TelegramHtml.toPlainText(text);
        }
        if (text.length() > TelegramRenderer.MAX_MESSAGE_CHARS) {
            return error(400, "Bad Request: message is too long");
        }
        long chatId = params.path("chat_id").asLong();
        ObjectNode m = json.createObjectNode();
        m.put("message_id", params.has("message_id") ? params.get("message_id").asInt() : nextMessageId.getAndIncrement());
        m.put("date", (int) (System.currentTimeMillis() / 1000));
        m.set("chat", chat(chatId));
        m.set("from", me());
        m.put("text", text);
        return ok(m);
    }

    private ObjectNode getFile(JsonNode params) {
        String id = params.path("file_id").asText();
        String p = pathsById.get(id);
        if (p == null) {
            return error(400, "Bad Request: invalid file_id");
        }
        ObjectNode f = json.createObjectNode();
        f.put("file_id", id);
        f.put("file_unique_id", "u" + id);
        f.put("file_size", filesByPath.get(p).length);
        f.put("file_path", p);
        return ok(f);
    }

    private void serveFile(HttpExchange ex, String path) throws IOException {
        String prefix = "/file/bot" + TOKEN + "/";
        log("file", json.createObjectNode().put("path", path.startsWith(prefix) ? path.substring(prefix.length()) : path),
                200);
        byte[] bytes = path.startsWith(prefix) ? filesByPath.get(path.substring(prefix.length())) : null;
        if (bytes == null) {
            ex.sendResponseHeaders(404, -1);
            return;
        }
        ex.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    ObjectNode me() {
        ObjectNode u = json.createObjectNode();
        u.put("id", BOT_ID);
        u.put("is_bot", true);
        u.put("first_name", "Attaché");
        u.put("username", BOT_USERNAME);
        return u;
    }

    ObjectNode chat(long chatId) {
        ObjectNode c = json.createObjectNode();
        c.put("id", chatId);
        if (chatId < 0) {
            c.put("type", "supergroup");
            c.put("title", "Policy wonks");
        } else {
            c.put("type", "private");
            c.put("first_name", "User" + chatId);
        }
        return c;
    }

    private JsonNode readParams(HttpExchange ex) throws IOException {
        byte[] body = ex.getRequestBody().readAllBytes();
        String type = ex.getRequestHeaders().getFirst("Content-Type");
        if (body.length == 0) {
            ObjectNode q = json.createObjectNode();
            String query = ex.getRequestURI().getRawQuery();
            if (query != null) {
                for (String kv : query.split("&")) {
                    String[] p = kv.split("=", 2);
                    q.put(URLDecoder.decode(p[0], StandardCharsets.UTF_8),
                            p.length > 1 ? URLDecoder.decode(p[1], StandardCharsets.UTF_8) : "");
                }
            }
            return q;
        }
        if (type != null && type.contains("json")) {
            return json.readTree(body);
        }
        ObjectNode form = json.createObjectNode();
        for (String kv : new String(body, StandardCharsets.UTF_8).split("&")) {
            String[] p = kv.split("=", 2);
            form.put(URLDecoder.decode(p[0], StandardCharsets.UTF_8),
                    p.length > 1 ? URLDecoder.decode(p[1], StandardCharsets.UTF_8) : "");
        }
        return form;
    }

    private ObjectNode ok(JsonNode result) {
        ObjectNode r = json.createObjectNode();
        r.put("ok", true);
        r.set("result", result);
        return r;
    }

    private ObjectNode error(int code, String description) {
        ObjectNode r = json.createObjectNode();
        r.put("ok", false);
        r.put("error_code", code);
        r.put("description", description);
        return r;
    }

    private void send(HttpExchange ex, int status, JsonNode body) throws IOException {
        byte[] bytes = json.writeValueAsBytes(body);
        ex.getResponseHeaders().set("Content-Type", "application/json");
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    // ---- building updates ----

    private final AtomicInteger nextIncomingId = new AtomicInteger(1);

    ObjectNode user(long id) {
        ObjectNode u = json.createObjectNode();
        u.put("id", id);
        u.put("is_bot", false);
        u.put("first_name", "User" + id);
        return u;
    }

    /** A message from {@code userId} in {@code chatId} (negative ids are groups); commands get their entity. */
    ObjectNode message(long chatId, long userId, String text) {
        ObjectNode m = json.createObjectNode();
        m.put("message_id", nextIncomingId.getAndIncrement());
        m.put("date", (int) (System.currentTimeMillis() / 1000));
        m.set("chat", chat(chatId));
        m.set("from", user(userId));
        if (text != null) {
            m.put("text", text);
            if (text.startsWith("/")) {
                int end = text.indexOf(' ');
                ArrayNode entities = m.putArray("entities");
                entities.addObject().put("type", "bot_command").put("offset", 0).put("length", end < 0 ? text.length() : end);
            }
        }
        return m;
    }

    ObjectNode update(ObjectNode message) {
        ObjectNode u = json.createObjectNode();
        u.set("message", message);
        return u;
    }

    int sendText(long chatId, long userId, String text) {
        return enqueue(update(message(chatId, userId, text)));
    }

    /** A message replying to one of the bot's messages. */
    int sendReplyToBot(long chatId, long userId, String text, int botMessageId) {
        ObjectNode m = message(chatId, userId, text);
        ObjectNode replied = json.createObjectNode();
        replied.put("message_id", botMessageId);
        replied.put("date", (int) (System.currentTimeMillis() / 1000));
        replied.set("chat", chat(chatId));
        replied.set("from", me());
        replied.put("text", "an earlier answer");
        m.set("reply_to_message", replied);
        return enqueue(update(m));
    }

    /** A message replying to a user's message whose text is {@code repliedText}. */
    int sendReplyToText(long chatId, long userId, String text, String repliedText) {
        ObjectNode m = message(chatId, userId, text);
        ObjectNode replied = message(chatId, userId, repliedText);
        m.set("reply_to_message", replied);
        return enqueue(update(m));
    }

    /** A document with a caption; the file is served under documents/. */
    int sendDocument(long chatId, long userId, String caption, String fileName, byte[] bytes) {
        String fileId = "doc" + nextIncomingId.get();
        putFile(fileId, "documents/" + fileId + "_" + fileName, bytes);
        ObjectNode m = message(chatId, userId, null);
        m.put("caption", caption);
        if (caption.startsWith("/")) {
            int end = caption.indexOf(' ');
            m.putArray("caption_entities").addObject().put("type", "bot_command").put("offset", 0)
                    .put("length", end < 0 ? caption.length() : end);
        }
        ObjectNode d = m.putObject("document");
        d.put("file_id", fileId);
        d.put("file_unique_id", "u" + fileId);
        d.put("file_name", fileName);
        d.put("mime_type", fileName.endsWith(".html") ? "text/html" : "text/plain");
        d.put("file_size", bytes.length);
        return enqueue(update(m));
    }

    /** A press on an inline button under the bot's message {@code messageId}. */
    int pressButton(long chatId, long userId, int messageId, String data) {
        ObjectNode cq = json.createObjectNode();
        cq.put("id", "cb" + nextIncomingId.getAndIncrement());
        cq.set("from", user(userId));
        ObjectNode m = json.createObjectNode();
        m.put("message_id", messageId);
        m.put("date", (int) (System.currentTimeMillis() / 1000));
        m.set("chat", chat(chatId));
        m.set("from", me());
        m.put("text", "answer");
        cq.set("message", m);
        cq.put("chat_instance", "ci" + chatId);
        cq.put("data", data);
        ObjectNode u = json.createObjectNode();
        u.set("callback_query", cq);
        return enqueue(u);
    }
}
