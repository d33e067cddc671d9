package dev.attache.core.article;

import dev.attache.core.attribution.Attribution;
import java.util.List;

/**
 * A paragraph-aligned, length-bounded piece of an article: the unit that is indexed and retrieved.
 * {@code start} and {@code end} are character offsets into the article text, so
 * {@code article.text().substring(start, end).equals(text)}.
 *
 * @param attributions the attributions whose content lies (at least partly) in this passage,
 *     with offsets into the article text
 */
public record Passage(String id, String articleId, int ordinal, int start, int end, String text,
                      List<Attribution> attributions) {

    public Passage {
        attributions = List.copyOf(attributions);
    }

    /** The passage id of the {@code ordinal}-th passage of an article. */
    public static String idOf(String articleId, int ordinal) {
        return articleId + "#" + ordinal;
    }
}
