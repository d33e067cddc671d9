package dev.attache.core.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.core.article.Article;
import dev.attache.core.article.Passage;
import dev.attache.core.article.PublishedDate;
import dev.attache.core.index.LibraryIndex;
import dev.attache.core.index.LibrarySchema;
import dev.attache.core.index.PassageVectors;
import dev.attache.core.index.SentenceVectors;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The best fused candidates are re-ranked by their sentence nearest to the question, on hand-made vectors. */
class SentenceRescorerTest {

    @TempDir
    Path dir;

    static float[] unit(int axis) {
        float[] v = new float[8];
        v[axis] = 1;
        return v;
    }

    static Article article(String id) {
        String text = "Grain exports rose sharply. More text.";
        return new Article(id, "Title of " + id, "Example Outlet", "Jo Writer", "", PublishedDate.parse("2024-05-01"),
                "https://example.org/" + id, "en", text,
                List.of(new Passage(Passage.idOf(id, 0), id, 0, 0, text.length(), text, List.of())), List.of());
    }

    /** Adds articles a, b and c; a and b get vectors whose sentences lie along the given axes, c none. */
    static LibraryIndex library(Path dir, Map<String, List<Integer>> sentenceAxes) throws IOException {
        LibraryIndex index = LibraryIndex.open(dir);
        for (String id : List.of("a", "b", "c")) {
            index.add(article(id), "u-" + id, "f-" + id, true);
        }
        for (var article : sentenceAxes.entrySet()) {
            List<float[]> sentences = article.getValue().stream().map(SentenceRescorerTest::unit).toList();
            index.putVectors(index.entry(article.getKey()).orElseThrow(), index.indexedPassages(article.getKey()),
                    List.of(new PassageVectors(unit(0), SentenceVectors.of(sentences))));
        }
        index.refreshVectors();
        return index;
    }

    /** The passage document of each article, by article id. */
    static Map<String, Integer> passageDocs(IndexSearcher searcher) throws IOException {
        Map<String, Integer> docs = new HashMap<>();
        for (ScoreDoc hit : searcher.search(new TermQuery(new Term(LibrarySchema.TYPE, LibrarySchema.TYPE_PASSAGE)),
                10).scoreDocs) {
            docs.put(searcher.storedFields().document(hit.doc).get(LibrarySchema.ARTICLE_ID), hit.doc);
        }
        return docs;
    }

    static List<String> articles(ScoreDoc[] ranked, Map<String, Integer> docs) {
        List<String> ids = new ArrayList<>();
        for (ScoreDoc hit : ranked) {
            docs.forEach((id, doc) -> {
                if (doc == hit.doc) {
                    ids.add(id);
                }
            });
        }
        return ids;
    }

    interface SearcherCheck {
        void check(IndexSearcher searcher) throws IOException;
    }

    static void check(LibraryIndex index, SearcherCheck check) {
        index.withSearcher(searcher -> {
            try {
                check.check(searcher);
                return null;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** A fused ranking: a (0.9), c (0.85), b (0.8). */
    static ScoreDoc[] fusedACB(Map<String, Integer> docs) {
        return new ScoreDoc[] {new ScoreDoc(docs.get("a"), 0.9f), new ScoreDoc(docs.get("c"), 0.85f),
                new ScoreDoc(docs.get("b"), 0.8f)};
    }

    @Test
    void aCandidateWhoseSentenceMatchesTheQuestionRisesAndOneWithoutVectorsCountsAsTheLowest() throws Exception {
        try (LibraryIndex index = library(dir, Map.of("a", List.of(1), "b", List.of(2, 3)))) {
            check(index, searcher -> {
                Map<String, Integer> docs = passageDocs(searcher);
                ScoreDoc[] fused = fusedACB(docs);
                ScoreDoc[] rescored = SentenceRescorer.rescore(searcher, fused, Map.of(), unit(3));
                assertThat(articles(rescored, docs)).containsExactly("b", "a", "c");
                // b's second sentence is the question's direction (similarity 1), a's is orthogonal (0, the lowest)
                assertThat(rescored[0].score).isEqualTo(0.8f + SentenceRescorer.WEIGHT);
                assertThat(rescored[1].score).isEqualTo(0.9f);
                assertThat(rescored[2].score).isEqualTo(0.85f);
            });
        }
    }

    @Test
    void theVectorDocumentsTheVectorSearchFoundAreReadDirectlyWithTheSameResult() throws Exception {
        try (LibraryIndex index = library(dir, Map.of("a", List.of(1), "b", List.of(2, 3)))) {
            check(index, searcher -> {
                Map<String, Integer> docs = passageDocs(searcher);
                Map<Integer, Integer> vectorDocs = index.passagesOfVectors(searcher, searcher.search(
                        new TermQuery(new Term(LibrarySchema.TYPE, LibrarySchema.TYPE_VECTOR)), 10)).vectorDocs();
                assertThat(vectorDocs).containsOnlyKeys(docs.get("a"), docs.get("b"));
                ScoreDoc[] fused = fusedACB(docs);
                ScoreDoc[] rescored = SentenceRescorer.rescore(searcher, fused, vectorDocs, unit(3));
                assertThat(articles(rescored, docs)).containsExactly("b", "a", "c");
                assertThat(rescored[0].score).isEqualTo(0.8f + SentenceRescorer.WEIGHT);
            });
        }
    }

    @Test
    void withoutSentenceVectorsTheFusedRankingStays() throws Exception {
        try (LibraryIndex index = library(dir, Map.of())) {
            check(index, searcher -> {
                Map<String, Integer> docs = passageDocs(searcher);
                ScoreDoc[] fused = {new ScoreDoc(docs.get("c"), 0.9f), new ScoreDoc(docs.get("a"), 0.5f)};
                assertThat(SentenceRescorer.rescore(searcher, fused, Map.of(), unit(3))).isSameAs(fused);
            });
        }
    }

    @Test
    void onlyTheFirstCandidatesAreRescoredAndTheRestFollowInTheirOrder() throws Exception {
        try (LibraryIndex index = library(dir, Map.of("a", List.of(1), "b", List.of(3)))) {
            check(index, searcher -> {
                Map<String, Integer> docs = passageDocs(searcher);
                ScoreDoc[] fused = new ScoreDoc[SentenceRescorer.DEPTH + 1];
                for (int i = 0; i < SentenceRescorer.DEPTH - 1; i++) {
                    fused[i] = new ScoreDoc(docs.get("c"), 1f - i * 0.01f); // the same passage stands in for many
                }
                fused[SentenceRescorer.DEPTH - 1] = new ScoreDoc(docs.get("a"), 0.7f);
                fused[SentenceRescorer.DEPTH] = new ScoreDoc(docs.get("b"), 0.6f);
                ScoreDoc[] rescored = SentenceRescorer.rescore(searcher, fused, Map.of(), unit(3));
                // b lies beyond the depth: its sentence is not read, and it stays last with its score
                assertThat(rescored[SentenceRescorer.DEPTH]).isSameAs(fused[SentenceRescorer.DEPTH]);
                assertThat(rescored[0].doc).isEqualTo(docs.get("c"));
                assertThat(rescored[SentenceRescorer.DEPTH - 1].doc).isEqualTo(docs.get("a"));
            });
        }
    }
}
