package dev.attache.app.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * The benchmark corpora as one stream of JSON Lines, interleaved in proportion to their size so
 * that any prefix has the same mix, cut into stage files for a staged import. With {@code copies > 1}
 * the whole stream is repeated, each further copy under distinct ids, without URLs and with a
 * one-word prefix to its text so that no duplicate check recognizes it (a bench-only switch to
 * reach more than a million passages).
 */
public final class MixedCorpus implements Closeable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<Path> files;
    private final int copies;
    private int copy = 1;
    private List<Source> sources;
    private long bytesWritten;

    public MixedCorpus(List<Path> files, int copies) throws IOException {
        this.files = List.copyOf(files);
        this.copies = copies;
        this.sources = open(files);
    }

    /** The copy being written now, from 1. */
    public int copy() {
        return copy;
    }

    /** Bytes of JSON Lines written so far (uncompressed). */
    public long bytesWritten() {
        return bytesWritten;
    }

    /**
     * Writes up to {@code articles} lines to {@code out}; returns how many (0 when the corpora, in
     * every copy, are exhausted).
     */
    public int writeStage(Path out, int articles) throws IOException {
        int written = 0;
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            while (written < articles) {
                String line = nextLine();
                if (line == null) {
                    break;
                }
                w.write(line);
                w.write('\n');
                bytesWritten += line.length() + 1;
                written++;
            }
        }
        return written;
    }

    private String nextLine() throws IOException {
        while (true) {
            Source next = null;
            for (Source s : sources) {
                if (!s.done && (next == null || s.fraction() < next.fraction())) {
                    next = s;
                }
            }
            if (next == null) {
                if (copy >= copies) {
                    return null;
                }
                close();
                copy++;
                sources = open(files);
                continue;
            }
            String line = next.reader.readLine();
            if (line == null) {
                next.done = true;
                continue;
            }
            if (line.isBlank()) {
                continue;
            }
            return copy == 1 ? line : recopy(line);
        }
    }

    private String recopy(String line) throws IOException {
        ObjectNode node = (ObjectNode) JSON.readTree(line);
        node.put("id", node.path("id").asText("") + "~copy" + copy);
        node.put("url", "");
        node.put("text", "Copy" + copy + " " + node.path("text").asText(""));
        return JSON.writeValueAsString(node);
    }

    private static List<Source> open(List<Path> files) throws IOException {
        List<Source> sources = new ArrayList<>();
        for (Path f : files) {
            sources.add(new Source(f));
        }
        return sources;
    }

    @Override
    public void close() throws IOException {
        for (Source s : sources) {
            s.reader.close();
        }
    }

    /** One corpus file, read line by line; its progress is the share of its compressed bytes read. */
    private static final class Source {
        final long size;
        final long[] read = new long[1];
        final BufferedReader reader;
        boolean done;

        Source(Path file) throws IOException {
            size = Math.max(1, Files.size(file));
            InputStream raw = new FilterInputStream(Files.newInputStream(file)) {
                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    int n = super.read(b, off, len);
                    if (n > 0) {
                        read[0] += n;
                    }
                    return n;
                }
            };
            InputStream in = file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
            reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        }

        double fraction() {
            return (double) read[0] / size;
        }
    }
}
