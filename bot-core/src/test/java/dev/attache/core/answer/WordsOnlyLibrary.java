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

/** A library of a few articles, searched by their words only, for the tests of composed answers. */
final class WordsOnlyLibrary {

    private WordsOnlyLibrary() {
    }

    /** The answer to {@code question} from a words-only library of {@code articles} in {@code data}. */
    static Answer answer(Path data, String question, String... articles) throws Exception {
        try (Attache attache = Attache.open(AttacheConfig.at(data).withDense(DenseMode.OFF))) {
            for (String text : articles) {
                assertThat(attache.add(Caller.local(Platform.CLI), new AddRequest.FromText(text)))
                        .isInstanceOf(AddOutcome.Added.class);
            }
            return attache.ask(Question.of(question));
        }
    }
}
