package dev.attache.core.ingest;

/**
 * A document could not be read into an article. Its message is written for the operator who sent
 * it: what is wrong and what to do about it, fit to show on the platform where it happened.
 */
public class IngestException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public IngestException(String message) {
        super(message);
    }

    public IngestException(String message, Throwable cause) {
        super(message, cause);
    }
}
