package dev.attache.core.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.attache.core.Attache;
import dev.attache.core.AttacheConfig;
import dev.attache.core.answer.Answer;
import dev.attache.core.answer.EvidenceStrength;
import dev.attache.core.answer.Question;
import dev.attache.core.answer.RankedPassage;
import dev.attache.core.index.LibraryAnalyzer;
import dev.attache.core.index.LibraryIndex;
import dev.attache.core.index.LibrarySchema;
import dev.attache.core.ops.Caller;
import dev.attache.core.ops.ImportProgress;
import dev.attache.core.ops.Platform;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.ScoreDoc;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ranking rules that must hold whatever the parameters: lead and recency only re-order matches. */
class RetrieverTest {

    @TempDir
    Path dir;

    private Attache library(String... jsonLines) throws Exception {
        Path file = dir.resolve("articles.jsonl");
        Files.writeString(file, String.join("\n", jsonLines) + "\n", StandardCharsets.UTF_8);
        Attache attache = Attache.open(AttacheConfig.at(dir.resolve("lib")));
        attache.importPaths(Caller.local(Platform.CLI), List.of(file), ImportProgress.NONE);
        return attache;
    }

    private static String article(String id, String title, String published, String text) {
        return "{\"id\":\"" + id + "\",\"title\":\"" + title + "\",\"published\":\"" + published
                + "\",\"text\":\"" + text + "\"}";
    }

