package dev.attache.core.ingest;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The canonical form of an http(s) URL, so that one article reached by different links is
 * recognized as a duplicate: lower-case scheme and host, no default port, user info or fragment,
 * no trailing slash, dot segments resolved, tracking parameters (utm_*, fbclid, gclid and the
 * like) removed and the remaining query parameters sorted.
 */
public final class CanonicalUrl {

    private static final Set<String> TRACKING = Set.of("fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid",
            "mc_cid", "mc_eid", "igshid", "yclid", "_hsenc", "_hsmi", "mkt_tok");

    private CanonicalUrl() {
    }

    /** Canonicalizes {@code url}; throws {@link IngestException} when it is not an absolute http(s) URL. */
    public static String of(String url) {
        URI uri;
        try {
            uri = new URI(url.strip()).normalize();
        } catch (URISyntaxException e) {
            throw new IngestException("\"" + url + "\" is not a valid URL (" + e.getReason() + ").");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw new IngestException("\"" + url + "\" is not an http or https URL with a host name.");
        }
        StringBuilder out = new StringBuilder(scheme).append("://").append(uri.getHost().toLowerCase(Locale.ROOT));
        int port = uri.getPort();
        if (port != -1 && !(port == 80 && scheme.equals("http")) && !(port == 443 && scheme.equals("https"))) {
            out.append(':').append(port);
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        out.append(path);
        String query = query(uri.getRawQuery());
        if (!query.isEmpty()) {
            out.append('?').append(query);
        }
        return out.toString();
    }

    private static String query(String raw) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        List<String> kept = new ArrayList<>();
        for (String param : raw.split("&")) {
            String name = param.split("=", 2)[0].toLowerCase(Locale.ROOT);
            if (!param.isEmpty() && !name.startsWith("utm_") && !TRACKING.contains(name)) {
                kept.add(param);
            }
        }
        kept.sort(Comparator.comparing((String p) -> p.split("=", 2)[0]).thenComparing(p -> p));
        return String.join("&", kept);
    }
}
