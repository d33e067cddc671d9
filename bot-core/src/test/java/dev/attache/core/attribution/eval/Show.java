package dev.attache.core.attribution.eval;

import dev.attache.core.attribution.ArticleContext;
import dev.attache.core.attribution.Attribution;
import dev.attache.core.attribution.AttributionExtractor;

/** Development aid: prints the attributions of the text given as the argument. */
public final class Show {
    public static void main(String[] args) {
        String t = args[0];
        for (Attribution a : new AttributionExtractor().extract(t, ArticleContext.none())) {
            System.out.println((a.direct() ? "D " : "I ") + "[" + a.source().map(s -> s.of(t)).orElse("-") + "] ("
                    + a.cue().map(s -> s.of(t)).orElse("-") + ") " + a.content().of(t) + "  => " + a.speaker().map(s -> s.name() + " | " + s.role() + " | " + s.organization()).orElse("-"));
        }
    }
}
