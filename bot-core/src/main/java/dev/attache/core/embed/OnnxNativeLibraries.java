package dev.attache.core.embed;

import ai.onnxruntime.OrtEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps ONNX Runtime's native libraries in one cache directory per version and platform, and points
 * ONNX Runtime at it ({@value #PATH_PROPERTY}). Left to itself, ONNX Runtime copies its 16 MB of
 * libraries into a new directory under /tmp at every start and deletes them only at a normal exit:
 * each process that is killed or crashes leaves 16 MB behind, and a normal exit still leaves the
 * empty directory. An operator who sets {@value #PATH_PROPERTY} keeps their own choice.
 */
final class OnnxNativeLibraries {

    static final String PATH_PROPERTY = "onnxruntime.native.path";
    private static final List<String> LIBRARIES = List.of("onnxruntime", "onnxruntime4j_jni");
    private static final Logger log = LoggerFactory.getLogger(OnnxNativeLibraries.class);

    private OnnxNativeLibraries() {
    }

    /** Sets {@value #PATH_PROPERTY} to the cached libraries, extracting them first if needed. */
    static synchronized void useCache() {
        if (System.getProperty(PATH_PROPERTY) != null) {
            return;
        }
        Optional<Path> root = cacheRoot();
        String version = OrtEnvironment.class.getPackage().getImplementationVersion();
        Optional<String> platform = platform();
        if (root.isEmpty() || version == null || platform.isEmpty()) {
            return; // ONNX Runtime falls back to its own temporary copy
        }
        Path directory = root.get().resolve("onnxruntime-" + version + "-" + platform.get());
        try {
            extract(platform.get(), directory);
            System.setProperty(PATH_PROPERTY, directory.toString());
        } catch (IOException e) {
            log.warn("ONNX Runtime's native libraries could not be cached in {} ({}); it will copy them to a "
                    + "temporary directory instead", directory, e.toString());
        }
    }

    /**
     * Copies each library of {@code platform} that {@code directory} lacks from the classpath. A library
     * is written under a temporary name and then renamed, so a process never loads a half-written file,
     * even when several start at once.
     */
    static void extract(String platform, Path directory) throws IOException {
        Files.createDirectories(directory);
        for (String library : LIBRARIES) {
            String file = System.mapLibraryName(library);
            Path target = directory.resolve(file);
            if (Files.isRegularFile(target)) {
                continue;
            }
            String resource = "/ai/onnxruntime/native/" + platform + "/" + file;
            try (InputStream in = OrtEnvironment.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IOException("ONNX Runtime's jar has no " + resource);
                }
                Path partial = Files.createTempFile(directory, file, ".partial");
                try {
                    Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
                    Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } finally {
                    Files.deleteIfExists(partial);
                }
            }
        }
    }

    /** $XDG_CACHE_HOME/attache, else ~/.cache/attache; empty when neither is known. */
    private static Optional<Path> cacheRoot() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Optional.of(Path.of(xdg, "attache"));
        }
        String home = System.getProperty("user.home");
        return home == null || home.isBlank() ? Optional.empty() : Optional.of(Path.of(home, ".cache", "attache"));
    }

    /** The platform folder of ONNX Runtime's jar for this machine, as ONNX Runtime names it. */
    static Optional<String> platform() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        String osName = os.contains("linux") ? "linux" : os.contains("mac") || os.contains("darwin") ? "osx"
                : os.contains("win") ? "win" : null;
        String archName = arch.equals("amd64") || arch.equals("x86_64") ? "x64"
                : arch.equals("aarch64") || arch.equals("arm64") ? "aarch64" : null;
        return osName == null || archName == null ? Optional.empty() : Optional.of(osName + "-" + archName);
    }
}
