package dev.attache.core.index;

import static dev.attache.core.index.LibraryIndexTest.article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the index keeps passage vectors: one per passage, replaced not doubled, gone with their article, progress durable. */
class VectorStorageTest {

    @TempDir
    Path dir;

    static float[] unit(int axis) {
        float[] v = new float[8];
        v[axis % v.length] = 1;
        return v;
    }

    /** The unit vector half-way between two axes. */
    static float[] halfway(int first, int second) {
        float[] v = new float[8];
        v[first % v.length] = (float) Math.sqrt(0.5);
        v[second % v.length] = (float) Math.sqrt(0.5);
        return v;
    }

    /** A passage's vectors: the unit vector along {@code axis}, for the passage and for its one sentence. */
    static PassageVectors vectors(int axis) {
        return new PassageVectors(unit(axis), SentenceVectors.of(List.of(unit(axis))));
    }

    static long vectorDocs(LibraryIndex index) {
        return index.withSearcher(s -> {
            try {
                return (long) s.count(new TermQuery(new Term(LibrarySchema.TYPE, LibrarySchema.TYPE_VECTOR)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Test
    void everyDocumentHasNormsForTheScoredWordFieldsSoTheyAreStoredDensely() throws Exception {
        try (LibraryIndex index = LibraryIndex.open(dir)) {
            index.add(article("a1", "Grain exports rose sharply. More text."), "u1", "f1", true);
            index.add(article("a2", "Steel tariffs fell. Other words."), "u2", "f2", true);
            CatalogEntry entry = index.entry("a1").orElseThrow();
            index.putVectors(entry, index.indexedPassages("a1"), List.of(vectors(0)));
            index.refreshVectors();
            index.withSearcher(s -> {
                try {
                    for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
                        for (String field : List.of(LibrarySchema.TEXT, LibrarySchema.TITLE)) {
                            assertThat(leaf.reader().getNormValues(field).cost()).as(field).isEqualTo(leaf.reader().maxDoc());
                        }
                    }
                    // empty fields add no terms: the passages alone count for the field's statistics
                    assertThat(s.getIndexReader().getDocCount(LibrarySchema.TEXT)).isEqualTo(2);
                    return null;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    @Test
    void vectorHitsAreMappedToPassageIdsFromDocValuesOrFromTheStoredFieldOfOlderVectors() throws Exception {
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
             IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
            Document older = new Document();
            older.add(new StoredField(LibrarySchema.VECTOR_PASSAGE_ID, "a#0"));
            writer.addDocument(older);
            for (String id : List.of("b#1", "c#2")) {
                Document doc = new Document();
                doc.add(new BinaryDocValuesField(LibrarySchema.VECTOR_PASSAGE, new BytesRef(id)));
                writer.addDocument(doc);
            }
            writer.commit();
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                ScoreDoc[] hits = {new ScoreDoc(2, 0.9f), new ScoreDoc(0, 0.8f), new ScoreDoc(1, 0.7f)};
                assertThat(PassageVectorLookup.vectorPassageIds(new IndexSearcher(reader), hits))
                        .extracting(BytesRef::utf8ToString).containsExactly("c#2", "a#0", "b#1");
            }
        }
    }

    @Test
    void aPassagesVectorsAreFoundByItsIdFromDocValuesOrFromTheStoredIdOfOlderPassages() throws Exception {
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
             IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
            Document older = new Document(); // a passage written before its id was kept as doc values
            older.add(new StoredField(LibrarySchema.PASSAGE_ID, "a#0"));
            writer.addDocument(older);
            for (String id : List.of("b#0", "c#0")) {
                Document passage = new Document();
                passage.add(new StoredField(LibrarySchema.PASSAGE_ID, id));
                passage.add(new BinaryDocValuesField(LibrarySchema.PASSAGE_ID_VALUES, new BytesRef(id)));
                writer.addDocument(passage);
            }
            writer.commit(); // the vectors in another segment, as the background embedder writes them later
            for (String id : List.of("a#0", "b#0")) {
                Document vector = new Document();
                vector.add(new StringField(LibrarySchema.VECTOR_OF_PASSAGE, id, Field.Store.NO));
                vector.add(new KnnFloatVectorField(LibrarySchema.EMBEDDING, unit(id.charAt(0)),
                        VectorSimilarityFunction.DOT_PRODUCT));
                // a's sentences lie across the question and along it half-way, b's along it
                List<float[]> sentences = id.equals("a#0") ? List.of(unit('a'), halfway('a', 'b')) : List.of(unit('b'));
                vector.add(new BinaryDocValuesField(LibrarySchema.SENTENCE_EMBEDDINGS,
                        new BytesRef(SentenceVectors.of(sentences).bytes())));
                writer.addDocument(vector);
            }
            writer.commit();
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                // out of document order, as a ranking hands them over
                ScoreDoc[] passages = {new ScoreDoc(2, 0), new ScoreDoc(1, 0), new ScoreDoc(0, 0)};
                // c has no vector yet; b's lies along the question, a's across it
                assertThat(PassageVectorLookup.passageSimilarities(new IndexSearcher(reader), passages, Map.of(), unit('b')))
                        .containsExactly(Float.NaN, 1f, 0f);
                float[] sentences = PassageVectorLookup.sentenceSimilarities(new IndexSearcher(reader), passages, Map.of(),
                        unit('b'));
                assertThat(sentences[0]).isNaN();
                assertThat(sentences[1]).isCloseTo(1f, within(0.02f));
                assertThat(sentences[2]).isCloseTo((float) Math.sqrt(0.5), within(0.02f));
            }
        }
    }

    @Test
    void storingAnArticlesVectorsTwiceReplacesThemAndAdvancesProgress() throws Exception {
        try (LibraryIndex index = LibraryIndex.open(dir)) {
            index.add(article("a1", "Grain exports rose sharply. More text."), "u1", "f1", true);
            CatalogEntry entry = index.entry("a1").orElseThrow();
            List<IndexedPassage> passages = index.indexedPassages("a1");
            assertThat(passages).singleElement().satisfies(p -> {
                assertThat(p.text()).isEqualTo("Grain exports rose sharply. More text.");
                assertThat(p.speakers()).containsExactly("Ada Morrow");
            });
            assertThat(index.embeddedThrough()).isZero();

            assertThat(index.putVectors(entry, passages, List.of(vectors(0)))).isTrue();
            assertThat(index.putVectors(entry, passages, List.of(vectors(1)))).isTrue();
            index.refreshVectors();

            assertThat(vectorDocs(index)).isEqualTo(1);
            assertThat(index.embeddedThrough()).isEqualTo(entry.seq());
            assertThat(index.embeddedPassageCount()).isEqualTo(1);
        }
    }

    @Test
    void progressSurvivesReopeningAndRemovalTakesTheVectorsAlong() throws Exception {
        long seq;
        try (LibraryIndex index = LibraryIndex.open(dir)) {
            index.add(article("a1", "Grain exports rose sharply."), "u1", "f1", true);
            index.add(article("a2", "Fishing quotas were cut."), "u2", "f2", true);
            CatalogEntry first = index.entry("a1").orElseThrow();
            index.putVectors(first, index.indexedPassages("a1"), List.of(vectors(0)));
            seq = first.seq();
        }
        try (LibraryIndex index = LibraryIndex.open(dir)) {
            assertThat(index.embeddedThrough()).isEqualTo(seq);
            assertThat(index.entriesAfter(index.embeddedThrough())).extracting(CatalogEntry::id).containsExactly("a2");
            assertThat(vectorDocs(index)).isEqualTo(1);

            index.remove("a1");
            assertThat(vectorDocs(index)).isZero();
            index.commit();
        }
        try (FSDirectory directory = FSDirectory.open(dir); CheckIndex check = new CheckIndex(directory)) {
            assertThat(check.checkIndex().clean).isTrue();
        }
    }

    @Test
    void vectorsOfAnArticleRemovedWhileItWasEmbeddedAreNeverWritten() throws Exception {
        try (LibraryIndex index = LibraryIndex.open(dir)) {
            index.add(article("a1", "Grain exports rose sharply."), "u1", "f1", true);
            CatalogEntry entry = index.entry("a1").orElseThrow();
            List<IndexedPassage> passages = index.indexedPassages("a1");
            index.remove("a1");
            index.add(article("a1", "Grain exports rose sharply, again."), "u1", "f1b", true);

            assertThat(index.putVectors(entry, passages, List.of(vectors(0)))).isFalse();
            index.refreshVectors();
            assertThat(vectorDocs(index)).isZero();
        }
    }

    @Test
    void aVectorLeadsBackToItsPassage() throws Exception {
        try (LibraryIndex index = LibraryIndex.open(dir)) {
            index.add(article("a1", "Grain exports rose sharply."), "u1", "f1", true);
            index.add(article("a2", "Fishing quotas were cut."), "u2", "f2", true);
            for (String id : List.of("a1", "a2")) {
                index.putVectors(index.entry(id).orElseThrow(), index.indexedPassages(id), List.of(vectors(id.charAt(1))));
            }
            index.refreshVectors();
            String found = index.withSearcher(s -> {
                try {
                    var nearest = s.search(new org.apache.lucene.search.KnnFloatVectorQuery(LibrarySchema.EMBEDDING,
                            unit('2'), 1), 1);
                    var passage = index.passagesOfVectors(s, nearest);
                    assertThat(passage.vectorDocs()).containsEntry(passage.passages()[0].doc, nearest.scoreDocs[0].doc);
                    return s.storedFields().document(passage.passages()[0].doc).get(LibrarySchema.PASSAGE_ID);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            assertThat(found).isEqualTo(index.indexedPassages("a2").getFirst().passageId());
        }
    }
}
