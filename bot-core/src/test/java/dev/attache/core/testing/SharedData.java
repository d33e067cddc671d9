package dev.attache.core.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Locates the shared third-party test data ({@code ../shared/data}), read in place and never
 * copied into the repository. The directory comes from the system property
 * {@code attache.shared.data} (set by surefire), else {@code ../shared/data} relative to the
 * repository root; when it is absent, a test that needs it fails with a message saying where it
 * was looked for, never skips.
 */
public final class SharedData {

    public static final String PROPERTY = "attache.shared.data";

    private SharedData() {
    }

    /** The shared data directory; fails with a clear message when it is missing. */
    public static Path dir() {
        String configured = System.getProperty(PROPERTY);
        Path dir = configured != null && !configured.isBlank()
                ? Path.of(configured)
                : repositoryRoot().resolve("../shared/data");
        dir = dir.toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("Shared test data not found at " + dir + ". Tests read third-party data "
                    + "in place: put the shared data directory there (see DESIGN.md), or point the system property "
                    + PROPERTY + " at it.");
        }
        return dir;
    }

    /** A file under the shared data directory, e.g. {@code seed/asian-nato.txt}; fails clearly when missing. */
    public static Path file(String relative) {
        Path file = dir().resolve(relative);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("Shared test data file missing: " + file);
        }
        return file;
    }

    public static String text(String relative) {
        try {
            return Files.readString(file(relative), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The repository root: the nearest directory upwards from the working directory holding {@code mvnw}. */
    private static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.exists(p.resolve("mvnw"))) {
                return p;
            }
        }
        return dir;
    }
}
