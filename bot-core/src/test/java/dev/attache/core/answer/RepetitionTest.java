package dev.attache.core.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.core.index.LibraryAnalyzer;
import dev.attache.core.index.LibrarySchema;
import dev.attache.core.search.QueryTerms;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** When one point would only repeat another in nearly the same words. */
class RepetitionTest {

    @Test
    void theSameSentenceWithAWordChangedOrALabelBeforeItIsARepeat() {
        assertThat(repeats("Mayor Tova Lind also promised to dredge the northern basin before the autumn season.",
                "Lind also promised to dredge the northern basin before the autumn season.")).isTrue();
        assertThat(repeats("Dredging plans: The board will dredge the northern basin before the autumn season.",
                "The board will dredge the northern basin before the autumn season.")).isTrue();
        assertThat(repeats("The board is dredging the northern basins before the autumn seasons.",
                "The board will dredge the northern basin before the autumn season.")).isTrue();
    }

    @Test
    void anotherFigureOrOtherWordsAreNoRepeat() {
        assertThat(repeats("The board will spend 14 million dollars to dredge the northern basin this autumn.",
                "The board will spend 19 million dollars to dredge the northern basin this autumn.")).isFalse();
        assertThat(repeats("The company filed for bankruptcy protection in the state of Delaware on Thursday.",
                "The company filed for bankruptcy protection in New Jersey.")).isFalse();
    }

    @Test
    void shortPointsAreNeverRepeats() {
        assertThat(repeats("The regular season is over.", "The regular season is over for the harbour team.")).isFalse();
    }

    private static boolean repeats(String a, String b) {
        return Repetition.repeats(terms(a), terms(b));
    }

    private static Set<String> terms(String text) {
        return QueryTerms.analyze(LibraryAnalyzer.english(), LibrarySchema.TEXT, text).distinct();
    }
}
