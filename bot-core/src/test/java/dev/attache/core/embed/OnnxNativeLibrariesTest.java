package dev.attache.core.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.onnxruntime.OrtEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OnnxNativeLibrariesTest {

    @TempDir
    Path dir;

    @Test
    void extractsEachLibraryOnceAndCompletely() throws IOException {
        String platform = OnnxNativeLibraries.platform().orElseThrow();
        Path cache = dir.resolve("onnxruntime-test");

        OnnxNativeLibraries.extract(platform, cache);

        for (String library : new String[] {"onnxruntime", "onnxruntime4j_jni"}) {
            String file = System.mapLibraryName(library);
            assertThat(Files.size(cache.resolve(file))).isEqualTo(resourceSize(platform, file));
        }
        try (Stream<Path> files = Files.list(cache)) {
            assertThat(files).hasSize(2); // no partial copy left behind
        }

        Path library = cache.resolve(System.mapLibraryName("onnxruntime"));
        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(library, old);
        OnnxNativeLibraries.extract(platform, cache);
        assertThat(Files.getLastModifiedTime(library)).isEqualTo(old);
    }

    @Test
    void aPlatformTheJarLacksIsAClearError() {
        assertThatThrownBy(() -> OnnxNativeLibraries.extract("plan9-x64", dir))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("/ai/onnxruntime/native/plan9-x64/");
    }

    @Test
    void theModelLoadsFromTheCache() {
        float[] vector = new PassageEmbedder(Runnable::run).embedQuery("Who leads the talks?");

        assertThat(vector).hasSize(PassageEmbedder.DIMENSIONS);
        Path cached = Path.of(System.getProperty(OnnxNativeLibraries.PATH_PROPERTY));
        assertThat(cached.resolve(System.mapLibraryName("onnxruntime4j_jni"))).isRegularFile();
    }

    private static long resourceSize(String platform, String file) throws IOException {
        try (InputStream in = OrtEnvironment.class.getResourceAsStream("/ai/onnxruntime/native/" + platform + "/" + file)) {
            return in.transferTo(OutputStream.nullOutputStream());
        }
    }
}
