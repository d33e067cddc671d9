package dev.attache.core.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.core.Attache;
import dev.attache.core.AttacheConfig;
import dev.attache.core.answer.Answer;
import dev.attache.core.answer.Point;
import dev.attache.core.answer.Question;
import dev.attache.core.answer.RankedPassage;
import dev.attache.core.attribution.Speaker;
import dev.attache.core.embed.DenseMode;
import dev.attache.core.index.LibraryIndex;
import dev.attache.core.ops.Caller;
import dev.attache.core.ops.ImportProgress;
import dev.attache.core.ops.Platform;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A question asking for someone's words ("What did Hale say about the harbour levy?") prefers the passages where that
 * speaker is quoted on its subject over passages that only mention the speaker, and states their words first; the
 * library's other passages still answer, and a speaker the library does not quote changes nothing.
 */
class SpeakerPreferenceTest {

    private static final LocalDate AS_OF = LocalDate.of(2024, 6, 1);

    @TempDir
    Path dir;

    /** Articles that name Mayor Jo Hale and the harbour levy often, in others' words. */
    private static List<String> aboutHale(int count) {
        List<String> articles = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            articles.add(article("about-" + i, "Harbour levy debate " + i, "2024-03-" + (10 + i % 18),
                    "Mayor Jo Hale and the harbour levy were discussed again at council meeting " + i + ". Hale's harbour "
                            + "levy was in every speech, and the harbour levy of Mayor Hale drew a crowd. “The levy is a "
                            + "tax on every boat,” said Tia Kasp, who fishes from the harbour."));
        }
        return articles;
    }

    private static final String HALE_ON_THE_LEVY = article("hale-levy", "Council budget", "2024-02-01",
            "The council adopted its budget on Tuesday. “The harbour levy pays for the new breakwater and nothing else,” "
                    + "said Mayor Jo Hale after the vote. The budget also funds two libraries and a swimming pool for the town.");
    private static final String HALE_ON_THE_SCHOOL = article("hale-school", "Harbour school roof", "2024-02-02",
            "“The school roof will be fixed by May, and the pupils will be back in their classrooms,” said Mayor Jo Hale. "
                    + "The roof was damaged in a storm in January. Parents asked whether the harbour levy would pay for it. "
                    + "Hale said the repairs would cost the town less than a new boiler.");

    private static String article(String id, String title, String published, String text) {
        return "{\"id\":\"" + id + "\",\"title\":\"" + title + "\",\"published\":\"" + published
                + "\",\"text\":\"" + text.replace("\"", "\\\"") + "\"}";
    }

    private Attache library(List<String> jsonLines) throws Exception {
        return library(jsonLines, DenseMode.OFF);
    }

    private Attache library(List<String> jsonLines, DenseMode dense) throws Exception {
        Path file = dir.resolve("articles.jsonl");
        Files.writeString(file, String.join("\n", jsonLines) + "\n", StandardCharsets.UTF_8);
        Attache attache = Attache.open(AttacheConfig.at(dir.resolve("lib")).withDense(dense));
        attache.importPaths(Caller.local(Platform.CLI), List.of(file), ImportProgress.NONE);
        if (dense != DenseMode.OFF) {
            assertThat(attache.awaitEmbeddings((done, total) -> { }, () -> false)).isTrue();
        }
        return attache;
    }

    private static List<String> all(List<String> articles, String... more) {
        List<String> lines = new ArrayList<>(articles);
        lines.addAll(List.of(more));
        return lines;
    }

    private static Question asked(String text) {
        return new Question(text, AS_OF, 10, Optional.empty());
    }

    @Test
    void theSpeakersOwnWordsOnTheSubjectComeFirstAndTheirWordsOnAnotherDoNot() throws Exception {
        try (Attache attache = library(all(aboutHale(6), HALE_ON_THE_LEVY, HALE_ON_THE_SCHOOL))) {
            // the same words, not asked as a question for Hale's words: passages that name Hale and the levy more often lead
            Answer words = attache.ask(asked("Hale harbour levy"));
            assertThat(words.passages().getFirst().articleId()).startsWith("about-");

            Answer answer = attache.ask(asked("What did Hale say about the harbour levy?"));

            assertThat(answer.passages().getFirst().articleId()).startsWith("hale-");
            Point first = answer.points().getFirst();
            assertThat(first.speaker().map(Speaker::name)).contains("Jo Hale");
            assertThat(first.text()).contains("pays for the new breakwater");
            // nor Hale's words on the school, though their passage names the levy: neither the quote nor the statement
            assertThat(answer.points()).noneSatisfy(p -> assertThat(p.text()).containsAnyOf("school roof", "repairs"));
            // the passages about Hale still answer after Hale's own words
            assertThat(answer.points()).anySatisfy(p -> assertThat(p.passageId()).startsWith("about-"));
        }
    }

    @Test
    void theYearAskedAboutIsNoWordThePreferredPassagesMustHold() throws Exception {
        try (Attache attache = library(all(aboutHale(6), HALE_ON_THE_LEVY))) {
            Answer answer = attache.ask(asked("What did Hale say about the levy in 2024?"));

            assertThat(answer.passages().getFirst().articleId()).isEqualTo("hale-levy");
        }
    }

    @Test
    void aSurnameThatNamesSeveralSpeakersMeansTheOneTheseArticlesQuoteMost() throws Exception {
        String namesake = article("other-hale", "Harbour levy letters", "2024-02-03",
                "“The harbour levy is far too high for a small boat like mine,” said Ezra Hale, a fisherman, in a letter "
                        + "to the council.");
        String again = article("hale-again", "Harbour levy vote", "2024-02-04",
                "“The harbour levy will be reviewed every year,” Mayor Jo Hale said after the vote. “The harbour levy "
                        + "stays as low as the breakwater allows,” Hale added.");
        try (Attache attache = library(all(aboutHale(3), namesake, HALE_ON_THE_LEVY, again))) {
            Answer answer = attache.ask(asked("What did Hale say about the harbour levy?"));

            List<String> speakers = answer.points().stream().map(p -> p.speaker().map(Speaker::name).orElse("")).toList();
            assertThat(speakers).contains("Jo Hale", "Ezra Hale");
            // every point of Jo Hale's comes before the other Hale's
            assertThat(speakers.lastIndexOf("Jo Hale")).isLessThan(speakers.indexOf("Ezra Hale"));
        }
    }

    @Test
    void inHybridSearchTheSpeakersOwnWordsOnTheSubjectComeFirstToo() throws Exception {
        try (Attache attache = library(all(aboutHale(6), HALE_ON_THE_LEVY, HALE_ON_THE_SCHOOL), DenseMode.SEARCH_AND_EMBED)) {
            assertThat(attache.ask(asked("Hale harbour levy")).passages().getFirst().articleId()).startsWith("about-");

            Answer answer = attache.ask(asked("What did Hale say about the harbour levy?"));

            assertThat(answer.passages().getFirst().articleId()).startsWith("hale-");
            assertThat(answer.points().getFirst().text()).contains("pays for the new breakwater");
        }
    }

    @Test
    void theSpeakersPassagesAreCandidatesEvenBeyondTheFirstStageOfTheWordSearch() throws Exception {
        try (Attache attache = library(all(aboutHale(Retriever.FIRST_STAGE + 20), HALE_ON_THE_LEVY))) {
            Answer words = attache.ask(new Question("Hale harbour levy", AS_OF, Retriever.FIRST_STAGE, Optional.empty()));
            assertThat(words.passages()).extracting(RankedPassage::articleId).doesNotContain("hale-levy");

            Answer answer = attache.ask(asked("What did Hale say about the harbour levy?"));

            assertThat(answer.passages().getFirst().articleId()).isEqualTo("hale-levy");
        }
    }

    @Test
    void aTitledNameIsTheSpeakerTheLibraryQuotesAndAnUnquotedOneChangesNothing() throws Exception {
        library(all(aboutHale(6), HALE_ON_THE_LEVY)).close();
        try (LibraryIndex index = LibraryIndex.open(dir.resolve("lib").resolve("index"))) {
            Retriever retriever = new Retriever(index);
            assertThat(retriever.retrieve(asked("What did Mayor Jo Hale say about the harbour levy?"), 10).preference()
                    .map(SpeakerPreference::names))
                    .contains(List.of("Jo Hale"));
            assertThat(retriever.retrieve(asked("What has the mayor said about the harbour levy?"), 10).preference())
                    .isEmpty();

            Retrieval unquoted = retriever.retrieve(asked("What did Ossian Brandt say about the harbour levy?"), 10);
            Retrieval sameWords = retriever.retrieve(asked("Ossian Brandt harbour levy"), 10);
            assertThat(unquoted.preference()).isEmpty();
            assertThat(unquoted.hits()).extracting(Hit::passageId)
                    .containsExactlyElementsOf(sameWords.hits().stream().map(Hit::passageId).toList());
        }
    }

    @Test
    void aBodyAskedForByItsAcronymIsFoundUnderEachOfItsNamesAndNotInAPersonsName() throws Exception {
        List<String> articles = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            articles.add(article("un-person-" + i, "Harbour master on the levy " + i, "2024-03-0" + (i + 1),
                    "“The harbour levy is the fairest tax the harbour has, and the harbour levy stays,” said Mei Lin Un, "
                            + "the harbour master, at meeting " + i + "."));
        }
        articles.add(article("un-full", "Levy criticised", "2024-02-10",
                "“The harbour levy breaks the law of the sea,” the United Nations said in a statement on Friday."));
        articles.add(article("un-dotted", "Levy again", "2024-02-11",
                "“Every harbour levy must be open to review,” the U.N. said on Monday."));
        articles.add(article("un-plain", "Levy and shipping", "2024-02-12",
                "“A harbour levy on aid ships is not acceptable,” the UN said."));
        try (Attache attache = library(articles)) {
            Answer answer = attache.ask(asked("What did the UN say about the harbour levy?"));

            assertThat(answer.passages().subList(0, 3)).extracting(RankedPassage::articleId)
                    .containsExactlyInAnyOrder("un-full", "un-dotted", "un-plain");
            List<String> speakers = answer.points().stream().map(p -> p.speaker().map(Speaker::name).orElse("")).toList();
            // each as its article wrote it, "the" included ("the U.N. said")
            assertThat(speakers.subList(0, 3)).containsExactlyInAnyOrder("The United Nations", "The U.N.", "The UN");
        }
    }

    /** Kestria's foreign minister on the harbour levy: Petra Ilves in 2019, Andrej Volnar in 2023. */
    @Test
    void aPostAskedForAsASpeakerMeansWhomTheLibraryQuotesInItAtTheQuestionsDate() throws Exception {
        List<String> articles = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            articles.add(article("about-" + i, "Levy talks " + i, "2019-0" + (i + 1) + "-10",
                    "The Kestrian foreign minister and the harbour levy were discussed again at talks " + i + ". The "
                            + "harbour levy and the Kestrian foreign minister drew a crowd. “The levy is a tax on every "
                            + "boat,” said Tia Kasp, who fishes from the harbour."));
        }
        for (int i = 0; i < 4; i++) {
            articles.add(article("volnar-" + i, "Minister on the levy " + i, "2023-0" + (i + 1) + "-15",
                    "“The harbour levy is a matter for the port authority alone,” said Kestrian Foreign Minister Andrej "
                            + "Volnar at briefing " + i + ", before a long list of other matters of the day."));
        }
        articles.add(article("ilves", "Minister on the treaty", "2019-09-01",
                "“The harbour levy breaks our treaty with Estoria,” said Kestrian Foreign Minister Petra Ilves, before a "
                        + "long list of other matters of the day."));
        String question = "What did the Kestrian foreign minister say about the harbour levy?";
        try (Attache attache = library(articles)) {
            Answer now = attache.ask(asked(question));
            assertThat(now.points().getFirst().speaker().map(Speaker::name)).contains("Andrej Volnar");

            Answer then = attache.ask(new Question(question, LocalDate.of(2020, 1, 1), 10, Optional.empty()));
            assertThat(then.points().getFirst().speaker().map(Speaker::name)).contains("Petra Ilves");
        }
        try (LibraryIndex index = LibraryIndex.open(dir.resolve("lib").resolve("index"))) {
            // quoted once in the post beside Volnar's four times, Ilves is no longer its holder
            assertThat(new Retriever(index).retrieve(asked(question), 10).preference().map(SpeakerPreference::names))
                    .contains(List.of("Andrej Volnar"));
        }
    }

    @Test
    void anArchiveOfUnknownDatesNamesThePostsHolderOnlyWhereDatedArticlesDoNot() throws Exception {
        List<String> articles = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            articles.add("{\"id\":\"archive-" + i + "\",\"title\":\"Wire " + i + "\",\"text\":\"“The harbour levy "
                    + "will stay,” said Kestrian Foreign Minister Oskar Lind in wire " + i + ".\"}");
        }
        String question = "What did the Kestrian foreign minister say about the harbour levy?";
        List<String> dated = new ArrayList<>(articles);
        for (int i = 0; i < 2; i++) {
            dated.add(article("volnar-" + i, "Minister on the levy " + i, "2023-0" + (i + 1) + "-15",
                    "“The harbour levy is a matter for the port authority alone,” said Kestrian Foreign Minister Andrej "
                            + "Volnar at briefing " + i + "."));
        }
        library(dated).close();
        try (LibraryIndex index = LibraryIndex.open(dir.resolve("lib").resolve("index"))) {
            assertThat(new Retriever(index).retrieve(asked(question), 10).preference().map(SpeakerPreference::names))
                    .contains(List.of("Andrej Volnar"));
            // before Volnar's briefings, only the archive names a holder
            assertThat(new Retriever(index).retrieve(new Question(question, LocalDate.of(2022, 1, 1), 10,
                    Optional.empty()), 10).preference().map(SpeakerPreference::names)).contains(List.of("Oskar Lind"));
        }
    }

    @Test
    void aCountryAskedForSpeaksThroughThoseWhoseRoleNamesItAndAnOfficeOfItsState() throws Exception {
        List<String> articles = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            articles.add(article("about-" + i, "Levy talks " + i, "2024-03-" + (10 + i),
                    "Iceland and the harbour levy were discussed again at talks " + i + ". The harbour levy and Iceland "
                            + "drew a crowd. “The levy is a tax on every boat,” said Tia Kasp, who fishes from the harbour."));
        }
        articles.add(article("port", "New port", "2024-01-10",
                "Iceland said on Friday that it would build a new port in the north before the winter."));
        articles.add(article("minister", "Minister on the levy", "2024-02-01",
                "“The harbour levy breaks the fishing treaty,” said Icelandic Foreign Minister Ada Morrow on Monday."));
        // no longer in office: not the country's voice
        articles.add(article("former", "Former minister on the levy", "2024-02-02",
                "“The harbour levy is fair,” said former Icelandic Prime Minister Jon Brand."));
        try (Attache attache = library(articles)) {
            Answer answer = attache.ask(asked("What did Iceland say about the harbour levy?"));

            assertThat(answer.points().getFirst().speaker().map(Speaker::name)).contains("Ada Morrow");
        }
        try (LibraryIndex index = LibraryIndex.open(dir.resolve("lib").resolve("index"))) {
            assertThat(new Retriever(index).retrieve(asked("What did Iceland say about the harbour levy?"), 10)
                    .preference().map(SpeakerPreference::names)).contains(List.of("Iceland", "Ada Morrow"));
        }
    }

    @Test
    void aQuestionKeptToOneSpeakerIsNotAPreferenceButTheFilter() throws Exception {
        try (Attache attache = library(all(aboutHale(6), HALE_ON_THE_LEVY))) {
            Answer answer = attache.ask(new Question("What did Hale say about the harbour levy?", AS_OF, 10,
                    Optional.of("Tia Kasp")));

            assertThat(answer.points()).isNotEmpty()
                    .allSatisfy(p -> assertThat(p.speaker().map(Speaker::name)).contains("Tia Kasp"));
        }
    }
}
