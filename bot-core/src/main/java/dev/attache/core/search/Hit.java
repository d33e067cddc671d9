package dev.attache.core.search;

import dev.attache.core.attribution.Attribution;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * A retrieved passage: its ids, final score, text and where it starts in its article, the
 * attributions it holds (offsets into the article text), its article's publication day, and, when
 * hybrid search found its vector among the nearest, the cosine similarity of that vector to the
 * question's.
 */
public record Hit(String passageId, String articleId, float score, String text, int start,
                  List<Attribution> attributions, OptionalLong publishedDay, OptionalDouble similarity) {

    public Hit withScore(float newScore) {
        return new Hit(passageId, articleId, newScore, text, start, attributions, publishedDay, similarity);
    }
}
