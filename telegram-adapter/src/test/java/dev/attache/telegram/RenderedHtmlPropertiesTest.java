package dev.attache.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.core.answer.Answer;
import dev.attache.core.answer.Point;
import dev.attache.core.answer.Source;
import dev.attache.core.article.PublishedDate;
import dev.attache.core.attribution.Speaker;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

/**
 * For random answers whose texts are full of markup characters, quotes, emoji and bidi marks,
 * every rendered message is valid Telegram HTML and within the message limit.
 */
class RenderedHtmlPropertiesTest {

    private static final String TRICKY = "<>&\"'“”«»‘’ \n\t\u200F\u200E\u202B\u202C\u00A0/=;#";

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> ascii = Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(40);
        Arbitrary<String> tricky = Arbitraries.strings().withChars(TRICKY.toCharArray()).ofMinLength(1).ofMaxLength(6);
        Arbitrary<String> emoji = Arbitraries.of("😀", "🇺🇦", "👍🏽", "👨‍👩‍👧", "𝔸", "ש", "مرحبا", "&amp;", "&lt;b&gt;", "<b>", "</i>", "<a href=\"x\">");
        Arbitrary<String> words = Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12);
        Arbitrary<String> longWord = Arbitraries.strings().alpha().ofMinLength(100).ofMaxLength(600);
        return Arbitraries.frequencyOf(
                        Tuple.of(5, ascii), Tuple.of(5, tricky),
                        Tuple.of(3, emoji), Tuple.of(8, words),
                        Tuple.of(1, longWord))
                .list().ofMaxSize(400).map(parts -> String.join(" ", parts));
    }

    @Provide
    Arbitrary<Answer> answers() {
        Arbitrary<Speaker> speakers = Combinators.combine(texts(), texts(), texts()).as(Speaker::new);
        Arbitrary<Point> points = Combinators.combine(texts(), Arbitraries.of(Point.Kind.class),
                speakers.optional(0.7), texts(), Arbitraries.integers().between(1, 3))
                .as((t, k, s, cue, n) -> new Point(t.isBlank() ? "x" : t, k, s, cue, n, "p"));
        Arbitrary<String> urls = Arbitraries.of("", "https://example.org/a?b=1&c=\"2\"", "http://x.test/<y>", "mailto:a@b",
                "https://e.org/" + "z".repeat(300));
        Arbitrary<Source> sources = Combinators.combine(texts(), texts(), texts(), urls)
                .as((title, outlet, author, url) -> new Source(0, "id", title, outlet, author,
                        PublishedDate.ofDay(LocalDate.of(2020, 5, 1)), url));
        return Combinators.combine(points.list().ofMinSize(1).ofMaxSize(20), sources.list().ofSize(3))
                .as((ps, ss) -> {
                    List<Source> numbered = new ArrayList<>();
                    for (int i = 0; i < ss.size(); i++) {
                        Source s = ss.get(i);
                        numbered.add(new Source(i + 1, "art" + i, s.title(), s.outlet(), s.author(), s.published(), s.url()));
                    }
                    return new Answer("a", "q", LocalDate.of(2024, 1, 1), Answer.Status.ANSWERED, ps, numbered,
                            List.of(), Optional.empty(), 1);
                });
    }

    @Property(tries = 300)
    void everyRenderedMessageIsValidTelegramHtmlWithinTheLimit(@ForAll("answers") Answer answer,
                                                              @ForAll @IntRange(min = 1000, max = 4096) int limit) {
        TelegramRenderer renderer = new TelegramRenderer(limit);
        List<String> messages = new ArrayList<>();
        for (int from = 0; from < answer.points().size(); from += TelegramRenderer.POINTS_PER_PAGE) {
            messages.addAll(renderer.answer(answer, from, from + TelegramRenderer.POINTS_PER_PAGE));
        }
        messages.addAll(renderer.sources(answer));
        assertThat(messages).isNotEmpty();
        for (String m : messages) {
            assertThat(m.length()).isLessThanOrEqualTo(limit);
            assertThat(TelegramHtmlValidator.problems(m)).as(m).isEmpty();
        }
    }

    @Property(tries = 300)
    void splittingKeepsEveryPieceValidAndLosesNoText(@ForAll("texts") String text,
                                                    @ForAll @IntRange(min = 150, max = 500) int limit) {
        String html = "<blockquote><b>" + TelegramHtml.escape(text) + "</b> <i>"
                + TelegramHtml.link("https://e.org/?a=1&b=2", text) + "</i></blockquote>";
        if (TelegramHtml.toPlainText(html).isBlank()) {
            return;
        }
        List<String> pieces = TelegramHtml.splitMarkup(html, limit);
        StringBuilder plain = new StringBuilder();
        for (String p : pieces) {
            assertThat(p.length()).isLessThanOrEqualTo(limit);
            assertThat(TelegramHtmlValidator.problems(p)).as(p).isEmpty();
            plain.append(TelegramHtml.toPlainText(p));
        }
        assertThat(plain.toString().replaceAll("\\s+", ""))
                .isEqualTo(TelegramHtml.toPlainText(html).replaceAll("\\s+", ""));
    }
}
