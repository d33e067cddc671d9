package dev.attache.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.core.article.ParsedDocument;
import dev.attache.core.article.PublishedDate;
import dev.attache.core.ops.FetchPolicy;
import dev.attache.core.ops.Limits;
import org.junit.jupiter.api.Test;

/** An article that comes without a title is titled by its first line of words, not by a dateline above it. */
class UntitledArticleTest {

    private final ArticleAssembler assembler = new ArticleAssembler(FetchPolicy.defaults(), Limits.defaults());

    @Test
    void aDatelineOnALineOfItsOwnIsNoTitle() {
        assertThat(titleOf("Harbor Radio —\n\nThe harbour board voted to dredge the basin.\n\nCrews start in June."))
                .isEqualTo("The harbour board voted to dredge the basin.");
        assertThat(titleOf("Port Orin Harbor Radio Business —\n\nThe harbour board voted to dredge the basin."))
                .isEqualTo("The harbour board voted to dredge the basin.");
    }

    @Test
    void aLongFirstLineIsCutAtAWord() {
        String first = "The harbour board voted on Monday to dredge the northern basin before the autumn fishing season "
                + "at a cost of fourteen million dollars.";
        assertThat(titleOf(first + "\n\nCrews start in June."))
                .isEqualTo("The harbour board voted on Monday to dredge the northern basin before the…");
    }

    @Test
    void aTextOfOnlyShortLinesIsTitledByItsFirst() {
        assertThat(titleOf("Dredging —\n\nIn June.")).isEqualTo("Dredging —");
    }

    private String titleOf(String text) {
        ParsedDocument doc = new ParsedDocument("", "", "", "", "", PublishedDate.unknown(), "", "en", text);
        return assembler.assemble(doc).article().title();
    }
}
