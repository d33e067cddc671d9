package dev.attache.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BoilerplateTest {

    @ParameterizedTest
    @ValueSource(strings = {"0 1,569", "- Advertisement -", "Advertisement", "ADVERTISEMENT", "Story continues below",
        "Subscribe to our newsletter", "Sign up for our newsletter",
        "Sign up here to get the latest news, updates and special offers delivered directly to your inbox.",
        "Get real time updates directly on you device, subscribe now.", "Follow us on Twitter and Facebook",
        "Follow Jordan Mendoza on Twitter: @jordan_mendoza5.", "Click here to read the full report.",
        "For the full story, click here.", "Read more: Why the talks failed", "Related: China's new envoy",
        "We use cookies to improve your experience. By continuing you accept our privacy policy.",
        "\u00A9 2023 Example Media. All rights reserved.", "Copyright 2021 The Daily Planet", "Share on Facebook",
        "1,204 Comments", "***", "___", "Reuter", "(You can get \"5 Things\" delivered to your inbox daily. Sign up here.)",
        "Video Ad Feedback 02:17 - Source: CNN 'We're staying': Why some in the harbour town won't leave",
        "'That's not OK': Host reacts to the mayor's texts 01:43 - Source: CNN",
        "JUST WATCHED 'He must be kidding': Lawmaker reacts Replay More Videos ... MUST WATCH 'He must be kidding': "
            + "Lawmaker reacts 03:30"})
    void chromeLinesAreRecognized(String line) {
        assertThat(Boilerplate.isChrome(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The ministry said readers who subscribe to the state newsletter will get notices of new sanctions first.",
        "Advertisement revenue fell 12% last year, the company said.",
        "\u201CFollow us on this path and the region will be safe,\u201D the minister told parliament on Tuesday.",
        "Related talks in Geneva ended without agreement.", "Asian Alliance", "Facebook",
        "Subscribe to the view that China is an enemy, and you will misread Asia, Kashin warned.",
        "All rights were reserved for the host country under the 1952 treaty, he noted.",
        "1914-1918: The Great War", "The cookie jar of the budget is empty, the opposition said.",
        "The vote closed at 10:30 - an hour late - on Tuesday, a source said."})
    void articleSentencesThatMentionSuchWordsAreKept(String line) {
        assertThat(Boilerplate.isChrome(line)).isFalse();
    }

    @org.junit.jupiter.api.Test
    void stripLeavesABlankLineWhereChromeWasSoParagraphsStaySeparate() {
        assertThat(Boilerplate.strip("First.\n- Advertisement -\nSecond.")).isEqualTo("First.\n\nSecond.");
    }
}
