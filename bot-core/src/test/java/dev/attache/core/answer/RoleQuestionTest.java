package dev.attache.core.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.core.attribution.Speaker;
import dev.attache.core.index.LibraryAnalyzer;
import java.nio.file.Path;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A question asking who holds a post is answered first by the words of someone the articles give that post. */
class RoleQuestionTest {

    private static final Analyzer ENGLISH = LibraryAnalyzer.english();

    @TempDir
    Path data;

    @Test
    void theFormsOfAskingWhoHoldsAPost() {
        assertThat(RoleQuestion.of("Who is the president of Ukraine?", ENGLISH)).isPresent();
        assertThat(RoleQuestion.of("Who is Kestria's foreign minister?", ENGLISH)).isPresent();
        assertThat(RoleQuestion.of("who's the current chief economist at Lindenfeld Bank", ENGLISH)).isPresent();
        assertThat(RoleQuestion.of("Who is the Ukrainian president?", ENGLISH)).isPresent();
        assertThat(RoleQuestion.of("Who leads the Atlantic Concord?", ENGLISH)).isPresent();

        assertThat(RoleQuestion.of("Who is Joe Biden?", ENGLISH)).isEmpty();
        assertThat(RoleQuestion.of("Who is the man who shot the mayor of Nara?", ENGLISH)).isEmpty();
        assertThat(RoleQuestion.of("What did the president of Ukraine say?", ENGLISH)).isEmpty();
    }

    @Test
    void aPostIsHeldByASpeakerWhoseRoleHoldsItsWordsAsTheLibraryReadsThem() {
        RoleQuestion president = RoleQuestion.of("Who is the president of Ukraine?", ENGLISH).orElseThrow();
        assertThat(president.heldBy(new Speaker("Olek Dovzhenko", "Ukrainian President", ""), ENGLISH)).isTrue();
        assertThat(president.heldBy(new Speaker("Olek Dovzhenko", "President", "Ukraine"), ENGLISH)).isTrue();
        assertThat(president.heldBy(new Speaker("Ada Morrow", "Estorian President", ""), ENGLISH)).isFalse();
        assertThat(president.heldBy(new Speaker("Petro Vasko", "former Ukrainian President", ""), ENGLISH)).isFalse();
        assertThat(president.heldBy(new Speaker("presidents", "Ukrainian President", ""), ENGLISH)).isFalse();

        RoleQuestion foreign = RoleQuestion.of("Who is Kestria's foreign minister?", ENGLISH).orElseThrow();
        assertThat(foreign.heldBy(new Speaker("Andrej Volnar", "Kestria's minister of foreign affairs", ""), ENGLISH))
                .isTrue();
        RoleQuestion nato = RoleQuestion.of("Who is the secretary general of NATO?", ENGLISH).orElseThrow();
        assertThat(nato.heldBy(new Speaker("Mira Geo", "NATO Deputy-Secretary General", ""), ENGLISH)).isFalse();

        // a body counts by its acronym too
        RoleQuestion un = RoleQuestion.of("Who is the secretary general of the UN?", ENGLISH).orElseThrow();
        assertThat(un.heldBy(new Speaker("Ilse Marr", "Secretary-General", "United Nations"), ENGLISH)).isTrue();
        assertThat(un.heldBy(new Speaker("Ilse Marr", "United Nations Secretary-General", ""), ENGLISH)).isTrue();
        assertThat(un.heldBy(new Speaker("Mira Geo", "NATO Secretary General", ""), ENGLISH)).isFalse();

        // "Who leads …?" asks for the body's head, by whichever title heads it
        RoleQuestion leads = RoleQuestion.of("Who leads the Atlantic Concord?", ENGLISH).orElseThrow();
        assertThat(leads.heldBy(new Speaker("Mireille Castagne", "secretary-general", "Atlantic Concord"), ENGLISH)).isTrue();
        assertThat(leads.heldBy(new Speaker("Ada Morrow", "Atlantic Concord chairwoman", ""), ENGLISH)).isTrue();
        assertThat(leads.heldBy(new Speaker("Tom Reed", "analyst", "Atlantic Concord"), ENGLISH)).isFalse();
    }

    @Test
    void theHoldersWordsOpenTheAnswerThoughAnotherPassageRanksFirst() throws Exception {
        Answer answer = WordsOnlyLibrary.answer(data, "Who is the foreign minister of Kestria?",
                "Kestria and the sea border\n\nThe foreign ministry of Kestria and the Kestria coast guard met on the "
                        + "sea border on Monday. Ministers of Kestria and foreign envoys argued about the border for hours.",
                "Tribunal ruling\n\nThe tribunal drew a new border on Friday. “Kestria respects the award and will study "
                        + "it carefully with our partners,” said Andrej Volnar, Kestria's minister of foreign affairs.");

        assertThat(answer.points()).first().satisfies(p -> assertThat(p.text()).contains("said Andrej Volnar"));
        assertThat(answer.postWithoutHolder()).isEmpty();
    }

    @Test
    void thePostIsKeptAsTheQuestionAskedIt() {
        assertThat(RoleQuestion.of("Who is the foreign minister of Estoria?", ENGLISH)).get()
                .extracting(RoleQuestion::asked).isEqualTo("the foreign minister of Estoria");
        assertThat(RoleQuestion.of("who's Kestria's current foreign minister", ENGLISH)).get()
                .extracting(RoleQuestion::asked).isEqualTo("Kestria's current foreign minister");
        assertThat(RoleQuestion.of("Who leads NATO?", ENGLISH)).get()
                .extracting(RoleQuestion::asked).isEqualTo("the head of NATO");
    }

    @Test
    void anAnswerWithoutAHolderSaysThatNoOneWasFoundInThePost() throws Exception {
        Answer answer = WordsOnlyLibrary.answer(data, "Who is the foreign minister of Estoria?",
                "Tribunal ruling\n\nThe tribunal drew a new border on Friday. “Kestria respects the award and will study "
                        + "it carefully with our partners,” said Andrej Volnar, Kestria's minister of foreign affairs.",
                "Estoria's budget\n\nEstoria's finance minister presented the budget on Monday. The foreign ministry's "
                        + "spending rises by a tenth.");

        assertThat(answer.answered()).isTrue();
        assertThat(answer.postWithoutHolder()).contains("the foreign minister of Estoria");
        assertThat(answer.opening()).startsWith("I found no one quoted as the foreign minister of Estoria. The nearest");
    }

    @Test
    void aPointNamingThePostMayAnswerWithoutAQuotedHolder() throws Exception {
        Answer answer = WordsOnlyLibrary.answer(data, "Who is the foreign minister of Estoria?",
                "Cabinet\n\nIlse Marr became the foreign minister of Estoria on Monday, after a week of talks.");

        assertThat(answer.postWithoutHolder()).isEmpty();
        assertThat(answer.opening()).isEqualTo("The library has 1 article on this.");
    }
}
