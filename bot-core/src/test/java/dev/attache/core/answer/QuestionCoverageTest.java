package dev.attache.core.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.attache.core.attribution.Span;
import dev.attache.core.index.LibraryAnalyzer;
import dev.attache.core.search.Hit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** Spans of a retrieved passage are weighed from its one analysis, and weigh as if analyzed alone. */
class QuestionCoverageTest {

    static final String ARTICLE = "Ottawa was quiet on Monday. The tariffs on steel rose again. Canada objected at once.";
    static final Map<String, Double> IDF = Map.of("tariff", 2.0, "steel", 1.0, "canada", 1.0);

    static Span spanOf(String words) {
        int start = ARTICLE.indexOf(words);
        return new Span(start, start + words.length());
    }

    QuestionCoverage coverageWithPassage() {
        QuestionCoverage coverage = new QuestionCoverage(IDF, LibraryAnalyzer.english());
        Span passage = spanOf("The tariffs on steel rose again. Canada objected at once.");
        Hit hit = new Hit("a#1", "a", 1f, passage.of(ARTICLE), passage.start(), List.of(), OptionalDouble.empty(), false);
        assertThat(coverage.of(hit)).isEqualTo(1.0);
        return coverage;
    }

    static final ArticleTexts TEXTS = new ArticleTexts(List.of(), id -> Optional.of(ARTICLE));

    @Test
    void aSentenceOfARetrievedPassageWeighsWhatItHoldsWithoutReadingTheArticle() {
        QuestionCoverage coverage = coverageWithPassage();
        ArticleTexts unread = new ArticleTexts(List.of(), id -> {
            throw new AssertionError("the article's text was read for a span of a retrieved passage");
        });
        String sentence = "The tariffs on steel rose again.";
        assertThat(coverage.of("a", spanOf(sentence), unread)).isCloseTo(0.75, within(1e-9))
                .isEqualTo(coverage.of(sentence));
        assertThat(coverage.of("a", spanOf("Canada objected at once."), unread)).isCloseTo(0.25, within(1e-9));
    }

    @Test
    void textOutsideTheRetrievedPassagesIsAnalyzedOnItsOwn() {
        QuestionCoverage coverage = coverageWithPassage();
        assertThat(coverage.of("a", spanOf("Ottawa was quiet on Monday."), TEXTS)).isZero();
        assertThat(coverage.of("a", spanOf("Monday. The tariffs"), TEXTS)).isCloseTo(0.5, within(1e-9));
        assertThat(coverage.of("b", spanOf("The tariffs on steel"), TEXTS)).isCloseTo(0.75, within(1e-9));
    }
}
