package dev.attache.core.ops;

import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Records every operator action — who, what, when and the outcome — in {@code DATA/audit.jsonl} and the log. */
public final class AuditLog {

    private static final Logger log = LoggerFactory.getLogger(AuditLog.class);

    private final JsonLinesLog file;

    public AuditLog(Path dataDir) {
        this.file = new JsonLinesLog(dataDir.resolve("audit.jsonl"));
    }

    public void record(Caller caller, String action, String target, String outcome) {
        log.info("operator action platform={} user={} action={} target=\"{}\" outcome=\"{}\"",
                caller.platform(), caller.userId(), action, target, outcome);
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("at", Instant.now().toString());
        entry.put("platform", caller.platform().name().toLowerCase());
        entry.put("user", caller.userId());
        entry.put("action", action);
        entry.put("target", target);
        entry.put("outcome", outcome);
        file.append(entry);
    }
}
