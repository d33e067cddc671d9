package dev.attache.core.index;

import dev.attache.core.article.Passage;
import dev.attache.core.attribution.Attribution;
import dev.attache.core.attribution.Span;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.KnnVectorValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * Reads stored articles back through a searcher: an article's passages, vectors, attributions and
 * stored documents, and whether passages carry their ids as doc values. {@link LibraryIndex} calls
 * these with a current searcher.
 */
public final class StoredArticles {

    private StoredArticles() {
    }

    /** An article's searchable passages in order, as the embedder needs them; empty while not yet searchable. */
    static List<IndexedPassage> indexedPassages(IndexSearcher searcher, String articleId) {
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
    }

    /** An article's passages as stored, each with the given attributions it overlaps, and their vectors by passage id. */
    record StoredArticle(List<Passage> passages, Map<String, PassageVectors> vectors) {
    }

    static StoredArticle storedArticle(IndexSearcher searcher, String articleId, List<Attribution> attributions) {
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
        BytesRef[] ids = PassageVectorLookup.vectorPassageIds(searcher, docs.scoreDocs);
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

    /**
     * Whether some live passages were written before their ids were kept as doc values
     * ({@link LibrarySchema#PASSAGE_ID_VALUES}). A segment holding as many ids as passages is read no
     * further (deleted documents count on both sides); only a segment with fewer ids and deletions is
     * read passage by passage.
     */
    static boolean hasPassagesWithoutIdValues(IndexSearcher searcher) {
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
    }

    /**
     * Whether the article's passages were written before their ids were kept as doc values
     * ({@link LibrarySchema#PASSAGE_ID_VALUES}); writing the article again adds them.
     */
    static boolean passagesLackIdValues(IndexSearcher searcher, String articleId) {
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
     * The article's passages by the offset where each starts in its text, read from the passages
     * themselves (for an index written before the article document held the starts).
     */
    static NavigableMap<Integer, String> startsOfPassages(IndexSearcher searcher, String articleId) {
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
    }

    /**
     * The stored document of one type for an article, found through the postings of its id in each
     * segment (a handful of documents) checked against the type's and the live documents: a query
     * built weights and scorers for every segment, half the cost of these look-ups, several of which
     * every answer makes.
     */
    static Optional<Document> storedDocument(IndexSearcher searcher, String type, String articleId) {
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
    }

    /** The attributions stored with a passage document, read without its other stored fields. */
    public static List<Attribution> storedAttributions(StoredFields stored, int doc) throws IOException {
        return lazyStoredAttributions(stored.document(doc, Set.of(LibrarySchema.ATTRIBUTIONS)));
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
}
