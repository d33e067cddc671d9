package dev.attache.core.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.core.Attache;
import dev.attache.core.AttacheConfig;
import dev.attache.core.embed.DenseMode;
import dev.attache.core.ops.AddOutcome;
import dev.attache.core.ops.AddRequest;
import dev.attache.core.ops.Caller;
import dev.attache.core.ops.Platform;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A point never shows a quotation cut open or with quote marks that do not pair. */
class QuotationMarksTest {

    @TempDir
    Path data;

    private Answer ask(String article, String question) throws Exception {
        try (Attache attache = Attache.open(AttacheConfig.at(data).withDense(DenseMode.OFF))) {
            assertThat(attache.add(Caller.local(Platform.CLI), new AddRequest.FromText(article)))
                    .isInstanceOf(AddOutcome.Added.class);
            return attache.ask(Question.of(question));
        }
    }

    @Test
    void aStatementOpeningAQuotationGoesOnUntilItCloses() throws Exception {
        Answer answer = ask("""
                Harbour board delays the dredging vote

                The harbour board met on Monday to discuss the dredging plan for the northern basin. A spokesperson \
                for the trawler owners called the dredging plan “a disaster for the fishing fleet. Nobody asked the \
                crews.” The board will vote again in May.
                """, "What did the trawler owners call the dredging plan?");

        assertThat(answer.points()).anySatisfy(p -> assertThat(p.text())
                .endsWith("called the dredging plan “a disaster for the fishing fleet. Nobody asked the crews.”"));
    }

    @Test
    void aQuotationMixedWithParaphraseIsShownAsItsSentenceNotInsideQuoteMarks() throws Exception {
        Answer answer = ask("""
                Dredging plan wins a powerful supporter

                Mayor Jo Hale said the plan was “the best news the northern basin has had in a decade, and a promise \
                kept to every family that still works on the quay.” The harbour board will publish the plan on Friday.
                """, "Is the dredging plan good news for the northern basin?");

        assertThat(answer.points()).isNotEmpty().allSatisfy(p -> {
            assertThat(p.kind() == Point.Kind.QUOTE && p.text().contains("“")).as(p.text()).isFalse();
            assertThat(p.text().chars().filter(c -> c == '“').count())
                    .isEqualTo(p.text().chars().filter(c -> c == '”').count());
        });
    }
}
