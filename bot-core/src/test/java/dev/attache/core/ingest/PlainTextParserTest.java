package dev.attache.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.attache.core.article.ParsedDocument;
import dev.attache.core.testing.SharedData;
import org.junit.jupiter.api.Test;

class PlainTextParserTest {

    private static ParsedDocument seed() {
        return PlainTextParser.parse(SharedData.text("seed/asian-nato.txt"));
    }

    @Test
    void seedArticleTitleIsItsFirstLine() {
        assertThat(seed().title()).isEqualTo("Asian NATO: Could China create a military alliance with its neighbors?");
    }

    @Test
    void seedArticleKeepsKashinsAndSanakoyevsQuotesWordForWord() {
        String text = seed().text();
        assertThat(text).contains("\u201C[The creation] of the Asian NATO is simply impossible,\u201D Vasiliy Kashin");
        assertThat(text).contains("what Xi Jinping says is not aggressive plans, but rather a forced reaction,\u201D"
                + " Sergei Sanakoyev");
        assertThat(text).contains("The Americans have not been able to unite the Asian partners");
    }

    @Test
    void seedArticleDropsShareCounterAdvertisementAndNewsletterPrompts() {
        String text = seed().text();
        assertThat(text).doesNotContain("0 1,569").doesNotContain("Advertisement")
                .doesNotContain("Subscribe to our newsletter").doesNotContain("Sign up here")
                .doesNotContain("Get real time updates");
        assertThat(text).doesNotStartWith("Asian NATO");
        assertThat(text).startsWith("BEIJING \u2013 In the context of US attempts");
        assertThat(text).endsWith("strengthen its Armed Forces.");
    }

    @Test
    void seedArticleParagraphsAreSeparatedByOneBlankLineAndNotJoined() {
        String text = seed().text();
        assertThat(text).doesNotContain("\n\n\n");
        assertThat(text).contains("can not be qualified as alliances.\n\n\u201C[The creation]");
        assertThat(text.replace("\n\n", "")).doesNotContain("\n");
    }

    @Test
    void firstLineEndingInAPeriodIsNotATitle() {
        ParsedDocument doc = PlainTextParser.parse("The minister resigned.\n\nHe gave no reason.");
        assertThat(doc.title()).isEmpty();
        assertThat(doc.text()).isEqualTo("The minister resigned.\n\nHe gave no reason.");
    }

    @Test
    void bylineBelowTheTitleBecomesTheAuthor() {
        ParsedDocument doc = PlainTextParser.parse("Talks resume in Geneva\n\nBy Jane Doe\n\nTalks resumed on Monday.");
        assertThat(doc.title()).isEqualTo("Talks resume in Geneva");
        assertThat(doc.author()).isEqualTo("Jane Doe");
        assertThat(doc.text()).isEqualTo("Talks resumed on Monday.");
    }

    @Test
    void textThatIsOnlyChromeIsRejectedWithAReason() {
        assertThatThrownBy(() -> PlainTextParser.parse("- Advertisement -\n\nSubscribe to our newsletter\n0 1,569\n"))
                .isInstanceOf(IngestException.class).hasMessageContaining("only page chrome");
    }
}
