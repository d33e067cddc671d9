package dev.attache.core.embed;

/** Whether a library uses dense vectors: not at all, to search with the vectors it has, or also to embed what it lacks. */
public enum DenseMode {
    /** Word search only; the model is never loaded. */
    OFF,
    /** Hybrid search over the vectors the library has; nothing new is embedded (one-shot commands). */
    SEARCH,
    /** Hybrid search, and a background thread embeds every passage that has no vector yet. */
    SEARCH_AND_EMBED;

    public boolean searches() {
        return this != OFF;
    }
}
