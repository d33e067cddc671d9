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
        outlet = field(outlet);
        author = field(author);
        authorRole = field(authorRole);
        published = published == null ? PublishedDate.unknown() : published;
        url = orEmpty(url);
        language = language == null || language.isBlank() ? "en" : language;
        text = Objects.requireNonNull(text, "text");
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s.strip();
    }

    /** A name field without the separator a source's list left after it ("Luiz Inácio Lula da Silva,"). */
    private static String field(String s) {
        String value = orEmpty(s);
        int end = value.length();
        while (end > 0 && (value.charAt(end - 1) == ',' || value.charAt(end - 1) == ';')) {
            end--;
        }
        return value.substring(0, end).strip();
    }
}
