package dev.attache.core.article;

import java.util.Objects;

/**
 * What a parser read from one source before it becomes an {@link Article}: metadata and clean,
 * reflowed body text. Unknown text fields are empty strings, never null.
 *
 * @param givenId the identifier the source itself gave (a JSON Lines {@code id}), or empty
 */
public record ParsedDocument(
        String givenId,
        String title,
        String outlet,
        String author,
        String authorRole,
        PublishedDate published,
        String url,
        String language,
        String text) {

    public ParsedDocument {
        givenId = orEmpty(givenId);
        title = orEmpty(title);
        outlet = orEmpty(outlet);
        author = orEmpty(author);
        authorRole = orEmpty(authorRole);
        published = published == null ? PublishedDate.unknown() : published;
        url = orEmpty(url);
        language = language == null || language.isBlank() ? "en" : language;
        text = Objects.requireNonNull(text, "text");
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s.strip();
    }
}
