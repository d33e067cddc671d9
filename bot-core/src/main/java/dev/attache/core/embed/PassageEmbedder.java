package dev.attache.core.embed;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.e5smallv2q.E5SmallV2QuantizedEmbeddingModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * Turns text into dense vectors with the bundled, quantized e5-small-v2 model (ONNX, runs offline,
 * nothing is downloaded): 384 dimensions, unit length, so a dot product is the cosine. e5 was
 * trained with a "query: " or "passage: " prefix on every text, and retrieves well only with them,
 * so questions and passages go through their own method. Thread-safe; loading the model takes about
 * a second, so one instance serves the whole process.
 */
public final class PassageEmbedder {

    /**
     * Names the model, and what is embedded with it, in a library's commit, so that vectors of another
     * model are never mixed in. "+sentences": each passage's sentences have vectors too; a library
     * embedded before them is embedded again.
     */
    public static final String MODEL_NAME = "e5-small-v2-q+sentences";
    public static final int DIMENSIONS = 384;
    private static final String MODEL = "/e5-small-v2-q.onnx";
    private static final String TOKENIZER = "/e5-small-v2-q-tokenizer.json";

    private final Model model;

    /** @param executor runs the texts of one {@link #embedAll} call in parallel, one text per thread */
    public PassageEmbedder(Executor executor) {
        // DJL, under the tokenizer, must use the native library in its jar and never fetch one.
        System.setProperty("ai.djl.offline", "true");
        this.model = new Model(executor, load());
    }

    /**
     * The model with one ONNX thread per call, which does not spin while waiting for work: the
     * parallelism comes from the executor (texts are embedded one per call), and ONNX Runtime's
     * default spinning thread pool burns the cores that answers and imports need.
     */
    private static OnnxBertBiEncoder load() {
        OnnxNativeLibraries.useCache();
        Class<?> jar = E5SmallV2QuantizedEmbeddingModel.class;
        try (InputStream model = jar.getResourceAsStream(MODEL); InputStream tokenizer = jar.getResourceAsStream(TOKENIZER);
             OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            if (model == null || tokenizer == null) {
                throw new IllegalStateException("the embedding model is missing from the classpath: " + MODEL);
            }
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            OrtSession session = environment.createSession(model.readAllBytes(), options);
            return new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.MEAN);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the embedding model", e);
        } catch (OrtException e) {
            throw new IllegalStateException("could not load the embedding model", e);
        }
    }

    /** The vector of a question. */
    public float[] embedQuery(String question) {
        return model.embed("query: " + question).content().vector();
    }

    /** The vectors of several passages, in their order. */
    public List<float[]> embedPassages(List<String> passages) {
        List<TextSegment> segments = passages.stream().map(p -> TextSegment.from("passage: " + p)).toList();
        return model.embedAll(segments).content().stream().map(e -> e.vector()).toList();
    }

    /** langchain4j's in-process model around our own session. */
    private static final class Model extends AbstractInProcessEmbeddingModel {
        private final OnnxBertBiEncoder encoder;

        Model(Executor executor, OnnxBertBiEncoder encoder) {
            super(executor);
            this.encoder = encoder;
        }

        @Override
        protected OnnxBertBiEncoder model() {
            return encoder;
        }

        @Override
        protected Integer knownDimension() {
            return DIMENSIONS;
        }
    }
}
