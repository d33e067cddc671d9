package dev.attache.core.article;

import dev.attache.core.attribution.Attribution;
import java.util.List;

/**
 * An article of the library: a stable id, its metadata, its clean text, its passages and the
 * attributions found in it. Unknown text fields are empty strings.
 */
public record Article(
        String id,
        String title,
        String outlet,
        String author,
        String authorRole,
        PublishedDate published,
        String url,
        String language,
        String text,
        List<Passage> passages,
        List<Attribution> attributions) {

    public Article {
        passages = List.copyOf(passages);
        attributions = List.copyOf(attributions);
    }
}
