package dev.attache.app.cli;

import dev.attache.app.eval.EvalAttributionsCommand;
import dev.attache.app.eval.EvalRetrievalCommand;
import picocli.CommandLine.Command;

/** {@code attache eval …}: quality measurements on evaluation sets. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Measure quality on an evaluation set (see docs/QUALITY.md).",
        subcommands = {EvalAttributionsCommand.class, EvalRetrievalCommand.class})
public final class EvalCommand {
}
