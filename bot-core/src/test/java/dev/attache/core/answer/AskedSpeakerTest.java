package dev.attache.core.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The name a question asks for the words of, in the ways a question asks it. */
class AskedSpeakerTest {

    @Test
    void aSayingVerbAfterAnAuxiliaryAndAName() {
        assertThat(AskedSpeaker.in("What did Blinken say about China?")).contains("Blinken");
        assertThat(AskedSpeaker.in("what has Jo Hale said on the levy")).contains("Jo Hale");
        assertThat(AskedSpeaker.in("How did the Kremlin respond to the mutiny?")).contains("Kremlin");
        assertThat(AskedSpeaker.in("What does the Bank of England think about rates?")).contains("Bank of England");
        assertThat(AskedSpeaker.in("What is Ursula von der Leyen saying about tariffs?")).contains("Ursula von der Leyen");
        assertThat(AskedSpeaker.in("What has the U.N. Secretary-General warned about famine?"))
                .contains("U.N. Secretary-General");
        assertThat(AskedSpeaker.in("What did Hale write in his letter?")).contains("Hale");
        assertThat(AskedSpeaker.in("How has Hale replied to the critics?")).contains("Hale");
    }

    @Test
    void aQuestionOpeningWithTheAuxiliary() {
        assertThat(AskedSpeaker.in("Did Putin say anything about the treaty?")).contains("Putin");
        assertThat(AskedSpeaker.in("Has Macron ever commented on the strikes?")).contains("Macron");
    }

    @Test
    void theSpeakersReactionOrPositionAndAccordingTo() {
        assertThat(AskedSpeaker.in("What was Putin's reaction to the sanctions?")).contains("Putin");
        assertThat(AskedSpeaker.in("What is the Fed’s official position on inflation?")).contains("Fed");
        assertThat(AskedSpeaker.in("According to Jo Hale, what does the levy pay for?")).contains("Jo Hale");
    }

    @Test
    void noOneInParticularOrNoOneSpeaking() {
        assertThat(AskedSpeaker.in("What did officials say about the earthquake?")).isEmpty();
        assertThat(AskedSpeaker.in("What did Hale's aides say about the levy?")).isEmpty();
        assertThat(AskedSpeaker.in("What did Hale do about the levy?")).isEmpty();
        assertThat(AskedSpeaker.in("Why did President Tia Kasp veto the bill?")).isEmpty();
        assertThat(AskedSpeaker.in("Who said the levy was a tax?")).isEmpty();
        assertThat(AskedSpeaker.in("What did Biden voters want?")).isEmpty();
        assertThat(AskedSpeaker.in("What is the harbour levy?")).isEmpty();
    }
}