    private static String filler(String word, int sentences) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < sentences; i++) {
            s.append("The committee met again on a cold morning to discuss the ").append(word)
                    .append(" plan in some detail. ");
        }
        return s.toString();
    }

    @Test
    void aRetrievalReportsTheLibrarysDocumentFrequencyOfEveryQuestionTerm() throws Exception {
        library(article("a", "Harbour budget", "2022-01-10", filler("harbour", 12)),
                article("b", "Railway budget", "2022-01-10", filler("railway", 12) + "\\n\\n" + filler("harbour", 3)))
                .close();
        try (LibraryIndex index = LibraryIndex.open(dir.resolve("lib").resolve("index"))) {
            String question = "How much will the harbour plan and the zeppelin cost?";
            Retrieval retrieval = new Retriever(index).retrieve(new Question(question, LocalDate.of(2022, 6, 1), 10,
                    Optional.empty()), 10);
            Set<String> terms = EvidenceStrength.questionTerms(question);
            assertThat(retrieval.hits()).isNotEmpty();
            assertThat(retrieval.docFreqs().keySet()).containsExactlyElementsOf(terms);
            assertThat(retrieval.docFreqs()).containsEntry("zeppelin", 0);
            assertThat(retrieval.docFreqs().get("harbour")).isEqualTo(statistic(index, r -> r.docFreq(new Term(LibrarySchema.TEXT, "harbour"))))
                    .isGreaterThan(1);
            assertThat(retrieval.passageCount()).isEqualTo((long) statistic(index, r -> r.getDocCount(LibrarySchema.TEXT)));
            // the composer's IDF from these statistics is the one it would look up itself
            assertThat(EvidenceStrength.idf(terms, retrieval.docFreqs(), retrieval.passageCount()))
                    .isEqualTo(index.withSearcher(searcher -> EvidenceStrength.idf(searcher.getIndexReader(), terms)));
        }
    }

    private interface ReaderStatistic {
        int of(IndexReader reader) throws IOException;
    }

    private static int statistic(LibraryIndex index, ReaderStatistic statistic) {
        return index.withSearcher(searcher -> {
            try {
                return statistic.of(searcher.getIndexReader());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Test
    void aPassageTheWordRankingDidNotReachIsScoredByItsWordsAsTheRankingScoresThem() throws Exception {
        // fewer passages than the first stage takes: the title is matched in the first stage
        library(article("a", "Harbour budget", "2022-01-10", filler("harbour", 12) + "\\n\\n" + filler("harbour", 3)),
                article("b", "Railway budget", "2022-01-10", filler("railway", 12) + "\\n\\n" + filler("harbour", 2)),
                article("c", "Harbour dredging", "2022-01-11", filler("dredging", 12) + "\\n\\n" + filler("harbour", 1)))
                .close();
        assertScoredAsRanked("What is the harbour plan?", 10);
    }

    @Test
    void aPassageTheWordRankingDidNotReachIsScoredAsTheRankingScoresThemWhereTheTitleIsMatchedAfterwards()
            throws Exception {
        // more passages match by their text than the first stage takes: the title is scored in the second stage
        String[] articles = new String[Retriever.FIRST_STAGE + 20];
        for (int i = 0; i < articles.length; i++) {
            articles[i] = article("a" + i, i % 3 == 0 ? "Harbour works " + i : "Council notes " + i, "2022-01-10",
                    "Report " + i + " of the port office. " + filler(i % 2 == 0 ? "harbour" : "harbour dredging", 1 + i % 4));
        }
        library(articles).close();
        assertScoredAsRanked("What is the harbour dredging plan?", Retriever.FIRST_STAGE + 10);
    }

    /** The passages ranked below the best are scored by {@link Retriever.WordRanking#score} as the ranking scored them. */
    private void assertScoredAsRanked(String text, int depth) throws IOException {
        try (LibraryIndex index = LibraryIndex.open(dir.resolve("lib").resolve("index"))) {
            Question question = new Question(text, LocalDate.of(2022, 6, 1), 10, Optional.empty());
            QueryTerms terms = QueryTerms.analyze(LibraryAnalyzer.question(), LibrarySchema.TEXT, question.text());
            Retriever retriever = new Retriever(index);
            index.withSearcher(searcher -> {
                try {
                    ScoreDoc[] all = retriever.wordRanking(searcher, terms, question, depth).ranked();
                    Retriever.WordRanking best = retriever.wordRanking(searcher, terms, question, 1);
                    ScoreDoc[] rest = Arrays.copyOfRange(all, 1, all.length);
                    assertThat(best.ranked()).hasSize(1);
                    assertThat(rest).hasSizeGreaterThan(3);
                    float[] scores = best.score(searcher, rest);
                    for (int i = 0; i < rest.length; i++) {
                        assertThat(scores[i]).isCloseTo(rest[i].score, within(1e-5f));
                    }
                    return null;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    @Test
    void aLeadPassageIsNeverReturnedForAQuestionItDoesNotMatch() throws Exception {
        try (Attache attache = library(
                article("a", "Harbour budget", "2022-01-10", filler("harbour", 12) + "\\n\\n" + filler("harbour", 12)),
                article("b", "Railway budget", "2022-01-10", filler("railway", 12) + "\\n\\n"
                        + "Engineers said the viaduct near Oskarshamn needs new bearings before winter. " + filler("railway", 10)))) {
            Answer answer = attache.ask(new Question("What do the Oskarshamn viaduct bearings need?",
                    LocalDate.of(2022, 6, 1), 10, Optional.empty()));
            assertThat(answer.passages()).isNotEmpty();
            assertThat(answer.passages()).allSatisfy(p -> assertThat(p.text()).containsIgnoringCase("Oskarshamn"));
        }
    }

    @Test
    void recencyReordersComparableMatchesButNeverLiftsAWeakMatchOverAStrongOne() throws Exception {
        String strong = "The central bank raised its key interest rate by half a point to fight inflation, "
                + "the governor said at the central bank briefing on interest rates and inflation.";
        try (Attache attache = library(
                article("old-strong", "Central bank raises interest rate", "2022-01-03", strong),
                article("new-weak", "Weather", "2022-05-30", "Inflation of the balloon failed at the fair on Sunday, organizers said."),
                article("old-twin", "Rates", "2022-02-01", "Lawmakers debated the fishing quota and the harbour fees for the season."),
                article("new-twin", "Rates again", "2022-05-29", "Lawmakers debated the fishing quota and the harbour fees for the season again."))) {
            LocalDate asOf = LocalDate.of(2022, 6, 1);
            Answer rates = attache.ask(new Question("What did the central bank recently do to the interest rate to fight inflation?",
                    asOf, 10, Optional.empty()));
            assertThat(rates.passages().getFirst().articleId()).isEqualTo("old-strong");

            Answer quota = attache.ask(new Question("What did lawmakers debate recently about the fishing quota?",
                    asOf, 10, Optional.empty()));
            assertThat(quota.passages().stream().map(RankedPassage::articleId).limit(2))
                    .containsExactly("new-twin", "old-twin");
        }
    }

    @Test
    void recencyCountsFromTheNewestMatchWhenTheLibraryHoldsNothingAsRecentAsTheAsOfDate() throws Exception {
        try (Attache attache = library(
                article("old-twin", "Rates", "2022-02-01", "Lawmakers debated the fishing quota and the harbour fees for the season."),
                article("new-twin", "Rates again", "2022-05-29", "Lawmakers debated the fishing quota and the harbour fees for the season again."))) {
            // asked years after the library's newest article: "recently" means the latest it holds
            Answer quota = attache.ask(new Question("What did lawmakers debate recently about the fishing quota?",
                    LocalDate.of(2026, 12, 1), 10, Optional.empty()));
            assertThat(quota.passages().stream().map(RankedPassage::articleId).limit(2))
                    .containsExactly("new-twin", "old-twin");
        }
    }

    @Test
    void aYearAskedAboutReordersComparableMatchesButNeverLiftsAWeakMatchOverAStrongOne() throws Exception {
        String strong = "The central bank raised its key interest rate by half a point to fight inflation, "
                + "the governor said at the central bank briefing on interest rates and inflation.";
        try (Attache attache = library(
                article("strong", "Central bank raises interest rate", "2022-01-03", strong),
                article("weak", "Weather", "2021-05-30", "Inflation of the balloon failed at the fair on Sunday, organizers said."),
                article("twin-2021", "Rates", "2021-02-01", "Lawmakers debated the fishing quota and the harbour fees for the season."),
                article("twin-2022", "Rates again", "2022-05-29", "Lawmakers debated the fishing quota and the harbour fees for the season again."))) {
            LocalDate asOf = LocalDate.of(2024, 6, 1);
            Answer rates = attache.ask(new Question("What did the central bank do to the interest rate to fight inflation in 2021?",
                    asOf, 10, Optional.empty()));
            assertThat(rates.passages().getFirst().articleId()).isEqualTo("strong");

            for (String year : List.of("2021", "2022")) {
                Answer quota = attache.ask(new Question("What did lawmakers debate about the fishing quota in " + year + "?",
                        asOf, 10, Optional.empty()));
                assertThat(quota.passages().getFirst().articleId()).isEqualTo("twin-" + year);
            }
        }
    }

    @Test
    void aQuestionNamingACountryFindsAPassageThatNamesItsPeopleOrItsAdjective() throws Exception {
        try (Attache attache = library(
                article("adjective", "Talks", "2022-01-10", "Ukrainian President Olek Dovzhenko opened the talks."),
                article("people", "Markets", "2022-01-10", "Europeans bought more grain this year."),
                // each distractor matches one of a question's words, the rarer one when adjectives are words of their own
                article("place", "Exports", "2022-01-10", "Ukraine exports sunflower oil. Europe holds a summit."),
                article("other", "Clubs", "2022-01-10", "The president of the rowing club sold his grain farm."))) {
            Answer president = attache.ask(new Question("Who is the president of Ukraine?", LocalDate.of(2022, 6, 1), 10,
                    Optional.empty()));
            assertThat(president.passages()).extracting(RankedPassage::articleId).startsWith("adjective");
            Answer grain = attache.ask(new Question("How much grain did Europe buy?", LocalDate.of(2022, 6, 1), 10,
                    Optional.empty()));
            assertThat(grain.passages()).extracting(RankedPassage::articleId).startsWith("people");
        }
    }

    @Test
    void aPassageThatMatchesOnlyThroughItsArticlesTitleIsStillFound() throws Exception {
        try (Attache attache = library(
                article("titled", "Oskarshamn viaduct repairs", "2022-01-10", filler("budget", 6)),
                article("worded", "Railway budget", "2022-01-10",
                        "Engineers said the viaduct needs new bearings before winter. " + filler("railway", 5)))) {
            Answer answer = attache.ask(new Question("Oskarshamn viaduct?", LocalDate.of(2022, 6, 1), 10, Optional.empty()));
            // The first stage matches passage text; "Oskarshamn" stands only in a title, and the
            // library has fewer matching passages than the first stage asks for, so titles count there too.
            assertThat(answer.passages()).extracting(RankedPassage::articleId).contains("titled", "worded");
        }
    }

    @Test
    void aLeadPassageOutranksTheSameMatchFurtherIntoAnArticle() throws Exception {
        String match = "Engineers said the viaduct near Oskarshamn needs new bearings before winter. ";
        try (Attache attache = library(
                article("later", "Budget one", "2022-01-10", filler("budget", 12) + "\\n\\n" + match + filler("budget", 10)),
                article("lead", "Budget two", "2022-01-10", match + filler("budget", 10) + "\\n\\n" + filler("budget", 12)))) {
            Answer answer = attache.ask(new Question("What do the Oskarshamn viaduct bearings need?",
                    LocalDate.of(2022, 6, 1), 10, Optional.empty()));
            // The two passages match the same words in the same length of text: only the lead constant sets them apart.
            assertThat(answer.passages()).extracting(RankedPassage::articleId).startsWith("lead", "later");
            assertThat(answer.passages().get(0).score()).isGreaterThan(answer.passages().get(1).score());
        }
    }

    @Test
    void theAsOfDateExcludesWhatWasPublishedAfterItAndNothingElse() throws Exception {
        String match = "The harbour authority said the Oskarshamn ferry terminal will close for repairs.";
        try (Attache attache = library(
                article("january", "Ferry news", "2022-01-10", match),
                article("march", "Ferry news again", "2022-03-10", match + " It reopens in May."),
                "{\"id\":\"undated\",\"title\":\"Ferry notes\",\"text\":\"" + match + " Nobody knows when.\"}")) {
            String question = "When will the Oskarshamn ferry terminal close?";
            Answer february = attache.ask(new Question(question, LocalDate.of(2022, 2, 1), 10, Optional.empty()));
            assertThat(february.passages()).extracting(RankedPassage::articleId)
                    .containsExactlyInAnyOrder("january", "undated");
            Answer today = attache.ask(new Question(question, LocalDate.of(2026, 1, 1), 10, Optional.empty()));
            assertThat(today.passages()).extracting(RankedPassage::articleId)
                    .containsExactlyInAnyOrder("january", "march", "undated");
        }
    }
}
