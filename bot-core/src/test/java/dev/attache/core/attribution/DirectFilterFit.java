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

/**
 * Development aid, not a test: fits a keep / drop decision over the extractor's own direct items on a PolNeAR
 * folder (train only). Every direct item is labelled by what removing it alone does to the direct score (a true
 * positive lost, or a false one gone) and to the all-attribution score; a logistic model (L2, Newton's method, as
 * {@link CarryFit}) is fitted to "right", and the F1 that dropping the items below a threshold would give is
 * printed in-sample and for weights fitted on the other half of the articles (two-fold, even / odd).
 * Usage: {@code DirectFilterFit DIR [fit|items|tsv] [all]}: "items" also prints every item with its score and
 * context, "tsv" prints one row per item (features, labels, context) and stops; "all" takes every item, not only
 * the direct ones, and fits (with "fit") to the all-attribution label. Tried on branch {@code attr7}: the one strong
 * signal became a rule (QuotationPass: a quotation whose paragraph goes on is not the previous speaker's); the
 * model itself gained nothing held out after it, so no weights are in the engine (see docs/QUALITY.md).
 */
public final class DirectFilterFit {

    private DirectFilterFit() {
    }

    static final List<String> FEATURES = List.of("bias", "noSource", "srcPronoun", "srcCapital", "logSrcLen",
            "cueBefore", "noCue", "strength3", "strength2", "interrupted", "logLength", "pureQuote",
            "opensParagraph", "endsParagraph", "multiParagraph", "logCueGap", "srcOtherSentence", "cueSay",
            "authorSpeaks", "quotedShare", "firstPerson", "otherQuotesInSentence", "sourceOf");

    private static final Set<String> FIRST_PERSON = Words.set("i", "we", "my", "our", "me", "us", "i'm", "i’m",
            "we're", "we’re", "i've", "i’ve", "ours", "myself");
    private static final Set<String> SAY = Words.set("said", "says", "say", "saying", "told", "tells", "tell");

