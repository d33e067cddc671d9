package dev.attache.core.answer;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The full texts of the articles one answer draws on, each read from the index on first use and
 * kept for the rest of the answer. Most points need only their retrieved passage; a quote needs
 * its article's text to be verified, and reading a long article costs more than the search.
 */
final class ArticleTexts {

    private final Function<String, Optional<String>> reader;
    private final Map<String, String> texts = new HashMap<>();

    /** @param reader the full text of an article by id, as {@code LibraryIndex::text} reads it */
    ArticleTexts(Function<String, Optional<String>> reader) {
        this.reader = reader;
    }

    /** The article's full text; empty when it has been removed from the library since it was retrieved. */
    String of(String articleId) {
        return texts.computeIfAbsent(articleId, id -> reader.apply(id).orElse(""));
    }
}
