package dev.attache.core.ingest;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.attache.core.article.ParsedDocument;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one entry for reading an operator's file into documents: picks the parser by extension
 * (.txt, .text, .md, .markdown, .html, .htm, .xhtml, .json, .jsonl, .ndjson, any of them .gz) or,
 * for unknown names, by sniffing the content. It rejects with an {@link IngestException} whose
 * message says what is wrong and what to do: empty files, binary data, invalid UTF-8, and files
 * with no article text.
 */
public final class DocumentParsers {

    private static final Logger LOG = LoggerFactory.getLogger(DocumentParsers.class);
    private static final ObjectReader STRICT_JSON = new ObjectMapper()
            .reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    /** A gzipped upload may expand to at most this many bytes. */
    public static final long MAX_DECOMPRESSED_BYTES = 512L * 1024 * 1024;
    /** How many leading bytes are examined to tell text from binary data. */
    private static final int SNIFF_BYTES = 64 * 1024;
    /** Above this share of control bytes in the sniffed prefix, a file is binary. */
    private static final double MAX_CONTROL_SHARE = 0.05;
    private static final Pattern HTML_SNIFF = Pattern.compile(
            "(?is)^\\s*(<!doctype\\s+html|<html|<head|<body|<\\?xml[^>]*>\\s*<!doctype html)|<(p|div|article|br|title)[\\s>/]");
    private static final Pattern MARKDOWN_SNIFF = Pattern.compile("(?m)\\A---\\s*$|^#{1,6} \\S|^\\s*[-*] \\S.*\\n\\s*[-*] \\S");

    private enum Format { TEXT, MARKDOWN, HTML, JSON, JSON_LINES }

    private DocumentParsers() {
    }

    /** Parses a whole file held in memory. A JSON Lines file's bad lines are logged and skipped, unless all are bad. */
    public static List<ParsedDocument> parse(String fileName, byte[] bytes) {
        String name = fileName.strip().toLowerCase(Locale.ROOT);
        if (isGzip(bytes)) {
            bytes = gunzip(fileName, bytes);
            name = name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
        }
        String text = decode(fileName, bytes);
        Format format = formatOf(name).orElseGet(() -> sniff(text));
        return switch (format) {
            case TEXT -> List.of(PlainTextParser.parse(text));
            case MARKDOWN -> List.of(MarkdownParser.parse(text));
            case HTML -> List.of(HtmlExtractor.extract(text, ""));
            case JSON -> json(fileName, text);
            case JSON_LINES -> jsonLines(fileName, text.getBytes(StandardCharsets.UTF_8));
        };
    }

    /** Parses a page fetched by {@link UrlFetcher}, decoding it with its declared (or HTML-declared) charset. */
    public static List<ParsedDocument> parse(FetchedPage page) {
        String type = page.contentType();
        if (type.equals("text/html") || type.equals("application/xhtml+xml")) {
            if (looksBinary(page.bytes())) {
                throw binary(page.finalUrl());
            }
            try {
                return List.of(HtmlExtractor.extract(Jsoup.parse(new ByteArrayInputStream(page.bytes()),
                        page.charset().isEmpty() ? null : page.charset(), page.finalUrl())));
            } catch (IOException e) {
                throw new IngestException("Could not read the page " + page.finalUrl() + ": " + e.getMessage(), e);
            }
        }
        String fileName = type.equals("text/markdown") ? "page.md" : "page.txt";
        List<ParsedDocument> docs = parse(fileName, page.bytes());
        return docs.stream().map(d -> new ParsedDocument(d.givenId(), d.title(), d.outlet(), d.author(), d.authorRole(),
                d.published(), d.url().isEmpty() ? page.finalUrl() : d.url(), d.language(), d.text())).toList();
    }

