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
import java.util.Set;
import java.util.function.Function;

/**
 * Development aid, not a test: fits a learned "end the content at this closing quotation mark" decision on a
 * PolNeAR folder (train only). A case is a closing mark inside a content with words after it in that content
 * ("X says he is “tied for second” with Y, in a finish …"); it is labelled by what cutting there alone does to the
 * direct and all-attribution F1 (the sign of the first-order change of both). A logistic model (L2, Newton's
 * method, as {@link CarryFit}) is fitted on the cases that change the score; every threshold is then applied
 * (the first case of a content above it cuts) and the articles are scored again exactly, in-sample and with
 * weights fitted on the other half of the articles (two-fold, even / odd).
 * Usage: {@code CutFit DIR [cases]} ("cases" also prints every case with its score, label and context).
 * Tried on branch {@code attr7} and not adopted: cutting helps in few cases on train and the model gains nothing
 * held out (see docs/QUALITY.md).
 */
public final class CutFit {

    private CutFit() {
    }

    static final List<String> FEATURES = List.of("bias", "comma", "commaIng", "commaClause", "commaCapital",
            "and", "preposition", "subordinator", "ing", "verb", "dash", "paren", "capital", "period",
            "punctInside", "logTail", "logPrefix", "logQuote", "startsWithQuote", "makesDirect", "isDirect",
            "cueBefore", "lastQuote", "cueInTail", "tailEndsSentence", "naming");

    private static final Set<String> PREPOSITIONS = Words.set("in", "on", "at", "with", "for", "to", "from", "by",
            "during", "over", "against", "about", "into", "of", "after", "before", "despite", "until", "since",
            "amid", "among", "through", "without", "under", "than");
    private static final Set<String> SUBORDINATORS = Words.set("who", "that", "which", "as", "because", "while",
            "when", "if", "whether", "where", "though", "although", "unless", "so", "even", "whose", "whom");
    private static final Set<String> NAMING = Words.set("called", "calls", "call", "dubbed", "termed", "labeled",
            "described", "describing", "branded", "calling");

    record Art(int index, TextModel m, List<CandidateAttribution> raws, List<GoldAttribution> gold,
               List<GoldAttribution> goldDirect, String name) {
    }

    record Case(Art art, CandidateAttribution r, int k, double[] x, double utility, String show) {
    }

    record Score(Scores direct, Scores all) {
    }

