package dev.attache.core.attribution.eval;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.attache.core.attribution.Attribution;
import dev.attache.core.attribution.Span;
import dev.attache.core.attribution.Speaker;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Optional;

/**
 * Writes one JSON object per line for {@code attache attributions --json}:
 * {@code {"file": …, "attributions": [{"content": [start, end], "source": [start, end] | null,
 * "cue": [start, end] | null, "speaker": string | null, "direct": true|false}]}}, offsets being
 * Java String indices into the file's text read as UTF-8, end exclusive.
 */
public final class AttributionJsonWriter {

    private static final JsonFactory FACTORY = new JsonFactory();

    private AttributionJsonWriter() {
    }

    /** The JSON line (without line break) for one file. */
    public static String toJsonLine(String file, List<Attribution> attributions) {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(w)) {
            g.writeStartObject();
            g.writeStringField("file", file);
            g.writeArrayFieldStart("attributions");
            for (Attribution a : attributions) {
                g.writeStartObject();
                g.writeFieldName("content");
                span(g, Optional.of(a.content()));
                g.writeFieldName("source");
                span(g, a.source());
                g.writeFieldName("cue");
                span(g, a.cue());
                Optional<String> speaker = a.speaker().map(Speaker::name).filter(n -> !n.isEmpty());
                if (speaker.isPresent()) {
                    g.writeStringField("speaker", speaker.get());
                } else {
                    g.writeNullField("speaker");
                }
                g.writeBooleanField("direct", a.direct());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    /** Writes the JSON line for one file followed by a line break. */
    public static void writeLine(Writer out, String file, List<Attribution> attributions) throws IOException {
        out.write(toJsonLine(file, attributions));
        out.write('\n');
    }

    private static void span(JsonGenerator g, Optional<Span> span) throws IOException {
        if (span.isEmpty()) {
            g.writeNull();
            return;
        }
        g.writeStartArray();
        g.writeNumber(span.get().start());
        g.writeNumber(span.get().end());
        g.writeEndArray();
    }
}
