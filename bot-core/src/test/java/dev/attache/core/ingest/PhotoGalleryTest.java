package dev.attache.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.core.attribution.ArticleContext;
import dev.attache.core.attribution.Attribution;
import dev.attache.core.attribution.AttributionExtractor;
import dev.attache.core.attribution.Speaker;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A page's photo gallery becomes its captions, one paragraph each, without the gallery's title and slide counters. */
class PhotoGalleryTest {

    private static final String GALLERY = "The summit opened on Monday.\n\n"
            + "Photos: Harbour summit in Vellmar Mayor Tova Lind greets delegates at the pier. Hide Caption 1 of 3 "
            + "Photos: Harbour summit in Vellmar Delegates tour the new ferry terminal. Hide Caption 2 of 3 "
            + "Photos: Harbour summit in Vellmar Fishermen protest outside the hall. Hide Caption 3 of 3\n\n"
            + "Talks continue on Tuesday.";

    @Test
    void eachCaptionIsAParagraphWithoutTheGallerysTitleOrCounter() {
        assertThat(BodyText.clean(GALLERY)).isEqualTo("The summit opened on Monday.\n\n"
                + "Mayor Tova Lind greets delegates at the pier.\n\n"
                + "Delegates tour the new ferry terminal.\n\n"
                + "Fishermen protest outside the hall.\n\n"
                + "Talks continue on Tuesday.");
    }

    @Test
    void openingsAndTitlesWrittenTwiceAndATitleAfterTheLastCounterGoToo() {
        String twice = "Photos: Photos: Harbour summit Photos: Photos: Harbour summit Mayor Tova Lind greets delegates. "
                + "Hide Caption 1 of 3 Photos: Photos: Harbour summit Delegates tour the terminal. Hide Caption 2 of 3 "
                + "Photos: Photos: Harbour summit Fishermen protest. Hide Caption 3 of 3 Photos: Photos: Harbour summit\n\n"
                + "Talks continue.";
        assertThat(BodyText.clean(twice)).isEqualTo("Mayor Tova Lind greets delegates.\n\nDelegates tour the terminal.\n\n"
                + "Fishermen protest.\n\nTalks continue.");
    }

    @Test
    void aGalleryWhoseItemsShareNoTitleLosesOnlyItsOpeningsAndCounters() {
        String untitled = "Photos: Mayor Tova Lind greets delegates. Hide Caption 1 of 3 Photos: Delegates tour the terminal. "
                + "Hide Caption 2 of 3 Photos: Fishermen protest. Hide Caption 3 of 3";
        assertThat(BodyText.clean(untitled)).isEqualTo("Mayor Tova Lind greets delegates.\n\nDelegates tour the terminal.\n\n"
                + "Fishermen protest.");
    }

    @Test
    void aGalleryOfTooFewItemsToKnowItsTitleKeepsItsWordsButLosesItsCounters() {
        String two = "Photos: Harbour summit Mayor Tova Lind greets delegates. Hide Caption 1 of 2 "
                + "Photos: Harbour summit Delegates tour the terminal. Hide Caption 2 of 2";
        assertThat(BodyText.clean(two)).isEqualTo("Photos: Harbour summit Mayor Tova Lind greets delegates.\n\n"
                + "Photos: Harbour summit Delegates tour the terminal.");
    }

    @Test
    void textWithoutAGalleryIsUnchanged() {
        String text = "Officials said they would hide the caption until the vote.";
        assertThat(PhotoGallery.unfold(text)).isSameAs(text);
    }

    @Test
    void aRealGallerysCaptionsNameTheirSpeakersWithoutTheGallerysTitle() {
        // CNN's "Russia invades Ukraine" gallery: 224 items in one paragraph
        String raw = Corpus.text("realtimeqa-articles-2022-2023.jsonl.gz", "rtqa-5de257627d20");
        String text = BodyText.clean(raw);
        assertThat(text).doesNotContain("Hide Caption").doesNotContain("Photos: Russia invades Ukraine")
                .contains("\n\nUS President Joe Biden arrives in the East Room of the White House");
        List<Speaker> speakers = new AttributionExtractor().extract(text, ArticleContext.none()).stream()
                .filter(a -> text.substring(a.content().start(), a.content().end()).contains("Putin chose this war"))
                .map(Attribution::speaker).flatMap(Optional::stream).toList();
        assertThat(speakers).isNotEmpty().allSatisfy(s -> {
            assertThat(s.name()).isEqualTo("Joe Biden");
            assertThat(s.describe()).doesNotContain("Ukraine");
        });
    }
}
