package dev.attache.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.core.Attache;
import dev.attache.core.AttacheConfig;
import dev.attache.core.answer.Answer;
import dev.attache.core.answer.Question;
import dev.attache.core.embed.DenseMode;
import dev.attache.core.ops.AddOutcome;
import dev.attache.core.ops.AddRequest;
import dev.attache.core.ops.Caller;
import dev.attache.core.ops.Platform;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An article is answerable as soon as it is searchable by its words, before the background embedder
 * gives it vectors, also when the rest of the library already has them: the first console chat on
 * the demo library declined a question on the central bank article while it waited for its vectors.
 */
class PartlyEmbeddedLibraryTest {

    private static final Caller OPERATOR = Caller.local(Platform.CONSOLE);
    private static final String BANK_ARTICLE = "06-bank-of-estoria-raises-rates-inflation.md";

    @TempDir
    Path data;

    @Test
    void anArticleWithoutVectorsYetIsAnsweredFromWhileTheOthersHaveThem() throws Exception {
        try (Attache attache = Attache.open(AttacheConfig.at(data).withDense(DenseMode.SEARCH_AND_EMBED))) {
            for (String name : DemoLibrary.names()) {
                if (!name.equals(BANK_ARTICLE)) {
                    assertThat(add(attache, name)).isInstanceOf(AddOutcome.Added.class);
                }
            }
            assertThat(attache.awaitEmbeddings((done, total) -> { }, () -> false)).isTrue();
        }
        // Searching with the vectors there are, embedding nothing: the new article stays without vectors.
        try (Attache attache = Attache.open(AttacheConfig.at(data).withDense(DenseMode.SEARCH))) {
            assertThat(add(attache, BANK_ARTICLE)).isInstanceOf(AddOutcome.Added.class);
            assertThat(attache.stats().embeddedPassages()).isLessThan(attache.stats().passages());

            Answer answer = attache.ask(new Question("What did the central bank decide about interest rates?",
                    LocalDate.of(2025, 12, 1), 10, Optional.empty()));

            assertThat(answer.status()).isEqualTo(Answer.Status.ANSWERED);
            assertThat(answer.sources()).anySatisfy(source -> assertThat(source.title()).contains("Bank of Estoria"));
        }
    }

    private static AddOutcome add(Attache attache, String name) throws IOException {
        try (InputStream in = DemoLibrary.class.getClassLoader().getResourceAsStream("demo/" + name)) {
            return attache.add(OPERATOR, new AddRequest.FromFile(name, in.readAllBytes()));
        }
    }
}
