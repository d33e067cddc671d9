package dev.attache.app;

import dev.attache.core.answer.Answer;
import dev.attache.core.answer.Point;
import dev.attache.core.answer.Source;
import dev.attache.core.attribution.Speaker;
import dev.attache.core.ops.QuoteRecord;
import java.util.List;
import java.util.Optional;

/** Renders answers and listings as plain text for a terminal: the console chat and {@code attache ask}. */
public final class TerminalRenderer {

    static final String NO_ANSWER = "The library has nothing on this yet. Try other words, or ask an operator to add an article on it.";

    private TerminalRenderer() {
    }

    public static String render(Answer answer) {
        if (!answer.answered()) {
            return NO_ANSWER;
        }
        StringBuilder sb = new StringBuilder();
        sb.append(answer.opening()).append('\n');
        for (Point point : answer.points()) {
            sb.append("• ").append(renderPoint(point)).append(" [").append(point.source()).append("]\n");
        }
        for (Source source : answer.sources()) {
            sb.append(renderSource(source)).append('\n');
        }
        return sb.toString().stripTrailing();
    }

    static String renderPoint(Point point) {
        Optional<Speaker> speaker = point.speaker();
        if (point.kind() == Point.Kind.QUOTE) {
            String lead = speaker.map(s -> s.introducing(point.cue()) + ":\n  ")
                    .orElse("");
            return lead + "“" + point.text() + "”";
        }
        if (speaker.isEmpty() || point.textNamesSpeaker()) {
            return point.text();
        }
        return "According to " + speaker.get().describe() + ": " + point.text();
    }

    static String renderSource(Source source) {
        StringBuilder sb = new StringBuilder("[").append(source.n()).append("] ").append(source.title());
        String byline = String.join(", ", nonEmpty(source.outlet(), source.author(), source.published().toString()));
        if (!byline.isEmpty()) {
            sb.append(" — ").append(byline);
        }
        if (!source.url().isEmpty()) {
            sb.append(" <").append(source.url()).append('>');
        }
        return sb.toString();
    }

    public static String renderQuotes(String name, List<QuoteRecord> quotes) {
        if (quotes.isEmpty()) {
            return "The library quotes no one called " + name + ".";
        }
        StringBuilder sb = new StringBuilder();
        for (QuoteRecord q : quotes) {
            sb.append("• ").append(q.speaker().describe()).append(":\n  ")
                    .append(q.direct() ? "“" + q.text() + "”" : q.text()).append('\n')
                    .append("  — ").append(renderSource(q.source()).substring(4)).append('\n');
        }
        return sb.toString().stripTrailing();
    }

    private static List<String> nonEmpty(String... parts) {
        return java.util.Arrays.stream(parts).filter(p -> !p.isBlank()).toList();
    }
}
