package dev.attache.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.attache.core.answer.Answer;
import dev.attache.core.answer.Point;
import dev.attache.core.answer.Question;
import dev.attache.core.attribution.Speaker;
import dev.attache.core.ops.AddOutcome;
import dev.attache.core.ops.AddRequest;
import dev.attache.core.ops.Caller;
import dev.attache.core.ops.Operators;
import dev.attache.core.ops.Platform;
import dev.attache.core.ops.QuoteRecord;
import dev.attache.core.ops.RemoveOutcome;
import dev.attache.core.ops.Vote;
import dev.attache.core.testing.SharedData;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AttacheTest {

    static final Caller OPERATOR = Caller.of(Platform.TELEGRAM, "1001");
    static final Caller STRANGER = Caller.of(Platform.TELEGRAM, "2002");
    static final String ASIAN_NATO = "Could China create an Asian NATO?";

    @TempDir
    Path dir;

    Attache attache;

    @BeforeEach
    void open() throws Exception {
        attache = Attache.open(AttacheConfig.at(dir)
                .withOperators(new Operators(Map.of(Platform.TELEGRAM, Set.of("1001")), Set.of())));
    }

    @AfterEach
    void close() throws Exception {
        attache.close();
    }

    private AddOutcome addSeed() throws Exception {
        byte[] seed = Files.readAllBytes(SharedData.file("seed/asian-nato.txt"));
        return attache.add(OPERATOR, new AddRequest.FromFile("asian-nato.txt", seed));
    }

    private static AddRequest text(String body) {
        return new AddRequest.FromText(body);
    }

    @Test
    void seedArticleAnswersWithKashinAndSanakoyevQuotesAttributedWithTheirRoles() throws Exception {
        assertThat(addSeed()).isInstanceOf(AddOutcome.Added.class);

        Answer answer = attache.ask(Question.of(ASIAN_NATO));

        assertThat(answer.status()).isEqualTo(Answer.Status.ANSWERED);
        List<Point> quotes = answer.points().stream().filter(p -> p.kind() == Point.Kind.QUOTE).toList();
        assertThat(quotes).anySatisfy(p -> {
            Speaker kashin = p.speaker().orElseThrow();
            assertThat(kashin.name()).isEqualTo("Vasiliy Kashin");
            assertThat(kashin.describe()).containsIgnoringCase("senior specialist")
                    .contains("Center for European and International Studies");
            assertThat(p.text()).contains("simply impossible");
        });
        assertThat(quotes).anySatisfy(p ->
                assertThat(p.speaker().orElseThrow().name()).isEqualTo("Sergei Sanakoyev"));
        assertThat(answer.sources()).singleElement()
                .satisfies(s -> assertThat(s.title()).isEqualTo("Asian NATO: Could China create a military alliance with its neighbors?"));
    }

    @Test
    void quotesIntroducedBySurnameAloneAreAttributedToTheFullName() throws Exception {
        addSeed();
        List<QuoteRecord> kashin = attache.who("Kashin", 20);
        assertThat(kashin).hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(q -> assertThat(q.speaker().name()).isEqualTo("Vasiliy Kashin"));
        assertThat(kashin).anySatisfy(q -> assertThat(q.text()).contains("lack of understanding"));
    }

    @Test
    void aPartlyParaphrasedQuoteIsListedAsItsSentenceSoItsMarksPair() throws Exception {
        attache.add(OPERATOR, text("Harbour joins the league\n\nThe league chief, Jo Hale, said the harbour \"will bring "
                + "well trained crews to the league.\" “We are delighted to welcome them,” Hale said."));

        List<QuoteRecord> hale = attache.who("Hale", 20);
        assertThat(hale).anySatisfy(q -> {
            assertThat(q.text()).isEqualTo(
                    "The league chief, Jo Hale, said the harbour \"will bring well trained crews to the league.\"");
            assertThat(q.direct()).isFalse();
        });
        assertThat(hale).anySatisfy(q -> {
            assertThat(q.text()).isEqualTo("We are delighted to welcome them");
            assertThat(q.direct()).isTrue();
        });
    }

    @Test
    void aQuotationListedInsideAnotherReportsSentenceIsNotListedAgainByItself() throws Exception {
        attache.add(OPERATOR, text("Pier to stay open\n\n“The pier stays open through the whole winter,” Mayor Jo Hale "
                + "told reporters on Friday, while also emphasizing “the need for repairs before the spring storms.”"));

        assertThat(attache.who("Hale", 20)).singleElement().satisfies(q -> {
            assertThat(q.text()).startsWith("“The pier stays open through the whole winter,” Mayor Jo Hale told");
            assertThat(q.direct()).isFalse();
        });
    }

    @Test
    void aSentencesTailRepeatedOnItsOwnIsNotListedAgain() throws Exception {
        attache.add(OPERATOR, text("Harbour fees\n\nThe council must pay before Monday, June 5 or the harbour will close "
                + "for the winter, Mayor Jo Hale has warned.\n\nJune 5 or the harbour will close for the winter, Mayor Jo "
                + "Hale has warned."));

        assertThat(attache.who("Hale", 20)).singleElement().satisfies(q ->
                assertThat(q.text()).startsWith("The council must pay before Monday"));
    }

    @Test
    void theQuotesFoundOnAddAreTheirQuotedWords() throws Exception {
        AddOutcome outcome = attache.add(OPERATOR, text("Harbour joins the league\n\n“The harbour will bring well "
                + "trained crews,” the league chief, Jo Hale, said. “We are delighted to welcome them.”"));

        assertThat(outcome).isInstanceOfSatisfying(AddOutcome.Added.class, added -> assertThat(added.quotes())
                .singleElement().satisfies(q -> {
                    assertThat(q.text()).isEqualTo(
                            "The harbour will bring well trained crews … We are delighted to welcome them.");
                    assertThat(q.speaker().name()).isEqualTo("Jo Hale");
                }));
    }

    @Test
    void wordsQuotedInSeveralArticlesAreListedOnceFromTheNewest() throws Exception {
        String quote = "“The harbour will bring well trained crews to the league,” the league chief, Jo Hale, said.";
        for (String date : List.of("2025-03-01", "2025-03-08")) {
            attache.add(OPERATOR, new AddRequest.FromFile("league-" + date + ".md", ("---\ntitle: Harbour joins the "
                    + "league (" + date + ")\ndate: " + date + "\n---\n" + quote + " The season opens on " + date + ".\n")
                    .getBytes(StandardCharsets.UTF_8)));
        }

        List<QuoteRecord> hale = attache.who("Hale", 20);
        assertThat(hale).singleElement().satisfies(q -> {
            assertThat(q.text()).isEqualTo("The harbour will bring well trained crews to the league");
            assertThat(q.source().title()).contains("2025-03-08");
        });
    }

    @Test
    void boilerplateOfTheSeedPageIsNeitherIndexedNorCited() throws Exception {
        addSeed();
        for (String question : List.of(ASIAN_NATO, "advertisement", "1,569 shares", "newsletter subscribe")) {
            Answer answer = attache.ask(new Question(question, LocalDate.now(), 50, Optional.empty()));
            assertThat(answer.passages()).noneSatisfy(p -> assertThat(p.text()).containsAnyOf("1,569", "Advertisement"));
            assertThat(answer.points()).noneSatisfy(p -> assertThat(p.text()).containsAnyOf("1,569", "Advertisement"));
        }
    }

    @Test
    void questionTheLibraryDoesNotCoverGetsNoAnswer() throws Exception {
        addSeed();
        Answer answer = attache.ask(Question.of("What is the best recipe for chocolate cake?"));
        assertThat(answer.status()).isEqualTo(Answer.Status.NO_ANSWER);
        assertThat(answer.points()).isEmpty();
        assertThat(answer.sources()).isEmpty();
    }

    @Test
    void nonOperatorCannotAddOrRemoveAndNothingChanges() throws Exception {
        addSeed();
        String id = attache.list(1, 10).articles().getFirst().id();
        assertThat(attache.add(STRANGER, text("Some article\n\nThe minister said the budget is fine.")))
                .isInstanceOf(AddOutcome.Denied.class);
        assertThat(attache.remove(STRANGER, id)).isInstanceOf(RemoveOutcome.Denied.class);
        assertThat(attache.stats().articles()).isEqualTo(1);
        assertThat(Files.readString(dir.resolve("audit.jsonl"))).contains("\"user\":\"2002\"", "denied");
    }

    @Test
    void addingTheSameArticleAgainIsReportedAsDuplicateOfTheExistingId() throws Exception {
        AddOutcome first = addSeed();
        AddOutcome second = addSeed();
        assertThat(second).isInstanceOfSatisfying(AddOutcome.Duplicate.class,
                d -> assertThat(d.existingId()).isEqualTo(((AddOutcome.Added) first).article().id()));
        assertThat(attache.stats().articles()).isEqualTo(1);
    }

    @Test
    void removedArticleIsNoLongerUsedInAnswersAtOnce() throws Exception {
        addSeed();
        assertThat(attache.ask(Question.of(ASIAN_NATO)).answered()).isTrue();
        String id = attache.list(1, 10).articles().getFirst().id();
        assertThat(attache.remove(OPERATOR, id)).isInstanceOf(RemoveOutcome.Removed.class);
        Answer after = attache.ask(Question.of(ASIAN_NATO));
        assertThat(after.answered()).isFalse();
        assertThat(after.passages()).isEmpty();
    }

    @Test
    void articlesPublishedAfterTheAsOfDateAreNotUsed() throws Exception {
        attache.add(OPERATOR, new AddRequest.FromFile("grain.md", """
                ---
                title: Grain corridor reopens
                outlet: Test Wire
                date: 2024-03-10
                ---
                The grain corridor across the Black Sea reopened on Monday, port officials said.
                """.getBytes(StandardCharsets.UTF_8)));
        assertThat(attache.ask(Question.of("grain corridor Black Sea", LocalDate.of(2024, 3, 11))).answered()).isTrue();
        assertThat(attache.ask(Question.of("grain corridor Black Sea", LocalDate.of(2024, 3, 9))).passages()).isEmpty();
    }

    @Test
    void emptyOrOverlongQuestionsGetAClearError() {
        assertThatThrownBy(() -> attache.ask(Question.of("   "))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Ask a question");
        assertThatThrownBy(() -> attache.ask(Question.of("why ".repeat(5_000))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("characters");
    }

    @Test
    void lucenesQuerySyntaxInAQuestionIsTreatedAsWords() throws Exception {
        addSeed();
        for (String q : List.of("NATO AND (China OR \"Asian", "title:* +- ~2 ^3 [a TO z] \\")) {
            assertThat(attache.ask(Question.of(q)).status()).isNotNull();
        }
        for (String q : List.of("*", ")))")) {
            assertThatThrownBy(() -> attache.ask(Question.of(q))).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("in words");
        }
    }

    @Test
    void repeatedQuestionIsServedFromTheCacheUntilTheLibraryChanges() throws Exception {
        addSeed();
        Answer first = attache.ask(Question.of(ASIAN_NATO));
        Answer again = attache.ask(Question.of("could china create an asian nato"));
        assertThat(again.id()).isEqualTo(first.id());
        attache.add(OPERATOR, text("Another view\n\nAn Asian NATO would need Japan and India, the analyst Ada Morrow said."));
        assertThat(attache.ask(Question.of(ASIAN_NATO)).id()).isNotEqualTo(first.id());
    }

    @Test
    void votesAreRecordedWithAHashedUserAndCounted() throws Exception {
        addSeed();
        Answer answer = attache.ask(Question.of(ASIAN_NATO));
        attache.vote(new Vote(answer.id(), answer.question(), true, STRANGER));
        attache.vote(new Vote(answer.id(), answer.question(), false, OPERATOR));
        assertThat(attache.stats().upVotes()).isEqualTo(1);
        assertThat(attache.stats().downVotes()).isEqualTo(1);
        assertThat(Files.readString(dir.resolve("feedback.jsonl"))).contains(answer.id()).doesNotContain("2002");
    }

    @Test
    void libraryAndVotesSurviveReopening() throws Exception {
        addSeed();
        attache.close();
        attache = Attache.open(AttacheConfig.at(dir));
        assertThat(attache.stats().articles()).isEqualTo(1);
        assertThat(attache.ask(Question.of(ASIAN_NATO)).answered()).isTrue();
    }

    @Test
    void speakerFilterKeepsOnlyPassagesWhereThatPersonIsQuoted() throws Exception {
        addSeed();
        Answer answer = attache.ask(new Question(ASIAN_NATO, LocalDate.now(), 10, Optional.of("Sanakoyev")));
        assertThat(answer.passages()).isNotEmpty().allSatisfy(p -> assertThat(p.text()).contains("Sanakoyev"));
        assertThat(attache.speakers("kas", 5)).contains("Vasiliy Kashin");
    }

    @Test
    void aQuestionAboutOnePersonIsAnsweredWithWhatThatPersonSaidOnly() throws Exception {
        addSeed();
        // Unfiltered, the answer gives both experts; the passages quoting one of them also quote the other.
        assertThat(attache.ask(Question.of(ASIAN_NATO)).points()).extracting(p -> p.speaker().map(Speaker::name).orElse(""))
                .contains("Vasiliy Kashin", "Sergei Sanakoyev");
        for (String name : List.of("Kashin", "vasiliy KASHIN")) {
            Answer answer = attache.ask(new Question(ASIAN_NATO, LocalDate.now(), 10, Optional.of(name)));
            assertThat(answer.status()).as(name).isEqualTo(Answer.Status.ANSWERED);
            assertThat(answer.points()).as(name).hasSizeGreaterThanOrEqualTo(2)
                    .allSatisfy(p -> assertThat(p.speaker().map(Speaker::name)).contains("Vasiliy Kashin"));
        }
    }
}
