package dev.attache.core.answer;

import dev.attache.core.attribution.Attribution;
import dev.attache.core.attribution.Span;
import dev.attache.core.ingest.Sentences;
import java.util.List;
import java.util.Optional;

/**
 * What a list of someone's words ({@code /who}) shows of one attribution in an article: a quotation as
 * its quoted words, the way an answer quotes it (an interrupting "she said" left out, a quotation
 * continued in the next paragraph joined); anything else (a report in other words, a quotation partly
 * paraphrased or quoted inside the writer's sentence, a quoted title) as the sentence that makes the report, as
 * written, since its content alone is often a fragment ("acknowledged the strain" reports "the strain").
 */
public final class QuoteListing {

    /** What is listed: the text, and whether it is a quotation (shown in quote marks). */
    public record Listed(String text, boolean quotation) {
    }

    private final String text;
    private List<Span> sentences;

    /** The listing of attributions in the article whose text is {@code text}. */
    public QuoteListing(String text) {
        this.text = text;
    }

    /** How {@code attribution} is listed; empty when it says too little to list or lies outside the text. */
    public Optional<Listed> of(Attribution attribution) {
        if (attribution.content().end() > text.length()) {
            return Optional.empty();
        }
        if (attribution.direct()) {
            String words = collapseWhiteSpace(AnswerComposer.withoutInterruptions(attribution.content().of(text)));
            if (AnswerComposer.standsAlone(words)) {
                return words.split(" ").length >= AnswerComposer.MIN_QUOTE_WORDS
                        ? Optional.of(new Listed(shortened(words, AnswerComposer.MAX_QUOTE_CHARS), true))
                        : Optional.empty();
            }
        }
        Span report = reportingSentences(attribution);
        boolean opensParagraph = report.start() == 0 || text.charAt(report.start() - 1) == '\n';
        String sentence = collapseWhiteSpace(AnswerComposer.asWritten(report.of(text), opensParagraph));
        // a sentence an answer could state, or a question the speaker asked: not a headline run into a link's label
        // ("Powell talks inflation: Fed chair testifies …") nor a fragment
        return AnswerComposer.isStatementOrQuestion(sentence) ? Optional.of(new Listed(sentence, false)) : Optional.empty();
    }

    /**
     * The sentences from the one where the report starts to the one where its content ends. It starts at its source,
     * cue or content, whichever comes first in the content's paragraph (a speaker named paragraphs before is not
     * part of it).
     */
    private Span reportingSentences(Attribution attribution) {
        int to = attribution.content().end();
        int from = attribution.content().start();
        int paragraph = text.lastIndexOf('\n', from) + 1;
        for (Optional<Span> part : List.of(attribution.source(), attribution.cue())) {
            if (part.isPresent() && part.get().start() >= paragraph && part.get().start() < from) {
                from = part.get().start();
            }
        }
        int start = from;
        int end = to;
        for (Span sentence : sentences()) {
            if (sentence.end() > from && sentence.start() <= from) {
                start = sentence.start();
            }
            if (sentence.start() < to && sentence.end() >= to) {
                end = sentence.end();
                break;
            }
        }
        return new Span(start, end);
    }

    /** {@code s} cut to at most {@code max} characters, at a sentence's end where one is, else at a word, with "…". */
    private static String shortened(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        int cut = -1;
        for (Span sentence : Sentences.split(s)) {
            if (sentence.end() <= max) {
                cut = sentence.end();
            }
        }
        if (cut <= 0) {
            cut = s.lastIndexOf(' ', max);
        }
        return s.substring(0, cut > 0 ? cut : max).strip() + " …";
    }

    private List<Span> sentences() {
        if (sentences == null) {
            sentences = Sentences.split(text);
        }
        return sentences;
    }

    private static String collapseWhiteSpace(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }
}
