package dev.attache.core.ingest;

/**
 * A page fetched by {@link UrlFetcher}: the URL it was finally served from (after redirects), its
 * media type in lower case without parameters, the charset the server declared (empty when none)
 * and its bytes, never more than the policy's limit.
 */
public record FetchedPage(String finalUrl, String contentType, String charset, byte[] bytes) {

    public FetchedPage {
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }
}
