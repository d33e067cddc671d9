package dev.attache.core.ingest;

import dev.attache.core.ops.FetchPolicy;
import java.io.ByteArrayOutputStream;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Fetches a web page for an operator's {@code add}, safely: http(s) only; every host (including
 * each redirect target, followed by hand up to the policy's limit) is resolved first and refused
 * when it is loopback, private, link-local (cloud metadata), multicast, unique-local, CGNAT or
 * unspecified, unless the policy allows that host; the whole fetch is bounded in time and bytes;
 * only HTML, XHTML, plain text and Markdown are accepted. Every failure is a {@link FetchException}
 * that tells the operator what happened. Thread-safe; close it to release the HTTP client.
 *
 * <p>The address check and the connection resolve the name separately, so a DNS server that
 * answers differently within that instant (rebinding) is not defended against here.
 */
public final class UrlFetcher implements AutoCloseable {

    private static final Set<String> ACCEPTED_TYPES = Set.of("text/html", "text/plain", "text/markdown",
            "application/xhtml+xml");
    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);
    private static final String USER_AGENT = "Attache/0.1 (+article import for a curated library)";

    private final FetchPolicy policy;
    private final HttpClient client;

    public UrlFetcher(FetchPolicy policy) {
        this.policy = policy;
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(policy.timeout())
                .build();
    }

    /** Fetches {@code url}, following redirects; the result is a page of an accepted type within the size limit. */
    public FetchedPage fetch(String url) {
        long deadline = System.nanoTime() + policy.timeout().toNanos();
        URI uri = parse(url);
        for (int hop = 0; ; hop++) {
            checkAllowed(uri);
            HttpResponse<Body> response = send(uri, deadline);
            int status = response.statusCode();
            if (REDIRECTS.contains(status)) {
                URI from = uri;
                String location = response.headers().firstValue("Location")
                        .orElseThrow(() -> new FetchException(from + " redirects (HTTP " + status + ") but gives no Location."));
                if (hop >= policy.maxRedirects()) {
                    throw new FetchException("Too many redirects: " + url + " still redirects after "
                            + policy.maxRedirects() + " hops. Give the article's final address instead.");
                }
                uri = resolve(uri, location);
                continue;
            }
            if (status < 200 || status > 299) {
                throw new FetchException("The server answered HTTP " + status + " for " + uri
                        + ". Check that the link works in a browser and is publicly reachable.");
            }
            Body body = response.body();
            return new FetchedPage(uri.toString(), body.type(), body.charset(), body.bytes());
        }
    }

    @Override
    public void close() {
        client.close();
    }

    private static URI parse(String url) {
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                throw new FetchException("Only http and https links can be added; \"" + url + "\" is not one.");
            }
            if (uri.getHost() == null || uri.getHost().isEmpty()) {
                throw new FetchException("\"" + url + "\" has no host name.");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new FetchException("\"" + url + "\" is not a valid URL (" + e.getReason() + ").");
        }
    }

    private static URI resolve(URI base, String location) {
        try {
            return parse(base.resolve(new URI(location.strip())).toString());
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new FetchException(base + " redirects to an invalid address: " + location);
        }
    }

    /** Refuses hosts that resolve to any non-public address, unless allowed by the policy. */
    private void checkAllowed(URI uri) {
        String host = uri.getHost();
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (policy.allowedPrivateHosts().stream().anyMatch(h -> h.equalsIgnoreCase(bare) || h.equalsIgnoreCase(host))) {
            return;
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(bare);
        } catch (UnknownHostException e) {
            throw new FetchException("The host " + host + " could not be found (DNS). Check the spelling of the link.");
        }
        for (InetAddress address : addresses) {
            if (!isPublic(address)) {
                throw new FetchException("Refused to fetch " + uri + ": " + host + " is a private, local or reserved "
                        + "address (" + address.getHostAddress() + "). Only public web pages can be added.");
            }
        }
    }

    /** False for loopback, private, link-local, multicast, unique-local, CGNAT, unspecified and embedded such addresses. */
    static boolean isPublic(InetAddress a) {
        if (a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress() || a.isMulticastAddress()
                || a.isAnyLocalAddress()) {
            return false;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first != 0 && first != 127 && !(first == 100 && (second & 0xc0) == 64)   // 0/8, 100.64/10
                    && !(first == 169 && second == 254) && !(first == 255);
        }
        if (a instanceof Inet6Address) {
            int first = b[0] & 0xff;
            if ((first & 0xfe) == 0xfc) {
                return false;                                                   // fc00::/7 unique local
            }
            boolean nat64 = first == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b;
            boolean sixToFour = first == 0x20 && (b[1] & 0xff) == 0x02;
            boolean compatible = true;                                          // ::a.b.c.d
            for (int i = 0; i < 12; i++) {
                compatible &= b[i] == 0;
            }
            try {
                if (nat64 || compatible) {
                    return isPublic(InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]}));
                }
                if (sixToFour) {
                    return isPublic(InetAddress.getByAddress(new byte[] {b[2], b[3], b[4], b[5]}));
                }
            } catch (UnknownHostException e) {
                return false;
            }
        }
        return true;
    }

    private HttpResponse<Body> send(URI uri, long deadline) {
        long remaining = deadline - System.nanoTime();
        if (remaining <= 0) {
            throw timeout(uri);
        }
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofNanos(remaining))
                .header("User-Agent", USER_AGENT)
                .header("Accept", "text/html,application/xhtml+xml,text/plain;q=0.9,text/markdown;q=0.9")
                .GET().build();
        CompletableFuture<HttpResponse<Body>> future = client.sendAsync(request, info -> subscriber(uri, info));
        try {
            return future.get(remaining, TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw timeout(uri);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new FetchException("Fetching " + uri + " was interrupted.", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            while (cause != null && !(cause instanceof FetchException) && cause.getCause() != null) {
                cause = cause.getCause();
            }
            if (cause instanceof FetchException fe) {
                throw fe;
            }
            if (cause instanceof java.net.http.HttpTimeoutException) {
                throw timeout(uri);
            }
            throw new FetchException("Could not fetch " + uri + ": " + (cause == null ? e : cause).getMessage()
                    + ". Check that the site is up and the link is right.", e);
        }
    }

    private FetchException timeout(URI uri) {
        return new FetchException("Fetching " + uri + " took longer than " + policy.timeout().toSeconds()
                + " s and was stopped. Try again later, or paste the article's text.");
    }

    /** The body of a response: checked type and size, or nothing for a redirect. */
    private record Body(String type, String charset, byte[] bytes) {
    }

    private HttpResponse.BodySubscriber<Body> subscriber(URI uri, HttpResponse.ResponseInfo info) {
        if (REDIRECTS.contains(info.statusCode()) || info.statusCode() < 200 || info.statusCode() > 299) {
            return HttpResponse.BodySubscribers.replacing(new Body("", "", new byte[0]));
        }
        String header = info.headers().firstValue("Content-Type").orElse("");
        String[] parts = header.split(";");
        String type = parts[0].strip().toLowerCase(Locale.ROOT);
        if (!ACCEPTED_TYPES.contains(type)) {
            throw new FetchException(uri + " is " + (type.isEmpty() ? "of no declared type" : "\"" + type + "\"")
                    + ", not a web page or text. Attaché accepts text/html, application/xhtml+xml, text/plain and "
                    + "text/markdown; for other documents, paste the text.");
        }
        String charset = "";
        for (int i = 1; i < parts.length; i++) {
            String[] kv = parts[i].strip().split("=", 2);
            if (kv.length == 2 && kv[0].strip().equalsIgnoreCase("charset")) {
                charset = kv[1].strip().replace("\"", "");
            }
        }
        long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
        if (declared > policy.maxBytes()) {
            throw tooBig(uri);
        }
        return new LimitedSubscriber(uri, type, charset);
    }

    private FetchException tooBig(URI uri) {
        return new FetchException(uri + " is larger than the limit of " + policy.maxBytes() / 1024
                + " KiB for one page and was not read. Paste the article's text instead.");
    }

    /** Collects a body up to the size limit, failing (and cancelling the download) beyond it. */
    private final class LimitedSubscriber implements HttpResponse.BodySubscriber<Body> {
        private final URI uri;
        private final String type;
        private final String charset;
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final CompletableFuture<Body> result = new CompletableFuture<>();
        private Flow.Subscription subscription;

        LimitedSubscriber(URI uri, String type, String charset) {
            this.uri = uri;
            this.type = type;
            this.charset = charset;
        }

        @Override
        public CompletionStage<Body> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            s.request(1);
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            for (ByteBuffer buffer : buffers) {
                int n = buffer.remaining();
                if (bytes.size() + (long) n > policy.maxBytes()) {
                    subscription.cancel();
                    result.completeExceptionally(tooBig(uri));
                    return;
                }
                byte[] chunk = new byte[n];
                buffer.get(chunk);
                bytes.writeBytes(chunk);
            }
            subscription.request(1);
        }

        @Override
        public void onError(Throwable error) {
            result.completeExceptionally(error);
        }

        @Override
        public void onComplete() {
            result.complete(new Body(type, charset, bytes.toByteArray()));
        }
    }
}
