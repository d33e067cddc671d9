package dev.attache.core.attribution.eval;

import dev.attache.core.attribution.Span;

import java.util.List;

/**
 * One annotated attribution relation of a brat {@code .ann} file: its content, source and cue
 * spans (each possibly discontinuous, so lists of segments; source and cue may be empty).
 */
public record GoldAttribution(List<Span> content, List<Span> source, List<Span> cue) {

    public GoldAttribution {
        content = List.copyOf(content);
        source = List.copyOf(source);
        cue = List.copyOf(cue);
    }

    public int contentLength() {
        int n = 0;
        for (Span s : content) {
            n += s.length();
        }
        return n;
    }
}
