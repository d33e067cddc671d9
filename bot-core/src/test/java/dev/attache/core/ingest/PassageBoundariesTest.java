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
 * The passage splitter counts words incrementally; its passages must be exactly those of the
 * previous splitter ({@link ReferencePassageSplitter}), which counted every span again: on real
 * articles and speeches, cleaned as an import cleans them and as the source gave them, and on
 * generated texts built to hit the bounds.
 */
class PassageBoundariesTest {

    private static final int MAX_PASSAGES = 10_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void passagesOfRealArticlesAndSpeechesAreThoseOfThePreviousSplitter() throws IOException {
        List<String> texts = new ArrayList<>();
        for (String corpus : List.of("realtimeqa-articles-2022-2023.jsonl.gz", "ungdc-1946-2024.jsonl.gz",
                "reuters21578.jsonl.gz")) {
            for (String raw : firstTexts(corpus, 300)) {
                texts.add(BodyText.clean(raw));
                texts.add(raw);
            }
        }
        assertSameBoundaries(texts);
    }

    @Test
    void passagesOfGeneratedTextsAreThoseOfThePreviousSplitter() {
        assertSameBoundaries(generatedTexts(new Random(20261129), 1_000));
    }

    @Test
    void wordsOfEverySpanAreThoseCountedOneByOne() {
        Random random = new Random(7);
        for (String text : generatedTexts(random, 50)) {
            WordCounts counts = new WordCounts(text);
            for (int k = 0; k < 1_000; k++) {
                int start = random.nextInt(text.length() + 1);
                int end = start + random.nextInt(text.length() - start + 1);
                assertThat(counts.words(start, end)).isEqualTo(ReferencePassageSplitter.words(text, start, end));
            }
        }
    }

    /**
     * Texts of common words with, now and then, a word too long for a passage, sentence ends,
     * abbreviations, emoji and unusual spaces, separated by spaces and, on average every 5 to 400
     * words, a line or paragraph break: paragraphs of every length, some cut at sentences or at spaces.
     */
    private static List<String> generatedTexts(Random random, int count) {
        List<String> common = List.of("a", "the", "policy", "said.", "Mr.", "U.S.");
        List<String> rare = List.of("x".repeat(40), "y".repeat(1_300), "Why?", "\u201CQuote,\u201D", "end.",
                "\uD83D\uDC4D", "\u00A0", "\u2003");
        List<String> spaces = List.of(" ", " ", "  ");
        List<String> breaks = List.of("\n", "\n\n", "\t", " \n \n ");
        List<String> texts = new ArrayList<>();
        for (int t = 0; t < count; t++) {
            StringBuilder text = new StringBuilder();
            int words = 1 + random.nextInt(3_000);
            int wordsPerBreak = 5 + random.nextInt(400);
            for (int w = 0; w < words; w++) {
                text.append(random.nextInt(20) == 0 ? pick(random, rare) : pick(random, common));
                text.append(random.nextInt(wordsPerBreak) == 0 ? pick(random, breaks) : pick(random, spaces));
            }
            texts.add(text.toString());
        }
        return texts;
    }

    private static String pick(Random random, List<String> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    private static void assertSameBoundaries(List<String> texts) {
        PassageSplitter splitter = new PassageSplitter(MAX_PASSAGES);
        ReferencePassageSplitter reference = new ReferencePassageSplitter(MAX_PASSAGES);
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            assertThat(splitter.split(text)).as("passages of text %d", i).isEqualTo(reference.split(text));
        }
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
