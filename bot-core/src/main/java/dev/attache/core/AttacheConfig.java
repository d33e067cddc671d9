package dev.attache.core;

import dev.attache.core.embed.DenseMode;
import dev.attache.core.ops.FetchPolicy;
import dev.attache.core.ops.Limits;
import dev.attache.core.ops.LoadLimits;
import dev.attache.core.ops.Operators;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;

/**
 * Everything core needs to open a library: where its data lives, who its operators are, the
 * limits on fetching and on input, the rate limits and concurrency bound on answering, the
 * Micrometer registry its metrics go to, and whether it searches and embeds dense vectors. The index lives in {@code dataDir/index}.
 */
public record AttacheConfig(Path dataDir, Operators operators, FetchPolicy fetch, Limits limits, LoadLimits load,
                            MeterRegistry meters, DenseMode dense) {

    /**
     * Defaults everywhere: no operators, default limits, metrics kept in memory only, and word
     * search only ({@link DenseMode#OFF}: the embedding model is loaded only when asked for).
     */
    public static AttacheConfig at(Path dataDir) {
        return new AttacheConfig(dataDir, Operators.none(), FetchPolicy.defaults(), Limits.defaults(),
                LoadLimits.defaults(), new SimpleMeterRegistry(), DenseMode.OFF);
    }

    public AttacheConfig withDense(DenseMode dense) {
        return new AttacheConfig(dataDir, operators, fetch, limits, load, meters, dense);
    }

    public AttacheConfig withOperators(Operators operators) {
        return new AttacheConfig(dataDir, operators, fetch, limits, load, meters, dense);
    }

    public AttacheConfig withFetch(FetchPolicy fetch) {
        return new AttacheConfig(dataDir, operators, fetch, limits, load, meters, dense);
    }

    public AttacheConfig withLimits(Limits limits) {
        return new AttacheConfig(dataDir, operators, fetch, limits, load, meters, dense);
    }

    public AttacheConfig withLoad(LoadLimits load) {
        return new AttacheConfig(dataDir, operators, fetch, limits, load, meters, dense);
    }

    public AttacheConfig withMeters(MeterRegistry meters) {
        return new AttacheConfig(dataDir, operators, fetch, limits, load, meters, dense);
    }
}
