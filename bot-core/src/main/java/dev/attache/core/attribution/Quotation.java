package dev.attache.core.attribution;

import java.util.List;

/**
 * A top-level quotation: one segment per paragraph it spans, each from its opening mark to just
 * after its closing mark (or to the end of the paragraph when the quote continues, or was never
 * closed).
 *
 * @param segments in text order, at least one
 * @param closed   whether the last segment ends with a closing mark
 */
record Quotation(List<Span> segments, boolean closed) {

    Quotation {
        segments = List.copyOf(segments);
        if (segments.isEmpty()) {
            throw new IllegalArgumentException("a quotation has at least one segment");
        }
    }

    int start() {
        return segments.getFirst().start();
    }

    int end() {
        return segments.getLast().end();
    }

    Span whole() {
        return new Span(start(), end());
    }
}
