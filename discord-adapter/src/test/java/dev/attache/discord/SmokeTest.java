package dev.attache.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.core.Attache;
import dev.attache.core.answer.Answer;
import dev.attache.core.answer.Point;
import dev.attache.core.answer.Source;
import dev.attache.core.article.PublishedDate;
import dev.attache.core.attribution.Speaker;
import java.lang.reflect.Constructor;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SmokeTest {
    @Test
    void asks() throws Exception {
        Constructor<Attache> c = Attache.class.getDeclaredConstructor();
        c.setAccessible(true);
        Attache attache = c.newInstance();
        try (FakeDiscord fake = new FakeDiscord();
             DiscordBot bot = new DiscordBot(attache, DiscordConfig.ofToken("t0k3n").withApiUrl(fake.apiUrl())
                     .withGatewayUrl(fake.gatewayUrl()).withGuild(fake.guildId),
                     q -> new Answer("a1", q.text(), q.asOf(), Answer.Status.ANSWERED,
                             List.of(new Point("It is impossible.", Point.Kind.QUOTE,
                                     Optional.of(new Speaker("Ana Lind", "fellow", "Nordic Institute")), "said", 1, "x#0")),
                             List.of(new Source(1, "x", "A title", "Outlet", "Author", PublishedDate.parse("2024-01-02"),
                                     "https://example.org/a")), List.of(), 3),
                     Duration.ofMillis(1500))) {
            bot.start();
            assertThat(bot.awaitReady(Duration.ofSeconds(20))).as(fake.describeCalls()).isTrue();
            var opts = fake.json.createObjectNode().put("question", "Could it happen?");
            var i = fake.slash("ask", Optional.empty(), opts, "123456789012345678", Set.of(), Instant.now());
            fake.await(call -> call.path().contains("/interactions/" + i.id), Duration.ofSeconds(10), "callback");
            Thread.sleep(500);
            var b = fake.button("attache:src:a1", "123456789012345678", Set.of(), Instant.now());
            Thread.sleep(800);
            System.out.println("BUTTON " + b.original + " eph=" + b.ephemeral);
            var ac = fake.autocomplete("who", "name", "Tom", "123456789012345678");
            Thread.sleep(800);
            var old = fake.slash("ask", Optional.empty(), opts, "123456789012345678", Set.of(), Instant.now().minusSeconds(1300));
            var late = fake.slash("ask", Optional.empty(), opts, "123456789012345678", Set.of(), Instant.now().minusSeconds(10));
            Thread.sleep(1500);
            fake.dropGateway();
            fake.await(call -> call.path().equals("RESUMED"), Duration.ofSeconds(30), "resume");
            Thread.sleep(300);
            var after = fake.slash("ask", Optional.empty(), opts, "123456789012345678", Set.of(), Instant.now());
            Thread.sleep(1000);
            System.out.println("AFTER " + (after.original != null));
            System.out.println(fake.describeCalls());
        }
    }
}
