package dev.attache.core.search;

import dev.attache.core.attribution.Attribution;
import java.util.List;
import java.util.OptionalDouble;

/**
 * A retrieved passage: its ids, final score, text and where it starts in its article, the
 * attributions it holds (offsets into the article text), and, with hybrid search, the cosine
 * similarity of its vector to the question's (every candidate is compared, whether the vector
 * search or the word search found it). {@code hasVector} tells
 * whether the passage had a vector to be found by at all: false with word search alone, and for an
 * article that the background embedder has not reached yet.
 */
public record Hit(String passageId, String articleId, float score, String text, int start,
                  List<Attribution> attributions, OptionalDouble similarity, boolean hasVector) {
}
