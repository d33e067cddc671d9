package dev.attache.core.index;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * The in-memory catalog of the library's articles, read from the index when it opens, with the
 * look-ups by canonical URL and fingerprint and the passage and quote totals. Reads need no lock;
 * {@link LibraryIndex} holds this catalog's monitor across a check and the change it allows
 * (a duplicate check and the registration, taking the next sequence number, a removal).
 */
final class LibraryCatalog {

    private final Map<String, CatalogEntry> entries = new ConcurrentHashMap<>();
    private final Map<String, String> idByCanonicalUrl = new ConcurrentHashMap<>();
    private final Map<String, String> idByFingerprint = new ConcurrentHashMap<>();
    private final AtomicLong passageCount = new AtomicLong();
    private final AtomicLong quoteCount = new AtomicLong();
    private long nextSeq;

    private LibraryCatalog() {
    }

    /** Reads every article's catalog entry from the index that {@code searchers} searches. */
    static LibraryCatalog load(SearcherManager searchers) throws IOException {
        LibraryCatalog catalog = new LibraryCatalog();
        IndexSearcher searcher = searchers.acquire();
        try {
            TermQuery articles = new TermQuery(new Term(LibrarySchema.TYPE, LibrarySchema.TYPE_ARTICLE));
            int total = Math.max(1, searcher.count(articles));
            TopDocs docs = searcher.search(articles, total);
            StoredFields stored = searcher.storedFields();
            // In doc order, from the catalog doc values (or, for an index written before them, the
            // stored fields without the attributions blob): this was most of the time from open to
            // first answer.
            int[] ids = new int[docs.scoreDocs.length];
            for (int i = 0; i < ids.length; i++) {
                ids[i] = docs.scoreDocs[i].doc;
            }
            Arrays.sort(ids);
            List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
            BinaryDocValues values = null;
            int leaf = -1;
            Map<String, String> names = new HashMap<>(4 * ids.length);
            for (int doc : ids) {
                int l = ReaderUtil.subIndex(doc, leaves);
                if (l != leaf) {
                    leaf = l;
                    values = leaves.get(l).reader().getBinaryDocValues(LibrarySchema.CATALOG);
                }
                CatalogEntry entry = values != null && values.advanceExact(doc - leaves.get(l).docBase)
                        ? LibrarySchema.decodeCatalog(values.binaryValue())
                        : LibrarySchema.catalogEntry(stored.document(doc, LibrarySchema.CATALOG_FIELDS));
                catalog.register(entry.withSharedNames(names));
            }
        } finally {
            searchers.release(searcher);
        }
        catalog.nextSeq = catalog.entries.values().stream().mapToLong(CatalogEntry::seq).max().orElse(0) + 1;
        return catalog;
    }

    /** Adds an entry, with its look-ups and its passages and quotes in the totals. */
    void register(CatalogEntry entry) {
        entries.put(entry.id(), entry);
        if (!entry.canonicalUrl().isEmpty()) {
            idByCanonicalUrl.put(entry.canonicalUrl(), entry.id());
        }
        idByFingerprint.put(entry.fingerprint(), entry.id());
        passageCount.addAndGet(entry.summary().passages());
        quoteCount.addAndGet(entry.summary().quotes());
    }

    /** Takes an entry out again, with its look-ups and its share of the totals. */
    void unregister(CatalogEntry entry) {
        entries.remove(entry.id());
        idByCanonicalUrl.remove(entry.canonicalUrl(), entry.id());
        idByFingerprint.remove(entry.fingerprint(), entry.id());
        passageCount.addAndGet(-entry.summary().passages());
        quoteCount.addAndGet(-entry.summary().quotes());
    }

    /** The sequence number of the next article added, taken; the caller holds this catalog's monitor. */
    long takeNextSeq() {
        return nextSeq++;
    }

    /**
     * The id of an article already in the library with the same id, canonical URL or text
     * fingerprint, if any.
     */
    Optional<String> duplicateOf(String id, String canonicalUrl, String fingerprint) {
        if (entries.containsKey(id)) {
            return Optional.of(id);
        }
        if (!canonicalUrl.isEmpty() && idByCanonicalUrl.containsKey(canonicalUrl)) {
            return Optional.of(idByCanonicalUrl.get(canonicalUrl));
        }
        return Optional.ofNullable(idByFingerprint.get(fingerprint));
    }

    /** Catalog entries with a sequence number above {@code seq}, in sequence order: what awaits embedding. */
    List<CatalogEntry> entriesAfter(long seq) {
        return entries.values().stream().filter(e -> e.seq() > seq)
                .sorted(Comparator.comparingLong(CatalogEntry::seq)).toList();
    }

    /** Passages of the articles with a sequence number up to {@code seq}. */
    long passageCountThrough(long seq) {
        return entries.values().stream().filter(e -> e.seq() <= seq).mapToLong(e -> e.summary().passages()).sum();
    }

    /** The entry of the article with this id, or null when there is none. */
    CatalogEntry get(String id) {
        return entries.get(id);
    }

    /** Catalog entries, most recently added first. */
    List<CatalogEntry> entriesNewestFirst() {
        return entries.values().stream().sorted(Comparator.comparingLong(CatalogEntry::seq).reversed()).toList();
    }

    /** The distinct speaker names that {@code wanted} accepts, each with the number of articles that quote them. */
    Map<String, Integer> speakerNames(Predicate<String> wanted) {
        Map<String, Integer> counts = new HashMap<>();
        for (CatalogEntry entry : entries.values()) {
            for (String name : entry.speakers()) {
                if (wanted.test(name)) {
                    counts.merge(name, 1, Integer::sum);
                }
            }
        }
        return counts;
    }

    int size() {
        return entries.size();
    }

    long passageCount() {
        return passageCount.get();
    }

    long quoteCount() {
        return quoteCount.get();
    }
}
