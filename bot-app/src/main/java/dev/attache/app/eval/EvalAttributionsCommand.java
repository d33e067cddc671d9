package dev.attache.app.eval;

import dev.attache.core.attribution.eval.EvalReport;
import dev.attache.core.attribution.eval.PolnearEvaluator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code attache eval attributions DIR}: scores the attribution engine on a PolNeAR-format folder
 * and prints precision, recall and F1 of (content, source) pairs, for direct quotes and for all
 * attributions, with the article count and the extraction time per article.
 */
@Command(name = "attributions",
        description = {"Score the attribution engine on a PolNeAR-format folder (text/*.txt and attributions/*.ann "
                + "brat files; where an article has several annotators' files, the first by name is the gold).",
                "Prints precision, recall and F1 of (content, source) pairs for direct quotes and for all "
                        + "attributions, the number of articles and milliseconds per article.",
                "A system attribution matches a gold one when their contents overlap by at least half of the shorter; "
                        + "its source is right when its span overlaps the gold source (or neither has one); "
                        + "matching is one to one."},
        mixinStandardHelpOptions = true)
public final class EvalAttributionsCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR",
            description = "A PolNeAR-format folder, e.g. ../shared/data/eval/polnear/dev")
    Path dir;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (!Files.isDirectory(dir.resolve("text")) || !Files.isDirectory(dir.resolve("attributions"))) {
            spec.commandLine().getErr().println("not a PolNeAR folder (needs text/ and attributions/): " + dir);
            return 2;
        }
        PolnearEvaluator evaluator = new PolnearEvaluator();
        EvalReport report = evaluator.evaluate(dir);
        out.println(report.describe());
        out.flush();
        return 0;
    }
}
