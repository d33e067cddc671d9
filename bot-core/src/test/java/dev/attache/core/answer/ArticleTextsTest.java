package dev.attache.core.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.core.attribution.Span;
import dev.attache.core.search.Hit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** Text inside a retrieved passage is cut from it; only text beyond the passages reads the article, once. */
class ArticleTextsTest {

    static final String ARTICLE = "Ottawa was quiet on Monday. “We object,” the minister told Reuters. Canada objected at once.";
    static final int PASSAGE_START = ARTICLE.indexOf("“We");
    static final int PASSAGE_END = ARTICLE.indexOf(" Canada");

    final List<String> reads = new ArrayList<>();
    final ArticleTexts texts = new ArticleTexts(
            List.of(new Hit("a#1", "a", 1f, ARTICLE.substring(PASSAGE_START, PASSAGE_END), PASSAGE_START, List.of(),
                    OptionalDouble.empty(), false)),
            id -> {
                reads.add(id);
                return id.equals("a") ? Optional.of(ARTICLE) : Optional.empty();
            });

    static Span spanOf(String words) {
        int start = ARTICLE.indexOf(words);
        return new Span(start, start + words.length());
    }

    @Test
    void textInsideARetrievedPassageIsCutFromItWithoutReadingTheArticle() {
        assertThat(texts.holds("a", spanOf("We object"))).isTrue();
        assertThat(texts.of("a", spanOf("We object"))).isEqualTo("We object");
        assertThat(texts.window("a", PASSAGE_START, PASSAGE_END)).isEqualTo(ARTICLE.substring(PASSAGE_START, PASSAGE_END));
        assertThat(reads).isEmpty();
    }

    @Test
    void textBeyondTheRetrievedPassagesReadsTheArticleOnceAndIsClippedToIt() {
        assertThat(texts.of("a", spanOf("Monday. “We"))).isEqualTo("Monday. “We");
        assertThat(texts.window("a", ARTICLE.length() - 5, ARTICLE.length() + 40)).isEqualTo("once.");
        assertThat(texts.window("a", -16, 6)).isEqualTo("Ottawa");
        assertThat(reads).containsExactly("a");
    }

    @Test
    void aSpanPastTheArticlesEndIsNotHeld() {
        assertThat(texts.holds("a", new Span(ARTICLE.length() - 3, ARTICLE.length() + 1))).isFalse();
        assertThat(texts.holds("removed", new Span(0, 1))).isFalse();
    }
}
