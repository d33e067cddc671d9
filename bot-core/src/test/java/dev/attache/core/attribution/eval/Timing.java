package dev.attache.core.attribution.eval;

import dev.attache.core.attribution.ArticleContext;
import dev.attache.core.attribution.AttributionExtractor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Development aid: mean extraction time (wall and thread CPU) per article over a PolNeAR folder, pass by pass,
 * then the best pass (the least disturbed by other load). Usage: {@code Timing DIR [PASSES]} (default 6).
 */
public final class Timing {
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();
    public static void main(String[] args) throws Exception {
        List<String> texts = new ArrayList<>();
        for (PolnearEvaluator.Article a : PolnearEvaluator.articles(Path.of(args[0]))) {
            texts.add(Files.readString(a.text()));
        }
        AttributionExtractor ex = new AttributionExtractor();
        int passes = args.length > 1 ? Integer.parseInt(args[1]) : 6;
        double bestCpu = Double.MAX_VALUE;
        for (int pass = 0; pass < passes; pass++) {
            long t0 = System.nanoTime();
            long c0 = CPU.getCurrentThreadCpuTime();
            for (String t : texts) {
                ex.extract(t, ArticleContext.none());
            }
            double cpu = (CPU.getCurrentThreadCpuTime() - c0) / 1e6 / texts.size();
            bestCpu = Math.min(bestCpu, cpu);
            System.out.printf("pass %d: %.3f ms/article wall, %.3f ms/article cpu%n", pass,
                    (System.nanoTime() - t0) / 1e6 / texts.size(), cpu);
        }
        System.out.printf("best pass: %.3f ms/article cpu%n", bestCpu);
    }
}
