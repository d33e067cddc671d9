package dev.attache.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.core.ops.Limits;
import java.util.List;
import org.junit.jupiter.api.Test;

class PassageSplitterTest {

    private final PassageSplitter splitter = PassageSplitter.withLimits(Limits.defaults());

    @Test
    void passageOffsetsAreExactAndTextIsTrimmed() {
        String text = PlainTextParser.parse(dev.attache.core.testing.SharedData.text("seed/asian-nato.txt")).text();
        List<PassageSplitter.Chunk> chunks = splitter.split(text);
        assertThat(chunks).isNotEmpty();
        int previousEnd = 0;
        for (PassageSplitter.Chunk c : chunks) {
            assertThat(text.substring(c.start(), c.end())).isEqualTo(c.text());
            assertThat(c.text()).isEqualTo(c.text().strip());
            assertThat(c.start()).isGreaterThanOrEqualTo(previousEnd);
            assertThat(c.text().length()).isLessThanOrEqualTo(PassageSplitter.MAX_CHARS);
            previousEnd = c.end();
        }
        assertThat(chunks.get(0).text()).startsWith("BEIJING");
    }

    @Test
    void shortHeadingIsMergedIntoTheParagraphAfterIt() {
        String text = "Asian politics\n\nChina simply has no reason to become an open US opponent.";
        assertThat(splitter.split(text)).singleElement()
                .satisfies(c -> assertThat(c.text()).isEqualTo(text));
    }

    @Test
    void longParagraphIsSplitAtSentenceEndsWithinBounds() {
        String sentence = "The delegation of Afghanistan has always participated in the general debate as a forum. ";
        String text = sentence.repeat(60).strip();
        List<PassageSplitter.Chunk> chunks = splitter.split(text);
        assertThat(chunks.size()).isGreaterThan(1);
        for (PassageSplitter.Chunk c : chunks) {
            assertThat(c.text()).endsWith("forum.").startsWith("The delegation");
            assertThat(new WordCounts(c.text()).words(0, c.text().length())).isLessThanOrEqualTo(PassageSplitter.TARGET_MAX_WORDS);
        }
    }

    @Test
    void overlongSentenceIsCutAtSpacesNeverMidWord() {
        String text = "word ".repeat(2_000).strip();
        for (PassageSplitter.Chunk c : splitter.split(text)) {
            assertThat(c.text()).matches("word( word)*");
        }
    }

    @Test
    void consecutiveParagraphsAreGroupedTowardsTheTargetLength() {
        String paragraph = "This paragraph has exactly ten words in it, you see.";
        String text = String.join("\n\n", java.util.Collections.nCopies(30, paragraph));
        List<PassageSplitter.Chunk> chunks = splitter.split(text);
        assertThat(chunks).hasSizeBetween(2, 3);
        assertThat(new WordCounts(text).words(chunks.get(0).start(), chunks.get(0).end())).isBetween(100, 160);
    }

    @Test
    void maxPassagesCutsOffTheRest() {
        String text = String.join("\n\n", java.util.Collections.nCopies(50, "Sentence one is here. ".repeat(30)));
        assertThat(new PassageSplitter(3).split(text)).hasSize(3);
    }
}
