package dev.attache.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.core.answer.Answer;
import dev.attache.core.answer.Point;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class AnswerMemoryTest {

    private static Answer answerWith(int points) {
        List<Point> ps = IntStream.range(0, points)
                .mapToObj(i -> new Point("p" + i, Point.Kind.STATEMENT, Optional.empty(), "", 1, "x#" + i)).toList();
        return TelegramRendererTest.answer(ps, List.of(TelegramRendererTest.source(1, "T", "https://e.org")));
    }

    @Test
    void callbackDataIsShortAndRoundTrips() {
        AnswerMemory memory = new AnswerMemory();
        String key = memory.remember(answerWith(10), 5, 6);
        var kb = AnswerMemory.keyboard(key, answerWith(10), 6);
        var row = kb.getKeyboard().get(0);
        assertThat(row).extracting(b -> b.getText()).containsExactly("📚 Sources", "More ▸", "👍", "👎");
        for (var b : row) {
            assertThat(b.getCallbackData().getBytes(StandardCharsets.UTF_8).length)
                    .isLessThan(TelegramRenderer.MAX_CALLBACK_DATA_BYTES);
            assertThat(AnswerMemory.parse(b.getCallbackData())).get().extracting(AnswerMemory.Press::key).isEqualTo(key);
        }
    }

    @Test
    void moreAdvancesThroughThePointsAndStops() {
        AnswerMemory memory = new AnswerMemory();
        String key = memory.remember(answerWith(10), 5, 6);
        assertThat(memory.nextPage(key, 6)).get().satisfies(r -> assertThat(r).containsExactly(6, 10));
        assertThat(memory.nextPage(key, 6)).isEmpty();
        assertThat(AnswerMemory.keyboard(key, answerWith(10), 10).getKeyboard().get(0))
                .extracting(b -> b.getText()).doesNotContain("More ▸");
    }

    @Test
    void aUserVotesOncePerAnswer() {
        AnswerMemory memory = new AnswerMemory();
        String key = memory.remember(answerWith(1), 5, 1);
        assertThat(memory.firstVote(key, "7")).isTrue();
        assertThat(memory.firstVote(key, "7")).isFalse();
        assertThat(memory.firstVote(key, "8")).isTrue();
        assertThat(memory.lastAnswer(5)).isPresent();
        assertThat(memory.get("nope")).isEmpty();
    }
}
