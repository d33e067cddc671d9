package dev.attache.app;

import dev.attache.app.cli.AddCommand;
import dev.attache.app.cli.AskCommand;
import dev.attache.app.cli.BenchCommand;
import dev.attache.app.cli.ChatCommand;
import dev.attache.app.cli.CompactCommand;
import dev.attache.app.cli.EvalCommand;
import dev.attache.app.cli.ImportCommand;
import dev.attache.app.cli.ListCommand;
import dev.attache.app.cli.ReattributeCommand;
import dev.attache.app.cli.RemoveCommand;
import dev.attache.app.cli.ServeCommand;
import dev.attache.app.cli.StatsCommand;
import dev.attache.app.cli.WhoCommand;
import dev.attache.app.eval.AttributionsCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code attache} command line: the console chat, library management, one-off questions. */
@Command(name = "attache", mixinStandardHelpOptions = true, version = "Attaché 0.1.0",
        description = "Answers policy questions from a curated library of articles, with attribution.",
        subcommands = {ChatCommand.class, AskCommand.class, ImportCommand.class, AddCommand.class,
                RemoveCommand.class, CompactCommand.class, ReattributeCommand.class, ListCommand.class,
                StatsCommand.class, WhoCommand.class, ServeCommand.class, AttributionsCommand.class, EvalCommand.class,
                BenchCommand.class})
public final class Main {

    /** Lucene reports its vector set-up through java.util.logging at INFO: not news for a user. Held so it is not collected. */
    private static final java.util.logging.Logger LUCENE_LOG = java.util.logging.Logger.getLogger("org.apache.lucene");

    public static void main(String[] args) {
        LUCENE_LOG.setLevel(java.util.logging.Level.WARNING);
        System.exit(commandLine().execute(args));
    }

    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("attache: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            return 1;
        });
        return cli;
    }
}
