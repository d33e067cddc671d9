package dev.attache.core.ops;

/** Receives progress of a bulk import, for a progress bar. Called from the importing thread. */
@FunctionalInterface
public interface ImportProgress {

    ImportProgress NONE = (bytesRead, totalBytes, articles) -> { };

    void update(long bytesRead, long totalBytes, long articles);

    /**
     * Polled before each article is read: true makes the import read no further, finish the
     * articles in flight, commit them and return its report (the command line's SIGTERM handling).
     */
    default boolean stopRequested() {
        return false;
    }
}
