package dev.attache.core.attribution;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** For any string, extraction never throws and every span lies within the text, well ordered. */
class AttributionPropertiesTest {

    private final AttributionExtractor extractor = new AttributionExtractor();

    @Property(tries = 600)
    void arbitraryStringsNeverBreakTheExtractor(@ForAll String text) {
        check(text);
    }

    @Property(tries = 600)
    void quoteHeavyTextNeverBreaksTheExtractor(@ForAll("quoteHeavy") String text) {
        check(text);
    }

    @Provide
    Arbitrary<String> quoteHeavy() {
        Arbitrary<String> pieces = Arbitraries.of("“", "”", "\"", "'", "''", "‘", "’", "«", "»", "„", ",", ".", ":",
                " ", "\n", "\n\n", "said", "says", "told", "according to", "he", "She", "Mr.", "Kashin",
                "Vasiliy Kashin", "the expert", "that", "officials", "Reuters", "a", ", a senior specialist at the",
                "Center", "adding", "?", "!", "—", "\u00a0", "I", "we");
        return pieces.list().ofMaxSize(80).map(l -> String.join("", l));
    }

    @Property(tries = 600)
    void roleHeavyTextNeverBreaksTheExtractor(@ForAll("roleHeavy") String text) {
        check(text);
    }

    /** Pieces that the rules for roles, bodies and labels read: hyphens, "of", legal forms, honours, months, colons. */
    @Provide
    Arbitrary<String> roleHeavy() {
        Arbitrary<String> pieces = Arbitraries.of(" ", ",", ".", ":", "-", "–", "“", "”", "\n", "said", "told", "the",
                "The company", "the ministry", "Acme Corp", "Inc", "of", "for", "and", "at", "Board", "Governors",
                "Oscar-winning", "Los Angeles-based", "Hall of Fame", "quarterback", "champion", "Two-time", "former",
                "Vice President", "State", "Farm", "Sept.", "29", "Choice lyric", "Worth repeating", "in a statement",
                "Jo Hale", "Kasp", "a farmer in", "three months after", "Gov.", "Justice", "another", "one");
        return pieces.list().ofMaxSize(60).map(l -> String.join(" ", l));
    }

    private void check(String text) {
        ArticleContext speech = new ArticleContext("A. Speaker", "President", "UN");
        for (ArticleContext ctx : List.of(ArticleContext.none(), speech)) {
            for (Attribution a : extractor.extract(text, ctx)) {
                assertInside(text, a.content());
                a.source().ifPresent(s -> assertInside(text, s));
                a.cue().ifPresent(s -> assertInside(text, s));
                assertTrue(a.content().length() > 0, "empty content");
            }
        }
    }

    private static void assertInside(String text, Span s) {
        assertTrue(s.start() >= 0 && s.start() <= s.end() && s.end() <= text.length(),
                () -> "span " + s + " outside text of length " + text.length());
    }
}
