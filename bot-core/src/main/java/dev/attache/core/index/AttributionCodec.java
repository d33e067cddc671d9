package dev.attache.core.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.attache.core.attribution.Attribution;
import dev.attache.core.attribution.Span;
import dev.attache.core.attribution.Speaker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.util.BytesRef;

/** Encodes attributions as compact JSON for a stored field, and decodes them back. */
final class AttributionCodec {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The stored form: spans as [start, end] pairs, absent parts as null. */
    private record Stored(int[] c, int[] s, int[] q, String n, String r, String o, boolean d) {}

    private AttributionCodec() {
    }

    static byte[] encode(List<Attribution> attributions) {
        Stored[] stored = attributions.stream().map(AttributionCodec::toStored).toArray(Stored[]::new);
        try {
            return JSON.writeValueAsBytes(stored);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Attribution> decode(BytesRef bytes) {
        if (bytes == null || bytes.length == 0) {
            return List.of();
        }
        try {
            return Arrays.stream(JSON.readValue(bytes.bytes, bytes.offset, bytes.length, Stored[].class)).map(AttributionCodec::fromStored).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Stored toStored(Attribution a) {
        Speaker sp = a.speaker().orElse(null);
        return new Stored(pair(a.content()), a.source().map(AttributionCodec::pair).orElse(null),
                a.cue().map(AttributionCodec::pair).orElse(null),
                sp == null ? null : sp.name(), sp == null ? null : sp.role(), sp == null ? null : sp.organization(),
                a.direct());
    }

    private static Attribution fromStored(Stored s) {
        Optional<Speaker> speaker = s.n() == null ? Optional.empty() : Optional.of(new Speaker(s.n(), s.r(), s.o()));
        return new Attribution(span(s.c()), Optional.ofNullable(s.s()).map(AttributionCodec::span),
                Optional.ofNullable(s.q()).map(AttributionCodec::span), speaker, s.d());
    }

    private static int[] pair(Span span) {
        return new int[] {span.start(), span.end()};
    }

    private static Span span(int[] pair) {
        return new Span(pair[0], pair[1]);
    }
}
