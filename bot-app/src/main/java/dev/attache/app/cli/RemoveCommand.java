package dev.attache.app.cli;

import dev.attache.app.LibraryOptions;
import dev.attache.app.OutcomeText;
import dev.attache.core.Attache;
import dev.attache.core.ops.Caller;
import dev.attache.core.ops.Platform;
import dev.attache.core.ops.RemoveOutcome;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove an article by its id (see `attache list`).")
public final class RemoveCommand implements Callable<Integer> {

    @Mixin
    LibraryOptions library;

    @Parameters(paramLabel = "ID", description = "The article id.")
    String id;

    @Override
    public Integer call() throws Exception {
        try (Attache attache = library.open()) {
            RemoveOutcome outcome = attache.remove(Caller.local(Platform.CLI), id);
            System.out.println(OutcomeText.of(outcome));
            return outcome instanceof RemoveOutcome.Removed ? 0 : 1;
        }
    }
}
