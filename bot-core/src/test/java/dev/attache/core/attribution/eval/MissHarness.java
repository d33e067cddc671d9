package dev.attache.core.attribution.eval;

import dev.attache.core.attribution.ArticleContext;
import dev.attache.core.attribution.Attribution;
import dev.attache.core.attribution.AttributionExtractor;
import dev.attache.core.attribution.DirectQuoteRule;
import dev.attache.core.attribution.Span;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Development aid, not a test: prints the gold relations the extractor misses (and its false
 * positives) on a PolNeAR folder, one block per case, so that misses can be studied by pattern.
 * Usage: {@code java -cp … MissHarness DIR [direct|all] [miss|fp|both]}.
 */
public final class MissHarness {

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        boolean directOnly = args.length > 1 && args[1].equals("direct");
        String mode = args.length > 2 ? args[2] : "miss";
        AttributionExtractor ex = new AttributionExtractor();
        for (PolnearEvaluator.Article a : PolnearEvaluator.articles(dir)) {
            String text = Files.readString(a.text(), StandardCharsets.UTF_8);
            List<GoldAttribution> gold = BratAnnotations.read(a.gold());
            List<Attribution> sys = ex.extract(text, ArticleContext.none());
            List<Attribution> allSys = sys;
            if (directOnly) {
                gold = gold.stream().filter(g -> DirectQuoteRule.isDirect(text, g.content())).toList();
                sys = sys.stream().filter(Attribution::direct).toList();
            }
            int[] gMatch = new int[gold.size()];
            int[] sMatch = new int[sys.size()];
            java.util.Arrays.fill(gMatch, -1);
            java.util.Arrays.fill(sMatch, -1);
            record Pair(int s, int g, boolean right, int ov) { }
            List<Pair> pairs = new ArrayList<>();
            for (int s = 0; s < sys.size(); s++) {
                for (int g = 0; g < gold.size(); g++) {
                    int ov = 0;
                    for (Span seg : gold.get(g).content()) {
                        ov += sys.get(s).content().overlap(seg);
                    }
                    int shorter = Math.min(sys.get(s).content().length(), gold.get(g).contentLength());
                    if (ov == 0 || 2L * ov < shorter) {
                        continue;
                    }
                    pairs.add(new Pair(s, g, PolnearEvaluator.sourceRight(sys.get(s).source(), gold.get(g).source()), ov));
                }
            }
            pairs.sort((x, y) -> x.right != y.right ? (x.right ? -1 : 1) : Integer.compare(y.ov, x.ov));
            boolean[] right = new boolean[gold.size()];
            for (Pair p : pairs) {
                if (gMatch[p.g] >= 0 || sMatch[p.s] >= 0) {
                    continue;
                }
                gMatch[p.g] = p.s;
                sMatch[p.s] = p.g;
                right[p.g] = p.right;
            }
            if (!mode.equals("fp")) {
                for (int g = 0; g < gold.size(); g++) {
                    if (right[g]) {
                        continue;
                    }
                    GoldAttribution ga = gold.get(g);
                    StringBuilder sb = new StringBuilder();
                    sb.append("=== MISS ").append(a.name()).append(gMatch[g] >= 0 ? " [wrong source]" : " [no match]").append('\n');
                    sb.append("  src: ").append(join(text, ga.source())).append("  | cue: ").append(join(text, ga.cue())).append('\n');
                    sb.append("  content: ").append(clip(join(text, ga.content()))).append('\n');
                    if (gMatch[g] >= 0) {
                        Attribution s = sys.get(gMatch[g]);
                        sb.append("  sys src: ").append(s.source().map(x -> x.of(text)).orElse("-"))
                                .append("  sys content: ").append(clip(s.content().of(text))).append('\n');
                    }
                    if (gMatch[g] < 0) {
                        for (Attribution s : allSys) {
                            for (Span seg : ga.content()) {
                                if (s.content().overlaps(seg)) {
                                    sb.append("  near: ").append(s.direct() ? "D " : "I ").append(s.source().map(x -> x.of(text)).orElse("-"))
                                            .append(" | ").append(clip(s.content().of(text))).append('\n');
                                    break;
                                }
                            }
                        }
                    }
                    sb.append("  ctx: ").append(context(text, ga)).append('\n');
                    System.out.print(sb);
                }
            }
            if (!mode.equals("miss")) {
                for (int s = 0; s < sys.size(); s++) {
                    if (sMatch[s] >= 0) {
                        continue;
                    }
                    Attribution at = sys.get(s);
                    System.out.println("=== FP " + a.name() + "\n  sys src: " + at.source().map(x -> x.of(text)).orElse("-")
                            + " | cue: " + at.cue().map(x -> x.of(text)).orElse("-") + "\n  content: " + clip(at.content().of(text))
                            + "\n  ctx: " + clip(text.substring(Math.max(0, at.content().start() - 150),
                            Math.min(text.length(), at.content().end() + 100))).replace('\n', ' '));
                }
            }
        }
    }

    private static String join(String text, List<Span> spans) {
        StringBuilder sb = new StringBuilder();
        for (Span s : spans) {
            if (sb.length() > 0) {
                sb.append(" … ");
            }
            sb.append(s.of(text));
        }
        return sb.toString().replace('\n', ' ');
    }

    private static String clip(String s) {
        s = s.replace('\n', ' ');
        return s.length() > 300 ? s.substring(0, 150) + " … " + s.substring(s.length() - 140) : s;
    }

    private static String context(String text, GoldAttribution g) {
        int lo = g.content().getFirst().start();
        int hi = g.content().getLast().end();
        for (Span s : g.source()) {
            lo = Math.min(lo, s.start());
            hi = Math.max(hi, s.end());
        }
        for (Span s : g.cue()) {
            lo = Math.min(lo, s.start());
            hi = Math.max(hi, s.end());
        }
        lo = Math.max(0, lo - 80);
        hi = Math.min(text.length(), hi + 40);
        return clip(text.substring(lo, hi));
    }
}