    record Row(int article, double[] x, int directGain, int allGain, String show) {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        boolean show = args.length > 1 && !args[1].equals("fit");
        boolean everyItem = args.length > 2 && args[2].equals("all");
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
            List<Attribution> base = AttributionExtractor.resolve(m, ArticleContext.none(), raws);
            List<Attribution> baseDirect = base.stream().filter(Attribution::direct).toList();
            Scores d0 = PolnearEvaluator.score(baseDirect, goldDirect);
            Scores a0 = PolnearEvaluator.score(base, gold);
            direct = direct.plus(d0);
            all = all.plus(a0);
            for (CandidateAttribution r : raws) {
                if (r.nested || r.ce <= r.cs) {
                    continue;
                }
                Attribution item = find(base, m, r);
                if (item == null || !item.direct() && !everyItem) {
                    continue;
                }
                List<Attribution> lessDirect = new ArrayList<>(baseDirect);
                lessDirect.remove(item);
                List<Attribution> lessAll = new ArrayList<>(base);
                lessAll.remove(item);
                int dg = item.direct() ? d0.truePositives() - PolnearEvaluator.score(lessDirect, goldDirect).truePositives() : -1;
                int ag = a0.truePositives() - PolnearEvaluator.score(lessAll, gold).truePositives();
                String ctx = show ? a.name() + " | lemma: " + (r.cf >= 0 ? String.valueOf(CueLexicon.lemma(m.lower[r.cf])) : "-")
                        + " " + (r.cf >= 0 ? m.lower[r.cf] : "-") + " | pre: " + text.substring(Math.max(0, r.cs - 12), r.cs).replace('|', ' ')
                        + " | first: " + text.substring(r.cs, Math.min(r.ce, r.cs + 12)).replace('|', ' ') + " | src: " + item.source().map(s -> s.of(text)).orElse("-") + " | cue: "
                        + item.cue().map(s -> s.of(text)).orElse("-") + " | "
                        + text.substring(Math.max(0, r.cs - 150), Math.min(text.length(), r.ce + 30)).replace('\n', ' ') : "";
                rows.add(new Row(articleIndex, features(m, r), everyItem && !show ? ag : dg, ag, ctx));
            }
        }
        System.out.printf(Locale.ROOT, "base: direct %s%n      all %s%n", direct, all);
        long right = rows.stream().filter(r -> r.directGain() > 0).count();
        System.out.printf(Locale.ROOT, "direct items %d, right %d%n", rows.size(), right);
        for (int f = 1; f < FEATURES.size(); f++) {
            int fi = f;
            List<Row> on = rows.stream().filter(r -> r.x()[fi] > 0.5).toList();
            long ok = on.stream().filter(r -> r.directGain() > 0).count();
            System.out.printf(Locale.ROOT, "  feature %-22s on %5d right %5d (%.3f)%n", FEATURES.get(f), on.size(), ok,
                    on.isEmpty() ? 0.0 : (double) ok / on.size());
        }
        double[] w = fit(rows);
        if (args.length > 1 && args[1].equals("tsv")) {
            System.out.println("article\tdirectGain\tallGain\t" + String.join("\t", FEATURES) + "\tshow");
            for (Row r : rows) {
                StringBuilder sb = new StringBuilder();
                for (double v : r.x()) {
                    sb.append(String.format(Locale.ROOT, "%.4f\t", v));
                }
                System.out.printf(Locale.ROOT, "%d\t%d\t%d\t%s%s%n", r.article(), r.directGain(), r.allGain(), sb,
                        r.show().replace('\t', ' '));
            }
            return;
        }
        if (show) {
            for (Row r : rows) {
                System.out.printf(Locale.ROOT, "%s %5.2f | %s%n", r.directGain() > 0 ? "+" : "-", CarryFit.dot(w, r.x()), r.show());
            }
        }
        System.out.println("weights:");
        for (int i = 0; i < w.length; i++) {
            System.out.printf(Locale.ROOT, "  %-22s %8.3f%n", FEATURES.get(i), w[i]);
        }
        for (double th = -1; th <= 2.501; th += 0.25) {
            report("in-sample", rows, r -> w, th, direct, all);
        }
        double[] w0 = fit(rows.stream().filter(r -> r.article() % 2 == 0).toList());
        double[] w1 = fit(rows.stream().filter(r -> r.article() % 2 == 1).toList());
        for (double th = -1; th <= 2.501; th += 0.25) {
            report("held-out", rows, r -> r.article() % 2 == 0 ? w1 : w0, th, direct, all);
        }
    }

    private static void report(String label, List<Row> rows, java.util.function.Function<Row, double[]> weights, double th,
                               Scores direct, Scores all) {
        int lost = 0;
        int dropped = 0;
        int allLost = 0;
        for (Row r : rows) {
            if (CarryFit.dot(weights.apply(r), r.x()) < th) {
                dropped++;
                lost += r.directGain();
                allLost += r.allGain();
            }
        }
        Scores d = new Scores(direct.truePositives() - lost, direct.system() - dropped, direct.gold());
        Scores al = new Scores(all.truePositives() - allLost, all.system() - dropped, all.gold());
        System.out.printf(Locale.ROOT, "%s threshold %5.2f: drop %d (right %d) -> direct F1 %.4f (%+.4f), all F1 %.4f (%+.4f)%n",
                label, th, dropped, lost, d.f1(), d.f1() - direct.f1(), al.f1(), al.f1() - all.f1());
    }

    /** {@link CarryFit#fit} on these rows, the label being a right direct item. */
    static double[] fit(List<Row> rows) {
        return CarryFit.fit(rows.stream().map(r -> new CarryFit.Row(r.article(), 0, r.x(), r.directGain(), r.allGain(), true, ""))
                .toList(), 1.0);
    }

    static Attribution find(List<Attribution> base, TextModel m, CandidateAttribution r) {
        for (Attribution a : base) {
            if (a.content().start() == r.cs && a.content().end() == r.ce
                    && (r.sf < 0 ? a.source().isEmpty() : a.source().isPresent() && a.source().get().start() == m.start[r.sf])) {
                return a;
            }
        }
        return null;
    }

    static double[] features(TextModel m, CandidateAttribution r) {
        double[] x = new double[FEATURES.size()];
        int i = 0;
        x[i++] = 1;
        boolean src = r.sf >= 0;
        x[i++] = src ? 0 : 1;
        String s0 = src ? m.lower[r.sf] : "";
        x[i++] = src && r.sf == r.st && Lexicon.PRONOUNS.contains(s0) ? 1 : 0;
        x[i++] = src && Character.isUpperCase(m.text.charAt(m.start[r.sf])) && !s0.equals("the") ? 1 : 0;
        x[i++] = src ? Math.log(r.st - r.sf + 1) : 0;
        int cueStart = r.cf >= 0 ? m.start[r.cf] : -1;
        x[i++] = r.cf >= 0 && cueStart < r.cs ? 1 : 0;
        x[i++] = r.cf < 0 ? 1 : 0;
        x[i++] = r.strength == 3 ? 1 : 0;
        x[i++] = r.strength == 2 ? 1 : 0;
        x[i++] = r.interrupted ? 1 : 0;
        int words = 0;
        for (int k = 0; k < m.size; k++) {
            if (m.start[k] >= r.ce) {
                break;
            }
            if (m.start[k] >= r.cs && m.kind[k] == TextModel.WORD) {
                words++;
            }
        }
        x[i++] = Math.log(1 + words);
        char c0 = m.text.charAt(r.cs);
        char c1 = m.text.charAt(r.ce - 1);
        x[i++] = isQuote(c0) && isQuote(c1) ? 1 : 0;
        int p0 = paragraphOf(m, r.cs);
        int p1 = paragraphOf(m, r.ce - 1);
        x[i++] = p0 >= 0 && m.paragraphs.get(p0).start() >= r.cs - 1 ? 1 : 0;
        x[i++] = p1 >= 0 && m.paragraphs.get(p1).end() <= r.ce + 2 ? 1 : 0;
        x[i++] = p0 != p1 ? 1 : 0;
        int gap = 0;
        if (r.cf >= 0) {
            int ct = m.end[r.ct];
            gap = cueStart < r.cs ? tokensBetween(m, ct, r.cs) : tokensBetween(m, r.ce, cueStart);
        }
        x[i++] = Math.log(1 + gap);
        x[i++] = src && paragraphOf(m, m.start[r.sf]) != p0 ? 1 : 0;
        x[i++] = r.cf >= 0 && SAY.contains(m.lower[r.cf]) ? 1 : 0;
        x[i++] = r.authorSpeaks ? 1 : 0;
        x[i++] = r.ce - r.cs <= 4000 ? m.quotedFraction(r.cs, r.ce) : 1;
        boolean fp = false;
        for (int k = 0; k < m.size && m.start[k] < r.ce; k++) {
            if (m.start[k] >= r.cs && FIRST_PERSON.contains(m.lower[k])) {
                fp = true;
                break;
            }
        }
        x[i++] = fp ? 1 : 0;
        int others = 0;
        for (Quotation q : m.quotations) {
            if (q.end() <= r.cs && q.end() > r.cs - 300 || q.start() >= r.ce && q.start() < r.ce + 300) {
                others++;
            }
        }
        x[i++] = Math.min(3, others);
        x[i++] = r.sourceOf != null ? 1 : 0;
        return x;
    }

    private static boolean isQuote(char c) {
        return c == '"' || c == '“' || c == '”' || c == '\'' || c == '«' || c == '»' || c == '„';
    }

    private static int paragraphOf(TextModel m, int offset) {
        for (int p = 0; p < m.paragraphs.size(); p++) {
            Span s = m.paragraphs.get(p);
            if (offset >= s.start() && offset < s.end()) {
                return p;
            }
        }
        return -1;
    }

    private static int tokensBetween(TextModel m, int from, int to) {
        int n = 0;
        for (int k = 0; k < m.size; k++) {
            if (m.start[k] >= from && m.end[k] <= to) {
                n++;
            }
        }
        return n;
    }
}