    static Score score(Art a) {
        List<Attribution> sys = AttributionExtractor.resolve(a.m(), ArticleContext.none(), a.raws());
        return new Score(PolnearEvaluator.score(sys.stream().filter(Attribution::direct).toList(), a.goldDirect()),
                PolnearEvaluator.score(sys, a.gold()));
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        boolean show = args.length > 1 && args[1].equals("cases");
        List<Art> arts = new ArrayList<>();
        int idx = 0;
        Scores direct = new Scores(0, 0, 0);
        Scores all = new Scores(0, 0, 0);
        List<Score> base = new ArrayList<>();
        for (PolnearEvaluator.Article a : PolnearEvaluator.articles(dir)) {
            String text = Files.readString(a.text(), StandardCharsets.UTF_8);
            List<GoldAttribution> gold = BratAnnotations.read(a.gold());
            List<GoldAttribution> goldDirect = gold.stream().filter(g -> DirectQuoteRule.isDirect(text, g.content())).toList();
            TextModel m = new TextModel(text);
            Art art = new Art(idx++, m, AttributionExtractor.candidates(m, ArticleContext.none()), gold, goldDirect, a.name());
            arts.add(art);
            Score s = score(art);
            base.add(s);
            direct = direct.plus(s.direct());
            all = all.plus(s.all());
        }
        double dDen = direct.system() + direct.gold();
        double aDen = all.system() + all.gold();
        List<Case> cases = new ArrayList<>();
        for (Art art : arts) {
            Score s0 = base.get(art.index());
            TextModel m = art.m();
            for (CandidateAttribution r : art.raws()) {
                if (r.nested || r.ce <= r.cs) {
                    continue;
                }
                for (int k : cutPoints(m, r)) {
                    int ce = r.ce;
                    int q = r.quotation;
                    double[] x = features(m, r, k);
                    r.ce = m.end[k];
                    r.quotation = m.quote[k];
                    Score s1 = score(art);
                    r.ce = ce;
                    r.quotation = q;
                    double u = (2.0 * (s1.direct().truePositives() - s0.direct().truePositives())
                            - direct.f1() * (s1.direct().system() - s0.direct().system())) / dDen
                            + 2.0 * (s1.all().truePositives() - s0.all().truePositives()) / aDen;
                    String ctx = show ? art.name() + " | " + m.text.substring(r.cs, m.end[k]) + " ||| "
                            + m.text.substring(m.end[k], r.ce) : "";
                    cases.add(new Case(art, r, k, x, u, ctx.replace('\n', ' ')));
                }
            }
        }
        System.out.printf(Locale.ROOT, "base: direct %s%n      all %s%n", direct, all);
        long pos = cases.stream().filter(c -> c.utility() > 1e-12).count();
        long neg = cases.stream().filter(c -> c.utility() < -1e-12).count();
        System.out.printf(Locale.ROOT, "cases %d, cutting helps %d, hurts %d%n", cases.size(), pos, neg);
        for (int f = 1; f < FEATURES.size(); f++) {
            int fi = f;
            List<Case> on = cases.stream().filter(c -> c.x()[fi] > 0.5).toList();
            System.out.printf(Locale.ROOT, "  feature %-18s on %5d helps %4d hurts %4d%n", FEATURES.get(f), on.size(),
                    on.stream().filter(c -> c.utility() > 1e-12).count(), on.stream().filter(c -> c.utility() < -1e-12).count());
        }
        double[] w = fit(cases);
        if (show) {
            for (Case c : cases) {
                System.out.printf(Locale.ROOT, "%s %5.2f | %s%n", c.utility() > 1e-12 ? "+" : c.utility() < -1e-12 ? "-" : "0",
                        CarryFit.dot(w, c.x()), c.show());
            }
        }
        System.out.println("weights:");
        StringBuilder arr = new StringBuilder("{");
        for (int i = 0; i < w.length; i++) {
            System.out.printf(Locale.ROOT, "  %-18s %8.3f%n", FEATURES.get(i), w[i]);
            arr.append(i > 0 ? ", " : "").append(String.format(Locale.ROOT, "%.3f", w[i]));
        }
        System.out.println(arr.append('}'));
        double[] w0 = fit(cases.stream().filter(c -> c.art().index() % 2 == 0).toList());
        double[] w1 = fit(cases.stream().filter(c -> c.art().index() % 2 == 1).toList());
        for (double th = -1; th <= 3.001; th += 0.5) {
            apply("in-sample", arts, cases, c -> w, th, direct, all);
            apply("held-out ", arts, cases, c -> c.art().index() % 2 == 0 ? w1 : w0, th, direct, all);
        }
    }

    private static void apply(String label, List<Art> arts, List<Case> cases, Function<Case, double[]> weights, double th,
                              Scores direct, Scores all) {
        java.util.Map<CandidateAttribution, int[]> saved = new java.util.IdentityHashMap<>();
        java.util.Set<Art> touched = new java.util.HashSet<>();
        int cuts = 0;
        for (Case c : cases) {
            if (saved.containsKey(c.r())) {
                continue; // the first cut of a content above the threshold
            }
            if (CarryFit.dot(weights.apply(c), c.x()) > th) {
                saved.put(c.r(), new int[] {c.r().ce, c.r().quotation});
                c.r().ce = c.art().m().end[c.k()];
                c.r().quotation = c.art().m().quote[c.k()];
                touched.add(c.art());
                cuts++;
            }
        }
        Scores d = new Scores(0, 0, 0);
        Scores a = new Scores(0, 0, 0);
        for (Art art : arts) {
            Score s = score(art);
            d = d.plus(s.direct());
            a = a.plus(s.all());
        }
        saved.forEach((r, v) -> {
            r.ce = v[0];
            r.quotation = v[1];
        });
        System.out.printf(Locale.ROOT, "%s threshold %5.2f: %d cuts -> direct F1 %.4f (%+.4f), all F1 %.4f (%+.4f)%n",
                label, th, cuts, d.f1(), d.f1() - direct.f1(), a.f1(), a.f1() - all.f1());
    }

    static double[] fit(List<Case> cases) {
        return CarryFit.fit(cases.stream().filter(c -> Math.abs(c.utility()) > 1e-12)
                .map(c -> new CarryFit.Row(c.art().index(), 0, c.x(), c.utility() > 0 ? 1 : 0, 0, true, "")).toList(), 1.0);
    }

