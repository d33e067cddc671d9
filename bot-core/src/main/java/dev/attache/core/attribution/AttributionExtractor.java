package dev.attache.core.attribution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds who said what in an article: direct quotations (“…,” X said / X said: “…” / quotes that
 * span paragraphs or are interrupted by their cue), mixed and indirect speech (X said that …,
 * according to X, …), each with its content, cue and source mention, and the speaker the mention
 * resolves to within the article. Heuristic and linear in the text length; thread-safe (no state
 * between calls). Offsets are Java String indices into the text.
 */
public final class AttributionExtractor {

    /**
     * This engine's version, recorded with a library's attributions: change it whenever a change
     * to the engine changes what it finds, so that libraries stored before are told to run
     * {@code attache reattribute}.
     */
    public static final String ENGINE = "2026-12-02.39";

    /** Longer contents are judged from the quotation index instead of rescanning (keeps extraction linear). */
    private static final int DIRECT_RULE_MAX_LENGTH = 4000;

    /** Extracts the attributions of {@code text}; never throws for any input string. */
    public List<Attribution> extract(String text, ArticleContext context) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(context, "context");
        if (text.isEmpty()) {
            return List.of();
        }
        TextModel m = new TextModel(text);
        List<CandidateAttribution> raws = candidates(m, context);
        return resolve(m, context, raws);
    }

    /** The candidates of every rule and pass, before their speakers are resolved (also read by development aids). */
    static List<CandidateAttribution> candidates(TextModel m, ArticleContext context) {
        List<CandidateAttribution> raws = new ArrayList<>();
        for (int[] s : m.sentences) {
            CuePass.run(m, s[0], s[1], raws);
        }
        SpeakerLabelRule.run(m, raws);
        raws.sort(Comparator.comparingInt(r -> r.cueStart(m)));
        QuotationPass.run(m, context, raws);
        raws.sort(Comparator.comparingInt(r -> r.cueStart(m)));
        ContentBoundaries.truncateOverlaps(m, raws);
        ContentBoundaries.yieldToInvertedClauses(m, raws);
        for (CandidateAttribution r : raws) {
            ContentBoundaries.trimAfterQuote(m, r);
        }
        NestedReports.mark(m, raws);
        ParticipleInterruptions.merge(m, raws);
        ReportedQuotations.merge(m, raws);
        return raws;
    }

    /** Resolves the speakers of the candidates and returns those that are reported, in text order. */
    static List<Attribution> resolve(TextModel m, ArticleContext context, List<CandidateAttribution> raws) {
        SpeakerResolver resolver = new SpeakerResolver(m, context);
        List<Attribution> out = new ArrayList<>(raws.size());
        for (CandidateAttribution r : raws) {
            if (r.ce <= r.cs) {
                continue;
            }
            Optional<Speaker> speaker;
            if (r.sourceOf != null) {
                speaker = r.sourceOf.speaker;
            } else if (r.sf >= 0) {
                int[] reported = {TokenSpans.firstToken(m, r.cs), TokenSpans.firstToken(m, r.ce - 1)};
                speaker = r.nested ? resolver.resolveNested(r.sf, r.st, reported) : resolver.resolve(r.sf, r.st, reported);
            } else if (r.authorSpeaks) {
                speaker = Optional.of(resolver.authorSpeaker());
            } else {
                speaker = Optional.empty();
            }
            r.speaker = speaker;
            if (r.nested) {
                continue;
            }
            Optional<Span> source = r.sf >= 0 ? Optional.of(new Span(m.start[r.sf], m.end[r.st])) : Optional.empty();
            Optional<Span> cue = r.cf >= 0 ? Optional.of(new Span(m.start[r.cf], m.end[r.ct])) : Optional.empty();
            Span content = new Span(r.cs, r.ce);
            boolean direct = isDirect(m, content) || r.interrupted && (TokenSpans.startsWithQuotation(m, r)
                    || quotedAroundTheCue(m, r));
            out.add(new Attribution(content, source, cue, speaker, direct));
        }
        out.sort(Comparator.comparingInt(a -> a.content().start()));
        return List.copyOf(out);
    }

    /**
     * Whether an interrupted content ("… “…,” said X, who …. “…”") is mostly quoted once its reporting clause
     * is left out, as PolNeAR's two content segments are.
     */
    private static boolean quotedAroundTheCue(TextModel m, CandidateAttribution r) {
        if (r.cf < 0 || r.quotation < 0 || r.ce - r.cs > DIRECT_RULE_MAX_LENGTH) {
            return false;
        }
        int resumes = m.quotations.get(r.quotation).start();
        int pauses = -1;
        for (Quotation q : m.quotations) {
            if (q.start() >= r.cs && q.end() <= m.start[r.cf]) {
                pauses = q.end();
            }
        }
        return pauses > r.cs && resumes > pauses
                && DirectQuoteRule.isDirect(m.text, List.of(new Span(r.cs, pauses), new Span(resumes, r.ce)));
    }

    /** Direct when at least half of the content's non-space characters lie inside quotations (as {@link DirectQuoteRule}). */
    static boolean isDirect(TextModel m, Span content) {
        if (content.length() <= DIRECT_RULE_MAX_LENGTH) {
            return DirectQuoteRule.isDirect(m.text, List.of(content));
        }
        return m.quotedFraction(content.start(), content.end()) >= DirectQuoteRule.THRESHOLD; // linear-time bound

    }
}
