package dev.attache.core.ops;

import java.time.Duration;
import java.util.Set;

/**
 * Limits for fetching a URL on an operator's {@code add}: time, size, redirects, and the hosts
 * that may be fetched although they resolve to loopback or private addresses (tests use 127.0.0.1).
 */
public record FetchPolicy(Duration timeout, long maxBytes, int maxRedirects, Set<String> allowedPrivateHosts) {

    public FetchPolicy {
        allowedPrivateHosts = Set.copyOf(allowedPrivateHosts);
    }

    public static FetchPolicy defaults() {
        return new FetchPolicy(Duration.ofSeconds(15), 10L * 1024 * 1024, 5, Set.of());
    }

    public FetchPolicy allowingPrivateHosts(Set<String> hosts) {
        return new FetchPolicy(timeout, maxBytes, maxRedirects, hosts);
    }
}
