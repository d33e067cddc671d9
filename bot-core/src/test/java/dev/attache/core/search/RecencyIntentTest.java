package dev.attache.core.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RecencyIntentTest {

    @Test
    void wordsOfRecentOrUpcomingEventsAskAboutThem() {
        assertThat(RecencyIntent.asksAboutRecentEvents("What is the latest on the debt ceiling?")).isTrue();
        assertThat(RecencyIntent.asksAboutRecentEvents("What did the Fed announce this week?")).isTrue();
        assertThat(RecencyIntent.asksAboutRecentEvents("What did the Fed say about inflation in 1987?")).isFalse();
    }

    @Test
    void askingWhoHoldsAPostAsksWhoHoldsItNow() {
        assertThat(RecencyIntent.asksAboutRecentEvents("Who is the prime minister of the United Kingdom?")).isTrue();
        assertThat(RecencyIntent.asksAboutRecentEvents("Who's the secretary general of NATO?")).isTrue();
        assertThat(RecencyIntent.asksAboutRecentEvents("Who leads the opposition in Vell?")).isTrue();
        assertThat(RecencyIntent.asksAboutRecentEvents("Who was the prime minister in 1987?")).isFalse();
        assertThat(RecencyIntent.asksAboutRecentEvents("Who is Mara Ellison?")).isFalse();
    }
}
