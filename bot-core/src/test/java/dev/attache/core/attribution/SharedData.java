package dev.attache.core.attribution;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Locates the shared, third-party test data (never copied into the repository): the system
 * property {@code attache.shared.data} (set by surefire), else {@code ../shared/data} relative to
 * the repository root. Fails with a clear message when absent; tests never skip on it.
 */
public final class SharedData {

    private SharedData() {
    }

    public static Path root() {
        String prop = System.getProperty("attache.shared.data");
        Path p = prop != null && !prop.isBlank() && !prop.contains("${") ? Path.of(prop) : null;
        if (p == null || !Files.isDirectory(p)) {
            Path cwd = Path.of("").toAbsolutePath();
            for (Path dir = cwd; dir != null; dir = dir.getParent()) {
                if (Files.exists(dir.resolve("mvnw")) && Files.isDirectory(dir.resolve("../shared/data"))) {
                    p = dir.resolve("../shared/data").normalize();
                    break;
                }
            }
        }
        if (p == null || !Files.isDirectory(p)) {
            throw new IllegalStateException("shared test data not found: set -Dattache.shared.data=/path/to/shared/data "
                    + "or place it at ../shared/data next to the repository (property was: " + prop + ")");
        }
        return p;
    }

    public static Path resolve(String relative) {
        Path p = root().resolve(relative);
        if (!Files.exists(p)) {
            throw new IllegalStateException("shared test data missing: " + p);
        }
        return p;
    }
}