    /**
     * Streams the documents of a file of any supported format with bounded memory for JSON Lines
     * (plain or .gz); other formats are read whole. Close the stream to close the file.
     */
    public static Stream<JsonLinesReader.Entry> parseStream(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean lines = name.endsWith(".jsonl") || name.endsWith(".jsonl.gz") || name.endsWith(".ndjson")
                || name.endsWith(".ndjson.gz");
        if (!lines) {
            List<JsonLinesReader.Entry> entries = new ArrayList<>();
            for (ParsedDocument doc : parse(file.getFileName().toString(), Files.readAllBytes(file))) {
                entries.add(new JsonLinesReader.Entry.Parsed(entries.size() + 1, doc));
            }
            return entries.stream();
        }
        JsonLinesReader reader = JsonLinesReader.open(file);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(reader, Spliterator.ORDERED | Spliterator.NONNULL),
                false).onClose(() -> {
                    try {
                        reader.close();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    private static java.util.Optional<Format> formatOf(String name) {
        String n = name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
        int dot = n.lastIndexOf('.');
        String ext = dot < 0 ? "" : n.substring(dot + 1);
        return java.util.Optional.ofNullable(switch (ext) {
            case "txt", "text" -> Format.TEXT;
            case "md", "markdown" -> Format.MARKDOWN;
            case "html", "htm", "xhtml" -> Format.HTML;
            case "json" -> Format.JSON;
            case "jsonl", "ndjson" -> Format.JSON_LINES;
            default -> null;
        });
    }

    private static Format sniff(String text) {
        String head = text.length() > SNIFF_BYTES ? text.substring(0, SNIFF_BYTES) : text;
        String start = head.stripLeading();
        if (start.startsWith("{") || start.startsWith("[")) {
            int newline = start.indexOf('\n');
            String firstLine = newline < 0 ? start : start.substring(0, newline);
            if (start.startsWith("{") && isJson(firstLine)) {
                return Format.JSON_LINES;
            }
            if (isJson(text)) {
                return Format.JSON;
            }
        }
        if (HTML_SNIFF.matcher(head).find()) {
            return Format.HTML;
        }
        return MARKDOWN_SNIFF.matcher(head).find() ? Format.MARKDOWN : Format.TEXT;
    }

    private static boolean isJson(String text) {
        try {
            STRICT_JSON.readTree(text);
            return true;
        } catch (JacksonException e) {
            return false;
        }
    }

    /** A .json file: an array of article objects, one object, or (despite its name) JSON Lines. */
    private static List<ParsedDocument> json(String fileName, String text) {
        JsonNode root;
        try {
            root = STRICT_JSON.readTree(text);
        } catch (JacksonException e) {
            return jsonLines(fileName, text.getBytes(StandardCharsets.UTF_8));
        }
        List<ParsedDocument> docs = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        int index = 0;
        for (JsonNode node : root.isArray() ? root : List.of(root)) {
            index++;
            try {
                docs.add(JsonLinesReader.document(node));
            } catch (IngestException e) {
                errors.add("item " + index + ": " + e.getMessage());
            }
        }
        return keepOrReject(fileName, docs, errors);
    }

    private static List<ParsedDocument> jsonLines(String fileName, byte[] bytes) {
        List<ParsedDocument> docs = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        try (JsonLinesReader reader = JsonLinesReader.open(new ByteArrayInputStream(bytes))) {
            reader.forEachRemaining(entry -> {
                switch (entry) {
                    case JsonLinesReader.Entry.Parsed p -> docs.add(p.document());
                    case JsonLinesReader.Entry.Failed f -> errors.add("line " + f.line() + ": " + f.message());
                }
            });
        } catch (IOException e) {
            throw new IngestException("Could not read " + fileName + ": " + e.getMessage(), e);
        }
        return keepOrReject(fileName, docs, errors);
    }

    private static List<ParsedDocument> keepOrReject(String fileName, List<ParsedDocument> docs, List<String> errors) {
        if (docs.isEmpty()) {
            String detail = errors.isEmpty() ? "it holds no JSON objects" : String.join("; ", errors.subList(0, Math.min(3, errors.size())));
            throw new IngestException("No article could be read from " + fileName + " (" + detail + "). Each article must "
                    + "be a JSON object with at least a \"text\" field (and optionally title, url, outlet, author, published).");
        }
        if (!errors.isEmpty()) {
            LOG.warn("skipped unreadable records file={} skipped={} first={}", fileName, errors.size(), errors.get(0));
        }
        return docs;
    }

    private static boolean isGzip(byte[] bytes) {
        return bytes.length >= 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b;
    }

    private static byte[] gunzip(String fileName, byte[] bytes) {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            byte[] out = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, MAX_DECOMPRESSED_BYTES + 1));
            if (out.length > MAX_DECOMPRESSED_BYTES) {
                throw new IngestException(fileName + " expands to more than " + MAX_DECOMPRESSED_BYTES / (1024 * 1024)
                        + " MiB. Split it into smaller files, or import it from disk with the bulk import.");
            }
            return out;
        } catch (IOException e) {
            throw new IngestException(fileName + " is not a readable gzip file (" + e.getMessage()
                    + "). Send it again, or send it uncompressed.", e);
        }
    }

    /** Decodes strict UTF-8 (a BOM is dropped), rejecting empty, binary and mis-encoded files. */
    private static String decode(String fileName, byte[] bytes) {
        if (looksBinary(bytes)) {
            throw binary(fileName);
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new IngestException(fileName + " is not valid UTF-8 text (bad byte at offset " + in.position()
                    + "). Save it with UTF-8 encoding and send it again.");
        }
        decoder.flush(out);
        String text = out.flip().toString();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new IngestException(fileName + " is empty: there is no text in it. Check that you sent the right file.");
        }
        return text;
    }

    private static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, SNIFF_BYTES);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != 0x0c) {
                control++;
            }
        }
        return n > 0 && control > MAX_CONTROL_SHARE * n;
    }

    private static IngestException binary(String source) {
        return new IngestException(source + " looks like binary data (a PDF, image, Word file or UTF-16 text?), not "
                + "UTF-8 text. Send the article as .txt, .md, .html or .jsonl in UTF-8, or paste its text.");
    }
}
