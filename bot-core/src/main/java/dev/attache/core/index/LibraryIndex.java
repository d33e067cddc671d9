package dev.attache.core.index;

import dev.attache.core.article.Article;
import dev.attache.core.article.Passage;
import dev.attache.core.attribution.Attribution;
import dev.attache.core.ops.ArticleSummary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import java.util.function.Predicate;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The library's Lucene index on disk, with an in-memory catalog of its articles. Writes are
 * serialized; reads go through a near-real-time {@link SearcherManager}. {@link #add} and
 * {@link #remove} make the change visible to searches before they return; {@link #commit} makes
 * it durable. The catalog answers duplicate checks, listings and speaker lookups without touching
 * the index.
 *
 * <p>This class is the facade the rest of the code calls; it owns the writer, the searchers and the
 * commit user data. The catalog is a {@link LibraryCatalog}, stored articles are read back by
 * {@link StoredArticles}, and vector hits are mapped to passages by {@link PassageVectorLookup}.
 */
public final class LibraryIndex implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LibraryIndex.class);

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final LibraryCatalog catalog;
    private final AtomicLong generation = new AtomicLong();
    /** Adds share it; a removal takes it alone, so it cannot interleave with an add of the same article. */
    private final ReadWriteLock changes = new ReentrantReadWriteLock();
    /** Every article with a sequence number up to this one has its vector documents (or is gone). */
    private volatile long embeddedThrough;
    /** The model that made the vector documents; null in a library that never recorded one. */
    private volatile String embeddingModel;
    /** The attribution engine of every stored article; null in a library written before engines were recorded. */
    private String attributedBy;
    /** The analysis chain of every stored article's words; null in a library written before chains were recorded. */
    private String analyzedBy;

    private LibraryIndex(Directory directory, IndexWriter writer) throws IOException {
        this.directory = directory;
        this.writer = writer;
        this.searchers = new SearcherManager(writer, new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) {
                IndexSearcher searcher = new IndexSearcher(reader);
                searcher.setSimilarity(LibrarySchema.similarity());
                return searcher;
            }
        });
        catalog = LibraryCatalog.load(searchers);
        log.info("library opened articles={} passages={}", catalog.size(), catalog.passageCount());
        Map<String, String> committed = SegmentInfos.readLatestCommit(directory).getUserData();
        String through = committed.get(EMBEDDED_THROUGH);
        embeddedThrough = through == null ? 0 : Long.parseLong(through);
        embeddingModel = committed.get(EMBEDDING_MODEL);
        attributedBy = committed.get(ATTRIBUTED_BY);
        analyzedBy = committed.get(ANALYZED_BY);
    }

    /** Commit user-data keys: {@link #embeddedThrough()} and the model, durable with the vectors they describe. */
    private static final String EMBEDDED_THROUGH = "embedded_through";
    private static final String EMBEDDING_MODEL = "embedding_model";
    /** Commit user-data key: the attribution engine every stored article's attributions come from. */
    private static final String ATTRIBUTED_BY = "attributed_by";
    /** Commit user-data key: the analysis chain ({@link LibraryAnalyzer#VERSION}) every stored article's words went through. */
    private static final String ANALYZED_BY = "analyzed_by";

    /** Opens the index in {@code indexDir}, creating it when absent. */
    public static LibraryIndex open(Path indexDir) throws IOException {
        Files.createDirectories(indexDir);
        Directory directory = FSDirectory.open(indexDir);
        IndexWriterConfig config = new IndexWriterConfig(analyzer())
                .setSimilarity(LibrarySchema.similarity())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(64);
        try {
            IndexWriter writer = new IndexWriter(directory, config);
            // Make a new index durable at once, so that it opens after a crash before the first add.
            writer.commit();
            return new LibraryIndex(directory, writer);
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    /** The analyzer for every field: English text, with speaker names kept whole. */
    public static Analyzer analyzer() {
        return new PerFieldAnalyzerWrapper(LibraryAnalyzer.english(),
                Map.of(LibrarySchema.SPEAKERS, LibraryAnalyzer.names()));
    }

    /**
     * The id of an article already in the library with the same id, canonical URL or text
     * fingerprint, if any.
     */
    public Optional<String> duplicateOf(String id, String canonicalUrl, String fingerprint) {
        return catalog.duplicateOf(id, canonicalUrl, fingerprint);
    }

    /**
     * Adds an article as one atomic block of documents, unless a duplicate is already there.
     * Several threads may add at once; the duplicate check and the reservation of the id are atomic.
     *
     * @param refresh whether to make it searchable before returning (bulk imports refresh in batches)
     * @return the id of the existing duplicate, or empty when the article was added
     */
    public Optional<String> add(Article article, String canonicalUrl, String fingerprint, boolean refresh)
            throws IOException {
        CatalogEntry entry;
        synchronized (catalog) {
            Optional<String> existing = duplicateOf(article.id(), canonicalUrl, fingerprint);
            if (existing.isPresent()) {
                return existing;
            }
            entry = new CatalogEntry(new ArticleSummary(article.id(), article.title(), article.outlet(),
                    article.author(), article.published(), article.url(), article.passages().size(),
                    LibrarySchema.quoteCount(article.attributions())),
                    article.authorRole(), canonicalUrl, fingerprint, catalog.takeNextSeq(),
                    LibrarySchema.speakerNames(article.attributions()));
            catalog.register(entry);
        }
        changes.readLock().lock();
        try {
            writer.addDocuments(LibrarySchema.documents(article, canonicalUrl, fingerprint, entry.seq()));
        } catch (IOException | RuntimeException e) {
            synchronized (catalog) {
                catalog.unregister(entry);
            }
            throw e;
        } finally {
            changes.readLock().unlock();
        }
        generation.incrementAndGet();
        if (refresh) {
            searchers.maybeRefreshBlocking();
        }
        return Optional.empty();
    }

    /** Removes an article and makes the removal visible at once; false when there was no such article. */
    public boolean remove(String id) throws IOException {
        changes.writeLock().lock();
        try {
            CatalogEntry entry;
            synchronized (catalog) {
                entry = catalog.get(id);
                if (entry == null) {
                    return false;
                }
                catalog.unregister(entry);
            }
            writer.deleteDocuments(new Term(LibrarySchema.ARTICLE_ID, id));
        } finally {
            changes.writeLock().unlock();
        }
        generation.incrementAndGet();
        searchers.maybeRefreshBlocking();
        return true;
    }

    /**
     * The highest article sequence number through which every article's passages have vector
     * documents; articles are embedded in sequence order, so this is the embedder's progress.
     */
    public long embeddedThrough() {
        return embeddedThrough;
    }

    /** Catalog entries with a sequence number above {@code seq}, in sequence order: what awaits embedding. */
    public List<CatalogEntry> entriesAfter(long seq) {
        return catalog.entriesAfter(seq);
    }

    /** Passages of articles up to {@link #embeddedThrough()}: how many have vectors. */
    public long embeddedPassageCount() {
        return catalog.passageCountThrough(embeddedThrough);
    }

    /** An article's searchable passages in order, as the embedder needs them; empty while not yet searchable. */
    public List<IndexedPassage> indexedPassages(String articleId) {
        return withSearcher(searcher -> StoredArticles.indexedPassages(searcher, articleId));
    }

    /**
     * Stores the vectors of an article's passages, replacing any it had, and moves
     * {@link #embeddedThrough()} to its sequence number (durable with the next commit). Does
     * nothing and returns false when the article was removed or replaced meanwhile.
     */
    public boolean putVectors(CatalogEntry entry, List<IndexedPassage> passages, List<PassageVectors> vectors)
            throws IOException {
        if (passages.size() != vectors.size()) {
            throw new IllegalArgumentException(passages.size() + " passages but " + vectors.size() + " vectors");
        }
        List<Document> docs = new ArrayList<>(passages.size());
        for (int i = 0; i < passages.size(); i++) {
            docs.add(LibrarySchema.vectorDocument(entry.id(), passages.get(i), vectors.get(i)));
        }
        changes.readLock().lock();
        try {
            CatalogEntry current = catalog.get(entry.id());
            if (current == null || current.seq() != entry.seq()) {
                return false;
            }
            writer.updateDocuments(new Term(LibrarySchema.VECTORS_OF, entry.id()), docs);
            markEmbeddedThrough(entry.seq());
            return true;
        } finally {
            changes.readLock().unlock();
        }
    }

    /**
     * Gives a stored article new attributions (the attribution engine changed since it was added):
     * its article, text, passage and vector documents are written again as one atomic block, with
     * the same passages, sequence number and vectors, and the new quotes and speaker names. No
     * background embedding may run meanwhile (it could write the article's vectors with the old
     * speakers). Returns false when the article is gone.
     *
     * @param refresh whether to make the change visible before returning (a run over the whole
     *     library refreshes once at its end)
     */
    public boolean replaceAttributions(String articleId, List<Attribution> attributions, boolean refresh)
            throws IOException {
        changes.writeLock().lock();
        try {
            CatalogEntry entry = catalog.get(articleId);
            Optional<String> text = text(articleId);
            if (entry == null || text.isEmpty()) {
                return false;
            }
            StoredArticles.StoredArticle stored =
                    withSearcher(searcher -> StoredArticles.storedArticle(searcher, articleId, attributions));
            ArticleSummary summary = entry.summary();
            Article article = new Article(articleId, summary.title(), summary.outlet(), summary.author(),
                    entry.authorRole(), summary.published(), summary.url(), "", text.get(), stored.passages(), attributions);
            List<Document> docs = new ArrayList<>(LibrarySchema.documents(article, entry.canonicalUrl(),
                    entry.fingerprint(), entry.seq()));
            long day = LibrarySchema.day(summary.published());
            for (Passage passage : stored.passages()) {
                PassageVectors vector = stored.vectors().get(passage.id());
                if (vector != null) {
                    docs.add(LibrarySchema.vectorDocument(articleId, new IndexedPassage(passage.id(), passage.text(), day,
                            LibrarySchema.speakerNames(passage.attributions())), vector));
                }
            }
            writer.updateDocuments(new Term(LibrarySchema.ARTICLE_ID, articleId), docs);
            synchronized (catalog) {
                catalog.unregister(entry);
                catalog.register(new CatalogEntry(new ArticleSummary(articleId, summary.title(), summary.outlet(),
                        summary.author(), summary.published(), summary.url(), summary.passages(),
                        LibrarySchema.quoteCount(attributions)), entry.authorRole(), entry.canonicalUrl(),
                        entry.fingerprint(), entry.seq(), LibrarySchema.speakerNames(attributions)));
            }
        } finally {
            changes.writeLock().unlock();
        }
        generation.incrementAndGet();
        if (refresh) {
            searchers.maybeRefreshBlocking();
        }
        return true;
    }

    /** Records that every article through {@code seq} is embedded (or needs no vectors). */
    public synchronized void markEmbeddedThrough(long seq) {
        if (seq > embeddedThrough) {
            embeddedThrough = seq;
            setCommitData();
        }
    }

    /**
     * Whether the last commit of the index in {@code indexDir} holds vectors made by {@code model}
     * (false when there is no index yet); read without opening the index.
     */
    public static boolean hasCommittedVectorsOf(Path indexDir, String model) throws IOException {
        if (!Files.isDirectory(indexDir)) {
            return false;
        }
        try (Directory directory = FSDirectory.open(indexDir)) {
            if (!DirectoryReader.indexExists(directory)) {
                return false;
            }
            Map<String, String> committed = SegmentInfos.readLatestCommit(directory).getUserData();
            String through = committed.get(EMBEDDED_THROUGH);
            return through != null && Long.parseLong(through) > 0 && model.equals(committed.get(EMBEDDING_MODEL));
        }
    }

    /**
     * True when the library holds vectors that {@code model} did not make (vectors from before a
     * change of model): a question embedded by {@code model} must not be compared with them.
     */
    public boolean hasVectorsNotMadeBy(String model) {
        return embeddedThrough > 0 && !model.equals(embeddingModel);
    }

    /**
     * Makes {@code model} the library's embedding model: when the vectors were made by another,
     * they are deleted and every article awaits embedding again. Durable at once.
     */
    public synchronized void embedWith(String model) throws IOException {
        if (model.equals(embeddingModel)) {
            return;
        }
        if (embeddedThrough > 0) {
            log.info("deleting the passage vectors of {}: the library is embedded again with {}",
                    embeddingModel == null ? "an earlier model" : embeddingModel, model);
            writer.deleteDocuments(new Term(LibrarySchema.TYPE, LibrarySchema.TYPE_VECTOR));
        }
        embeddedThrough = 0;
        embeddingModel = model;
        setCommitData();
        writer.commit();
        refreshVectors();
    }

    private void setCommitData() {
        Map<String, String> data = new HashMap<>();
        data.put(EMBEDDED_THROUGH, Long.toString(embeddedThrough));
        if (embeddingModel != null) {
            data.put(EMBEDDING_MODEL, embeddingModel);
        }
        if (attributedBy != null) {
            data.put(ATTRIBUTED_BY, attributedBy);
        }
        if (analyzedBy != null) {
            data.put(ANALYZED_BY, analyzedBy);
        }
        writer.setLiveCommitData(data.entrySet());
    }

    /**
     * The attribution engine every stored article's attributions come from (an engine's version,
     * {@code AttributionExtractor.ENGINE}); empty for a library written before engines were recorded.
     */
    public synchronized Optional<String> attributedBy() {
        return Optional.ofNullable(attributedBy);
    }

    /** Records that every stored article's attributions come from {@code engine}; durable with the next commit. */
    public synchronized void markAttributedBy(String engine) {
        attributedBy = engine;
        setCommitData();
    }

    /**
     * The version of the analysis chain ({@link LibraryAnalyzer#VERSION}) every stored article's
     * words went through; empty for a library written before versions were recorded.
     */
    public synchronized Optional<String> analyzedBy() {
        return Optional.ofNullable(analyzedBy);
    }

    /** Records that every stored article's words went through chain {@code version}; durable with the next commit. */
    public synchronized void markAnalyzedBy(String version) {
        analyzedBy = version;
        setCommitData();
    }

    /**
     * The passage documents of {@code vectorHits} (vector documents found by a search with
     * {@code searcher}), in the same order and with the same scores, each with its vector document;
     * a vector whose passage is gone is skipped.
     */
    public NearestPassages passagesOfVectors(IndexSearcher searcher, TopDocs vectorHits) throws IOException {
        return PassageVectorLookup.passagesOfVectors(searcher, vectorHits);
    }

    /** Makes new vectors visible to searches; answers computed before may now differ, so caches are invalidated. */
    public void refreshVectors() throws IOException {
        searchers.maybeRefreshBlocking();
        generation.incrementAndGet();
    }

    /** Makes every change so far durable. */
    public void commit() throws IOException {
        writer.commit();
    }

    /** Makes every change so far visible to searches. */
    public void refresh() throws IOException {
        searchers.maybeRefreshBlocking();
    }

    /**
     * Merges the index into one segment, commits, and makes the merged index the one searched.
     * Every search visits each segment (term look-ups, scorers), so a library that a bulk import left
     * in several segments answers faster afterwards (docs/PERFORMANCE.md, "Compaction"). The merge
     * rewrites the whole index once: it belongs after a bulk import, not after every article.
     * Searches and additions go on while it runs; the answers do not change.
     */
    public Compaction compact() throws IOException {
        int before = segmentCount();
        long start = System.nanoTime();
        writer.forceMerge(1);
        writer.commit();
        searchers.maybeRefreshBlocking();
        return new Compaction(before, segmentCount(), Duration.ofNanos(System.nanoTime() - start));
    }

    /**
     * {@link #compact} after a bulk change that added {@code passagesAdded} passages or their vectors, if
     * {@code policy} calls for it and merging the library's vectors fits the heap; empty if not.
     */
    public Optional<Compaction> compactAfterBulk(long passagesAdded, BulkCompaction policy) throws IOException {
        if (!policy.worthIt(passagesAdded, passageCount())) {
            return Optional.empty();
        }
        long maxHeap = Runtime.getRuntime().maxMemory();
        if (!BulkCompaction.mergeFitsTheHeap(embeddedPassageCount(), maxHeap)) {
            log.info("not compacting: merging the vectors of {} passages would take more than a quarter of the "
                    + "{} MB heap", embeddedPassageCount(), maxHeap >> 20);
            return Optional.empty();
        }
        return Optional.of(compact());
    }

    /** The number of segments searched now. */
    public int segmentCount() {
        return withSearcher(searcher -> searcher.getIndexReader().leaves().size());
    }

    /** A number that changes whenever the library changes; caches key on it. */
    public long generation() {
        return generation.get();
    }

    /** Runs {@code work} with a current searcher, released afterwards. */
    public <T> T withSearcher(Function<IndexSearcher, T> work) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return work.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Optional<CatalogEntry> entry(String id) {
        return Optional.ofNullable(catalog.get(id));
    }

    /** Catalog entries, most recently added first. */
    public List<CatalogEntry> entriesNewestFirst() {
        return catalog.entriesNewestFirst();
    }

    /** The library's distinct speaker names that {@code wanted} accepts, each with the number of articles quoting them. */
    public Map<String, Integer> speakerNames(Predicate<String> wanted) {
        return catalog.speakerNames(wanted);
    }

    public int articleCount() {
        return catalog.size();
    }

    public long passageCount() {
        return catalog.passageCount();
    }

    public long quoteCount() {
        return catalog.quoteCount();
    }

    /** The full text of an article, for verifying quotes. */
    public Optional<String> text(String articleId) {
        return storedDocument(LibrarySchema.TYPE_TEXT, articleId).map(d -> d.get(LibrarySchema.FULL_TEXT));
    }

    /**
     * Whether some live passages were written before their ids were kept as doc values
     * ({@link LibrarySchema#PASSAGE_ID_VALUES}).
     */
    public boolean hasPassagesWithoutIdValues() {
        return withSearcher(StoredArticles::hasPassagesWithoutIdValues);
    }

    /**
     * Whether the article's passages were written before their ids were kept as doc values
     * ({@link LibrarySchema#PASSAGE_ID_VALUES}); writing the article again adds them.
     */
    public boolean passagesLackIdValues(String articleId) {
        return withSearcher(searcher -> StoredArticles.passagesLackIdValues(searcher, articleId));
    }

    /**
     * The article's passages by the offset where each starts in its text: one read for many
     * look-ups. Read from the article document; an index written before it held the starts reads
     * the passages themselves.
     */
    public NavigableMap<Integer, String> passageStarts(String articleId) {
        return storedDocument(LibrarySchema.TYPE_ARTICLE, articleId)
                .flatMap(LibrarySchema::passageStarts)
                .orElseGet(() -> startsOfPassages(articleId));
    }

    NavigableMap<Integer, String> startsOfPassages(String articleId) {
        return withSearcher(searcher -> StoredArticles.startsOfPassages(searcher, articleId));
    }

    /** Every attribution of an article, with offsets into its text. */
    public List<Attribution> attributions(String articleId) {
        return storedDocument(LibrarySchema.TYPE_ARTICLE, articleId).map(LibrarySchema::attributions)
                .orElse(List.of());
    }

    private Optional<Document> storedDocument(String type, String articleId) {
        return withSearcher(searcher -> StoredArticles.storedDocument(searcher, type, articleId));
    }

    /** Bytes the index occupies on disk. */
    public long sizeInBytes() {
        try {
            long total = 0;
            for (String file : directory.listAll()) {
                try {
                    total += directory.fileLength(file);
                } catch (IOException e) {
                    // a file merged away while listing: not part of the index any more
                }
            }
            return total;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Commits and closes; nothing acknowledged is lost. */
    @Override
    public void close() throws IOException {
        try {
            searchers.close();
            writer.commit();
            writer.close();
        } finally {
            directory.close();
        }
    }
}
