package dev.attache.core.attribution.eval;

import java.nio.file.Path;

/** Development aid: prints the evaluator's report for each PolNeAR folder given. */
public final class QuickEval {
    public static void main(String[] args) {
        for (String d : args) {
            System.out.println(d + "\n" + new PolnearEvaluator().evaluate(Path.of(d)).describe());
        }
    }
}
