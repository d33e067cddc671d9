package dev.attache.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.core.answer.Point;
import dev.attache.core.attribution.Speaker;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How one point of an answer reads in a Discord embed. */
class DiscordPointTest {

    @Test
    void aQuoteEndsWithItsSpeakerAndCue() {
        Point quote = new Point("Ports are never neutral.", Point.Kind.QUOTE,
                Optional.of(new Speaker("Ilse Varga", "harbour economist", "")), "told reporters", 1, "art1#0");

        assertThat(DiscordRenderer.point(quote)).endsWith("— **Ilse Varga**, harbour economist, *told reporters* \\[1\\]");
    }

    @Test
    void theSpeakersDashStandsForAccordingTo() {
        Point quote = new Point("Ports are never neutral.", Point.Kind.QUOTE,
                Optional.of(new Speaker("Ilse Varga", "", "")), "according to", 1, "art1#0");

        assertThat(DiscordRenderer.point(quote)).endsWith("— **Ilse Varga** \\[1\\]").doesNotContain("according");
    }
}
