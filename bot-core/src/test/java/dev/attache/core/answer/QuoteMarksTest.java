package dev.attache.core.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuoteMarksTest {

    @Test
    void aQuotationLeftOpenIsClosedInItsOwnStyle() {
        assertThat(QuoteMarks.of("She called it “an honor. We are").leavesOpen()).isTrue();
        assertThat(QuoteMarks.of("She called it “an honor. We are").closer()).isEqualTo("”");
        assertThat(QuoteMarks.of("He wrote: «Nous sommes").closer()).isEqualTo("»");
        assertThat(QuoteMarks.of("As Lenin put it: \"We have waged").closer()).isEqualTo("\"");
        assertThat(QuoteMarks.of("the exhibition “WE,\" according to the paper").leavesOpen()).isFalse();
        assertThat(QuoteMarks.of("He said “yes” and left.").leavesOpen()).isFalse();
    }

    @Test
    void aTextStartsInsideAQuotationWhenAMarkClosesAQuotedSentence() {
        assertThat(QuoteMarks.of("there is no evidence for it,” the report said.").startsInside()).isTrue();
        assertThat(QuoteMarks.of("when ”Doctor Who” was revived").startsInside()).isFalse();
        assertThat(QuoteMarks.of("He said “yes.”").startsInside()).isFalse();
    }
}
