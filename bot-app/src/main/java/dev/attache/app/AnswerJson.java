package dev.attache.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.attache.core.answer.Answer;
import dev.attache.core.answer.Point;
import dev.attache.core.answer.RankedPassage;
import dev.attache.core.answer.Source;
import dev.attache.core.attribution.Speaker;

/**
 * The stable JSON form of an answer, as documented in the README:
 * {@code {question, status, points, sources, passages, post_without_holder, took_ms}}. Unknown values are null.
 */
public final class AnswerJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private AnswerJson() {
    }

    public static ObjectNode toJson(Answer answer) {
        ObjectNode root = JSON.createObjectNode();
        root.put("question", answer.question());
        root.put("status", answer.answered() ? "answered" : "no_answer");
        ArrayNode points = root.putArray("points");
        for (Point p : answer.points()) {
            ObjectNode point = points.addObject();
            point.put("text", p.text());
            point.put("kind", p.kind() == Point.Kind.QUOTE ? "quote" : "statement");
            if (p.speaker().isPresent()) {
                Speaker s = p.speaker().get();
                ObjectNode speaker = point.putObject("speaker");
                speaker.put("name", s.name());
                putOrNull(speaker, "role", s.role());
                putOrNull(speaker, "organization", s.organization());
            } else {
                point.putNull("speaker");
            }
            point.put("source", p.source());
            point.put("passage_id", p.passageId());
        }
        ArrayNode sources = root.putArray("sources");
        for (Source s : answer.sources()) {
            ObjectNode source = sources.addObject();
            source.put("n", s.n());
            source.put("article_id", s.articleId());
            putOrNull(source, "title", s.title());
            putOrNull(source, "outlet", s.outlet());
            putOrNull(source, "author", s.author());
            putOrNull(source, "published", s.published().toString());
            putOrNull(source, "url", s.url());
        }
        ArrayNode passages = root.putArray("passages");
        for (RankedPassage p : answer.passages()) {
            ObjectNode passage = passages.addObject();
            passage.put("passage_id", p.passageId());
            passage.put("article_id", p.articleId());
            passage.put("score", p.score());
            p.similarity().ifPresent(similarity -> passage.put("similarity", similarity));
            passage.put("text", p.text());
        }
        putOrNull(root, "post_without_holder", answer.postWithoutHolder().orElse(null));
        root.put("took_ms", answer.tookMs());
        return root;
    }

    public static String toLine(Answer answer) {
        return toJson(answer).toString();
    }

    private static void putOrNull(ObjectNode node, String field, String value) {
        if (value == null || value.isEmpty()) {
            node.putNull(field);
        } else {
            node.put(field, value);
        }
    }
}
