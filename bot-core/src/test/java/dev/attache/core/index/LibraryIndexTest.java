package dev.attache.core.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.core.article.Article;
import dev.attache.core.article.Passage;
import dev.attache.core.article.PublishedDate;
import dev.attache.core.attribution.Attribution;
import dev.attache.core.attribution.Span;
import dev.attache.core.attribution.Speaker;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LibraryIndexTest {

    @TempDir
    Path dir;

    static Article article(String id, String text) {
        Span content = new Span(0, text.indexOf('.') + 1);
        Attribution quote = new Attribution(content, Optional.empty(), Optional.empty(),
                Optional.of(new Speaker("Ada Morrow", "analyst", "Example Institute")), true);
        return new Article(id, "Title of " + id, "Example Outlet", "Jo Writer", "", PublishedDate.parse("2024-05-01"),
                "https://example.org/" + id, "en", text,
                List.of(new Passage(Passage.idOf(id, 0), id, 0, 0, text.length(), text, List.of(quote))),
                List.of(quote));
    }

    @Test
    void addedArticleIsListedAndItsTextAndAttributionsReadBack() throws Exception {
        try (LibraryIndex index = LibraryIndex.open(dir)) {
            assertThat(index.add(article("a1", "Grain exports rose sharply. More text."), "u1", "f1", true)).isEmpty();
            assertThat(index.articleCount()).isEqualTo(1);
            assertThat(index.passageCount()).isEqualTo(1);
            assertThat(index.text("a1")).contains("Grain exports rose sharply. More text.");
            assertThat(index.attributions("a1")).singleElement()
                    .satisfies(a -> assertThat(a.speaker().orElseThrow().name()).isEqualTo("Ada Morrow"));
            assertThat(index.entry("a1").orElseThrow().speakers()).containsExactly("Ada Morrow");
        }
    }

    @Test
    void passageStartsAreReadFromTheArticleAndAgreeWithItsPassages() throws Exception {
        String text = "First paragraph here.\n\nSecond paragraph here.\n\nThird one.";
        int second = text.indexOf("Second");
        int third = text.indexOf("Third");
        Article article = new Article("a1", "Title", "Example Outlet", "Jo Writer", "", PublishedDate.parse("2024-05-01"),
                "https://example.org/a1", "en", text,
                List.of(new Passage(Passage.idOf("a1", 0), "a1", 0, 0, second, text.substring(0, second), List.of()),
                        new Passage(Passage.idOf("a1", 1), "a1", 1, second, third, text.substring(second, third), List.of()),
                        new Passage(Passage.idOf("a1", 2), "a1", 2, third, text.length(), text.substring(third), List.of())),
                List.of());
        try (LibraryIndex index = LibraryIndex.open(dir)) {
            index.add(article, "u1", "f1", true);
            assertThat(index.passageStarts("a1")).containsExactly(Map.entry(0, "a1#0"), Map.entry(second, "a1#1"),
                    Map.entry(third, "a1#2"));
            // what an index written before the article document held the starts reads instead
            assertThat(index.startsOfPassages("a1")).isEqualTo(index.passageStarts("a1"));
        }
    }

    @Test
    void sameIdUrlOrFingerprintIsReportedAsDuplicateAndNotIndexedTwice() throws Exception {
        try (LibraryIndex index = LibraryIndex.open(dir)) {
            index.add(article("a1", "Text one."), "https://x.org/1", "f1", true);
            assertThat(index.add(article("a1", "Other."), "u2", "f2", true)).contains("a1");
            assertThat(index.add(article("a2", "Other."), "https://x.org/1", "f2", true)).contains("a1");
            assertThat(index.add(article("a3", "Other."), "u3", "f1", true)).contains("a1");
            assertThat(index.articleCount()).isEqualTo(1);
        }
    }

    @Test
    void removalIsVisibleAtOnceAndSurvivesReopening() throws Exception {
        try (LibraryIndex index = LibraryIndex.open(dir)) {
            index.add(article("a1", "Text one."), "u1", "f1", true);
            index.add(article("a2", "Text two."), "u2", "f2", true);
            assertThat(index.remove("a1")).isTrue();
            assertThat(index.remove("a1")).isFalse();
            assertThat(index.text("a1")).isEmpty();
            index.commit();
        }
        try (LibraryIndex index = LibraryIndex.open(dir)) {
            assertThat(index.entriesNewestFirst()).extracting(CatalogEntry::id).containsExactly("a2");
            assertThat(index.text("a2")).contains("Text two.");
        }
        try (FSDirectory d = FSDirectory.open(dir); CheckIndex check = new CheckIndex(d)) {
            assertThat(check.checkIndex().clean).isTrue();
        }
    }

    @Test
    void aBulkChangeIsCompactedAfterOnlyWhenItsPolicyCallsForIt() throws Exception {
        try (LibraryIndex index = LibraryIndex.open(dir)) {
            for (int i = 0; i < 4; i++) {
                index.add(article("a" + i, "Grain exports rose in port " + i + ". More text."), "u" + i, "f" + i, true);
                index.commit();
            }
            int segments = index.segmentCount();
            assertThat(segments).isGreaterThan(1);

            assertThat(index.compactAfterBulk(3, new BulkCompaction(4, 0.25))).isEmpty();
            assertThat(index.compactAfterBulk(4, new BulkCompaction(4, 1.5))).isEmpty();
            assertThat(index.segmentCount()).isEqualTo(segments);

            assertThat(index.compactAfterBulk(4, new BulkCompaction(4, 0.25)))
                    .hasValueSatisfying(done -> assertThat(done.segmentsAfter()).isEqualTo(1));
            assertThat(index.segmentCount()).isEqualTo(1);
        }
    }

    @Test
    void theDefaultPolicyMergesAfterAtLeastTenThousandPassagesAndAQuarterOfTheLibrary() {
        assertThat(BulkCompaction.DEFAULT.worthIt(9_999, 9_999)).isFalse();
        assertThat(BulkCompaction.DEFAULT.worthIt(10_000, 10_000)).isTrue();
        assertThat(BulkCompaction.DEFAULT.worthIt(10_000, 40_000)).isTrue();
        assertThat(BulkCompaction.DEFAULT.worthIt(10_000, 40_001)).isFalse();
        assertThat(BulkCompaction.DEFAULT.worthIt(300_000, 1_000_000)).isTrue();
    }

    @Test
    void vectorsAreMergedOnlyWhenTheirGraphTakesAtMostAQuarterOfTheHeap() {
        long mb = 1L << 20;
        // 450,000 vectors, about 170 MB of graph: not in a 256 MB heap, in a 1 GB one.
        assertThat(BulkCompaction.mergeFitsTheHeap(450_000, 256 * mb)).isFalse();
        assertThat(BulkCompaction.mergeFitsTheHeap(450_000, 1024 * mb)).isTrue();
        assertThat(BulkCompaction.mergeFitsTheHeap(144_530, 256 * mb)).isTrue();
        assertThat(BulkCompaction.mergeFitsTheHeap(0, 64 * mb)).isTrue();
    }

    @Test
    void compactionLeavesOneSegmentWithTheSameLibraryAndSearchesAndSurvivesReopening() throws Exception {
        try (LibraryIndex index = LibraryIndex.open(dir)) {
            for (int i = 0; i < 4; i++) {
                index.add(article("a" + i, "Grain exports rose in port " + i + ". More text."), "u" + i, "f" + i, true);
                index.commit(); // one segment per commit
            }
            index.remove("a1");
            assertThat(index.segmentCount()).isGreaterThan(1);
            long hitsBefore = grainHits(index);

            int segments = index.segmentCount();
            Compaction done = index.compact();

            assertThat(done.segmentsBefore()).isEqualTo(segments);
            assertThat(done.segmentsAfter()).isEqualTo(1);
            assertThat(index.segmentCount()).isEqualTo(1);
            assertThat(grainHits(index)).isEqualTo(hitsBefore).isPositive();
            assertThat(index.entriesNewestFirst()).extracting(CatalogEntry::id).containsExactlyInAnyOrder("a0", "a2", "a3");
            assertThat(index.text("a3")).contains("Grain exports rose in port 3. More text.");
        }
        try (LibraryIndex index = LibraryIndex.open(dir)) {
            assertThat(index.segmentCount()).isEqualTo(1);
            assertThat(index.articleCount()).isEqualTo(3);
        }
        try (FSDirectory d = FSDirectory.open(dir); CheckIndex check = new CheckIndex(d)) {
            assertThat(check.checkIndex().clean).isTrue();
        }
    }

    private static long grainHits(LibraryIndex index) {
        return index.withSearcher(searcher -> {
            try {
                return (long) searcher.count(new TermQuery(new Term(LibrarySchema.TEXT, "grain")));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }
}
