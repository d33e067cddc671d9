package dev.attache.app;

import dev.attache.core.Attache;
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

    public Attache open() throws IOException {
        return Attache.open(AppEnvironment.fromSystem().coreConfig(dataDir()));
    }

    /** Opens the library for the bots: their operators, and metrics going to {@code meters}. */
    public Attache open(Operators operators, MeterRegistry meters) throws IOException {
        return Attache.open(AppEnvironment.fromSystem().coreConfig(dataDir()).withOperators(operators).withMeters(meters));
    }
}
