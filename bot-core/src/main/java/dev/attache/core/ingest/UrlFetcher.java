package dev.attache.core.ingest;

import dev.attache.core.ops.FetchPolicy;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.Proxy;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.Dns;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;

/**
 * Fetches a web page for an operator's {@code add}, safely: http(s) only; every host (including
 * each redirect target, followed by hand up to the policy's limit) is resolved first and refused
 * when it is loopback, private, link-local (cloud metadata), multicast, unique-local, CGNAT or
 * unspecified, unless the policy allows that host; the whole fetch is bounded in time and bytes;
 * only HTML, XHTML, plain text and Markdown are accepted. Every failure is a {@link FetchException}
 * that tells the operator what happened. Thread-safe; close it to release the HTTP client.
 *
 * <p>The connection goes to the very addresses that were checked: the client resolves names through
 * {@link #checkedAddresses}, so a DNS server that answers with a public address for the check and a private one
 * for the connection (rebinding) gains nothing.
 */
public final class UrlFetcher implements AutoCloseable {

    private static final Set<String> ACCEPTED_TYPES = Set.of("text/html", "text/plain", "text/markdown",
            "application/xhtml+xml");
    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);
    private static final String USER_AGENT = "Attache/0.1 (+article import for a curated library)";

    /** How a host name becomes addresses: the system's DNS, or a test's. */
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final FetchPolicy policy;
    private final Resolver resolver;
    private final OkHttpClient client;

    public UrlFetcher(FetchPolicy policy) {
        this(policy, InetAddress::getAllByName);
    }

    UrlFetcher(FetchPolicy policy, Resolver resolver) {
        this.policy = policy;
        this.resolver = resolver;
        this.client = new OkHttpClient.Builder()
                .followRedirects(false)
                .followSslRedirects(false)
                // a proxy would resolve the host itself, past the address check
                .proxy(Proxy.NO_PROXY)
                .dns(this::lookUp)
                .connectTimeout(policy.timeout())
                .readTimeout(policy.timeout())
                .build();
    }

    /** Fetches {@code url}, following redirects; the result is a page of an accepted type within the size limit. */
    public FetchedPage fetch(String url) {
        long deadline = System.nanoTime() + policy.timeout().toNanos();
        URI uri = parse(url);
        for (int hop = 0; ; hop++) {
            // An address literal never reaches the client's DNS; checking every host here also refuses before any request.
            checkedAddresses(uri.getHost(), uri.toString());
            try (Response response = send(uri, deadline)) {
                int status = response.code();
                if (REDIRECTS.contains(status)) {
                    URI from = uri;
                    String location = Optional.ofNullable(response.header("Location"))
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
                return page(uri, response);
            }
        }
    }

    @Override
    public void close() {
        client.dispatcher().executorService().shutdown();
        client.connectionPool().evictAll();
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

    /**
     * The addresses of {@code host}, every one of them public unless the policy allows that host; the client connects
     * to these and no others.
     */
    private InetAddress[] checkedAddresses(String host, String link) {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(bare);
        } catch (UnknownHostException e) {
            throw new FetchException("The host " + host + " could not be found (DNS). Check the spelling of the link.");
        }
        if (policy.allowedPrivateHosts().stream().anyMatch(h -> h.equalsIgnoreCase(bare) || h.equalsIgnoreCase(host))) {
            return addresses;
        }
        for (InetAddress address : addresses) {
            if (!isPublic(address)) {
                throw new FetchException("Refused to fetch " + link + ": " + host + " is a private, local or reserved "
                        + "address (" + address.getHostAddress() + "). Only public web pages can be added.");
            }
        }
        return addresses;
    }

    /** The client's DNS: the checked addresses, or the refusal carried through the client as its cause. */
    private List<InetAddress> lookUp(String host) throws UnknownHostException {
        try {
            return List.of(checkedAddresses(host, host));
        } catch (FetchException refused) {
            UnknownHostException carried = new UnknownHostException(refused.getMessage());
            carried.initCause(refused);
            throw carried;
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

    private Response send(URI uri, long deadline) {
        long remaining = deadline - System.nanoTime();
        if (remaining <= 0) {
            throw timeout(uri);
        }
        HttpUrl url = HttpUrl.parse(uri.toString());
        if (url == null) {
            throw new FetchException("\"" + uri + "\" is not a valid web address.");
        }
        Request request = new Request.Builder().url(url)
                .header("User-Agent", USER_AGENT)
                .header("Accept", "text/html,application/xhtml+xml,text/plain;q=0.9,text/markdown;q=0.9")
                .get().build();
        Call call = client.newCall(request);
        call.timeout().timeout(remaining, TimeUnit.NANOSECONDS);
        try {
            return call.execute();
        } catch (IOException e) {
            throw failure(uri, e);
        }
    }

    /** The operator's message for a failed exchange: the refusal it carries, a time-out, or what went wrong. */
    private FetchException failure(URI uri, IOException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof FetchException fe) {
                return fe;
            }
        }
        if (e instanceof InterruptedIOException) {
            if (Thread.currentThread().isInterrupted()) {
                return new FetchException("Fetching " + uri + " was interrupted.", e);
            }
            return timeout(uri); // the call's deadline or a socket's
        }
        return new FetchException("Could not fetch " + uri + ": " + e.getMessage()
                + ". Check that the site is up and the link is right.", e);
    }

    private FetchException timeout(URI uri) {
        return new FetchException("Fetching " + uri + " took longer than " + policy.timeout().toSeconds()
                + " s and was stopped. Try again later, or paste the article's text.");
    }

    /** The page a successful response holds: of an accepted type, read up to the size limit and no further. */
    private FetchedPage page(URI uri, Response response) {
        ResponseBody body = response.body();
        MediaType mediaType = body.contentType();
        String type = mediaType == null ? "" : (mediaType.type() + "/" + mediaType.subtype()).toLowerCase(Locale.ROOT);
        if (!ACCEPTED_TYPES.contains(type)) {
            throw new FetchException(uri + " is " + (type.isEmpty() ? "of no declared type" : "\"" + type + "\"")
                    + ", not a web page or text. Attaché accepts text/html, application/xhtml+xml, text/plain and "
                    + "text/markdown; for other documents, paste the text.");
        }
        String charset = mediaType.parameter("charset");
        if (body.contentLength() > policy.maxBytes()) {
            throw tooBig(uri);
        }
        try {
            BufferedSource source = body.source();
            // one byte past the limit tells a page of exactly the limit from a larger one
            if (source.request(policy.maxBytes() + 1)) {
                throw tooBig(uri);
            }
            Buffer bytes = source.getBuffer();
            return new FetchedPage(uri.toString(), type, charset == null ? "" : charset, bytes.readByteArray());
        } catch (IOException e) {
            throw failure(uri, e);
        }
    }

    private FetchException tooBig(URI uri) {
        return new FetchException(uri + " is larger than the limit of " + policy.maxBytes() / 1024
                + " KiB for one page and was not read. Paste the article's text instead.");
    }
}
