package dev.attache.core.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Thumbs up and down on answers, kept in {@code DATA/feedback.jsonl}: the question, the answer id,
 * the vote and a salted hash of the voter (never the raw user id), with running totals.
 */
public final class FeedbackLog {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonLinesLog file;
    private final AtomicLong up = new AtomicLong();
    private final AtomicLong down = new AtomicLong();

    public FeedbackLog(Path dataDir) {
        this.file = new JsonLinesLog(dataDir.resolve("feedback.jsonl"));
        countExisting();
    }

    private void countExisting() {
        if (!Files.exists(file.file())) {
            return;
        }
        try (BufferedReader reader = Files.newBufferedReader(file.file(), StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null) {
                try {
                    JsonNode node = JSON.readTree(line);
                    ("up".equals(node.path("vote").asText()) ? up : down).incrementAndGet();
                } catch (IOException e) {
                    // a torn last line after a crash: not a vote
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void record(Vote vote) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("at", Instant.now().toString());
        entry.put("answer_id", vote.answerId());
        entry.put("question", vote.question());
        entry.put("vote", vote.up() ? "up" : "down");
        entry.put("user", userHash(vote.caller()));
        file.append(entry);
        (vote.up() ? up : down).incrementAndGet();
    }

    public long upVotes() {
        return up.get();
    }

    public long downVotes() {
        return down.get();
    }

    static String userHash(Caller caller) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] digest = sha.digest(("attache-feedback:" + caller).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
