package dev.attache.core.ops;

import dev.attache.core.article.PublishedDate;

/** One line of the library listing: an article's id, metadata and counts. */
public record ArticleSummary(String id, String title, String outlet, String author,
                             PublishedDate published, String url, int passages, int quotes) {
}
