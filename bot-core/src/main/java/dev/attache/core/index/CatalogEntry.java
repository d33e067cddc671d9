package dev.attache.core.index;

import dev.attache.core.ops.ArticleSummary;
import java.util.List;

/**
 * What the library keeps in memory about each article: its summary, the keys that detect a
 * duplicate (canonical URL, text fingerprint), its place in the order of addition, and its speakers.
 */
public record CatalogEntry(ArticleSummary summary, String authorRole, String canonicalUrl, String fingerprint,
                           long seq, List<String> speakers) {

    public CatalogEntry {
        speakers = List.copyOf(speakers);
    }

    public String id() {
        return summary.id();
    }
}
