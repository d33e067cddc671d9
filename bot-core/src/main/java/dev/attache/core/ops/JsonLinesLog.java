package dev.attache.core.ops;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;

/** An append-only file of JSON objects, one per line, written atomically per line. */
final class JsonLinesLog {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;

    JsonLinesLog(Path file) {
        this.file = file;
    }

    Path file() {
        return file;
    }

    synchronized void append(Map<String, Object> record) {
        try {
            byte[] line = (JSON.writeValueAsString(record) + "\n").getBytes(StandardCharsets.UTF_8);
            Files.write(file, line, StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
