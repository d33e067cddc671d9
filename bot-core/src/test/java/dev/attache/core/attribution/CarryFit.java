package dev.attache.core.attribution;

import dev.attache.core.attribution.eval.BratAnnotations;
import dev.attache.core.attribution.eval.GoldAttribution;
import dev.attache.core.attribution.eval.PolnearEvaluator;
import dev.attache.core.attribution.eval.Scores;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Development aid, not a test: fits a learned "carry the speaker on" decision on a PolNeAR folder (train only).
 * Every case {@link CarryCases#cases} finds is labelled by what adding its proposed attribution alone would do
 * to the direct-quote score (a true positive more, or a false one); a logistic model with a small L2 penalty is
 * fitted to those labels by Newton's method, per kind of case. Printed: the weights, the direct and all F1 that
 * the accepted cases would give for a range of thresholds (in-sample), and the same for weights fitted on the
 * other half of the articles (two-fold, even / odd), which is the figure to trust.
 * Usage: {@code CarryFit DIR [cases]} ("cases" also prints every case with its score, label and context).
 */
public final class CarryFit {

    private CarryFit() {
    }

    record Row(int article, int kind, double[] x, int directGain, int allGain, boolean direct, String show) {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        boolean show = args.length > 1 && args[1].equals("cases");
        List<Row> rows = new ArrayList<>();
        Scores direct = new Scores(0, 0, 0);
        Scores all = new Scores(0, 0, 0);
        int articleIndex = -1;
        for (PolnearEvaluator.Article a : PolnearEvaluator.articles(dir)) {
            articleIndex++;
            String text = Files.readString(a.text(), StandardCharsets.UTF_8);
            List<GoldAttribution> gold = BratAnnotations.read(a.gold());
            List<GoldAttribution> goldDirect = gold.stream().filter(g -> DirectQuoteRule.isDirect(text, g.content())).toList();
            TextModel m = new TextModel(text);
            List<CandidateAttribution> raws = AttributionExtractor.candidates(m, ArticleContext.none());
            List<CarryCases.Case> cases = CarryCases.cases(m, raws);
            List<Attribution> base = AttributionExtractor.resolve(m, ArticleContext.none(), raws);
            List<Attribution> baseDirect = base.stream().filter(Attribution::direct).toList();
            Scores d0 = PolnearEvaluator.score(baseDirect, goldDirect);
            Scores a0 = PolnearEvaluator.score(base, gold);
            direct = direct.plus(d0);
            all = all.plus(a0);
            for (CarryCases.Case c : cases) {
                CandidateAttribution r = CarryCases.carried(m, c);
                Span content = new Span(r.cs, r.ce);
                boolean isDirect = AttributionExtractor.isDirect(m, content);
                Attribution item = new Attribution(content, Optional.of(new Span(m.start[r.sf], m.end[r.st])),
                        r.cf >= 0 ? Optional.of(new Span(m.start[r.cf], m.end[r.ct])) : Optional.empty(), Optional.empty(), isDirect);
                List<Attribution> withAll = new ArrayList<>(base);
                withAll.add(item);
                int allGain = PolnearEvaluator.score(withAll, gold).truePositives() - a0.truePositives();
                int directGain = 0;
                if (isDirect) {
                    List<Attribution> withDirect = new ArrayList<>(baseDirect);
                    withDirect.add(item);
                    directGain = PolnearEvaluator.score(withDirect, goldDirect).truePositives() - d0.truePositives();
                }
                String ctx = show ? a.name() + " | src: " + item.source().get().of(text) + " | "
                        + text.substring(Math.max(0, r.cs - 200), Math.min(text.length(), r.ce)).replace('\n', ' ') : "";
                rows.add(new Row(articleIndex, c.kind(), c.features(), directGain, allGain, isDirect, ctx));
            }
        }
        System.out.printf(Locale.ROOT, "base: direct %s%n      all %s%n", direct, all);
        for (int kind = CarryCases.OPENING; kind <= CarryCases.INSIDE; kind++) {
            int k = kind;
            report(rows.stream().filter(r -> r.kind() == k).toList(),
                    kind == CarryCases.OPENING ? CarryCases.FEATURES : CarryCases.INSIDE_FEATURES,
                    kind == CarryCases.OPENING ? "opening" : "inside", direct, all, show);
        }
    }

    private static void report(List<Row> rows, List<String> names, String kind, Scores direct, Scores all, boolean show) {
        int n = rows.size();
        long directRows = rows.stream().filter(Row::direct).count();
        long right = rows.stream().filter(r -> r.directGain() > 0).count();
        System.out.printf(Locale.ROOT, "%s cases %d, direct %d, right %d%n", kind, n, directRows, right);
        if (n == 0) {
            return;
        }
        double[] w = fit(rows, 1.0);
        if (show) {
            for (Row r : rows) {
                StringBuilder sb = new StringBuilder();
                for (double v : r.x()) {
                    sb.append(String.format(Locale.ROOT, "%.2f ", v));
                }
                System.out.printf(Locale.ROOT, "%s %s %5.2f %s| %s%n", kind, r.directGain() > 0 ? "+" : r.direct() ? "-" : "i",
                        dot(w, r.x()), sb, r.show());
            }
        }
        System.out.println("weights:");
        for (int i = 0; i < w.length; i++) {
            System.out.printf(Locale.ROOT, "  %-16s %8.3f%n", names.get(i), w[i]);
        }
        StringBuilder arr = new StringBuilder("{");
        for (int i = 0; i < w.length; i++) {
            arr.append(i > 0 ? ", " : "").append(String.format(Locale.ROOT, "%.3f", w[i]));
        }
        System.out.println(arr.append('}'));
        for (double th = -2; th <= 2.001; th += 0.25) {
            int tp = 0;
            int sys = 0;
            int allTp = 0;
            int allSys = 0;
            for (Row r : rows) {
                if (dot(w, r.x()) > th) {
                    tp += r.directGain();
                    sys += r.direct() ? 1 : 0;
                    allTp += r.allGain();
                    allSys++;
                }
            }
            Scores d = new Scores(direct.truePositives() + tp, direct.system() + sys, direct.gold());
            Scores al = new Scores(all.truePositives() + allTp, all.system() + allSys, all.gold());
            System.out.printf(Locale.ROOT, "threshold %5.2f: +%d right of %d direct -> direct F1 %.4f (%+.4f), all F1 %.4f (%+.4f)%n",
                    th, tp, sys, d.f1(), d.f1() - direct.f1(), al.f1(), al.f1() - all.f1());
        }
        // two-fold cross-validation by article (even / odd): the gain of weights fitted on the other half
        double[] w0 = fit(rows.stream().filter(r -> r.article() % 2 == 0).toList(), 1.0);
        double[] w1 = fit(rows.stream().filter(r -> r.article() % 2 == 1).toList(), 1.0);
        for (double th = -2; th <= 1.001; th += 0.25) {
            int tp = 0;
            int sys = 0;
            for (Row r : rows) {
                double[] wo = r.article() % 2 == 0 ? w1 : w0;
                if (dot(wo, r.x()) > th) {
                    tp += r.directGain();
                    sys += r.direct() ? 1 : 0;
                }
            }
            Scores d = new Scores(direct.truePositives() + tp, direct.system() + sys, direct.gold());
            System.out.printf(Locale.ROOT, "held-out threshold %5.2f: +%d right of %d direct -> direct F1 %.4f (%+.4f)%n",
                    th, tp, sys, d.f1(), d.f1() - direct.f1());
        }
    }

    static double dot(double[] w, double[] x) {
        double s = 0;
        for (int i = 0; i < w.length; i++) {
            s += w[i] * x[i];
        }
        return s;
    }

    /** L2-penalized logistic regression (the bias unpenalized) by Newton's method; label: a right direct quote. */
    static double[] fit(List<Row> rows, double lambda) {
        int d = rows.getFirst().x().length;
        double[] w = new double[d];
        for (int iter = 0; iter < 50; iter++) {
            double[] g = new double[d];
            double[][] h = new double[d][d];
            for (Row r : rows) {
                double p = 1 / (1 + Math.exp(-dot(w, r.x())));
                double y = r.directGain() > 0 ? 1 : 0;
                for (int i = 0; i < d; i++) {
                    g[i] += (p - y) * r.x()[i];
                    for (int j = 0; j < d; j++) {
                        h[i][j] += p * (1 - p) * r.x()[i] * r.x()[j];
                    }
                }
            }
            for (int i = 1; i < d; i++) {
                g[i] += lambda * w[i];
                h[i][i] += lambda;
            }
            h[0][0] += 1e-9;
            double[] step = solve(h, g);
            double change = 0;
            for (int i = 0; i < d; i++) {
                w[i] -= step[i];
                change += Math.abs(step[i]);
            }
            if (change < 1e-8) {
                break;
            }
        }
        return w;
    }

    /** Solves {@code a x = b} by Gaussian elimination with partial pivoting. */
    static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[][] m = new double[n][n + 1];
        for (int i = 0; i < n; i++) {
            System.arraycopy(a[i], 0, m[i], 0, n);
            m[i][n] = b[i];
        }
        for (int c = 0; c < n; c++) {
            int p = c;
            for (int r = c + 1; r < n; r++) {
                if (Math.abs(m[r][c]) > Math.abs(m[p][c])) {
                    p = r;
                }
            }
            double[] t = m[c];
            m[c] = m[p];
            m[p] = t;
            if (Math.abs(m[c][c]) < 1e-12) {
                continue;
            }
            for (int r = 0; r < n; r++) {
                if (r != c) {
                    double f = m[r][c] / m[c][c];
                    for (int k = c; k <= n; k++) {
                        m[r][k] -= f * m[c][k];
                    }
                }
            }
        }
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = Math.abs(m[i][i]) < 1e-12 ? 0 : m[i][n] / m[i][i];
        }
        return x;
    }
}