    /** The closing marks inside a content that have a word after them within it, in text order. */
    static List<Integer> cutPoints(TextModel m, CandidateAttribution r) {
        List<Integer> out = new ArrayList<>();
        int from = TokenSpans.firstToken(m, r.cs);
        int to = TokenSpans.firstToken(m, r.ce - 1);
        if (from < 0 || to < 0 || to - from > 400) {
            return out;
        }
        for (int k = from; k < to; k++) {
            if (!m.closesQuote(k)) {
                continue;
            }
            for (int n = k + 1; n <= to; n++) {
                if (m.kind[n] == TextModel.WORD) {
                    out.add(k);
                    break;
                }
            }
        }
        return out;
    }

    static double[] features(TextModel m, CandidateAttribution r, int k) {
        double[] x = new double[FEATURES.size()];
        int from = TokenSpans.firstToken(m, r.cs);
        int to = TokenSpans.firstToken(m, r.ce - 1);
        int n = k + 1;
        while (n < to && m.kind[n] == TextModel.PUNCT && m.quote[n] < 0 && !m.lower[n].equals(",")
                && !SignatureRule.isDash(m.lower[n]) && !m.lower[n].equals("(") && !m.lower[n].equals(".")) {
            n++;
        }
        String w = m.lower[n];
        int i = 0;
        x[i++] = 1;
        boolean comma = w.equals(",");
        x[i++] = comma ? 1 : 0;
        String w2 = n + 1 <= to ? m.lower[n + 1] : "";
        x[i++] = comma && w2.endsWith("ing") ? 1 : 0;
        x[i++] = comma && (ContentBoundaries.CLAUSE_AFTER_COMMA.contains(w2) || SUBORDINATORS.contains(w2)) ? 1 : 0;
        x[i++] = comma && n + 1 <= to && m.isCapitalized(n + 1) ? 1 : 0;
        x[i++] = w.equals("and") || w.equals("but") ? 1 : 0;
        x[i++] = PREPOSITIONS.contains(w) ? 1 : 0;
        x[i++] = SUBORDINATORS.contains(w) ? 1 : 0;
        x[i++] = m.kind[n] == TextModel.WORD && w.endsWith("ing") ? 1 : 0;
        x[i++] = CueLexicon.lemma(w) != null || w.endsWith("ed") ? 1 : 0;
        x[i++] = SignatureRule.isDash(w) ? 1 : 0;
        x[i++] = w.equals("(") ? 1 : 0;
        x[i++] = m.kind[n] == TextModel.WORD && m.isCapitalized(n) ? 1 : 0;
        x[i++] = w.equals(".") ? 1 : 0;
        String inside = k > 0 ? m.lower[k - 1] : "";
        x[i++] = inside.equals(",") || inside.equals(".") || inside.equals("?") || inside.equals("!") ? 1 : 0;
        Quotation q = m.quotations.get(m.quote[k]);
        x[i++] = Math.log(1 + words(m, m.end[k], r.ce));
        x[i++] = Math.log(1 + words(m, r.cs, q.start()));
        x[i++] = Math.log(1 + words(m, q.start(), q.end()));
        x[i++] = q.start() <= r.cs ? 1 : 0;
        boolean isDirect = AttributionExtractor.isDirect(m, new Span(r.cs, r.ce));
        x[i++] = !isDirect && AttributionExtractor.isDirect(m, new Span(r.cs, m.end[k])) ? 1 : 0;
        x[i++] = isDirect ? 1 : 0;
        x[i++] = r.cf >= 0 && m.start[r.cf] < r.cs ? 1 : 0;
        boolean last = true;
        boolean cue = false;
        for (int t = k + 1; t <= to; t++) {
            if (m.quote[t] >= 0) {
                last = false;
            } else if (m.kind[t] == TextModel.WORD && CueLexicon.lemma(m.lower[t]) != null) {
                cue = true;
            }
        }
        x[i++] = last ? 1 : 0;
        x[i++] = cue ? 1 : 0;
        int endTok = to;
        x[i++] = endTok + 1 >= m.size || m.sentence[endTok + 1] != m.sentence[endTok] ? 1 : 0;
        x[i++] = r.cf >= 0 && NAMING.contains(m.lower[r.cf]) ? 1 : 0;
        return x;
    }

    private static int words(TextModel m, int from, int to) {
        int a = TokenSpans.firstToken(m, from);
        int c = 0;
        for (int t = Math.max(0, a); t < m.size && m.start[t] < to; t++) {
            if (m.start[t] >= from && m.kind[t] == TextModel.WORD) {
                c++;
            }
        }
        return c;
    }
}
