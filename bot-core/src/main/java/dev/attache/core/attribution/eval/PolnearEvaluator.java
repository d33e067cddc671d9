package dev.attache.core.attribution.eval;

import dev.attache.core.attribution.ArticleContext;
import dev.attache.core.attribution.Attribution;
import dev.attache.core.attribution.AttributionExtractor;
import dev.attache.core.attribution.DirectQuoteRule;
import dev.attache.core.attribution.Span;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Scores the {@link AttributionExtractor} on a PolNeAR-format folder ({@code text/*.txt} and
 * {@code attributions/*.ann}; where an article has several annotators' files, the first by file
 * name is the gold).
 *
 * <p>Matching rules. A system attribution matches a gold relation when their contents overlap by
 * at least half of the shorter of the two (gold content may be discontinuous; its length is the sum
 * of its segments). Matching is one to one, greedy: pairs whose source is right first, then by
 * larger overlap. A matched pair is a true positive when its source is right: the system source
 * span overlaps a gold source segment, or neither has a source. Precision is true positives over
 * system attributions, recall over gold relations. "Direct" scores repeat this on the gold relations
 * that {@link DirectQuoteRule} calls direct and the system attributions flagged direct.
 */
public final class PolnearEvaluator {

    private final AttributionExtractor extractor;

    public PolnearEvaluator(AttributionExtractor extractor) {
        this.extractor = extractor;
    }

    public PolnearEvaluator() {
        this(new AttributionExtractor());
    }

    /** Article base name to its text file and gold {@code .ann} file. */
    public record Article(String name, Path text, Path gold) {
    }

    /** Lists the articles of a folder that have both a text and at least one annotation file. */
    public static List<Article> articles(Path dir) {
        Path texts = dir.resolve("text");
        Path anns = dir.resolve("attributions");
        if (!Files.isDirectory(texts) || !Files.isDirectory(anns)) {
            throw new IllegalArgumentException("not a PolNeAR folder (needs text/ and attributions/): " + dir);
        }
        Map<String, Path> gold = new TreeMap<>();
        try (Stream<Path> files = Files.list(anns)) {
            for (Path p : files.sorted().toList()) {
                String f = p.getFileName().toString();
                if (!f.endsWith(".ann")) {
                    continue;
                }
                int us = f.lastIndexOf('_');
                String base = us > 0 ? f.substring(0, us) : f.substring(0, f.length() - 4);
                gold.putIfAbsent(base, p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Article> out = new ArrayList<>();
        for (Map.Entry<String, Path> e : gold.entrySet()) {
            Path text = texts.resolve(e.getKey() + ".txt");
            if (Files.isRegularFile(text)) {
                out.add(new Article(e.getKey(), text, e.getValue()));
            }
        }
        return out;
    }

    /** Scores every article of the folder. */
    public EvalReport evaluate(Path dir) {
        List<Article> articles = articles(dir);
        Scores direct = new Scores(0, 0, 0);
        Scores all = new Scores(0, 0, 0);
        double[] ms = new double[articles.size()];
        int i = 0;
        for (Article a : articles) {
            String text;
            List<GoldAttribution> gold;
            try {
                text = Files.readString(a.text(), StandardCharsets.UTF_8);
                gold = BratAnnotations.read(a.gold());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            long t0 = System.nanoTime();
            List<Attribution> system = extractor.extract(text, ArticleContext.none());
            ms[i++] = (System.nanoTime() - t0) / 1e6;
            all = all.plus(score(system, gold));
            List<Attribution> systemDirect = system.stream().filter(Attribution::direct).toList();
            List<GoldAttribution> goldDirect = gold.stream()
                    .filter(g -> DirectQuoteRule.isDirect(text, g.content())).toList();
            direct = direct.plus(score(systemDirect, goldDirect));
        }
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        double mean = Arrays.stream(ms).average().orElse(0);
        double median = sorted.length == 0 ? 0 : sorted[sorted.length / 2];
        double max = sorted.length == 0 ? 0 : sorted[sorted.length - 1];
        return new EvalReport(articles.size(), direct, all, mean, median, max);
    }

    /** Scores one article's system attributions against its gold relations. */
    public static Scores score(List<Attribution> system, List<GoldAttribution> gold) {
        record Pair(int s, int g, boolean sourceRight, int overlap) {
        }
        List<Pair> pairs = new ArrayList<>();
        for (int s = 0; s < system.size(); s++) {
            Attribution a = system.get(s);
            for (int g = 0; g < gold.size(); g++) {
                GoldAttribution ga = gold.get(g);
                int overlap = 0;
                for (Span seg : ga.content()) {
                    overlap += a.content().overlap(seg);
                }
                int shorter = Math.min(a.content().length(), ga.contentLength());
                if (overlap == 0 || 2L * overlap < shorter) {
                    continue;
                }
                pairs.add(new Pair(s, g, sourceRight(a.source(), ga.source()), overlap));
            }
        }
        pairs.sort((x, y) -> x.sourceRight != y.sourceRight ? (x.sourceRight ? -1 : 1)
                : Integer.compare(y.overlap, x.overlap));
        boolean[] usedS = new boolean[system.size()];
        boolean[] usedG = new boolean[gold.size()];
        int tp = 0;
        for (Pair p : pairs) {
            if (usedS[p.s] || usedG[p.g]) {
                continue;
            }
            usedS[p.s] = true;
            usedG[p.g] = true;
            if (p.sourceRight) {
                tp++;
            }
        }
        return new Scores(tp, system.size(), gold.size());
    }

    static boolean sourceRight(Optional<Span> system, List<Span> gold) {
        if (system.isEmpty()) {
            return gold.isEmpty();
        }
        for (Span g : gold) {
            if (system.get().overlaps(g)) {
                return true;
            }
        }
        return false;
    }
}
