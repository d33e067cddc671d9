package dev.attache.core.index;

import static dev.attache.core.index.LibraryIndexTest.article;
import static dev.attache.core.index.VectorStorageTest.unit;
import static dev.attache.core.index.VectorStorageTest.vectorDocs;
import static dev.attache.core.index.VectorStorageTest.vectors;
import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.core.attribution.Attribution;
import dev.attache.core.attribution.Span;
import dev.attache.core.attribution.Speaker;
import java.io.IOException;
import java.util.ArrayList;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Giving a stored article new attributions keeps its passages, vectors and place, and changes its speakers everywhere. */
class ReattributionTest {

    private static final String TEXT = "Grain exports rose sharply. More text.";

    @TempDir
    Path dir;

    @Test
    void newAttributionsReplaceTheOldOnesAndThePassagesAndVectorsStay() throws Exception {
        Attribution lind = new Attribution(new Span(0, TEXT.indexOf('.') + 1), Optional.empty(), Optional.empty(),
                Optional.of(new Speaker("Tova Lind", "mayor", "")), true);
        try (LibraryIndex index = LibraryIndex.open(dir)) {
            index.add(article("a1", TEXT), "u1", "f1", true);
            CatalogEntry before = index.entry("a1").orElseThrow();
            index.putVectors(before, index.indexedPassages("a1"), List.of(vectors(3)));
            index.refreshVectors();

            assertThat(index.replaceAttributions("a1", List.of(lind), true)).isTrue();
            index.commit();

            assertThat(index.attributions("a1")).containsExactly(lind);
            CatalogEntry after = index.entry("a1").orElseThrow();
            assertThat(after.speakers()).containsExactly("Tova Lind");
            assertThat(after.seq()).isEqualTo(before.seq());
            assertThat(index.text("a1")).contains(TEXT);
            assertThat(index.passageCount()).isEqualTo(1);
            assertThat(index.indexedPassages("a1")).singleElement()
                    .satisfies(p -> assertThat(p.speakers()).containsExactly("Tova Lind"));
            assertThat(vectorDocs(index)).isEqualTo(1);
            index.withSearcher(s -> {
                try {
                    assertThat(StoredArticles.hasVectors(s, "a1")).isTrue();
                    // the vector is the one stored before, and its document is found by the new speaker's name
                    assertThat(s.search(new KnnFloatVectorQuery(LibrarySchema.EMBEDDING, unit(3), 1,
                            new TermQuery(new Term(LibrarySchema.SPEAKERS, "lind"))), 1).scoreDocs)
                            .singleElement().satisfies(h -> assertThat(h.score).isEqualTo(1f));
                    assertThat(s.count(new TermQuery(new Term(LibrarySchema.SPEAKERS, "morrow")))).isZero();
                    // its sentence vectors stay too
                    ScoreDoc[] passage = s.search(new TermQuery(new Term(LibrarySchema.TYPE, LibrarySchema.TYPE_PASSAGE)),
                            1).scoreDocs;
                    assertThat(PassageVectorLookup.sentenceSimilarities(s, passage, Map.of(), unit(3))).containsExactly(1f);
                    return null;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        try (LibraryIndex reopened = LibraryIndex.open(dir)) {
            assertThat(reopened.attributions("a1")).containsExactly(lind);
            assertThat(reopened.entry("a1").orElseThrow().speakers()).containsExactly("Tova Lind");
        }
    }

    @Test
    void anArticleThatIsGoneIsLeftAlone() throws Exception {
        try (LibraryIndex index = LibraryIndex.open(dir)) {
            assertThat(index.replaceAttributions("gone", List.of(), true)).isFalse();
            assertThat(index.articleCount()).isZero();
        }
    }
    @Test
    void passagesWrittenBeforeTheirIdsWereDocValuesGetThemWhenTheirArticleIsWrittenAgain() throws Exception {
        try (LibraryIndex index = LibraryIndex.open(dir)) {
            index.add(article("a1", TEXT), "u1", "f1", true);
            index.add(article("a2", "Fishing quotas were cut."), "u2", "f2", true);
            index.commit();
            assertThat(index.passagesLackIdValues("a1")).isFalse();
            assertThat(index.hasPassagesWithoutIdValues()).isFalse();
        }
        writePassagesAsBeforeIdValues(dir);
        try (LibraryIndex index = LibraryIndex.open(dir)) {
            assertThat(index.passagesLackIdValues("a1")).isTrue();
            assertThat(index.hasPassagesWithoutIdValues()).isTrue();

            assertThat(index.replaceAttributions("a1", index.attributions("a1"), true)).isTrue();

            assertThat(index.passagesLackIdValues("a1")).isFalse();
            assertThat(index.indexedPassages("a1")).singleElement().satisfies(p -> assertThat(p.text()).isEqualTo(TEXT));
            // a2's passage is still the older kind, in a segment where a1's older passage is now deleted
            assertThat(index.hasPassagesWithoutIdValues()).isTrue();
            assertThat(index.replaceAttributions("a2", index.attributions("a2"), true)).isTrue();
            assertThat(index.hasPassagesWithoutIdValues()).isFalse();
        }
    }

    /** Writes every passage again with the fields a passage had before its id was kept as doc values. */
    private static void writePassagesAsBeforeIdValues(Path dir) throws IOException {
        try (FSDirectory directory = FSDirectory.open(dir);
             IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
            List<Document> older = new ArrayList<>();
            try (DirectoryReader reader = DirectoryReader.open(writer)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                for (ScoreDoc hit : searcher.search(new TermQuery(new Term(LibrarySchema.TYPE, LibrarySchema.TYPE_PASSAGE)),
                        10).scoreDocs) {
                    Document stored = searcher.storedFields().document(hit.doc);
                    Document passage = new Document();
                    passage.add(new StringField(LibrarySchema.TYPE, LibrarySchema.TYPE_PASSAGE, Field.Store.NO));
                    passage.add(new StringField(LibrarySchema.ARTICLE_ID, stored.get(LibrarySchema.ARTICLE_ID), Field.Store.YES));
                    passage.add(new StringField(LibrarySchema.PASSAGE_ID, stored.get(LibrarySchema.PASSAGE_ID), Field.Store.YES));
                    passage.add(new StoredField(LibrarySchema.ORDINAL, stored.getField(LibrarySchema.ORDINAL).numericValue().intValue()));
                    passage.add(new StoredField(LibrarySchema.START, stored.getField(LibrarySchema.START).numericValue().intValue()));
                    passage.add(new TextField(LibrarySchema.TEXT, stored.get(LibrarySchema.TEXT), Field.Store.YES));
                    older.add(passage);
                }
            }
            writer.deleteDocuments(new TermQuery(new Term(LibrarySchema.TYPE, LibrarySchema.TYPE_PASSAGE)));
            writer.addDocuments(older);
            writer.commit();
        }
    }
}
