package dev.attache.core.attribution;

import dev.attache.core.testing.SharedData;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The seed article (read in place from the shared data): its four quotes and their speakers. */
class SeedArticleTest {

    private static final String KASHIN_ORG = "the Center for European and International Studies at the College of Economics";

    private final String text;
    private final List<Attribution> attributions;

    SeedArticleTest() throws IOException {
        text = Files.readString(SharedData.file("seed/asian-nato.txt"));
        attributions = new AttributionExtractor().extract(text, ArticleContext.none());
    }

    private Attribution quoteStartingWith(String prefix) {
        return attributions.stream().filter(a -> a.content().of(text).startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no attribution for " + prefix + " in " + attributions));
    }

    private static void assertKashin(Attribution a) {
        Speaker s = a.speaker().orElseThrow();
        assertEquals("Vasiliy Kashin", s.name());
        assertEquals("senior specialist", s.role());
        assertEquals(KASHIN_ORG, s.organization());
    }

    @Test
    void asianNatoQuoteIsKashinsAndSputnikIsOnlyTheMedium() {
        Attribution a = quoteStartingWith("“[The creation] of the Asian NATO is simply impossible,”");
        assertKashin(a);
        assertTrue(a.direct());
        assertEquals("told", a.cue().orElseThrow().of(text));
        assertFalse(a.source().orElseThrow().of(text).contains("Sputnik"));
    }

    @Test
    void laterQuotesIntroducedBySurnameAreKashins() {
        assertKashin(quoteStartingWith("“The idea that China will create its own NATO"));
        assertKashin(quoteStartingWith("“The Americans have not been able to unite"));
    }

    @Test
    void theExpertExplainedRefersBackToKashin() {
        Attribution a = quoteStartingWith("the Asian world order is more complex");
        assertEquals("The expert", a.source().orElseThrow().of(text));
        assertKashin(a);
        assertFalse(a.direct());
    }

    @Test
    void sanakoyevQuoteNamesHisRoleAndOrganization() {
        Attribution a = quoteStartingWith("“There are challenges in the region");
        Speaker s = a.speaker().orElseThrow();
        assertEquals("Sergei Sanakoyev", s.name());
        assertEquals("Head of the Russian-Chinese Analytical Department", s.role());
        assertEquals("the Asia-Pacific Research Center", s.organization());
        assertTrue(a.direct());
    }

    @Test
    void exactlyFourDirectQuotes() {
        assertEquals(4, attributions.stream().filter(Attribution::direct).count(), () -> attributions.toString());
    }

    @Test
    void boilerplateIsNeverAttributed() {
        for (Attribution a : attributions) {
            String c = a.content().of(text);
            assertFalse(c.contains("Advertisement") || c.contains("newsletter") || c.contains("1,569"), c);
        }
    }
}
