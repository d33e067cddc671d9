package dev.attache.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.attache.core.article.Article;
import dev.attache.core.article.Passage;
import dev.attache.core.article.PublishedDate;
import dev.attache.core.attribution.Attribution;
import dev.attache.core.attribution.Span;
import dev.attache.core.attribution.Speaker;
import dev.attache.core.embed.DenseMode;
import dev.attache.core.index.LibraryIndex;
import dev.attache.core.ops.AddOutcome;
import dev.attache.core.ops.AddRequest;
import dev.attache.core.ops.Caller;
import dev.attache.core.ops.Platform;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `attache reattribute`: a library stored by an older attribution engine gets this engine's
 * speakers, and one indexed by an older analysis chain this chain's terms.
 */
class LibraryReattributionTest {

    private static final String TEXT = "Tova Lind, the harbour mayor, said: “The pier will open in May, after the storm repairs.”";

    @TempDir
    Path dir;

    @Test
    void theSpeakersAnOlderEngineFoundAreReplacedOnceAndTheSecondRunChangesNothing() throws Exception {
        try (LibraryIndex index = LibraryIndex.open(dir.resolve("index"))) {
            index.add(storedByAnOlderEngine(), "", "f1", true);
            index.commit();
        }
        try (Attache attache = Attache.open(AttacheConfig.at(dir).withDense(DenseMode.OFF))) {
            assertThat(attache.attributedByAnEarlierEngine()).isTrue();
            assertThat(attache.who("Tova Lind", 10)).isEmpty();
            List<Integer> progress = new ArrayList<>();

            Attache.Reattribution done = attache.reattribute(Caller.local(Platform.CLI), (articles, total) -> progress.add(articles));

            assertThat(done.articles()).isEqualTo(1);
            assertThat(done.rewritten()).isEqualTo(1);
            assertThat(progress).containsExactly(1);
            assertThat(attache.who("Tova Lind", 10)).singleElement()
                    .satisfies(q -> assertThat(q.text()).contains("The pier will open in May"));
            assertThat(attache.who("Ada Morrow", 10)).isEmpty();
            assertThat(attache.reattribute(Caller.local(Platform.CLI), (articles, total) -> { }).rewritten()).isZero();
            assertThat(attache.attributedByAnEarlierEngine()).isFalse();
        }
        try (Attache reopened = Attache.open(AttacheConfig.at(dir).withDense(DenseMode.OFF))) {
            assertThat(reopened.attributedByAnEarlierEngine()).isFalse();
        }
    }

    @Test
    void aLibraryStartedByThisEngineNeedsNoReattribution() throws Exception {
        try (Attache attache = Attache.open(AttacheConfig.at(dir).withDense(DenseMode.OFF))) {
            assertThat(attache.add(Caller.local(Platform.CLI), new AddRequest.FromText("Pier news\n\n" + TEXT)))
                    .isInstanceOf(AddOutcome.Added.class);
            assertThat(attache.attributedByAnEarlierEngine()).isFalse();
            assertThat(attache.analyzedByAnEarlierChain()).isFalse();
        }
        try (Attache reopened = Attache.open(AttacheConfig.at(dir).withDense(DenseMode.OFF))) {
            assertThat(reopened.stats().articles()).isEqualTo(1);
            assertThat(reopened.attributedByAnEarlierEngine()).isFalse();
            assertThat(reopened.analyzedByAnEarlierChain()).isFalse();
        }
    }

    @Test
    void aLibraryIndexedByAnEarlierAnalysisChainHasEveryArticleIndexedAgainOnce() throws Exception {
        try (Attache attache = Attache.open(AttacheConfig.at(dir).withDense(DenseMode.OFF))) {
            attache.add(Caller.local(Platform.CLI), new AddRequest.FromText("Pier news\n\n" + TEXT));
            attache.add(Caller.local(Platform.CLI), new AddRequest.FromText("Ferry news\n\nThe ferry runs again."));
        }
        try (LibraryIndex index = LibraryIndex.open(dir.resolve("index"))) {
            index.markAnalyzedBy("2020-01-01.1");
            index.commit();
        }
        try (Attache attache = Attache.open(AttacheConfig.at(dir).withDense(DenseMode.OFF))) {
            assertThat(attache.analyzedByAnEarlierChain()).isTrue();
            assertThat(attache.attributedByAnEarlierEngine()).isFalse();

            assertThat(attache.reattribute(Caller.local(Platform.CLI), (articles, total) -> { }).rewritten()).isEqualTo(2);

            assertThat(attache.analyzedByAnEarlierChain()).isFalse();
            assertThat(attache.who("Tova Lind", 10)).singleElement()
                    .satisfies(q -> assertThat(q.text()).contains("The pier will open in May"));
            assertThat(attache.reattribute(Caller.local(Platform.CLI), (articles, total) -> { }).rewritten()).isZero();
        }
        try (Attache reopened = Attache.open(AttacheConfig.at(dir).withDense(DenseMode.OFF))) {
            assertThat(reopened.analyzedByAnEarlierChain()).isFalse();
            assertThat(reopened.stats().articles()).isEqualTo(2);
        }
    }

    @Test
    void itIsRefusedWhileBackgroundEmbeddingRuns() throws Exception {
        try (Attache attache = Attache.open(AttacheConfig.at(dir).withDense(DenseMode.SEARCH_AND_EMBED))) {
            assertThat(attache.searchesByMeaning()).isTrue(); // the bundled model loaded: background embedding runs
            assertThatThrownBy(() -> attache.reattribute(Caller.local(Platform.CLI), (articles, total) -> { }))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("Stop the bots");
        }
    }

    /** The article as an engine that found another speaker stored it. */
    private static Article storedByAnOlderEngine() {
        Attribution old = new Attribution(new Span(TEXT.indexOf('“'), TEXT.length()), Optional.empty(), Optional.empty(),
                Optional.of(new Speaker("Ada Morrow", "analyst", "")), true);
        return new Article("a1", "Pier to open in May", "Harbour News", "", "", PublishedDate.parse("2025-04-01"),
                "https://example.org/a1", "en", TEXT,
                List.of(new Passage(Passage.idOf("a1", 0), "a1", 0, 0, TEXT.length(), TEXT, List.of(old))), List.of(old));
    }
}
