package dev.attache.app.cli;

import dev.attache.app.LibraryOptions;
import dev.attache.core.Attache;
import dev.attache.core.index.Compaction;
import dev.attache.core.ops.Caller;
import dev.attache.core.ops.Platform;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "compact", mixinStandardHelpOptions = true,
        description = {"Merge the library's index into one segment. Answers cost about a tenth less afterwards on a",
                "library left in several segments; the merge rewrites the index once (seconds per hundred thousand",
                "passages). A large import (at least 10,000 passages and a quarter of the library) is compacted by",
                "itself, and so are its dense vectors once they are all computed (when merging them takes at most a",
                "quarter of the heap); this command is for the rest."})
public final class CompactCommand implements Callable<Integer> {

    @Mixin
    LibraryOptions library;

    @Override
    public Integer call() throws Exception {
        try (Attache attache = library.open()) {
            Compaction done = attache.compact(Caller.local(Platform.CLI));
            System.out.printf(Locale.ROOT, "Compacted: %d segments before, %d after (%.1f s).%n", done.segmentsBefore(),
                    done.segmentsAfter(), done.took().toMillis() / 1000.0);
            return 0;
        }
    }
}
