package dev.attache.core.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.KnnVectorValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.VectorUtil;

/**
 * Links passage documents and their vector documents, as seen by one searcher: the passage of each
 * vector hit, the vector document of each passage, and a passage's similarity to a query through
 * its stored passage and sentence vectors.
 */
public final class PassageVectorLookup {

    private PassageVectorLookup() {
    }

    /**
     * The passage documents of {@code vectorHits} (vector documents found by a search with
     * {@code searcher}), in the same order and with the same scores, each with its vector document;
     * a vector whose passage is gone is skipped.
     */
    static NearestPassages passagesOfVectors(IndexSearcher searcher, TopDocs vectorHits) throws IOException {
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
}
