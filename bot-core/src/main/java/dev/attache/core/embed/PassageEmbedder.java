package dev.attache.core.embed;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * Turns text into dense vectors with the bundled, quantized all-MiniLM-L6-v2 model (ONNX, runs
 * offline, nothing is downloaded): 384 dimensions, unit length, so a dot product is the cosine.
 * Thread-safe; loading the model takes about a second, so one instance serves the whole process.
 */
public final class PassageEmbedder {

    public static final int DIMENSIONS = 384;

    private final AllMiniLmL6V2QuantizedEmbeddingModel model;

    /** @param executor runs the texts of one {@link #embedAll} call in parallel */
    public PassageEmbedder(Executor executor) {
        // DJL, under the tokenizer, must use the native library in its jar and never fetch one.
        System.setProperty("ai.djl.offline", "true");
        this.model = new AllMiniLmL6V2QuantizedEmbeddingModel(executor);
    }

    /** The vector of one text (a question, typically). */
    public float[] embed(String text) {
        return model.embed(text).content().vector();
    }

    /** The vectors of several texts, in their order. */
    public List<float[]> embedAll(List<String> texts) {
        List<TextSegment> segments = texts.stream().map(TextSegment::from).toList();
        return model.embedAll(segments).content().stream().map(e -> e.vector()).toList();
    }
}
