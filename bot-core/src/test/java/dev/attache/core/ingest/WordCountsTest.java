package dev.attache.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.attache.core.testing.SharedData;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * {@link WordCounts} is how the passage splitter counts the words of a span (it once counted each
 * span again, character by character); any span's count must be that count, so passage boundaries
 * do not move: on real articles and speeches, as the source gave them and cleaned, and on generated
 * texts with unusual spaces, emoji and breaks.
 */
class WordCountsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everySpanOfGeneratedTextsHasTheWordsCountedOneByOne() {
        Random random = new Random(7);
        for (String text : generatedTexts(random, 50)) {
            assertRandomSpans(text, random);
        }
    }

    @Test
    void everySpanOfRealArticlesAndSpeechesHasTheWordsCountedOneByOne() throws IOException {
        Random random = new Random(11);
        for (String corpus : List.of("realtimeqa-articles-2022-2023.jsonl.gz", "ungdc-1946-2024.jsonl.gz",
                "reuters21578.jsonl.gz")) {
            for (String raw : firstTexts(corpus, 30)) {
                assertRandomSpans(raw, random);
                assertRandomSpans(BodyText.clean(raw), random);
            }
        }
    }

    @Test
    void aWordCutByTheSpanStartCountsAsAWordOfTheSpan() {
        WordCounts counts = new WordCounts("one two  three");
        assertThat(counts.words(0, 14)).isEqualTo(3);
        assertThat(counts.words(1, 7)).isEqualTo(2);
        assertThat(counts.words(3, 5)).isEqualTo(1);
        assertThat(counts.words(8, 8)).isZero();
    }

    private static void assertRandomSpans(String text, Random random) {
        WordCounts counts = new WordCounts(text);
        for (int k = 0; k < 300; k++) {
            int start = random.nextInt(text.length() + 1);
            int end = start + random.nextInt(text.length() - start + 1);
            assertThat(counts.words(start, end)).as("words in [%d, %d)", start, end)
                    .isEqualTo(countedOneByOne(text, start, end));
        }
    }

    /** The count the splitter made before: a word starts at each non-space after a space or the span's start. */
    private static int countedOneByOne(String text, int start, int end) {
        int words = 0;
        boolean inWord = false;
        for (int i = start; i < end; i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return words;
    }

    /** Common and rare words (a very long one, emoji, no-break and em spaces) with line and paragraph breaks. */
    private static List<String> generatedTexts(Random random, int count) {
        List<String> common = List.of("a", "the", "policy", "said.", "Mr.", "U.S.");
        List<String> rare = List.of("y".repeat(1_300), "\u201CQuote,\u201D", "\uD83D\uDC4D", "\u00A0", "\u2003");
        List<String> separators = List.of(" ", " ", "  ", "\n", "\n\n", "\t", " \n \n ");
        List<String> texts = new ArrayList<>();
        for (int t = 0; t < count; t++) {
            StringBuilder text = new StringBuilder();
            int words = 1 + random.nextInt(2_000);
            for (int w = 0; w < words; w++) {
                text.append(random.nextInt(20) == 0 ? pick(random, rare) : pick(random, common));
                text.append(pick(random, separators));
            }
            texts.add(text.toString());
        }
        return texts;
    }

    private static String pick(Random random, List<String> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    /** The body texts of the first {@code count} rows of a corpus, as the source gave them. */
    private static List<String> firstTexts(String corpus, int count) throws IOException {
        List<String> texts = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(
                Files.newInputStream(SharedData.file("corpora/" + corpus))), StandardCharsets.UTF_8))) {
            for (String line; texts.size() < count && (line = in.readLine()) != null; ) {
                texts.add(JSON.readTree(line).path("text").asText());
            }
        }
        return texts;
    }
}
