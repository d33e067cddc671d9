package dev.attache.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.core.attribution.Span;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Randomized properties of the text pipeline: no input makes it throw, and its outputs keep their contracts. */
class IngestPropertiesTest {

    private static final List<String> PIECES = List.of("word ", "Mr. ", "U.S. ", "end. ", "Why? ", "\u201CQuote,\u201D ",
            "\n", "\n\n", "   ", "\t", "\r\n", "-\n", "\u2014", "\u00AD", "\u200B", "\uFEFF", "\u0000", "\u0007",
            "\uD83D\uDC4D\uD83C\uDFFD", "\uD83D\uDC68\u200D\uD83D\uDC69", "\u05E9\u05DC\u05D5\u05DD ", "\u0645\u0631\u062D\u0628\u0627 ",
            "\u202E", "\uD800", "\uDC00", "<div>", "</div>", "<p>", "</p>", "<script>", "</script>", "<article>", "<br>",
            "<!--", "-->", "&amp;", "&", "<", ">", "- Advertisement -\n", "0 1,569\n", "Subscribe to our newsletter\n",
            "    ", "1. ", "Asian Alliance\n\n", "x".repeat(1300), "y ".repeat(700));

    @Provide
    Arbitrary<String> messyText() {
        Arbitrary<String> pieces = Arbitraries.of(PIECES).list().ofMaxSize(80).map(l -> String.join("", l));
        Arbitrary<String> anyChars = Arbitraries.strings().all().ofMaxLength(300);
        Arbitrary<String> nested = Arbitraries.integers().between(1, 3000)
                .map(n -> "<div><span>".repeat(n) + "Deep text." + "</span></div>".repeat(n));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(5, pieces), net.jqwik.api.Tuple.of(3, anyChars), net.jqwik.api.Tuple.of(1, nested));
    }

    @Property(tries = 300)
    void reflowNeverThrowsAndLeavesOnlyParagraphBreaks(@ForAll("messyText") String raw) {
        String text = Reflow.reflow(raw);
        assertThat(text.replace("\n\n", "")).doesNotContain("\n");
        assertThat(text).doesNotContain("\u0000").doesNotContain("\u200B").doesNotContain("\uFEFF")
                .doesNotContain("\r").doesNotContain("  ");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean paired = Character.isHighSurrogate(c) ? i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
                    : !Character.isLowSurrogate(c) || i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
            assertThat(paired).as("surrogates paired at %d", i).isTrue();
        }
        assertThat(text).isEqualTo(text.strip());
    }

    @Property(tries = 300)
    void passagesAreExactTrimmedOrderedAndWithinBounds(@ForAll("messyText") String raw) {
        for (String text : List.of(raw, Reflow.reflow(raw))) {
            int previousEnd = 0;
            for (PassageSplitter.Chunk c : new PassageSplitter(10_000).split(text)) {
                assertThat(c.start()).isGreaterThanOrEqualTo(previousEnd);
                assertThat(c.end()).isLessThanOrEqualTo(text.length());
                assertThat(text.substring(c.start(), c.end())).isEqualTo(c.text());
                assertThat(c.text()).isNotEmpty().isEqualTo(c.text().strip());
                assertThat(c.text().length()).isLessThanOrEqualTo(PassageSplitter.MAX_CHARS);
                previousEnd = c.end();
            }
        }
    }

    @Property(tries = 300)
    void passagesCoverEveryWordOfCleanText(@ForAll("messyText") String raw) {
        String text = Reflow.reflow(raw);
        StringBuilder covered = new StringBuilder();
        new PassageSplitter(10_000).split(text).forEach(c -> covered.append(c.text()).append(' '));
        assertThat(covered.toString().replaceAll("\\s+", "")).isEqualTo(text.replaceAll("\\s+", ""));
    }

    @Property(tries = 500)
    void sanitizeAndFingerprintNormalizationEqualThePreviousCharByCharVersions(@ForAll("messyText") String raw) {
        assertThat(Reflow.sanitize(raw)).isEqualTo(ReferenceCleaning.sanitize(raw));
        assertThat(TextFingerprint.normalize(raw)).isEqualTo(ReferenceCleaning.normalize(raw));
        String clean = Reflow.reflow(raw);
        assertThat(TextFingerprint.normalize(clean)).isEqualTo(ReferenceCleaning.normalize(clean));
    }

    @Property(tries = 300)
    void sentenceSpansAreValidTrimmedAndOrdered(@ForAll("messyText") String text) {
        int previousEnd = 0;
        for (Span s : Sentences.split(text)) {
            assertThat(s.start()).isGreaterThanOrEqualTo(previousEnd);
            assertThat(s.end()).isLessThanOrEqualTo(text.length());
            assertThat(s.of(text)).isNotEmpty().isEqualTo(s.of(text).strip());
            previousEnd = s.end();
        }
    }

    @Property(tries = 200)
    void htmlExtractorEitherExtractsCleanTextOrSaysThereIsNone(@ForAll("messyText") String html) {
        try {
            String text = HtmlExtractor.extract(html, "").text();
            assertThat(text).isNotBlank();
            assertThat(text.replace("\n\n", "")).doesNotContain("\n");
        } catch (IngestException e) {
            assertThat(e.getMessage()).contains("No article text found");
        }
    }

    @Property(tries = 200)
    void documentParsersOnlyEverThrowIngestException(@ForAll("messyText") String text, @ForAll("names") String name) {
        try {
            DocumentParsers.parse(name, text.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                    .forEach(d -> assertThat(d.text()).isNotBlank());
        } catch (IngestException e) {
            assertThat(e.getMessage()).isNotBlank();
        }
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.of("a.txt", "a.md", "a.html", "a.json", "a.jsonl", "upload", "a.jsonl.gz");
    }
}
