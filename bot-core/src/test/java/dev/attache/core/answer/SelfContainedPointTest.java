package dev.attache.core.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.core.Attache;
import dev.attache.core.AttacheConfig;
import dev.attache.core.embed.DenseMode;
import dev.attache.core.ops.AddRequest;
import dev.attache.core.ops.Caller;
import dev.attache.core.ops.Platform;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A point is a sentence that stands on its own: it says what it is about, and carries no dateline. */
class SelfContainedPointTest {

    @TempDir
    Path data;

    @Test
    void aSentenceOpeningWithItGivesWayToOneThatNamesItsSubject() throws Exception {
        Answer answer = answer("Harbour news\n\nThe storm closed the coast in March. It reopened to ferries, fishing "
                + "boats and yachts on Friday. The northern pier reopened to ferries on Friday.",
                "When did the northern pier reopen to ferries, fishing boats and yachts?");

        assertThat(answer.points()).first().extracting(Point::text)
                .isEqualTo("The northern pier reopened to ferries on Friday.");
    }

    @Test
    void aSentenceOpeningWithThisBeforeANounIsNoReference() throws Exception {
        Answer answer = answer("Harbour news\n\nThe storm closed the coast in March. This pier reopened to ferries, "
                + "fishing boats and yachts on Friday. The northern pier reopened to ferries on Friday.",
                "When did the northern pier reopen to ferries, fishing boats and yachts?");

        assertThat(answer.points()).first().extracting(Point::text)
                .isEqualTo("This pier reopened to ferries, fishing boats and yachts on Friday.");
    }

    @Test
    void aDatelinesAgencyIsNoPartOfThePoint() throws Exception {
        // the state's abbreviation ends a sentence before "(AP)", which then opens the next
        Answer answer = answer("Pier sale\n\nVELL CITY, Colo. (AP) — The harbour board sold the northern pier to a "
                + "ferry company on Friday.", "Who bought the northern pier from the harbour board?");

        assertThat(answer.points()).first().extracting(Point::text)
                .isEqualTo("The harbour board sold the northern pier to a ferry company on Friday.");
    }

    /** The answer to {@code question} from a library of the one article {@code text}, by its words. */
    private Answer answer(String text, String question) throws Exception {
        try (Attache attache = Attache.open(AttacheConfig.at(data).withDense(DenseMode.OFF))) {
            attache.add(Caller.local(Platform.CLI), new AddRequest.FromText(text));
            return attache.ask(Question.of(question));
        }
    }
}
