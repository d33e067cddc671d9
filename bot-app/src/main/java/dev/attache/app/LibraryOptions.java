package dev.attache.app;

import dev.attache.core.Attache;
import dev.attache.core.AttacheConfig;
import dev.attache.core.embed.DenseMode;
import dev.attache.core.ops.Operators;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --data DIR} option every command shares, and opening the library it names. */
public final class LibraryOptions {

    @Option(names = "--data", paramLabel = "DIR",
            description = "The library's data directory (default: $ATTACHE_DATA, else ~/.attache). The index is DIR/index.")
    Path data;

    public Path dataDir() {
        return data != null ? data : AppEnvironment.fromSystem().defaultDataDir();
    }

    /** Opens the library for a command that does not search it (list, stats, add, remove, compact, who). */
    public Attache open() throws IOException {
        return Attache.open(config(DenseMode.OFF));
    }

    /** Opens the library for one-shot questions: hybrid search with the vectors it has. */
    public Attache openForSearch() throws IOException {
        return Attache.open(config(DenseMode.SEARCH));
    }

    /** Opens the library for a long-running process (chat, import): hybrid search, and embedding in the background. */
    public Attache openForService() throws IOException {
        return Attache.open(config(DenseMode.SEARCH_AND_EMBED));
    }

    /** Opens the library for the bots: their operators, metrics going to {@code meters}, embedding in the background. */
    public Attache openForService(Operators operators, MeterRegistry meters) throws IOException {
        return Attache.open(config(DenseMode.SEARCH_AND_EMBED).withOperators(operators).withMeters(meters));
    }

    /** The core configuration, with {@code dense} unless {@code ATTACHE_DENSE=off} turns vectors off. */
    private AttacheConfig config(DenseMode dense) {
        AppEnvironment env = AppEnvironment.fromSystem();
        return env.coreConfig(dataDir()).withDense(env.denseOn() ? dense : DenseMode.OFF);
    }
}
