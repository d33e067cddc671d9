package dev.attache.core.ops;

/** Bounds on what users and operators may send; anything beyond gets a clear error. */
public record Limits(int maxQuestionChars, long maxFileBytes, int maxPassagesPerArticle) {

    public static Limits defaults() {
        return new Limits(2_000, 20L * 1024 * 1024, 2_000);
    }
}
