package dev.attache.core.index;

import dev.attache.core.ops.ArticleSummary;
import java.util.List;
import java.util.Map;

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

    /**
     * This entry with the copy in {@code names} of each of its outlet, author, role and speaker names (the
     * first seen becomes the copy), and its URL as its canonical URL when they are equal. Names recur across
     * articles (a speaker quoted in hundreds), and a copy per article was a quarter of a large library's
     * live heap after start-up; {@code names} is the loading catalog's, dropped once it is loaded.
     */
    CatalogEntry withSharedNames(Map<String, String> names) {
        ArticleSummary s = summary;
        ArticleSummary shared = new ArticleSummary(s.id(), s.title(), shared(names, s.outlet()),
                shared(names, s.author()), s.published(), s.url(), s.passages(), s.quotes());
        return new CatalogEntry(shared, shared(names, authorRole),
                canonicalUrl != null && canonicalUrl.equals(s.url()) ? s.url() : canonicalUrl, fingerprint, seq,
                sharedAll(names, speakers));
    }

    private static List<String> sharedAll(Map<String, String> names, List<String> values) {
        String[] shared = new String[values.size()];
        for (int i = 0; i < shared.length; i++) {
            shared[i] = shared(names, values.get(i));
        }
        return List.of(shared);
    }

    private static String shared(Map<String, String> names, String name) {
        return name == null ? null : names.computeIfAbsent(name, n -> n);
    }
}
