package dev.attache.core.search;

import dev.attache.core.answer.EvidenceStrength;
import dev.attache.core.answer.Question;
import dev.attache.core.embed.PassageEmbedder;
import dev.attache.core.index.LibraryIndex;
import dev.attache.core.search.eval.EvalSets;
import dev.attache.core.search.eval.EvalSets.SquadParagraph;
import dev.attache.core.search.eval.EvalSets.SquadQuestion;
import dev.attache.core.search.eval.LibrarySnapshot;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import org.apache.lucene.search.ScoreDoc;

/**
 * Development aid, not a test: for the held-out SQuAD library that {@code attache eval retrieval
 * --only abstention --data DIR} leaves in DIR/squad-heldout (embedded), records per question the
 * best word coverage of the hybrid top 10 and the best vector similarity, then sweeps abstention
 * rules on both. Run: AbstentionTuning HELDOUT_DATA_DIR SQUAD_DIR.
 */
class AbstentionTuning {

    public static void main(String[] args) throws Exception {
        Path squad = Path.of(args[1]);
        List<SquadParagraph> paragraphs = EvalSets.squadParagraphs(squad.resolve("paragraphs.jsonl"));
        List<SquadQuestion> all = EvalSets.squadQuestions(squad.resolve("questions-dev.jsonl"));
        List<String> heldOut = EvalSets.heldOutTitles(paragraphs, all, 4);
        Set<String> heldOutIds = new HashSet<>();
        paragraphs.stream().filter(p -> heldOut.contains(p.title())).forEach(p -> heldOutIds.add(p.id()));
        PassageEmbedder embedder = new PassageEmbedder(Executors.newSingleThreadExecutor(r -> Thread.ofPlatform().daemon().unstarted(r)));
        int n = all.size();
        double[] coverage = new double[n];
        double[] similarity = new double[n];
        boolean[] unsupported = new boolean[n];
        try (LibraryIndex index = LibraryIndex.open(Path.of(args[0], "index"));
             LibrarySnapshot snapshot = LibrarySnapshot.open(Path.of(args[0], "index"))) {
            Retriever retriever = new Retriever(index, Optional.of(embedder));
            for (int i = 0; i < n; i++) {
                SquadQuestion q = all.get(i);
                unsupported[i] = heldOutIds.contains(q.gold());
                Question question = new Question(q.question(), LocalDate.now(), 10, Optional.empty());
                List<Hit> hits = retriever.search(question, 10);
                Map<String, Double> idf = snapshot.idf(EvidenceStrength.questionTerms(q.question()));
                coverage[i] = EvidenceStrength.best(idf, hits.stream().map(Hit::text).toList());
                float[] vector = embedder.embedQuery(q.question());
                ScoreDoc[] nearest = index.withSearcher(s -> {
                    try {
                        return retriever.denseRanking(s, vector, question).passages();
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
                similarity[i] = nearest.length == 0 ? 0 : 2 * nearest[0].score - 1;
            }
        }
        // Each rule family's best threshold: the one that wrongly declines at most WRONG of the answerable questions.
        System.out.println("rule (threshold wrongly declining <= " + WRONG + ")      abstain unsup.  abstain answ.");
        for (double w : new double[] {0, 0.5, 1, 2, 3, 5}) {
            double[] score = new double[n];
            for (int i = 0; i < n; i++) {
                score[i] = coverage[i] + w * similarity[i];
            }
            double t = threshold(score, unsupported);
            print(String.format(Locale.ROOT, "cov+%.1f*sim<%.3f", w, t), unsupported, i -> score[i] < t, n);
        }
        double ts = threshold(similarity, unsupported);
        print(String.format(Locale.ROOT, "sim<%.3f", ts), unsupported, i -> similarity[i] < ts, n);
    }

    static final double WRONG = 0.045;

    /** The highest threshold below which no more than {@link #WRONG} of the answerable questions' scores fall. */
    static double threshold(double[] score, boolean[] unsupported) {
        double[] answerable = java.util.stream.IntStream.range(0, score.length).filter(i -> !unsupported[i])
                .mapToDouble(i -> score[i]).sorted().toArray();
        return answerable[(int) Math.floor(WRONG * answerable.length)];
    }

    static void print(String rule, boolean[] unsupported, java.util.function.IntPredicate abstains, int n) {
        int u = 0, un = 0, a = 0, an = 0;
        for (int i = 0; i < n; i++) {
            if (unsupported[i]) { un++; if (abstains.test(i)) u++; } else { an++; if (abstains.test(i)) a++; }
        }
        System.out.printf(Locale.ROOT, "%-28s %8.3f %14.3f%n", rule, (double) u / un, (double) a / an);
    }
}
