package dev.attache.core;

import dev.attache.core.ops.FetchPolicy;
import dev.attache.core.ops.Limits;
import dev.attache.core.ops.Operators;
import java.nio.file.Path;

/**
 * Everything core needs to open a library: where its data lives, who its operators are, and
 * the limits on fetching and on input. The index lives in {@code dataDir/index}.
 */
public record AttacheConfig(Path dataDir, Operators operators, FetchPolicy fetch, Limits limits) {

    public static AttacheConfig at(Path dataDir) {
        return new AttacheConfig(dataDir, Operators.none(), FetchPolicy.defaults(), Limits.defaults());
    }

    public AttacheConfig withOperators(Operators operators) {
        return new AttacheConfig(dataDir, operators, fetch, limits);
    }

    public AttacheConfig withFetch(FetchPolicy fetch) {
        return new AttacheConfig(dataDir, operators, fetch, limits);
    }

    public AttacheConfig withLimits(Limits limits) {
        return new AttacheConfig(dataDir, operators, fetch, limits);
    }
}
