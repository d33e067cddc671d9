package dev.attache.core.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.attache.core.Attache;
import dev.attache.core.AttacheConfig;
import dev.attache.core.index.BulkCompaction;
import dev.attache.core.index.LibraryIndex;
import dev.attache.core.index.LibrarySchema;
import dev.attache.core.index.PassageVectorLookup;
import dev.attache.core.ops.Caller;
import dev.attache.core.ops.ImportProgress;
import dev.attache.core.ops.Platform;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The background embedder stops on close without harm and resumes where it stopped, never doubling a vector. */
class BackgroundEmbedderTest {

    static final Caller OPERATOR = Caller.local(Platform.CLI);
    static final String[] WORDS = {"treaty", "border", "tariff", "election", "minister", "harbour", "grain", "ceasefire",
            "budget", "envoy", "sanction", "pipeline", "summit", "reform", "drought", "loan"};

    @TempDir
    Path dir;

    /** {@code n} generated one-passage articles in a JSON Lines file (seeded, so every run is the same). */
    Path corpus(int n) throws IOException {
        Random random = new Random(7);
        ObjectMapper json = new ObjectMapper();
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            StringBuilder text = new StringBuilder();
            for (int w = 0; w < 60; w++) {
                text.append(WORDS[random.nextInt(WORDS.length)]).append(w % 12 == 11 ? ". " : " ");
            }
            lines.add(json.writeValueAsString(Map.of("id", "gen-" + i, "title", "Report " + i, "text", text.toString())));
        }
        Path file = dir.resolve("corpus.jsonl");
        Files.write(file, lines);
        return file;
    }

    static long vectorDocuments(Path index) throws IOException {
        try (LibraryIndex library = LibraryIndex.open(index)) {
            return library.withSearcher(s -> {
                try {
                    return (long) s.count(new TermQuery(new Term(LibrarySchema.TYPE, LibrarySchema.TYPE_VECTOR)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    @Test
    void closingMidwayKeepsTheIndexCleanAndTheNextStartCompletesTheRestOnce() throws Exception {
        Path data = dir.resolve("library");
        Path file = corpus(150);
        long passages;
        try (Attache attache = Attache.open(AttacheConfig.at(data).withDense(DenseMode.SEARCH_AND_EMBED))) {
            passages = attache.importPaths(OPERATOR, List.of(file), ImportProgress.NONE).passages();
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (attache.stats().embeddedPassages() == 0 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(attache.stats().embeddedPassages()).isPositive().isLessThan(passages);
        }
        try (FSDirectory directory = FSDirectory.open(data.resolve("index")); CheckIndex check = new CheckIndex(directory)) {
            assertThat(check.checkIndex().clean).isTrue();
        }

        try (Attache attache = Attache.open(AttacheConfig.at(data).withDense(DenseMode.SEARCH_AND_EMBED))) {
            assertThat(attache.awaitEmbeddings((done, total) -> { }, () -> false)).isTrue();
            assertThat(attache.stats().embeddedPassages()).isEqualTo(passages);
        }
        assertThat(vectorDocuments(data.resolve("index"))).isEqualTo(passages);
    }

    @Test
    void eachSentenceOfAPassageGetsItsOwnVectorUnderTheArticleTitle() throws Exception {
        Path data = dir.resolve("library");
        String title = "Harbour works";
        String sentence = "Grain ships queued for a week before the cranes were fixed.";
        String text = "The harbour reopened on Monday. " + sentence + " The port authority expects record exports.";
        Path file = dir.resolve("harbour.jsonl");
        Files.writeString(file, new ObjectMapper().writeValueAsString(Map.of("id", "harbour", "title", title, "text", text)));
        try (Attache attache = Attache.open(AttacheConfig.at(data).withDense(DenseMode.SEARCH_AND_EMBED))) {
            attache.importPaths(OPERATOR, List.of(file), ImportProgress.NONE);
            assertThat(attache.awaitEmbeddings((done, total) -> { }, () -> false)).isTrue();
        }
        PassageEmbedder embedder = new PassageEmbedder(Runnable::run);
        float[] ofSentence = embedder.embedPassages(List.of(title + "\n" + sentence)).getFirst();
        float[] ofPassage = embedder.embedPassages(List.of(title + "\n" + text)).getFirst();
        try (LibraryIndex library = LibraryIndex.open(data.resolve("index"))) {
            library.withSearcher(s -> {
                try {
                    ScoreDoc[] passage = s.search(new TermQuery(new Term(LibrarySchema.TYPE, LibrarySchema.TYPE_PASSAGE)),
                            1).scoreDocs;
                    assertThat(PassageVectorLookup.sentenceSimilarities(s, passage, Map.of(), ofSentence)[0]).isCloseTo(1f, within(0.01f));
                    assertThat(PassageVectorLookup.sentenceSimilarities(s, passage, Map.of(), ofPassage)[0]).isLessThan(0.98f);
                    return null;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    @Test
    void vectorsOfAnEarlierModelAreNeverSearchedAndAreMadeAgainByTheNextEmbeddingStart() throws Exception {
        Path data = dir.resolve("library");
        long passages;
        try (Attache attache = Attache.open(AttacheConfig.at(data).withDense(DenseMode.SEARCH_AND_EMBED))) {
            passages = attache.importPaths(OPERATOR, List.of(corpus(20)), ImportProgress.NONE).passages();
            assertThat(attache.awaitEmbeddings((done, total) -> { }, () -> false)).isTrue();
        }
        forgetEmbeddingModel(data.resolve("index"));

        try (Attache attache = Attache.open(AttacheConfig.at(data).withDense(DenseMode.SEARCH))) {
            assertThat(attache.searchesByMeaning()).isFalse();
            assertThat(attache.stats().embeddedPassages()).isZero();
        }
        assertThat(vectorDocuments(data.resolve("index"))).isEqualTo(passages);

        try (Attache attache = Attache.open(AttacheConfig.at(data).withDense(DenseMode.SEARCH_AND_EMBED))) {
            assertThat(attache.awaitEmbeddings((done, total) -> { }, () -> false)).isTrue();
            assertThat(attache.stats().embeddedPassages()).isEqualTo(passages);
        }
        assertThat(vectorDocuments(data.resolve("index"))).isEqualTo(passages);
        try (Attache attache = Attache.open(AttacheConfig.at(data).withDense(DenseMode.SEARCH))) {
            assertThat(attache.searchesByMeaning()).isTrue();
        }
    }

    /** Rewrites the last commit's user data as libraries wrote it before the model was recorded. */
    static void forgetEmbeddingModel(Path index) throws IOException {
        try (FSDirectory directory = FSDirectory.open(index);
             IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
            Map<String, String> data = new java.util.HashMap<>(SegmentInfos.readLatestCommit(directory).getUserData());
            assertThat(data.remove("embedding_model")).isEqualTo(PassageEmbedder.MODEL_NAME);
            writer.setLiveCommitData(data.entrySet());
            writer.commit();
        }
    }

    @Test
    void aLibraryOpenedWithoutEmbeddingNeitherEmbedsNorWaits() throws Exception {
        Path data = dir.resolve("library");
        try (Attache attache = Attache.open(AttacheConfig.at(data).withDense(DenseMode.SEARCH))) {
            // Nothing to search by meaning yet, so the model is not even loaded.
            assertThat(attache.searchesByMeaning()).isFalse();
            attache.importPaths(OPERATOR, List.of(corpus(5)), ImportProgress.NONE);
            assertThat(attache.awaitEmbeddings((done, total) -> { }, () -> false)).isTrue();
            assertThat(attache.stats().embeddedPassages()).isZero();
        }
        assertThat(vectorDocuments(data.resolve("index"))).isZero();
    }

    @Test
    void vectorsAddedInBulkAreFollowedByACompactionBeforeTheWaitEnds() throws Exception {
        Path file = corpus(40);
        PassageEmbedder embedder = new PassageEmbedder(Runnable::run);
        // A policy that the pass meets: the index is one segment when the wait ends.
        Path merged = dir.resolve("merged");
        long passages = importWithoutVectors(merged, file);
        try (LibraryIndex index = LibraryIndex.open(merged.resolve("index"));
             BackgroundEmbedder background = BackgroundEmbedder.start(index, embedder,
                     new BulkCompaction(passages, 0.25))) {
            assertThat(background.awaitCaughtUp(() -> { }, () -> false)).isTrue();
            assertThat(index.embeddedPassageCount()).isEqualTo(passages);
            assertThat(index.segmentCount()).isEqualTo(1);
        }
        assertThat(vectorDocuments(merged.resolve("index"))).isEqualTo(passages);
        // A policy above what the pass adds: the vectors' segments stay as they are.
        Path unmerged = dir.resolve("unmerged");
        importWithoutVectors(unmerged, file);
        try (LibraryIndex index = LibraryIndex.open(unmerged.resolve("index"));
             BackgroundEmbedder background = BackgroundEmbedder.start(index, embedder,
                     new BulkCompaction(passages + 1, 0))) {
            assertThat(background.awaitCaughtUp(() -> { }, () -> false)).isTrue();
            assertThat(index.embeddedPassageCount()).isEqualTo(passages);
            assertThat(index.segmentCount()).isGreaterThan(1);
        }
    }

    /** Imports {@code file} into a library at {@code data} that does not embed; returns its passages. */
    static long importWithoutVectors(Path data, Path file) throws IOException {
        try (Attache attache = Attache.open(AttacheConfig.at(data))) {
            return attache.importPaths(OPERATOR, List.of(file), ImportProgress.NONE).passages();
        }
    }
}
