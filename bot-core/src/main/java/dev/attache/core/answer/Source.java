package dev.attache.core.answer;

import dev.attache.core.article.PublishedDate;
import dev.attache.core.ops.ArticleSummary;
import java.net.URI;
import java.util.Locale;

/** An article cited by an answer, numbered from 1 in order of first citation. Unknown fields are empty. */
public record Source(int n, String articleId, String title, String outlet, String author,
                     PublishedDate published, String url) {

    /**
     * Article {@code a} cited as source {@code n}. Where the article names no outlet, the web site it came from
     * ("cnn.com") stands for it, so that a reader can tell who published what the answer cites.
     */
    public static Source citing(int n, ArticleSummary a) {
        String outlet = a.outlet().isBlank() ? siteOf(a.url()) : a.outlet();
        return new Source(n, a.id(), a.title(), outlet, a.author(), a.published(), a.url());
    }

    /** The host of a web address without a leading "www.", lower-cased; empty when {@code url} has none. */
    static String siteOf(String url) {
        try {
            String host = URI.create(url.strip()).getHost();
            if (host == null) {
                return "";
            }
            host = host.toLowerCase(Locale.ROOT);
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            return ""; // not a web address the article can be traced by
        }
    }
}
