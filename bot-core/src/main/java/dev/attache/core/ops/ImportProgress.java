package dev.attache.core.ops;

/** Receives progress of a bulk import, for a progress bar. Called from the importing thread. */
@FunctionalInterface
public interface ImportProgress {

    ImportProgress NONE = (bytesRead, totalBytes, articles) -> { };

    void update(long bytesRead, long totalBytes, long articles);
}
