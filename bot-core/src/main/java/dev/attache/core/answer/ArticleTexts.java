package dev.attache.core.answer;

import dev.attache.core.attribution.Span;
import dev.attache.core.search.Hit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The article text one answer draws on. A passage's text is exactly its span of the article's text,
 * so text inside a retrieved passage is cut from the passage; only text beyond them (a quote that
 * starts in the previous passage, the quote of a voice elsewhere in the article) reads the
 * article's full text from the index, once per article and answer: reading a long article costs
 * more than the search.
 */
final class ArticleTexts {

    private final Map<String, List<Hit>> retrieved = new HashMap<>();
    private final Function<String, Optional<String>> reader;
    private final Map<String, String> texts = new HashMap<>();

    /**
     * @param hits   the retrieved passages
     * @param reader the full text of an article by id, as {@code LibraryIndex::text} reads it
     */
    ArticleTexts(List<Hit> hits, Function<String, Optional<String>> reader) {
        hits.forEach(h -> retrieved.computeIfAbsent(h.articleId(), id -> new ArrayList<>()).add(h));
        this.reader = reader;
    }

    /** Whether {@code span} lies inside the article's text: attributions of an article re-imported since may not. */
    boolean holds(String articleId, Span span) {
        return retrievedPassageHolding(articleId, span.start(), span.end()).isPresent()
                || span.end() <= of(articleId).length();
    }

    /** The text of {@code span}; the caller checks first that the article {@link #holds} it. */
    String of(String articleId, Span span) {
        return window(articleId, span.start(), span.end());
    }

    /** The article's text from {@code start} to {@code end}, each clipped to the text's bounds. */
    String window(String articleId, int start, int end) {
        int from = Math.max(0, start);
        Optional<Hit> passage = retrievedPassageHolding(articleId, from, end);
        if (passage.isPresent()) {
            Hit hit = passage.get();
            return hit.text().substring(from - hit.start(), end - hit.start());
        }
        String text = of(articleId);
        return text.substring(Math.min(from, text.length()), Math.min(end, text.length()));
    }

    /** The article's full text; empty when it has been removed from the library since it was retrieved. */
    String of(String articleId) {
        return texts.computeIfAbsent(articleId, id -> reader.apply(id).orElse(""));
    }

    private Optional<Hit> retrievedPassageHolding(String articleId, int start, int end) {
        for (Hit hit : retrieved.getOrDefault(articleId, List.of())) {
            if (hit.start() <= start && end <= hit.start() + hit.text().length()) {
                return Optional.of(hit);
            }
        }
        return Optional.empty();
    }
}
