package dev.attache.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.core.answer.Answer;
import dev.attache.core.answer.Point;
import dev.attache.core.answer.RankedPassage;
import dev.attache.core.answer.Source;
import dev.attache.core.article.PublishedDate;
import dev.attache.core.attribution.Speaker;
import dev.attache.core.ops.AddOutcome;
import dev.attache.core.ops.ArticlePage;
import dev.attache.core.ops.ArticleSummary;
import dev.attache.core.ops.QuoteRecord;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Whatever answer core produces (any length, any characters, any number of points and sources),
 * every message the renderer returns is within Discord's limits, and nothing cited is lost.
 */
class DiscordRendererPropertiesTest {

    private final DiscordRenderer renderer = new DiscordRenderer();

    @Property(tries = 200)
    void everyRenderedAnswerIsWithinDiscordsLimits(@ForAll("answers") Answer answer) {
        DiscordRenderer.Rendered rendered = renderer.answer(answer);
        assertWithinLimits(rendered);
        assertWithinLimits(renderer.sources(answer));
        assertWithinLimits(renderer.more(answer, id -> Optional.empty()));
    }

    @Property(tries = 200)
    void everySourceOfAnAnsweredQuestionIsRenderedAsANumberedEntry(@ForAll("answers") Answer answer) {
        String all = text(renderer.answer(answer));
        if (answer.answered() && !answer.points().isEmpty()) {
            for (Source s : answer.sources()) {
                assertThat(all).contains("**\\[" + s.n() + "\\]**");
            }
        }
    }

    @Property(tries = 100)
    void quotesListsAndOutcomesAreWithinLimits(@ForAll("texts") String name,
                                               @ForAll @IntRange(min = 0, max = 60) int count,
                                               @ForAll("texts") String text) {
        List<QuoteRecord> quotes = new ArrayList<>();
        List<ArticleSummary> articles = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Source s = new Source(1, "id" + i, text, text, text, PublishedDate.parse("2024-02-03"), "https://x.org/" + i);
            quotes.add(new QuoteRecord(new Speaker(name, text, text), text, i % 2 == 0, s));
            articles.add(new ArticleSummary("id" + i + text.replace("`", ""), text, text, text,
                    PublishedDate.unknown(), "https://x.org/" + text, i, i));
        }
        assertWithinLimits(renderer.who(name, quotes));
        assertWithinLimits(renderer.articles(new ArticlePage(1, 10, count, articles)));
        List<AddOutcome.FoundQuote> found = quotes.stream()
                .map(q -> new AddOutcome.FoundQuote(q.text(), q.speaker())).toList();
        assertWithinLimits(renderer.added(new AddOutcome.Added(articles.isEmpty()
                ? new ArticleSummary(text, text, text, text, PublishedDate.unknown(), text, 0, 0)
                : articles.get(0), found)));
        assertWithinLimits(renderer.added(new AddOutcome.Rejected(text)));
        assertWithinLimits(renderer.added(new AddOutcome.Duplicate(text, text)));
        assertWithinLimits(renderer.denied(text));
    }

    private static void assertWithinLimits(DiscordRenderer.Rendered rendered) {
        assertThat(rendered.messages()).isNotEmpty();
        for (List<MessageEmbed> message : rendered.messages()) {
            assertThat(DiscordRenderer.violations(message)).isEmpty();
        }
    }

    private static String text(DiscordRenderer.Rendered rendered) {
        return rendered.messages().stream().flatMap(List::stream)
                .map(e -> String.valueOf(e.getTitle()) + "\n" + e.getDescription())
                .collect(Collectors.joining("\n"));
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> markdown = Arbitraries.strings().withChars("*_~`|>[]()<@#-\\\n :/").ofMaxLength(300);
        Arbitrary<String> any = Arbitraries.strings().all().ofMaxLength(200);
        Arbitrary<String> long_ = Arbitraries.strings().withCharRange('a', 'z').withChars(' ', '\\', '*', '\uD83D', '\uDE00')
                .ofMinLength(1000).ofMaxLength(5000);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, markdown), net.jqwik.api.Tuple.of(4, any), net.jqwik.api.Tuple.of(2, long_),
                net.jqwik.api.Tuple.of(1, Arbitraries.just("")));
    }

    @Provide
    Arbitrary<Answer> answers() {
        Arbitrary<Integer> sourceCount = Arbitraries.integers().between(1, 30);
        return sourceCount.flatMap(n -> {
            Arbitrary<Source> source = Combinators.combine(texts(), texts(), texts(),
                    Arbitraries.of("https://example.org/a(b)", "", "ftp://x", "https://example.org/long?q=" + "x".repeat(900)),
                    Arbitraries.of("2022-11-27", "2016", "", "2024-05"))
                    .as((title, outlet, author, url, date) -> new Source(0, "art", title, outlet, author,
                            PublishedDate.parse(date), url));
            Arbitrary<List<Source>> sources = source.list().ofSize(n).map(list -> {
                List<Source> numbered = new ArrayList<>();
                for (int i = 0; i < list.size(); i++) {
                    Source s = list.get(i);
                    numbered.add(new Source(i + 1, "art" + i, s.title(), s.outlet(), s.author(), s.published(), s.url()));
                }
                return numbered;
            });
            Arbitrary<Optional<Speaker>> speaker = Combinators.combine(texts(), texts(), texts())
                    .as(Speaker::new).optional(0.7);
            Arbitrary<Point> point = Combinators.combine(texts(), Arbitraries.of(Point.Kind.class), speaker, texts(),
                    Arbitraries.integers().between(1, n), Arbitraries.integers().between(0, 40))
                    .as((text, kind, who, cue, src, p) -> new Point(text, kind, who, cue, src, "art" + (src - 1) + "#" + p));
            Arbitrary<RankedPassage> passage = Combinators.combine(Arbitraries.integers().between(0, n - 1),
                    Arbitraries.integers().between(0, 40), texts())
                    .as((a, p, text) -> new RankedPassage("art" + a + "#" + p, "art" + a, 1f, text));
            return Combinators.combine(texts(), point.list().ofMaxSize(60), sources, passage.list().ofMaxSize(20),
                    Arbitraries.of(Answer.Status.class), Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(40))
                    .as((q, points, srcs, passages, status, id) -> new Answer(id, q, LocalDate.of(2025, 1, 1), status,
                            points, srcs, passages, Optional.empty(), 12));
        });
    }
}
