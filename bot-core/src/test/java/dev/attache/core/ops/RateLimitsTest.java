package dev.attache.core.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Token buckets per user and per chat, on a clock the test moves by hand. */
class RateLimitsTest {

    static final Caller ALICE = Caller.of(Platform.TELEGRAM, "1");
    static final Caller BOB = Caller.of(Platform.TELEGRAM, "2");
    static final Caller ALICE_ON_DISCORD = Caller.of(Platform.DISCORD, "1");

    final AtomicLong now = new AtomicLong(1_000_000_000L);

    RateLimits limits(RateLimit perUser, RateLimit perChat) {
        return new RateLimits(LoadLimits.defaults().withPerUser(perUser).withPerChat(perChat), now::get);
    }

    void advance(Duration d) {
        now.addAndGet(d.toNanos());
    }

    @Test
    void aUserGetsTheirBurstThenOneQuestionPerRefill() {
        RateLimits r = limits(new RateLimit(3, 6), new RateLimit(100, 100)); // one token every 10 s
        for (int i = 0; i < 3; i++) {
            assertThat(r.check(ALICE, "1")).isInstanceOf(RateLimits.Allowed.class);
        }
        RateLimits.Outcome refused = r.check(ALICE, "1");
        assertThat(refused).isInstanceOfSatisfying(RateLimits.Limited.class, l -> {
            assertThat(l.scope()).isEqualTo(RateLimits.Scope.USER);
            assertThat(l.retryAfter()).isEqualTo(Duration.ofSeconds(10));
            assertThat(l.retryAfterSeconds()).isEqualTo(10);
        });
        advance(Duration.ofSeconds(9));
        assertThat(r.check(ALICE, "1")).isInstanceOfSatisfying(RateLimits.Limited.class,
                l -> assertThat(l.retryAfter()).isEqualTo(Duration.ofSeconds(1)));
        advance(Duration.ofSeconds(1));
        assertThat(r.check(ALICE, "1")).isInstanceOf(RateLimits.Allowed.class);
        assertThat(r.check(ALICE, "1")).isInstanceOf(RateLimits.Limited.class);
    }

    @Test
    void anIdleBucketRefillsOnlyUpToItsBurst() {
        RateLimits r = limits(new RateLimit(2, 60), new RateLimit(100, 100));
        r.check(ALICE, "1");
        r.check(ALICE, "1");
        advance(Duration.ofHours(5));
        assertThat(r.check(ALICE, "1")).isInstanceOf(RateLimits.Allowed.class);
        assertThat(r.check(ALICE, "1")).isInstanceOf(RateLimits.Allowed.class);
        assertThat(r.check(ALICE, "1")).isInstanceOf(RateLimits.Limited.class);
    }

    @Test
    void oneFlooderDoesNotLimitAnotherUserOrTheSameIdOnAnotherPlatform() {
        RateLimits r = limits(new RateLimit(2, 1), new RateLimit(100, 100));
        for (int i = 0; i < 50; i++) {
            r.check(ALICE, "1");
        }
        assertThat(r.check(ALICE, "1")).isInstanceOf(RateLimits.Limited.class);
        assertThat(r.check(BOB, "2")).isInstanceOf(RateLimits.Allowed.class);
        assertThat(r.check(ALICE_ON_DISCORD, "1")).isInstanceOf(RateLimits.Allowed.class);
    }

    @Test
    void aGroupIsLimitedAsAWholeAndARefusalByTheChatGivesTheUsersTokenBack() {
        RateLimits r = limits(new RateLimit(2, 1), new RateLimit(3, 1));
        assertThat(r.check(ALICE, "-100")).isInstanceOf(RateLimits.Allowed.class);
        assertThat(r.check(BOB, "-100")).isInstanceOf(RateLimits.Allowed.class);
        assertThat(r.check(BOB, "-100")).isInstanceOf(RateLimits.Allowed.class);
        assertThat(r.check(ALICE, "-100")).isInstanceOfSatisfying(RateLimits.Limited.class,
                l -> assertThat(l.scope()).isEqualTo(RateLimits.Scope.CHAT));
        // Alice's refused question did not cost her: she still has one token, usable elsewhere.
        assertThat(r.check(ALICE, "1")).isInstanceOf(RateLimits.Allowed.class);
        assertThat(r.check(ALICE, "1")).isInstanceOfSatisfying(RateLimits.Limited.class,
                l -> assertThat(l.scope()).isEqualTo(RateLimits.Scope.USER));
    }

    @Test
    void aFloodEarnsOneNoticeUntilTheWaitItGaveHasPassed() {
        RateLimits r = limits(new RateLimit(1, 6), new RateLimit(100, 100)); // a token every 10 s
        r.check(ALICE, "1");
        List<Boolean> told = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            if (r.check(ALICE, "1") instanceof RateLimits.Limited l) {
                told.add(l.tell());
            }
            advance(Duration.ofMillis(100));
        }
        assertThat(told).hasSize(20).containsOnlyOnce(true);
        assertThat(told.getFirst()).isTrue();
        advance(Duration.ofSeconds(10));
        assertThat(r.check(ALICE, "1")).isInstanceOf(RateLimits.Allowed.class);
        assertThat(r.check(ALICE, "1")).isInstanceOfSatisfying(RateLimits.Limited.class,
                l -> assertThat(l.tell()).as("a new episode is told again").isTrue());
    }

    @Test
    void aWaitShorterThanASecondIsReportedAsOneSecond() {
        RateLimits r = limits(new RateLimit(1, 600), new RateLimit(100, 1000)); // a token every 100 ms
        r.check(ALICE, "1");
        assertThat(r.check(ALICE, "1")).isInstanceOfSatisfying(RateLimits.Limited.class,
                l -> assertThat(l.retryAfterSeconds()).isEqualTo(1));
    }

    @Test
    void concurrentQuestionsNeverGetMoreTokensThanTheBucketHolds() throws Exception {
        RateLimits r = limits(new RateLimit(25, 1), new RateLimit(1000, 1));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            results.add(pool.submit(() -> {
                go.await();
                int allowed = 0;
                for (int i = 0; i < 100; i++) {
                    if (r.check(ALICE, "1") instanceof RateLimits.Allowed) {
                        allowed++;
                    }
                }
                return allowed;
            }));
        }
        go.countDown();
        int total = 0;
        for (Future<Integer> f : results) {
            total += f.get();
        }
        pool.shutdown();
        assertThat(total).isEqualTo(25);
    }

    @Test
    void rateLimitsRejectNonsense() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new RateLimit(0, 5))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> LoadLimits.defaults().withMaxConcurrentAnswers(0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
