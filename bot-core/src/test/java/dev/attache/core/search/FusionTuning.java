package dev.attache.core.search;

import dev.attache.core.answer.Question;
import dev.attache.core.embed.PassageEmbedder;
import dev.attache.core.index.LibraryAnalyzer;
import dev.attache.core.index.LibraryIndex;
import dev.attache.core.index.LibrarySchema;
import dev.attache.core.search.eval.EvalSets;
import dev.attache.core.search.eval.EvalSets.SquadQuestion;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.function.BiFunction;
import org.apache.lucene.search.ScoreDoc;

/**
 * Development aid, not a test: computes the word and the dense ranking of every SQuAD question once
 * on an embedded library ({@code attache eval retrieval --data DIR} leaves one in DIR/squad), then
 * scores fusion variants offline. Run: FusionTuning LIBRARY_DATA_DIR SQUAD_DIR [LIMIT].
 */
class FusionTuning {

    record Ranked(ScoreDoc[] lexical, ScoreDoc[] dense, String gold) {}

    public static void main(String[] args) throws Exception {
        List<SquadQuestion> questions = EvalSets.squadQuestions(Path.of(args[1], "questions-dev.jsonl"));
        if (args.length > 2) {
            questions = questions.subList(0, Integer.parseInt(args[2]));
        }
        PassageEmbedder embedder = new PassageEmbedder(Executors.newSingleThreadExecutor(r -> Thread.ofPlatform().daemon().unstarted(r)));
        List<Ranked> ranked = new ArrayList<>();
        Map<Integer, String> articleOf = new HashMap<>();
        try (LibraryIndex index = LibraryIndex.open(Path.of(args[0], "index"))) {
            Retriever retriever = new Retriever(index, Optional.of(embedder));
            var analyzer = LibraryAnalyzer.question();
            for (SquadQuestion q : questions) {
                Question question = new Question(q.question(), LocalDate.now(), 10, Optional.empty());
                QueryTerms terms = QueryTerms.analyze(analyzer, LibrarySchema.TEXT, q.question());
                float[] vector = embedder.embedQuery(q.question());
                ranked.add(index.withSearcher(s -> {
                    try {
                        ScoreDoc[] lexical = terms.isEmpty() ? new ScoreDoc[0] : retriever.wordRanking(s, terms, question, 100).ranked();
                        ScoreDoc[] dense = retriever.denseRanking(s, vector, question).passages();
                        for (ScoreDoc[] list : List.of(lexical, dense)) {
                            for (ScoreDoc sd : list) {
                                articleOf.computeIfAbsent(sd.doc, d -> {
                                    try {
                                        return s.storedFields().document(d).get(LibrarySchema.ARTICLE_ID);
                                    } catch (java.io.IOException e) {
                                        throw new java.io.UncheckedIOException(e);
                                    }
                                });
                            }
                        }
                        return new Ranked(lexical, dense, q.gold());
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }));
            }
        }
        Map<String, BiFunction<ScoreDoc[], ScoreDoc[], ScoreDoc[]>> variants = new LinkedHashMap<>();
        variants.put("lexical", (l, d) -> l);
        variants.put("dense", (l, d) -> d);
        for (double w : new double[] {1, 0.5, 0.3, 0.2}) {
            variants.put("rrf dense " + w, (l, d) -> rrf(l, d, w));
        }
        for (double a : new double[] {0.3, 0.4, 0.5, 0.6, 0.7, 0.8}) {
            variants.put("convex minmax a=" + a, (l, d) -> convex(l, d, a, true));
            variants.put("convex top a=" + a, (l, d) -> convex(l, d, a, false));
            variants.put("convex zscore a=" + a, (l, d) -> zscore(l, d, a));
        }
        for (var v : variants.entrySet()) {
            int[] hits = new int[11];
            double mrr = 0;
            for (Ranked r : ranked) {
                ScoreDoc[] fused = v.getValue().apply(r.lexical(), r.dense());
                for (int i = 0; i < Math.min(10, fused.length); i++) {
                    if (r.gold().equals(articleOf.get(fused[i].doc))) {
                        for (int k = i + 1; k <= 10; k++) {
                            hits[k]++;
                        }
                        mrr += 1.0 / (i + 1);
                        break;
                    }
                }
            }
            int n = ranked.size();
            System.out.printf(Locale.ROOT, "%-24s r@1 %.3f r@5 %.3f r@10 %.3f mrr %.3f%n", v.getKey(),
                    hits[1] / (double) n, hits[5] / (double) n, hits[10] / (double) n, mrr / n);
        }
    }

    static ScoreDoc[] rrf(ScoreDoc[] l, ScoreDoc[] d, double w) {
        Map<Integer, Double> s = new HashMap<>();
        for (int i = 0; i < l.length; i++) s.merge(l[i].doc, 1.0 / (60 + i + 1), Double::sum);
        for (int i = 0; i < d.length; i++) s.merge(d[i].doc, w / (60 + i + 1), Double::sum);
        return sorted(s);
    }

    /** a × normalized word score + (1 − a) × normalized dense score; min-max over each list, or divided by its top. */
    static ScoreDoc[] convex(ScoreDoc[] l, ScoreDoc[] d, double a, boolean minmax) {
        Map<Integer, Double> s = new HashMap<>();
        add(s, l, a, minmax);
        add(s, d, 1 - a, minmax);
        return sorted(s);
    }

    /** a × z-scored word score + (1 − a) × z-scored dense score; a document absent from a list gets that list's lowest. */
    static ScoreDoc[] zscore(ScoreDoc[] l, ScoreDoc[] d, double a) {
        Map<Integer, Double> zl = z(l);
        Map<Integer, Double> zd = z(d);
        double minL = zl.values().stream().mapToDouble(x -> x).min().orElse(0);
        double minD = zd.values().stream().mapToDouble(x -> x).min().orElse(0);
        Map<Integer, Double> s = new HashMap<>();
        java.util.Set<Integer> docs = new java.util.HashSet<>(zl.keySet());
        docs.addAll(zd.keySet());
        for (int doc : docs) {
            s.put(doc, a * zl.getOrDefault(doc, minL) + (1 - a) * zd.getOrDefault(doc, minD));
        }
        return sorted(s);
    }

    static Map<Integer, Double> z(ScoreDoc[] list) {
        double mean = java.util.Arrays.stream(list).mapToDouble(x -> x.score).average().orElse(0);
        double sd = Math.sqrt(java.util.Arrays.stream(list).mapToDouble(x -> (x.score - mean) * (x.score - mean)).average().orElse(0));
        Map<Integer, Double> z = new HashMap<>();
        for (ScoreDoc x : list) {
            z.put(x.doc, sd > 0 ? (x.score - mean) / sd : 0);
        }
        return z;
    }

    static void add(Map<Integer, Double> s, ScoreDoc[] list, double w, boolean minmax) {
        if (list.length == 0) return;
        double max = list[0].score, min = minmax ? list[list.length - 1].score : 0;
        for (ScoreDoc sd : list) {
            double norm = max > min ? (sd.score - min) / (max - min) : 1;
            s.merge(sd.doc, w * norm, Double::sum);
        }
    }

    static ScoreDoc[] sorted(Map<Integer, Double> s) {
        return s.entrySet().stream().sorted((x, y) -> Double.compare(y.getValue(), x.getValue()))
                .map(e -> new ScoreDoc(e.getKey(), e.getValue().floatValue())).toArray(ScoreDoc[]::new);
    }
}
