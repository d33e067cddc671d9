package dev.attache.core.attribution.eval;

import dev.attache.core.attribution.Attribution;
import dev.attache.core.attribution.Span;
import dev.attache.core.attribution.Speaker;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The brat reader, the matching rules and the JSON line format, on hand-written inputs. */
class PolnearEvaluatorTest {

    private static final String ANN = String.join("\n",
            "T1\tSource 0 3\tAnn",
            "T2\tCue 4 8\tsaid",
            "T3\tContent 9 20;25 30\tsome text here",
            "second line of a span text that contains a line break",
            "T4\tAttribution 4 8\tsaid",
            "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1 ",
            "T5\tCue 40 42\tto",
            "T6\tContent 43 50\tnothing",
            "E2\tAttribution-no-source:T5 Content:T6 Cue:T5",
            "");

    private static Attribution sys(int cs, int ce, Span source) {
        return new Attribution(new Span(cs, ce), Optional.ofNullable(source), Optional.empty(),
                Optional.of(new Speaker("X", "", "")), false);
    }

    @Test
    void readsDiscontinuousSpansMultilineTextsAndSourcelessRelations() {
        List<GoldAttribution> gold = BratAnnotations.parse(ANN);
        assertEquals(2, gold.size());
        assertEquals(List.of(new Span(9, 20), new Span(25, 30)), gold.get(0).content());
        assertEquals(List.of(new Span(0, 3)), gold.get(0).source());
        assertTrue(gold.get(1).source().isEmpty());
    }

    @Test
    void matchNeedsHalfTheShorterContentAndAnOverlappingSource() {
        List<GoldAttribution> gold = BratAnnotations.parse(ANN);
        // overlaps 11 of the gold's 16 characters, source overlaps
        assertEquals(1, PolnearEvaluator.score(List.of(sys(9, 20, new Span(1, 2))), gold).truePositives());
        // content matches, source elsewhere: not a true positive
        assertEquals(0, PolnearEvaluator.score(List.of(sys(9, 20, new Span(50, 52))), gold).truePositives());
        // too little overlap
        assertEquals(0, PolnearEvaluator.score(List.of(sys(18, 40, new Span(1, 2))), gold).truePositives());
        // no source on either side counts as right
        assertEquals(1, PolnearEvaluator.score(List.of(sys(43, 50, null)), gold).truePositives());
    }

    @Test
    void matchingIsOneToOne() {
        List<GoldAttribution> gold = BratAnnotations.parse(ANN);
        Scores s = PolnearEvaluator.score(List.of(sys(9, 20, new Span(0, 3)), sys(9, 19, new Span(0, 3))), gold);
        assertEquals(1, s.truePositives());
        assertEquals(2, s.system());
        assertEquals(2, s.gold());
    }

    @Test
    void jsonLineHasTheDocumentedShape() {
        Attribution a = new Attribution(new Span(1, 5), Optional.empty(), Optional.of(new Span(6, 10)),
                Optional.empty(), true);
        assertEquals("{\"file\":\"a.txt\",\"attributions\":[{\"content\":[1,5],\"source\":null,\"cue\":[6,10],"
                + "\"speaker\":null,\"direct\":true}]}", AttributionJsonWriter.toJsonLine("a.txt", List.of(a)));
    }
}
