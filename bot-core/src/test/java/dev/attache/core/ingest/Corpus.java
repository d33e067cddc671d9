package dev.attache.core.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.attache.core.testing.SharedData;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.zip.GZIPInputStream;

/** Raw rows of the shared corpora, read in place, for tests that need the text as the source gave it. */
final class Corpus {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Corpus() {
    }

    /** The row with {@code id} in {@code corpora/<file>}; fails clearly when absent. */
    static JsonNode row(String file, String id) {
        String needle = "\"" + id + "\"";
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(SharedData.file("corpora/" + file))), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                if (line.contains(needle)) {
                    JsonNode node = JSON.readTree(line);
                    if (node.path("id").asText().equals(id)) {
                        return node;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalStateException("row " + id + " not found in corpora/" + file);
    }

    static String text(String file, String id) {
        return row(file, id).path("text").asText();
    }
}
