package dev.attache.core.index;

import dev.attache.core.article.Article;
import dev.attache.core.article.Passage;
import dev.attache.core.attribution.Attribution;
import dev.attache.core.attribution.Span;
import dev.attache.core.ops.ArticleSummary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.KnnVectorValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.VectorUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The library's Lucene index on disk, with an in-memory catalog of its articles. Writes are
 * serialized; reads go through a near-real-time {@link SearcherManager}. {@link #add} and
 * {@link #remove} make the change visible to searches before they return; {@link #commit} makes
 * it durable. The catalog answers duplicate checks, listings and speaker lookups without touching
 * the index.
 */
public final class LibraryIndex implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LibraryIndex.class);

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Map<String, CatalogEntry> catalog = new ConcurrentHashMap<>();
    private final Map<String, String> idByCanonicalUrl = new ConcurrentHashMap<>();
    private final Map<String, String> idByFingerprint = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private final AtomicLong passageCount = new AtomicLong();
    private final AtomicLong quoteCount = new AtomicLong();
    /** Adds share it; a removal takes it alone, so it cannot interleave with an add of the same article. */
    private final ReadWriteLock changes = new ReentrantReadWriteLock();
    private long nextSeq;
    /** Every article with a sequence number up to this one has its vector documents (or is gone). */
    private volatile long embeddedThrough;
    /** The model that made the vector documents; null in a library that never recorded one. */
    private volatile String embeddingModel;
    /** The attribution engine of every stored article; null in a library written before engines were recorded. */
    private String attributedBy;

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
        loadCatalog();
        Map<String, String> committed = SegmentInfos.readLatestCommit(directory).getUserData();
        String through = committed.get(EMBEDDED_THROUGH);
        embeddedThrough = through == null ? 0 : Long.parseLong(through);
        embeddingModel = committed.get(EMBEDDING_MODEL);
        attributedBy = committed.get(ATTRIBUTED_BY);
    }

    /** Commit user-data keys: {@link #embeddedThrough()} and the model, durable with the vectors they describe. */
    private static final String EMBEDDED_THROUGH = "embedded_through";
    private static final String EMBEDDING_MODEL = "embedding_model";
    /** Commit user-data key: the attribution engine every stored article's attributions come from. */
    private static final String ATTRIBUTED_BY = "attributed_by";

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

    private void loadCatalog() throws IOException {
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
                register(entry.withSharedNames(names));
            }
        } finally {
            searchers.release(searcher);
        }
        nextSeq = catalog.values().stream().mapToLong(CatalogEntry::seq).max().orElse(0) + 1;
        log.info("library opened articles={} passages={}", catalog.size(), passageCount.get());
    }

    private void register(CatalogEntry entry) {
        catalog.put(entry.id(), entry);
        if (!entry.canonicalUrl().isEmpty()) {
            idByCanonicalUrl.put(entry.canonicalUrl(), entry.id());
        }
        idByFingerprint.put(entry.fingerprint(), entry.id());
        passageCount.addAndGet(entry.summary().passages());
        quoteCount.addAndGet(entry.summary().quotes());
    }

    private void unregister(CatalogEntry entry) {
        catalog.remove(entry.id());
        idByCanonicalUrl.remove(entry.canonicalUrl(), entry.id());
        idByFingerprint.remove(entry.fingerprint(), entry.id());
        passageCount.addAndGet(-entry.summary().passages());
        quoteCount.addAndGet(-entry.summary().quotes());
    }

    /**
     * The id of an article already in the library with the same id, canonical URL or text
     * fingerprint, if any.
     */
    public Optional<String> duplicateOf(String id, String canonicalUrl, String fingerprint) {
        if (catalog.containsKey(id)) {
            return Optional.of(id);
        }
        if (!canonicalUrl.isEmpty() && idByCanonicalUrl.containsKey(canonicalUrl)) {
            return Optional.of(idByCanonicalUrl.get(canonicalUrl));
        }
        return Optional.ofNullable(idByFingerprint.get(fingerprint));
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
                    article.authorRole(), canonicalUrl, fingerprint, nextSeq++,
                    LibrarySchema.speakerNames(article.attributions()));
            register(entry);
        }
        changes.readLock().lock();
        try {
            writer.addDocuments(LibrarySchema.documents(article, canonicalUrl, fingerprint, entry.seq()));
        } catch (IOException | RuntimeException e) {
            synchronized (catalog) {
                unregister(entry);
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
                unregister(entry);
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
        return catalog.values().stream().filter(e -> e.seq() > seq)
                .sorted(Comparator.comparingLong(CatalogEntry::seq)).toList();
    }

    /** Passages of articles up to {@link #embeddedThrough()}: how many have vectors. */
    public long embeddedPassageCount() {
        long through = embeddedThrough;
        return catalog.values().stream().filter(e -> e.seq() <= through).mapToLong(e -> e.summary().passages()).sum();
    }

    /** An article's searchable passages in order, as the embedder needs them; empty while not yet searchable. */
    public List<IndexedPassage> indexedPassages(String articleId) {
        return withSearcher(searcher -> {
            try {
                int[] docs = passageDocs(searcher, articleId);
                StoredFields stored = searcher.storedFields();
                List<IndexedPassage> passages = new ArrayList<>(docs.length);
                for (int doc : docs) {
                    Document d = stored.document(doc);
                    IndexableField day = d.getField(LibrarySchema.PUBLISHED_DAY);
                    passages.add(new IndexedPassage(d.get(LibrarySchema.PASSAGE_ID), d.get(LibrarySchema.TEXT),
                            day == null ? LibrarySchema.UNKNOWN_DAY : day.numericValue().longValue(),
                            LibrarySchema.speakerNames(LibrarySchema.attributions(d))));
                }
                return passages;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
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
            StoredArticle stored = withSearcher(searcher -> storedArticle(searcher, articleId, attributions));
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
                unregister(entry);
                register(new CatalogEntry(new ArticleSummary(articleId, summary.title(), summary.outlet(),
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

    /** An article's passages as stored, each with the given attributions it overlaps, and their vectors by passage id. */
    private record StoredArticle(List<Passage> passages, Map<String, PassageVectors> vectors) {
    }

    private static StoredArticle storedArticle(IndexSearcher searcher, String articleId, List<Attribution> attributions) {
        try {
            StoredFields fields = searcher.storedFields();
            List<Passage> passages = new ArrayList<>();
            for (int doc : passageDocs(searcher, articleId)) { // in passage order: a block keeps its order
                Document d = fields.document(doc);
                String text = d.get(LibrarySchema.TEXT);
                int start = d.getField(LibrarySchema.START).numericValue().intValue();
                Span span = new Span(start, start + text.length()); // a passage is its text's exact span
                passages.add(new Passage(d.get(LibrarySchema.PASSAGE_ID), articleId, passages.size(), span.start(),
                        span.end(), text, attributions.stream().filter(a -> a.content().overlaps(span)).toList()));
            }
            return new StoredArticle(passages, storedVectors(searcher, articleId));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The vectors of an article's passages, by passage id; empty before the article is embedded. */
    private static Map<String, PassageVectors> storedVectors(IndexSearcher searcher, String articleId)
            throws IOException {
        Map<String, PassageVectors> vectors = new HashMap<>();
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        TermQuery ofArticle = new TermQuery(new Term(LibrarySchema.VECTORS_OF, articleId));
        TopDocs docs = searcher.search(ofArticle, Math.max(1, searcher.count(ofArticle)));
        BytesRef[] ids = vectorPassageIds(searcher, docs.scoreDocs);
        for (int h = 0; h < docs.scoreDocs.length; h++) {
            int doc = docs.scoreDocs[h].doc;
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
            FloatVectorValues values = leaf.reader().getFloatVectorValues(LibrarySchema.EMBEDDING);
            KnnVectorValues.DocIndexIterator it = values.iterator();
            if (it.advance(doc - leaf.docBase) == doc - leaf.docBase) {
                BinaryDocValues sentences = leaf.reader().getBinaryDocValues(LibrarySchema.SENTENCE_EMBEDDINGS);
                vectors.put(ids[h].utf8ToString(), new PassageVectors(values.vectorValue(it.index()).clone(),
                        sentences != null && sentences.advanceExact(doc - leaf.docBase)
                                ? SentenceVectors.fromBytes(sentences.binaryValue()) : SentenceVectors.NONE));
            }
        }
        return vectors;
    }

    /**
     * Whether {@code searcher} sees vectors of the article's passages (an article's vectors are
     * written together): false for an article the background embedder has not reached yet.
     */
    public static boolean hasVectors(IndexSearcher searcher, String articleId) {
        try {
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                PostingsEnum vectors = leaf.reader().postings(new Term(LibrarySchema.VECTORS_OF, articleId), PostingsEnum.NONE);
                if (vectors == null) {
                    continue;
                }
                Bits live = leaf.reader().getLiveDocs();
                for (int doc = vectors.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = vectors.nextDoc()) {
                    if (live == null || live.get(doc)) {
                        return true;
                    }
                }
            }
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
     * The passage documents of {@code vectorHits} (vector documents found by a search with
     * {@code searcher}), in the same order and with the same scores, each with its vector document;
     * a vector whose passage is gone is skipped.
     */
    public NearestPassages passagesOfVectors(IndexSearcher searcher, TopDocs vectorHits) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        TermsEnum[] termsByLeaf = new TermsEnum[leaves.size()];
        BytesRef[] passageIds = vectorPassageIds(searcher, vectorHits.scoreDocs);
        List<ScoreDoc> passages = new ArrayList<>(vectorHits.scoreDocs.length);
        Map<Integer, Integer> vectorDocs = new HashMap<>(2 * vectorHits.scoreDocs.length);
        PostingsEnum postings = null;
        for (int h = 0; h < passageIds.length; h++) {
            search:
            for (int l = 0; l < leaves.size(); l++) {
                LeafReader leaf = leaves.get(l).reader();
                if (termsByLeaf[l] == null) {
                    Terms terms = leaf.terms(LibrarySchema.PASSAGE_ID);
                    if (terms == null) {
                        continue;
                    }
                    termsByLeaf[l] = terms.iterator();
                }
                if (!termsByLeaf[l].seekExact(passageIds[h])) {
                    continue;
                }
                postings = termsByLeaf[l].postings(postings, PostingsEnum.NONE);
                Bits live = leaf.getLiveDocs();
                for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS;
                        doc = postings.nextDoc()) {
                    if (live == null || live.get(doc)) {
                        passages.add(new ScoreDoc(leaves.get(l).docBase + doc, vectorHits.scoreDocs[h].score));
                        vectorDocs.put(leaves.get(l).docBase + doc, vectorHits.scoreDocs[h].doc);
                        break search;
                    }
                }
            }
        }
        return new NearestPassages(passages.toArray(ScoreDoc[]::new), vectorDocs);
    }

    /**
     * For each passage document in {@code passages}, the largest similarity of {@code query} to one
     * of its sentence vectors, or NaN when it has none (its article is not embedded yet).
     * {@code vectorDocs} is as for {@link #vectorDocuments}.
     */
    public static float[] sentenceSimilarities(IndexSearcher searcher, ScoreDoc[] passages,
                                               Map<Integer, Integer> vectorDocs, float[] query) throws IOException {
        int[] vectorDocuments = vectorDocuments(searcher, passages, vectorDocs);
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        float[] similarities = new float[passages.length];
        Arrays.fill(similarities, Float.NaN);
        int leafIndex = -1;
        BinaryDocValues sentences = null;
        for (int i : DocOrder.of(vectorDocuments)) { // doc values are read forwards: one reader per segment
            if (vectorDocuments[i] < 0) {
                continue;
            }
            int l = ReaderUtil.subIndex(vectorDocuments[i], leaves);
            if (l != leafIndex) {
                leafIndex = l;
                sentences = leaves.get(l).reader().getBinaryDocValues(LibrarySchema.SENTENCE_EMBEDDINGS);
            }
            if (sentences != null && sentences.advanceExact(vectorDocuments[i] - leaves.get(l).docBase)) {
                similarities[i] = SentenceVectors.maxSimilarity(sentences.binaryValue(), query);
            }
        }
        return similarities;
    }

    /**
     * For each passage document in {@code passages}, the dot product of {@code query} with its passage
     * vector, or NaN when it has none (its article is not embedded yet). {@code vectorDocs} is as for
     * {@link #vectorDocuments}.
     */
    public static float[] passageSimilarities(IndexSearcher searcher, ScoreDoc[] passages,
                                              Map<Integer, Integer> vectorDocs, float[] query) throws IOException {
        int[] vectorDocuments = vectorDocuments(searcher, passages, vectorDocs);
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        float[] similarities = new float[passages.length];
        Arrays.fill(similarities, Float.NaN);
        int leafIndex = -1;
        FloatVectorValues values = null;
        KnnVectorValues.DocIndexIterator it = null;
        for (int i : DocOrder.of(vectorDocuments)) { // vectors are found forwards: one iterator per segment
            if (vectorDocuments[i] < 0) {
                continue;
            }
            int l = ReaderUtil.subIndex(vectorDocuments[i], leaves);
            if (l != leafIndex) {
                leafIndex = l;
                values = leaves.get(l).reader().getFloatVectorValues(LibrarySchema.EMBEDDING);
                it = values == null ? null : values.iterator();
            }
            int doc = vectorDocuments[i] - leaves.get(l).docBase;
            if (it != null && (it.docID() == doc || it.docID() < doc && it.advance(doc) == doc)) {
                similarities[i] = VectorUtil.dotProduct(values.vectorValue(it.index()), query);
            }
        }
        return similarities;
    }

    /**
     * The vector document of each passage document in {@code passages}, or -1 when it has none. A
     * passage in {@code vectorDocs} (by passage document: the nearest vectors' own) has it there; the
     * others' ids are read from doc values (from stored fields for passages written before those) and
     * looked up among the vector documents.
     */
    public static int[] vectorDocuments(IndexSearcher searcher, ScoreDoc[] passages, Map<Integer, Integer> vectorDocs)
            throws IOException {
        int[] vectorDocuments = new int[passages.length];
        Arrays.fill(vectorDocuments, -1);
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        BytesRef[] ids = new BytesRef[passages.length];
        StoredFields stored = searcher.storedFields();
        int leafIndex = -1;
        BinaryDocValues values = null;
        for (int i : DocOrder.of(passages)) {
            Integer vectorDoc = vectorDocs.get(passages[i].doc);
            if (vectorDoc != null) {
                vectorDocuments[i] = vectorDoc;
                continue;
            }
            int l = ReaderUtil.subIndex(passages[i].doc, leaves);
            if (l != leafIndex) {
                leafIndex = l;
                values = leaves.get(l).reader().getBinaryDocValues(LibrarySchema.PASSAGE_ID_VALUES);
            }
            ids[i] = values != null && values.advanceExact(passages[i].doc - leaves.get(l).docBase)
                    ? BytesRef.deepCopyOf(values.binaryValue())
                    : new BytesRef(stored.document(passages[i].doc, Set.of(LibrarySchema.PASSAGE_ID))
                    .get(LibrarySchema.PASSAGE_ID));
        }
        PostingsEnum postings = null;
        for (LeafReaderContext leaf : leaves) {
            Terms terms = leaf.reader().terms(LibrarySchema.VECTOR_OF_PASSAGE);
            if (terms == null) {
                continue;
            }
            TermsEnum termsEnum = terms.iterator();
            Bits live = leaf.reader().getLiveDocs();
            for (int i = 0; i < ids.length; i++) {
                if (ids[i] == null || vectorDocuments[i] >= 0 || !termsEnum.seekExact(ids[i])) {
                    continue;
                }
                postings = termsEnum.postings(postings, PostingsEnum.NONE);
                for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                    if (live == null || live.get(doc)) {
                        vectorDocuments[i] = leaf.docBase + doc;
                        break;
                    }
                }
            }
        }
        return vectorDocuments;
    }

    /**
     * The passage id of each vector document in {@code hits}, in their order: read from doc values
     * in doc order (as doc values are read), or from the stored field of a vector written before them.
     */
    static BytesRef[] vectorPassageIds(IndexSearcher searcher, ScoreDoc[] hits) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        BytesRef[] ids = new BytesRef[hits.length];
        int leafIndex = -1;
        BinaryDocValues values = null;
        for (int i : DocOrder.of(hits)) {
            int doc = hits[i].doc;
            int l = ReaderUtil.subIndex(doc, leaves);
            if (l != leafIndex) {
                leafIndex = l;
                values = leaves.get(l).reader().getBinaryDocValues(LibrarySchema.VECTOR_PASSAGE);
            }
            if (values != null && values.advanceExact(doc - leaves.get(l).docBase)) {
                ids[i] = BytesRef.deepCopyOf(values.binaryValue());
            } else {
                ids[i] = new BytesRef(searcher.storedFields()
                        .document(doc, Set.of(LibrarySchema.VECTOR_PASSAGE_ID)).get(LibrarySchema.VECTOR_PASSAGE_ID));
            }
        }
        return ids;
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
    public void compact() throws IOException {
        writer.forceMerge(1);
        writer.commit();
        searchers.maybeRefreshBlocking();
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
        return catalog.values().stream().sorted(Comparator.comparingLong(CatalogEntry::seq).reversed()).toList();
    }

    public int articleCount() {
        return catalog.size();
    }

    public long passageCount() {
        return passageCount.get();
    }

    public long quoteCount() {
        return quoteCount.get();
    }

    /** The full text of an article, for verifying quotes. */
    public Optional<String> text(String articleId) {
        return storedDocument(LibrarySchema.TYPE_TEXT, articleId).map(d -> d.get(LibrarySchema.FULL_TEXT));
    }

    /**
     * Whether some live passages were written before their ids were kept as doc values
     * ({@link LibrarySchema#PASSAGE_ID_VALUES}). A segment holding as many ids as passages is read no
     * further (deleted documents count on both sides); only a segment with fewer ids and deletions is
     * read passage by passage.
     */
    public boolean hasPassagesWithoutIdValues() {
        return withSearcher(searcher -> {
            try {
                Term passage = new Term(LibrarySchema.TYPE, LibrarySchema.TYPE_PASSAGE);
                for (LeafReaderContext context : searcher.getIndexReader().leaves()) {
                    LeafReader leaf = context.reader();
                    BinaryDocValues ids = leaf.getBinaryDocValues(LibrarySchema.PASSAGE_ID_VALUES);
                    if (leaf.docFreq(passage) <= (ids == null ? 0 : ids.cost())) {
                        continue;
                    }
                    if (!leaf.hasDeletions()) {
                        return true;
                    }
                    Bits live = leaf.getLiveDocs();
                    PostingsEnum passages = leaf.postings(passage, PostingsEnum.NONE);
                    for (int doc = passages.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = passages.nextDoc()) {
                        if (live.get(doc) && (ids == null || !ids.advanceExact(doc))) {
                            return true;
                        }
                    }
                }
                return false;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * Whether the article's passages were written before their ids were kept as doc values
     * ({@link LibrarySchema#PASSAGE_ID_VALUES}); writing the article again adds them.
     */
    public boolean passagesLackIdValues(String articleId) {
        return withSearcher(searcher -> {
            try {
                int[] passages = passageDocs(searcher, articleId);
                if (passages.length == 0) {
                    return false;
                }
                List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
                LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(passages[0], leaves));
                BinaryDocValues ids = leaf.reader().getBinaryDocValues(LibrarySchema.PASSAGE_ID_VALUES);
                return ids == null || !ids.advanceExact(passages[0] - leaf.docBase);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The documents of an article's passages, in index (= passage) order. */
    private static int[] passageDocs(IndexSearcher searcher, String articleId) throws IOException {
        BooleanQuery query = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(LibrarySchema.TYPE, LibrarySchema.TYPE_PASSAGE)), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(LibrarySchema.ARTICLE_ID, articleId)), BooleanClause.Occur.FILTER)
                .build();
        TopDocs all = searcher.search(query, Math.max(1, searcher.count(query)));
        return Arrays.stream(all.scoreDocs).mapToInt(sd -> sd.doc).sorted().toArray();
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
        return withSearcher(searcher -> {
            try {
                StoredFields stored = searcher.storedFields();
                TreeMap<Integer, String> starts = new TreeMap<>();
                for (int passage : passageDocs(searcher, articleId)) {
                    Document doc = stored.document(passage, Set.of(LibrarySchema.PASSAGE_ID, LibrarySchema.START));
                    starts.putIfAbsent(doc.getField(LibrarySchema.START).numericValue().intValue(),
                            doc.get(LibrarySchema.PASSAGE_ID));
                }
                return starts;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Every attribution of an article, with offsets into its text. */
    public List<Attribution> attributions(String articleId) {
        return storedDocument(LibrarySchema.TYPE_ARTICLE, articleId).map(LibrarySchema::attributions)
                .orElse(List.of());
    }

    /**
     * The stored document of one type for an article, found through the postings of its id in each
     * segment (a handful of documents) checked against the type's and the live documents: a query
     * built weights and scorers for every segment, half the cost of these look-ups, several of which
     * every answer makes.
     */
    private Optional<Document> storedDocument(String type, String articleId) {
        return withSearcher(searcher -> {
            try {
                for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                    LeafReader reader = leaf.reader();
                    PostingsEnum ofArticle = reader.postings(new Term(LibrarySchema.ARTICLE_ID, articleId), PostingsEnum.NONE);
                    PostingsEnum ofType = reader.postings(new Term(LibrarySchema.TYPE, type), PostingsEnum.NONE);
                    if (ofArticle == null || ofType == null) {
                        continue;
                    }
                    Bits live = reader.getLiveDocs();
                    for (int doc = ofArticle.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = ofArticle.nextDoc()) {
                        int typed = ofType.docID() < doc ? ofType.advance(doc) : ofType.docID();
                        if (typed == doc && (live == null || live.get(doc))) {
                            return Optional.of(reader.storedFields().document(doc));
                        }
                    }
                }
                return Optional.empty();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The attributions stored with a passage or article document. */
    public static List<Attribution> storedAttributions(Document doc) {
        return LibrarySchema.attributions(doc);
    }

    /**
     * The attributions stored with a document, decoded on first use: retrieval reads four times
     * as many candidates as it returns, and most are never looked at.
     */
    public static List<Attribution> lazyStoredAttributions(Document doc) {
        IndexableField field = doc.getField(LibrarySchema.ATTRIBUTIONS);
        return field == null ? List.of() : new LazyAttributions(BytesRef.deepCopyOf(field.binaryValue()));
    }

    /** An immutable list decoded from its stored bytes when first read; thread-safe. */
    private static final class LazyAttributions extends AbstractList<Attribution>
            implements java.util.RandomAccess {
        private final BytesRef bytes;
        private volatile List<Attribution> decoded;

        LazyAttributions(BytesRef bytes) {
            this.bytes = bytes;
        }

        private List<Attribution> list() {
            List<Attribution> d = decoded;
            if (d == null) {
                d = AttributionCodec.decode(bytes);
                decoded = d;
            }
            return d;
        }

        @Override
        public Attribution get(int index) {
            return list().get(index);
        }

        @Override
        public int size() {
            return list().size();
        }
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
