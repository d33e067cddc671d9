package dev.attache.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReflowTest {

    private static List<String> paragraphs(String text) {
        return List.of(text.split("\n\n"));
    }

    @Test
    void hardWrappedUnDebateSpeechBecomesParagraphsWithNoMidSentenceBreaks() {
        String raw = Corpus.text("ungdc-1946-2024.jsonl.gz", "ungdc-AFG-1969");
        String text = Reflow.reflow(raw);
        assertThat(text.replace("\n\n", "")).doesNotContain("\n");
        List<String> paragraphs = paragraphs(text);
        assertThat(paragraphs.size()).isGreaterThan(20);
        for (String p : paragraphs) {
            assertThat(Reflow.endsSentence(p) || p.endsWith(":")).as("paragraph ends a sentence: %s", p).isTrue();
        }
        assertThat(paragraphs.get(0)).startsWith("1. Madam President, it is with great pleasure that I congratulate")
                .endsWith("centuries of colonialism.");
        assertThat(paragraphs.get(1)).startsWith("2. We are grateful");
        assertThat(text).contains("a session of self-criticism, for deep soul-searching");
    }

    @Test
    void unDebateSpeechWithPageBreaksInsideSentencesIsJoinedAcrossThem() {
        String raw = Corpus.text("ungdc-1946-2024.jsonl.gz", "ungdc-UGA-2014");
        String text = Reflow.reflow(raw);
        assertThat(text).contains("First of all, I thank the General Assembly for electing His Excellency Mr. Sam Kutesa,");
        assertThat(text).contains("There was, for instance, the very-well-organized Kingdom of Kongo");
        for (String p : paragraphs(text)) {
            assertThat(Character.isLowerCase(p.codePointAt(0))).as("paragraph starts a sentence: %s", p).isFalse();
        }
    }

    @Test
    void reutersStoryKeepsIndentedParagraphStarts() {
        String text = Reflow.reflow(Corpus.text("reuters21578.jsonl.gz", "reuters-1"));
        List<String> paragraphs = paragraphs(text);
        assertThat(paragraphs.get(0)).isEqualTo("Showers continued throughout the week in the Bahia cocoa zone, "
                + "alleviating the drought since early January and improving prospects for the coming temporao, "
                + "although normal humidity levels have not been restored, Comissaria Smith said in its weekly review.");
        assertThat(paragraphs.get(1)).isEqualTo("The dry period means the temporao will be late this year.");
        assertThat(paragraphs.get(2)).startsWith("Arrivals for the week ended February 22 were 155,221 bags of 60 kilos");
    }

    @Test
    void aShortFirstLineRunsOnWhereIndentsOpenParagraphs() {
        // a newswire story whose dateline was cut off its first line; its paragraphs open indented
        String raw = "The Harbour Industry\nAssociation urged the government to impose fees on grain\n"
                + "imported from the west of the country by sea.\n"
                + "    In a letter to the minister the group said the fees\nshould be imposed by April.\n";
        assertThat(paragraphs(Reflow.reflow(raw))).containsExactly(
                "The Harbour Industry Association urged the government to impose fees on grain imported from the west "
                        + "of the country by sea.",
                "In a letter to the minister the group said the fees should be imposed by April.");
    }

    @Test
    void headingsStayTheirOwnParagraphs() {
        String plain = "Economic Outlook\nThe economy of the region grew by three percent last year and\n"
                + "is expected to grow again this year, the ministry said.\n";
        assertThat(paragraphs(Reflow.reflow(plain))).first().isEqualTo("Economic Outlook");
        // where indents open paragraphs, a heading in capitals still stands alone
        String indented = "    We must act together now.\nUKRAINE\n"
                + "It has been two years since the invasion of the country began,\n"
                + "and the war goes on in the east and in the south of the country.\n";
        assertThat(paragraphs(Reflow.reflow(indented))).contains("UKRAINE");
    }

    @Test
    void softHyphenBreakIsJoinedWhenTheDocumentUsesTheWholeWord() {
        String raw = "The economic situation of the world is one where our\neco-\nnomic plans must serve "
                + "the people of every nation in the region and beyond it.\n";
        assertThat(Reflow.reflow(raw)).contains("our economic plans");
    }

    @Test
    void compoundHyphenAtLineEndIsKept() {
        String raw = "We support the right of all peoples to self-\ndetermination and to a long-\nterm plan.";
        assertThat(Reflow.reflow(raw)).isEqualTo("We support the right of all peoples to self-determination and "
                + "to a long-term plan.");
    }

    @Test
    void paragraphPerLineTextKeepsEveryLineAsAParagraph() {
        String raw = Corpus.text("ungdc-1946-2024.jsonl.gz", "ungdc-ARG-1946");
        long lines = raw.lines().filter(l -> !l.isBlank()).count();
        assertThat(paragraphs(Reflow.reflow(raw))).hasSize((int) lines);
    }

    @Test
    void controlCharactersAndZeroWidthJunkAreRemovedButEmojiAndRtlTextKept() {
        String raw = "Hello\u0000 wo\u200Brld\uFEFF \u0007caf\u00ADe\u00A0\u00A0\u2003end \uD83D\uDC4D\uD83C\uDFFD "
                + "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67 \u05E9\u05DC\u05D5\u05DD \u0645\u0631\u062D\u0628\u0627";
        String text = Reflow.reflow(raw);
        assertThat(text).isEqualTo("Hello world cafe end \uD83D\uDC4D\uD83C\uDFFD "
                + "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67 \u05E9\u05DC\u05D5\u05DD \u0645\u0631\u062D\u0628\u0627");
    }

    @Test
    void windowsAndOldMacLineEndsAreNormalized() {
        assertThat(Reflow.reflow("One line.\r\n\r\nTwo line.\rThree")).isEqualTo("One line.\n\nTwo line.\n\nThree");
    }

    @Test
    void aMillionCharacterLineAndAHundredThousandLinesAreHandled() {
        String oneLine = "word ".repeat(200_000);
        assertThat(Reflow.reflow(oneLine)).hasSize(oneLine.length() - 1);
        String manyLines = "a wrapped line of text that goes on\n".repeat(100_000);
        String text = Reflow.reflow(manyLines);
        assertThat(text).doesNotContain("\n").startsWith("a wrapped line of text that goes on a wrapped");
    }
}
