package dev.attache.core.attribution;

import java.util.Objects;

/**
 * What the extractor may know about an article besides its text: the byline (or, for a speech,
 * the speaker), their role or post, and the outlet. Unknown values are empty strings, never null.
 *
 * @param author     byline or speaker of a speech, "" when unknown
 * @param authorRole the author's role; non-empty marks a speech, whose first-person statements are
 *                   the author's
 * @param outlet     publisher or venue, "" when unknown
 */
public record ArticleContext(String author, String authorRole, String outlet) {

    private static final ArticleContext NONE = new ArticleContext("", "", "");

    public ArticleContext {
        author = Objects.requireNonNullElse(author, "").strip();
        authorRole = Objects.requireNonNullElse(authorRole, "").strip();
        outlet = Objects.requireNonNullElse(outlet, "").strip();
    }

    /** A context that knows nothing about the article. */
    public static ArticleContext none() {
        return NONE;
    }

    /** True when the text is a speech by {@link #author()} (an author role is given). */
    public boolean isSpeech() {
        return !author.isEmpty() && !authorRole.isEmpty();
    }
}
