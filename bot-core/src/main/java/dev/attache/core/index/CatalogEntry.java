package dev.attache.core.index;

import dev.attache.core.ops.ArticleSummary;
import java.util.List;

/**
 * What the library keeps in memory about each article: its summary, the keys that detect a
 * duplicate (canonical URL, text fingerprint), its place in the order of addition, and its speakers.
 */
public record CatalogEntry(ArticleSummary summary, String authorRole, String canonicalUrl, String fingerprint,
                           long seq, List<String> speakers) {

    /**
     * Speaker names and roles recur across articles (a speaker quoted in hundreds of them), and one copy
     * per article was a fifth of the heap a large library's catalog took: each is interned, kept once by
     * the JVM outside the heap. Most URLs are their own canonical form: then one string serves as both.
     */
    public CatalogEntry {
        speakers = speakers.stream().map(String::intern).toList();
        authorRole = authorRole == null ? null : authorRole.intern();
        if (canonicalUrl != null && canonicalUrl.equals(summary.url())) {
            canonicalUrl = summary.url();
        }
    }

    public String id() {
        return summary.id();
    }
}
