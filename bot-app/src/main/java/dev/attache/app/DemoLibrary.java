package dev.attache.app;

import dev.attache.core.Attache;
import dev.attache.core.ops.AddOutcome;
import dev.attache.core.ops.AddRequest;
import dev.attache.core.ops.Caller;
import dev.attache.core.ops.Platform;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo library bundled with the application: a dozen short, fictional policy articles written
 * for this project (listed in {@code demo/index.txt}), loaded into an empty library so that a
 * newcomer can talk to the bot at once.
 */
public final class DemoLibrary {

    private static final String DIRECTORY = "demo/";

    private DemoLibrary() {
    }

    /** Adds every demo article; returns how many were added. */
    public static int loadInto(Attache attache) {
        int added = 0;
        for (String name : names()) {
            AddOutcome outcome = attache.add(Caller.local(Platform.CONSOLE), new AddRequest.FromFile(name, read(name)));
            if (outcome instanceof AddOutcome.Added) {
                added++;
            } else if (outcome instanceof AddOutcome.Rejected r) {
                throw new IllegalStateException("demo article " + name + " was rejected: " + r.reason());
            }
        }
        return added;
    }

    static List<String> names() {
        List<String> names = new ArrayList<>();
        for (String line : new String(read("index.txt"), StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank()) {
                names.add(line.strip());
            }
        }
        return names;
    }

    private static byte[] read(String name) {
        try (InputStream in = DemoLibrary.class.getClassLoader().getResourceAsStream(DIRECTORY + name)) {
            if (in == null) {
                throw new IllegalStateException("missing demo resource " + DIRECTORY + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
