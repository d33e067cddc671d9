package dev.attache.core.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The quoted words of a quotation its reporting clause interrupts, and of one it does not. */
class QuoteInterruptionTest {

    @Test
    void aReportingClauseBetweenTwoQuotedPartsIsLeftOut() {
        assertThat(AnswerComposer.withoutInterruptions("“The pier stays open,” she said. “The vote is next week.”"))
                .isEqualTo("The pier stays open … The vote is next week.");
        assertThat(AnswerComposer.withoutInterruptions("‘The pier stays open,’ she said, ‘for now.’"))
                .isEqualTo("The pier stays open … for now.");
    }

    @Test
    void aQuotationContinuedInTheNextParagraphIsOneQuotation() {
        assertThat(AnswerComposer.withoutInterruptions("“The pier stays open.\n\n“The vote is next week.”"))
                .isEqualTo("The pier stays open. The vote is next week.");
        // a paragraph that closes its quotation, or ends a reporting clause, is no continuation
        assertThat(AnswerComposer.withoutInterruptions("“The pier stays open,” she said.\n\n“The vote is next week.”"))
                .isEqualTo("The pier stays open … The vote is next week.");
    }

    @Test
    void anApostropheAfterAPluralIsNoClosingMark() {
        String quote = "“It was an honor to visit both towns during the days when both towns’ councils were concluding "
                + "their deliberations and preparing to move forward,\"";
        assertThat(AnswerComposer.withoutInterruptions(quote)).isEqualTo(quote.substring(1, quote.length() - 2));
    }
}
