package dev.attache.core.ingest;

/**
 * A URL could not be fetched: refused by policy, unreachable, too slow, too large or not a page.
 * Its message is written for the operator who asked for it.
 */
public class FetchException extends IngestException {

    private static final long serialVersionUID = 1L;

    public FetchException(String message) {
        super(message);
    }

    public FetchException(String message, Throwable cause) {
        super(message, cause);
    }
}
