package dev.attache.core.attribution;

import java.util.List;

/** Looks up what the extractor makes of one text, for the pattern tests. */
final class AttributionProbe {

    private static final AttributionExtractor EXTRACTOR = new AttributionExtractor();

    private AttributionProbe() {
    }

    /** The attribution whose content starts with {@code contentPrefix}; fails the test when there is none. */
    static Attribution find(String text, String contentPrefix) {
        List<Attribution> list = EXTRACTOR.extract(text, ArticleContext.none());
        return list.stream().filter(a -> a.content().of(text).startsWith(contentPrefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no attribution for " + contentPrefix + " in " + list));
    }

    /** The speaker of the attribution whose content starts with {@code contentPrefix}; fails the test when there is none. */
    static Speaker speaker(String text, String contentPrefix) {
        return find(text, contentPrefix).speaker().orElseThrow(() -> new AssertionError("no speaker for " + contentPrefix));
    }

    /** The words of its source mention; null when it has none. */
    static String source(String text, Attribution a) {
        return a.source().map(s -> s.of(text)).orElse(null);
    }
}
