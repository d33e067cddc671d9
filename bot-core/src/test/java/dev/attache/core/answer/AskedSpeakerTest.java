package dev.attache.core.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The name a question asks for the words of, in the ways a question asks it. */
class AskedSpeakerTest {

    private static Optional<String> name(String question) {
        return AskedSpeaker.in(question).map(AskedSpeaker::name);
    }

    private static Optional<String> post(String question) {
        return AskedSpeaker.postIn(question).map(AskedSpeaker::name);
    }

    @Test
    void aSayingVerbAfterAnAuxiliaryAndAName() {
        assertThat(name("What did Blinken say about China?")).contains("Blinken");
        assertThat(name("what has Jo Hale said on the levy")).contains("Jo Hale");
        assertThat(name("How did the Kremlin respond to the mutiny?")).contains("Kremlin");
        assertThat(name("What does the Bank of England think about rates?")).contains("Bank of England");
        assertThat(name("What is Ursula von der Leyen saying about tariffs?")).contains("Ursula von der Leyen");
        assertThat(name("What has the U.N. Secretary-General warned about famine?"))
                .contains("U.N. Secretary-General");
        assertThat(name("What did Hale write in his letter?")).contains("Hale");
        assertThat(name("How has Hale replied to the critics?")).contains("Hale");
        // a request is their words too
        assertThat(name("What did Hale ask the council for?")).contains("Hale");
        assertThat(name("What has the Harbour Board requested of the ferry companies?")).contains("Harbour Board");
        assertThat(name("Did Hale appeal for calm?")).contains("Hale");
    }

    @Test
    void aQuestionOpeningWithTheAuxiliary() {
        assertThat(name("Did Putin say anything about the treaty?")).contains("Putin");
        assertThat(name("Has Macron ever commented on the strikes?")).contains("Macron");
    }

    @Test
    void theSpeakersReactionOrPositionAndAccordingTo() {
        assertThat(name("What was Putin's reaction to the sanctions?")).contains("Putin");
        assertThat(name("What is the Fed’s official position on inflation?")).contains("Fed");
        assertThat(name("According to Jo Hale, what does the levy pay for?")).contains("Jo Hale");
    }

    @Test
    void whatTheQuestionAsksTheSpeakerAboutIsTheRestOfIt() {
        assertThat(AskedSpeaker.in("What did Blinken say about China?").map(AskedSpeaker::subject))
                .contains(" about China?");
        assertThat(AskedSpeaker.in("Macron's comments on pensions").map(AskedSpeaker::subject)).contains("pensions");
        assertThat(AskedSpeaker.in("What did Putin say?").map(AskedSpeaker::subject)).contains("?");
    }

    @Test
    void anEmbeddedQuestionOrSomeonesCommentsOnASubject() {
        assertThat(name("Tell me what Putin said about NATO")).contains("Putin");
        assertThat(name("what Jo Hale thinks of the levy")).contains("Jo Hale");
        assertThat(name("Macron's comments on pensions")).contains("Macron");
        // a name and "on" alone is too often a common noun's phrase ("Sanctions on Russia", "Pressure on Iran")
        assertThat(name("Sanctions on Russia")).isEmpty();
        assertThat(name("What happened on Monday?")).isEmpty();
    }

    @Test
    void noOneInParticularOrNoOneSpeaking() {
        assertThat(name("What did officials say about the earthquake?")).isEmpty();
        assertThat(name("What did Hale's aides say about the levy?")).isEmpty();
        assertThat(name("What did Hale do about the levy?")).isEmpty();
        assertThat(name("Why did President Tia Kasp veto the bill?")).isEmpty();
        assertThat(name("Who said the levy was a tax?")).isEmpty();
        assertThat(name("What did Biden voters want?")).isEmpty();
        assertThat(name("What is the harbour levy?")).isEmpty();
    }

    @Test
    void whatAQuestionForAnyonesWordsSaysItIsAbout() {
        assertThat(AskedSpeaker.topicIn("What did analysts say about Arctic shipping?")).contains("Arctic shipping?");
        assertThat(AskedSpeaker.topicIn("What is the central bank's view on rates?")).contains("rates?");
        assertThat(AskedSpeaker.topicIn("What do economists think of the budget?")).contains("the budget?");
        assertThat(AskedSpeaker.topicIn("What has Hale said regarding the levy")).contains("the levy");
    }

    @Test
    void noTopicWhenTheQuestionDoesNotSayWhatAboutOrAsksForNoOnesWords() {
        // "of" names a topic only after thinking: what Hale asked of someone is not what he asked about
        assertThat(AskedSpeaker.topicIn("What did Hale ask of the Christians?")).isEmpty();
        assertThat(AskedSpeaker.topicIn("What did Putin say in Munich?")).isEmpty();
        assertThat(AskedSpeaker.topicIn("What happened on Monday?")).isEmpty();
        assertThat(AskedSpeaker.topicIn("What is the harbour levy?")).isEmpty();
    }

    @Test
    void aPostAskedForAsASpeakerWithWhoseOfficeItIs() {
        assertThat(post("What did the UN Secretary-General say about climate change?")).contains("UN Secretary-General");
        assertThat(post("What has the German chancellor said about Russia?")).contains("German chancellor");
        assertThat(post("What did the NATO secretary general say about Ukraine?")).contains("NATO secretary general");
        assertThat(post("What did the Secretary of State say about China?")).contains("Secretary of State");
        assertThat(post("How did the foreign minister of Estoria respond to the ruling?"))
                .contains("foreign minister of Estoria");
        assertThat(AskedSpeaker.postIn("What did the Fed chair say about inflation?").map(AskedSpeaker::subject))
                .contains(" about inflation?");
    }

    @Test
    void aTitledNameOrAPostOfNoOneInParticularIsNoPost() {
        assertThat(post("What did Prime Minister Modi say about trade?")).isEmpty();
        assertThat(post("What did the Prime Minister say about trade?")).isEmpty();
        assertThat(post("What did the president say about trade?")).isEmpty();
        assertThat(post("What did officials say about the earthquake?")).isEmpty();
        assertThat(post("What did Blinken say about China?")).isEmpty();
    }
}
