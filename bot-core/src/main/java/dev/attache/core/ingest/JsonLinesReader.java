package dev.attache.core.ingest;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.attache.core.article.ParsedDocument;
import dev.attache.core.article.PublishedDate;
import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;

/**
 * Streams JSON Lines of articles (plain or gzipped, told apart by the gzip magic bytes), one
 * {@link Entry} per non-blank line: a parsed document, or a failure naming the line number and
 * what is wrong with it, so that one bad line never stops an import. Memory is bounded by the
 * longest line. Fields read: id, url, title, outlet, author, author_role, published, language,
 * text; others are ignored.
 */
public final class JsonLinesReader implements Iterator<JsonLinesReader.Entry>, Closeable {

    /** A line longer than this is reported and skipped rather than held in memory. */
    public static final int MAX_LINE_BYTES = 64 * 1024 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The outcome of one line. */
    public sealed interface Entry {
        long line();

        record Parsed(long line, ParsedDocument document) implements Entry {
        }

        record Failed(long line, String message) implements Entry {
        }
    }

    /**
     * One line as read, not yet decoded: its number and bytes, or why it could not be read
     * ({@code failure} non-empty, {@code bytes} empty). Reading is cheap and sequential; parsing
     * (UTF-8, JSON, cleaning the text) is the costly part, so a bulk import does it on its workers.
     */
    public record Line(long number, byte[] bytes, String failure) {
    }

    private final InputStream in;
    private final byte[] chunk = new byte[1 << 16];
    private int chunkPos;
    private int chunkLimit;
    private byte[] line = new byte[1 << 12];
    private int lineLength;
    private long lineNumber;
    private Entry next;
    private boolean eof;

    private JsonLinesReader(InputStream in) {
        this.in = in;
    }

    /** Reads {@code in}, gunzipping it when it starts with the gzip magic bytes; closing the reader closes it. */
    public static JsonLinesReader open(InputStream in) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(in, 1 << 16);
        buffered.mark(2);
        int b1 = buffered.read();
        int b2 = buffered.read();
        buffered.reset();
        boolean gzip = b1 == 0x1f && b2 == 0x8b;
        return new JsonLinesReader(gzip ? new BufferedInputStream(new GZIPInputStream(buffered, 1 << 16), 1 << 16) : buffered);
    }

    public static JsonLinesReader open(Path file) throws IOException {
        return open(Files.newInputStream(file));
    }

    /** Calls {@code consumer} with every entry of {@code file}, in order. */
    public static void forEach(Path file, Consumer<Entry> consumer) throws IOException {
        try (JsonLinesReader reader = open(file)) {
            reader.forEachRemaining(consumer);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Reads one JSON object (as from one line) into a document; throws {@link IngestException} when it is not one. */
    public static ParsedDocument document(JsonNode node) {
        if (!node.isObject()) {
            throw new IngestException("expected a JSON object with a \"text\" field, found " + node.getNodeType()
                    .toString().toLowerCase(java.util.Locale.ROOT));
        }
        String raw = field(node, "text");
        if (raw.isBlank()) {
            throw new IngestException("the \"text\" field is missing or empty");
        }
        String text = BodyText.require(BodyText.clean(raw), raw, "The \"text\" field");
        return new ParsedDocument(field(node, "id"), field(node, "title"), field(node, "outlet"), field(node, "author"),
                field(node, "author_role"), PublishedDate.parse(field(node, "published")), field(node, "url"),
                field(node, "language"), text);
    }

    /** The field as text when it is a string or number; empty when absent, null or structured. */
    private static String field(JsonNode node, String name) {
        JsonNode value = node.get(name);
        return value != null && value.isValueNode() && !value.isNull() ? value.asText() : "";
    }

    @Override
    public boolean hasNext() {
        while (next == null && !eof) {
            next = readEntry();
        }
        return next != null;
    }

    @Override
    public Entry next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Entry entry = next;
        next = null;
        return entry;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /**
     * The next line that is not empty, or null at the end. Blank lines (whitespace only) are
     * returned too, and parse to null; line numbers count every line.
     */
    public Line nextLine() {
        while (!eof) {
            Line l = readLine();
            if (l != null) {
                return l;
            }
        }
        return null;
    }

    /** The entry of the next line, or null for a blank line or the end. */
    private Entry readEntry() {
        Line l = readLine();
        return l == null ? null : parse(l, id -> false).orElse(null);
    }

    /** Reads up to the next newline; null for an empty line or the end. */
    private Line readLine() {
        lineLength = 0;
        boolean tooLong = false;
        boolean sawAny = false;
        try {
            while (true) {
                if (chunkPos == chunkLimit) {
                    int n = in.read(chunk, 0, chunk.length);
                    if (n <= 0) {
                        if (n < 0) {
                            eof = true;
                            break;
                        }
                        continue;
                    }
                    chunkPos = 0;
                    chunkLimit = n;
                }
                int from = chunkPos;
                int nl = from;
                while (nl < chunkLimit && chunk[nl] != '\n') {
                    nl++;
                }
                sawAny |= nl > from;
                if (!tooLong) {
                    int take = nl - from;
                    if ((long) lineLength + take > MAX_LINE_BYTES) {
                        tooLong = true;
                    } else {
                        append(from, take);
                    }
                }
                if (nl < chunkLimit) {
                    chunkPos = nl + 1;
                    sawAny = true;
                    break;
                }
                chunkPos = chunkLimit;
            }
        } catch (IOException e) {
            eof = true;
            return new Line(lineNumber + 1, new byte[0], "could not read past this line: " + e.getMessage()
                    + " (is the file truncated or a corrupt .gz?)");
        }
        if (eof && !sawAny) {
            return null;
        }
        long number = ++lineNumber;
        if (tooLong) {
            return new Line(number, new byte[0], "line is longer than " + MAX_LINE_BYTES / (1024 * 1024) + " MiB; skipped");
        }
        if (lineLength == 0) {
            return null;
        }
        return new Line(number, java.util.Arrays.copyOf(line, lineLength), "");
    }

    private void append(int from, int length) {
        if (lineLength + length > line.length) {
            line = java.util.Arrays.copyOf(line, Math.max(lineLength + length, line.length * 2));
        }
        System.arraycopy(chunk, from, line, lineLength, length);
        lineLength += length;
    }

    /**
     * Parses a line read by {@link #nextLine()}; thread-safe. Empty when the line is blank, or when
     * its {@code id} satisfies {@code skipId} (asked at most once per line): the text of an article
     * the caller already has is then not cleaned, which is most of the cost of a line.
     */
    public static Optional<Entry> parse(Line l, Predicate<String> skipId) {
        if (!l.failure().isEmpty()) {
            return Optional.of(new Entry.Failed(l.number(), l.failure()));
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(l.bytes())).toString();
        } catch (CharacterCodingException e) {
            return Optional.of(new Entry.Failed(l.number(), "not valid UTF-8; save the file as UTF-8"));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            return Optional.empty();
        }
        try {
            JsonNode node = JSON.readTree(text);
            if (node.isObject()) {
                String id = field(node, "id");
                if (!id.isEmpty() && skipId.test(id)) {
                    return Optional.empty();
                }
            }
            return Optional.of(new Entry.Parsed(l.number(), document(node)));
        } catch (JacksonException e) {
            return Optional.of(new Entry.Failed(l.number(), "not valid JSON: " + e.getOriginalMessage()));
        } catch (IngestException e) {
            return Optional.of(new Entry.Failed(l.number(), e.getMessage()));
        }
    }
}
