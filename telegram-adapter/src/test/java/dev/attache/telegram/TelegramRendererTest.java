package dev.attache.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.core.answer.Answer;
import dev.attache.core.answer.Point;
import dev.attache.core.answer.Source;
import dev.attache.core.article.PublishedDate;
import dev.attache.core.attribution.Speaker;
import dev.attache.core.ops.AddOutcome;
import dev.attache.core.ops.ArticlePage;
import dev.attache.core.ops.ArticleSummary;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TelegramRendererTest {

    private final TelegramRenderer renderer = new TelegramRenderer();

    static Source source(int n, String title, String url) {
        return new Source(n, "art" + n, title, "The Fictional Review", "Mara Quill",
                PublishedDate.ofDay(LocalDate.of(2023, 3, 14)), url);
    }

    static Answer answer(List<Point> points, List<Source> sources) {
        return new Answer("ans1", "What about ports?", LocalDate.of(2024, 1, 1), Answer.Status.ANSWERED, points,
                sources, List.of(), Optional.empty(), 12);
    }

    @Test
    void quoteIsABlockquoteUnderItsSpeakerWithRoleAndTheSourceIsANumberedLink() {
        Point quote = new Point("Ports are <never> neutral & never will be.", Point.Kind.QUOTE,
                Optional.of(new Speaker("Ilse Varga", "harbour economist", "Northsea Institute")), "told reporters", 1, "art1#0");
        Point statement = new Point("Tariffs rose \"sharply\".", Point.Kind.STATEMENT, Optional.empty(), "", 1, "art1#1");
        List<String> msgs = renderer.answer(answer(List.of(quote, statement),
                List.of(source(1, "Harbours & <Power>", "https://example.org/a?x=1&y=\"2\""))));

        assertThat(msgs).hasSize(1);
        String html = msgs.get(0);
        assertThat(TelegramHtmlValidator.problems(html)).isEmpty();
        assertThat(html).contains("<b>The library has 1 article on this.</b>");
        assertThat(html).contains("<b>Ilse Varga</b>, harbour economist at Northsea Institute, told reporters:\n"
                + "<blockquote>“Ports are &lt;never&gt; neutral &amp; never will be.” [1]</blockquote>");
        assertThat(html).contains("• Tariffs rose \"sharply\". [1]");
        assertThat(html).contains("[1] <a href=\"https://example.org/a?x=1&amp;y=&quot;2&quot;\">Harbours &amp; &lt;Power&gt;</a>"
                + " — The Fictional Review, 2023-03-14");
    }

    @Test
    void anAnswerWithoutTheHolderOfTheAskedPostSaysSoFirst() {
        Point statement = new Point("The ministry's spending rises.", Point.Kind.STATEMENT, Optional.empty(), "", 1, "art1#0");
        Answer answer = new Answer("ans1", "Who is the foreign minister of Estoria?", LocalDate.of(2024, 1, 1),
                Answer.Status.ANSWERED, List.of(statement), List.of(source(1, "Budget", "")), List.of(),
                Optional.of("the foreign minister of Estoria"), 12);

        assertThat(renderer.answer(answer).get(0)).startsWith("<b>I found no one quoted as the foreign minister of Estoria."
                + " The nearest points, from 1 article:</b>");
    }

    @Test
    void accordingToLeadsTheSpeakerLine() {
        Point quote = new Point("Ports are never neutral.", Point.Kind.QUOTE,
                Optional.of(new Speaker("Ilse Varga", "harbour economist", "")), "according to", 1, "art1#0");
        String html = renderer.answer(answer(List.of(quote), List.of(source(1, "Harbours", "")))).get(0);

        assertThat(html).contains("According to <b>Ilse Varga</b>, harbour economist:\n<blockquote>");
    }

    @Test
    void sourceWithoutUrlIsPlainTitle() {
        Point p = new Point("Something.", Point.Kind.STATEMENT, Optional.empty(), "", 1, "a#0");
        String html = renderer.answer(answer(List.of(p), List.of(source(1, "Offline pamphlet", "")))).get(0);
        assertThat(html).contains("[1] Offline pamphlet — ").doesNotContain("<a ");
        String js = renderer.answer(answer(List.of(p), List.of(source(1, "Bad link", "javascript:alert(1)")))).get(0);
        assertThat(js).doesNotContain("<a ");
    }

    @Test
    void noAnswerSaysTheLibraryHasNothing() {
        Answer none = new Answer("a0", "q", LocalDate.now(), Answer.Status.NO_ANSWER, List.of(), List.of(), List.of(), Optional.empty(), 1);
        assertThat(renderer.answer(none)).containsExactly(renderer.noAnswer());
        assertThat(renderer.noAnswer()).contains("The library has nothing on this");
    }

    @Test
    void pagesShowOnlyTheSourcesTheirPointsCite() {
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            points.add(new Point("Point " + i + ".", Point.Kind.STATEMENT, Optional.empty(), "", i < 6 ? 1 : 2, "p" + i));
        }
        Answer a = answer(points, List.of(source(1, "First", "https://e.org/1"), source(2, "Second", "https://e.org/2")));
        String page1 = String.join("\n", renderer.answer(a, 0, 6));
        String page2 = String.join("\n", renderer.answer(a, 6, 12));
        assertThat(page1).contains("Point 5.").doesNotContain("Point 6.").contains("First").doesNotContain("Second");
        assertThat(page2).contains("Point 7.").contains("Second").doesNotContain(">First<");
    }

    @Test
    void longAnswerIsSplitAtParagraphsIntoValidMessagesWithinTheLimit() {
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            points.add(new Point(("Sentence number " + i + " with <tags> & ampersands. ").repeat(40), Point.Kind.QUOTE,
                    Optional.of(new Speaker("Speaker " + i, "envoy", "")), "said", 1, "p" + i));
        }
        List<String> msgs = renderer.answer(answer(points, List.of(source(1, "T", "https://e.org"))));
        assertThat(msgs).hasSizeGreaterThan(1);
        for (String m : msgs) {
            assertThat(m.length()).isLessThanOrEqualTo(TelegramRenderer.MAX_MESSAGE_CHARS);
            assertThat(TelegramHtmlValidator.problems(m)).as(m).isEmpty();
            assertThat(m).doesNotStartWith("\n").doesNotEndWith("\n");
        }
        // paragraph boundaries: no point's blockquote is cut when it fits a message
        assertThat(String.join("\n\n", msgs)).contains("<b>Speaker 5</b>, envoy, said:\n<blockquote>");
    }

    @Test
    void overLongSingleParagraphIsCutAtWordsAndTagsAreClosedAndReopened() {
        String text = ("word&amp;word <b>bold <i>nested text here</i> still</b> ").repeat(500);
        String block = "<blockquote>" + text + "</blockquote>";
        List<String> parts = TelegramHtml.splitMarkup(block, 1000);
        assertThat(parts).hasSizeGreaterThan(5);
        for (String p : parts) {
            assertThat(p.length()).isLessThanOrEqualTo(1000);
            assertThat(TelegramHtmlValidator.problems(p)).as(p).isEmpty();
            assertThat(p).startsWith("<blockquote>").endsWith("</blockquote>");
        }
        assertThat(String.join(" ", parts).replaceAll("<[^>]+>", "").replaceAll("\\s+", " ").strip())
                .isEqualTo(text.replaceAll("<[^>]+>", "").replaceAll("\\s+", " ").strip());
    }

    @Test
    void aWordLongerThanAMessageIsCutBetweenCodePoints() {
        String word = "😀".repeat(3000); // 6000 UTF-16 units, no spaces
        List<String> parts = TelegramHtml.splitMarkup("<b>" + word + "</b>", TelegramRenderer.MAX_MESSAGE_CHARS);
        assertThat(parts).hasSize(2);
        parts.forEach(p -> assertThat(TelegramHtmlValidator.problems(p)).as(p).isEmpty());
        assertThat(String.join("", parts).replace("<b>", "").replace("</b>", "")).isEqualTo(word);
    }

    @Test
    void addedListsTitleOutletDatePassagesAndQuotesWithSpeakers() {
        var s = new ArticleSummary("k3x9", "Grain & <Straits>", "Harbour Weekly", "Oda Lind",
                PublishedDate.parse("2022-11"), "https://e.org/g", 7, 2);
        List<String> msgs = renderer.added(new AddOutcome.Added(s, List.of(
                new AddOutcome.FoundQuote("We will not blink.", new Speaker("Tomas Brel", "minister", "Ministry of Ports")))));
        String html = String.join("\n", msgs);
        assertThat(html).contains("<code>k3x9</code>", "Grain &amp; &lt;Straits&gt;", "Harbour Weekly", "2022-11",
                "7 passages", "2 quotes found", "Tomas Brel, minister at Ministry of Ports: “We will not blink.”");
        msgs.forEach(m -> assertThat(TelegramHtmlValidator.problems(m)).isEmpty());
        assertThat(renderer.added(new AddOutcome.Duplicate("k3x9", "Grain")).get(0)).contains("Already in the library as <code>k3x9</code>");
        assertThat(renderer.added(new AddOutcome.Denied("only operators may add articles.")).get(0))
                .startsWith("🔒 Sorry").contains("only operators may add articles.");
    }

    @Test
    void aPageBeyondTheLastSaysWhichPageIsTheLast() {
        String html = String.join("\n", renderer.list(new ArticlePage(9, 10, 13, List.of())));
        assertThat(html).contains("page 9 of 2").contains("No articles on this page; the last page is 2: /list 2");
        assertThat(TelegramHtmlValidator.problems(html)).isEmpty();
    }

    @Test
    void plainTextFallbackDropsTagsAndDecodesEntities() {
        assertThat(TelegramHtml.toPlainText("<b>A &amp; B</b> &lt;x&gt; <a href=\"u\">&quot;q&quot;</a>"))
                .isEqualTo("A & B <x> \"q\"");
    }
}
