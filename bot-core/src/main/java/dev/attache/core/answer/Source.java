package dev.attache.core.answer;

import dev.attache.core.article.PublishedDate;

/** An article cited by an answer, numbered from 1 in order of first citation. Unknown fields are empty. */
public record Source(int n, String articleId, String title, String outlet, String author,
                     PublishedDate published, String url) {
}
