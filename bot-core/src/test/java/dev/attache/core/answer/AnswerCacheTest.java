package dev.attache.core.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The answer cache serves repeated questions and holds no more heap than it is given. */
class AnswerCacheTest {

    private static final LocalDate AS_OF = LocalDate.of(2025, 1, 1);

    /** An answer with ten passages of {@code chars} characters each, as a retrieval of ten returns. */
    private static Answer answer(Question question, int chars) {
        List<RankedPassage> passages = IntStream.range(0, 10)
                .mapToObj(i -> new RankedPassage("a#" + i, "a", 1f, "x".repeat(chars))).toList();
        return new Answer("id", question.text(), question.asOf(), Answer.Status.ANSWERED, List.of(), List.of(),
                passages, Optional.empty(), 1);
    }

    private static Question question(int n) {
        return new Question("What happened to grain exports in week " + n + "?", AS_OF, 10, Optional.empty());
    }

    @Test
    void aRepeatedQuestionIsAnsweredFromTheCacheWhateverItsSpacingCaseAndFinalMark() {
        AnswerCache cache = new AnswerCache(1 << 20);
        AtomicInteger computed = new AtomicInteger();
        Question first = question(1);
        Answer answer = cache.get(first, 7, q -> {
            computed.incrementAndGet();
            return answer(q, 100);
        });
        Question again = new Question("  what HAPPENED to grain   exports in week 1", AS_OF, 10, Optional.empty());
        assertThat(cache.get(again, 7, q -> {
            computed.incrementAndGet();
            return answer(q, 100);
        })).isSameAs(answer);
        assertThat(computed).hasValue(1);
        cache.get(first, 8, q -> {
            computed.incrementAndGet();
            return answer(q, 100);
        });
        assertThat(computed).as("another library generation").hasValue(2);
    }

    @Test
    void anAnswerCountsTheHeapItsPassagesTextHolds() {
        AnswerCache cache = new AnswerCache(1 << 20);
        cache.get(question(1), 1, q -> answer(q, 1_000));
        // ten passages of 1,000 characters, two bytes each at most, and what surrounds them
        assertThat(cache.heldBytes()).isBetween(20_000L, 26_000L);
    }

    @Test
    void answersBeyondItsShareOfTheHeapAreEvicted() {
        long budget = 200_000; // about eight answers of ten 1,000-character passages
        AnswerCache cache = new AnswerCache(budget);
        for (int n = 0; n < 100; n++) {
            cache.get(question(n), 1, q -> answer(q, 1_000));
            assertThat(cache.heldBytes()).isPositive().isLessThanOrEqualTo(budget);
        }
    }
}
