package dev.attache.core.search;

import dev.attache.core.answer.Acronyms;
import dev.attache.core.answer.AskedSpeaker;
import dev.attache.core.answer.AskedYear;
import dev.attache.core.answer.Question;
import dev.attache.core.answer.RoleQuestion;
import dev.attache.core.index.LibraryAnalyzer;
import dev.attache.core.index.LibrarySchema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;

/**
 * The passages of the speaker a question asks for by name ({@link AskedSpeaker}: "What did Blinken say about
 * China?"), first. A passage where that speaker is quoted, that holds two in three of the words of what it asks about
 * ({@link #topicWordsToMatch}) and that scores at least {@value #FLOOR} of the best candidate goes before every other
 * candidate, after every other re-ranking; and the speaker's {@value #OWN_CANDIDATES} best passages by the question's
 * words are candidates even where the words alone would not reach them (a name in the news is in thousands of
 * passages, most of them others' words about that person). An order, not a score: passages about the speaker and the
 * subject are what the words and the vectors rank highest (a raised score of twice the speaker's own was not enough in
 * hybrid search), and the others' passages still follow, where {@code ask --speaker} keeps to the speaker alone.
 *
 * @param names        the speaker as the library names them: the longest end of the asked name that a speaker's
 *                     name holds as it stands ("President Joe Biden" is asked, "Joe Biden" is quoted), and for a body
 *                     its other forms: its acronym with and without dots and its full name ("UN", "U.N.", "United
 *                     Nations"; {@link BodyNames})
 * @param speakerTerms the terms of each of {@code names} in the speakers field
 * @param others       the terms of the library's speakers whose names hold the asked acronym's letters as a word, not
 *                     as the acronym ("Kim Jong Un" beside "UN"), which the speakers field alone cannot tell apart
 * @param topicTerms   the terms in passage text of what the question asks the speaker about ("about China"); none to
 *                     match when it asks about nothing in particular ("What did Putin say?")
 */
public record SpeakerPreference(List<String> names, List<List<String>> speakerTerms, List<List<String>> others,
                                Set<String> topicTerms) {

    /**
     * The least score, as a share of the best candidate's, of a passage that goes first: the share the answer's
     * points need (AnswerComposer.POINT_MIN_RELATIVE_SCORE), so that whatever goes first can speak.
     */
    static final double FLOOR = 0.4;
    /** How many of the speaker's own passages join the word search's candidates. */
    static final int OWN_CANDIDATES = 20;

    /**
     * The preference a question asks for: for a post's holder ("the UN Secretary-General"), those the library quotes
     * in it; else none when it names no speaker, when it keeps to one already ({@code ask --speaker}), or when no form
     * of the name it asks for is a speaker's name in the library.
     */
    static Optional<SpeakerPreference> of(Question question, IndexSearcher searcher, BodyNames bodies,
                                          Analyzer names, Analyzer questions) throws IOException {
        if (question.speaker().isPresent()) {
            return Optional.empty();
        }
        Optional<SpeakerPreference> holder = ofPostHolders(question, searcher, names, questions);
        if (holder.isPresent()) {
            return holder;
        }
        Optional<AskedSpeaker> asked = AskedSpeaker.in(question.text());
        if (asked.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> named = longestSpeakerEnd(asked.get().name(), searcher, names);
        Set<String> forms = new LinkedHashSet<>();
        named.ifPresent(forms::add);
        List<List<String>> others = List.of();
        Optional<String> acronym = acronymOf(asked.get().name(), named);
        if (acronym.isPresent()) {
            for (String written : Acronyms.writtenForms(acronym.get())) {
                if (isSpeakerName(searcher, analyzed(names, written))) {
                    forms.add(written);
                }
            }
            BodyNames.Found body = bodies.of(acronym.get());
            body.fullName().ifPresent(forms::add);
            others = namesBeside(body.others(), acronym.get(), names);
        }
        Optional<String> country = countryOf(asked.get().name(), questions);
        if (country.isPresent() && named.isPresent()) {
            forms.addAll(PostHolders.ofCountry(country.get(), question.asOf(), searcher, questions));
        }
        if (forms.isEmpty()) {
            return Optional.empty();
        }
        List<String> allForms = List.copyOf(forms);
        Set<String> topic = topicTerms(asked.get(), questions);
        return Optional.of(new SpeakerPreference(allForms, termsOf(allForms, names), others, topic));
    }

    /**
     * The preference for the words of whoever holds the post a question asks for ({@link AskedSpeaker#postIn}: "the UN
     * Secretary-General"), by the names of those the library quotes in it at the question's date ({@link PostHolders});
     * empty when it asks for no post or the library quotes no one in it.
     */
    private static Optional<SpeakerPreference> ofPostHolders(Question question, IndexSearcher searcher, Analyzer names,
                                                            Analyzer questions) throws IOException {
        Optional<AskedSpeaker> asked = AskedSpeaker.postIn(question.text());
        Optional<RoleQuestion> post = asked.flatMap(a -> RoleQuestion.ofPost(a.name(), questions));
        if (post.isEmpty()) {
            return Optional.empty();
        }
        List<String> holders = PostHolders.of(post.get(), question.asOf(), searcher, questions);
        if (holders.isEmpty()) {
            return Optional.empty();
        }
        Set<String> topic = topicTerms(asked.get(), questions);
        return Optional.of(new SpeakerPreference(holders, termsOf(holders, names), List.of(), topic));
    }

    /** The country a name is, as its one term ("Japan": "japan"); empty for any other name. */
    private static Optional<String> countryOf(String name, Analyzer questions) {
        List<String> terms = QueryTerms.analyze(questions, LibrarySchema.TEXT, name).terms();
        return terms.size() == 1 && LibraryAnalyzer.isPlace(terms.getFirst()) ? Optional.of(terms.getFirst())
                : Optional.empty();
    }

    /** The terms of what a question asks the speaker about, without the year it asks it of ({@link AskedYear}). */
    private static Set<String> topicTerms(AskedSpeaker asked, Analyzer questions) {
        return QueryTerms.analyze(questions, LibrarySchema.TEXT, AskedYear.without(asked.subject())).distinct();
    }

    /** The longest end of {@code asked} that a passage's speakers hold as one name ("Joe Biden" of "President Joe Biden"). */
    private static Optional<String> longestSpeakerEnd(String asked, IndexSearcher searcher, Analyzer names)
            throws IOException {
        String[] words = asked.split("\\s+");
        for (int first = 0; first < words.length; first++) {
            String candidate = String.join(" ", Arrays.copyOfRange(words, first, words.length));
            if (isSpeakerName(searcher, analyzed(names, candidate))) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** The letters of the acronym a body is asked for by ("UN", "U.N.") or of its name ("United Nations"), if any. */
    private static Optional<String> acronymOf(String asked, Optional<String> named) {
        if (Acronyms.isAcronym(asked)) {
            return Optional.of(Acronyms.letters(asked));
        }
        return Acronyms.of(named.orElse(asked));
    }

    /** Whether a passage's speakers hold {@code terms} one after another, as one name does. */
    private static boolean isSpeakerName(IndexSearcher searcher, List<String> terms) throws IOException {
        return !terms.isEmpty() && searcher.search(phrase(terms), 1).scoreDocs.length > 0;
    }

    private static Query phrase(List<String> terms) {
        PhraseQuery.Builder phrase = new PhraseQuery.Builder();
        terms.forEach(t -> phrase.add(new Term(LibrarySchema.SPEAKERS, t)));
        return phrase.build();
    }

    private static List<String> analyzed(Analyzer names, String name) {
        return QueryTerms.analyze(names, LibrarySchema.SPEAKERS, name).terms();
    }

    /**
     * The terms of the names that hold an acronym's letters as another word ("Kim Jong Un"), for a filter to leave out:
     * those of several words, since a name that is the letters alone ("who", a clause read as a name) has the
     * acronym's own term.
     */
    private static List<List<String>> namesBeside(List<String> others, String letters, Analyzer names) {
        String term = letters.toLowerCase(Locale.ROOT);
        return termsOf(others, names).stream().filter(terms -> terms.size() > 1 && terms.contains(term)).toList();
    }

    private static List<List<String>> termsOf(List<String> speakers, Analyzer names) {
        return speakers.stream().map(name -> analyzed(names, name)).filter(terms -> !terms.isEmpty()).toList();
    }

    /**
     * How many words of the subject a preferred passage holds: two in three, so that "the banking system"
     * needs both words (Yellen's words on terrorism in a passage that mentions the financial system are not what
     * was asked) and a longer topic may miss one.
     */
    int topicWordsToMatch() {
        return (2 * topicTerms.size() + 2) / 3;
    }

    /** {@code query} kept to the passages where the speaker is quoted. */
    private Query own(Query query) {
        return quotingTheSpeaker(new BooleanQuery.Builder().add(query, Occur.MUST)).build();
    }

    /**
     * {@code query} kept to passages whose speakers hold every word of one of the speaker's names, and none of the
     * {@link #others}.
     */
    private BooleanQuery.Builder quotingTheSpeaker(BooleanQuery.Builder query) {
        BooleanQuery.Builder anyName = new BooleanQuery.Builder();
        for (List<String> name : speakerTerms) {
            BooleanQuery.Builder everyWord = new BooleanQuery.Builder();
            name.forEach(t -> everyWord.add(new TermQuery(new Term(LibrarySchema.SPEAKERS, t)), Occur.FILTER));
            anyName.add(everyWord.build(), Occur.SHOULD);
        }
        query.add(anyName.build(), Occur.FILTER);
        others.forEach(other -> query.add(phrase(other), Occur.MUST_NOT));
        return query;
    }

    /** {@code candidates} with the speaker's best passages by {@code firstStage} added (once each). */
    ScoreDoc[] withOwnPassages(IndexSearcher searcher, Query firstStage, ScoreDoc[] candidates) throws IOException {
        Map<Integer, ScoreDoc> union = new LinkedHashMap<>();
        for (ScoreDoc sd : candidates) {
            union.put(sd.doc, sd);
        }
        for (ScoreDoc sd : searcher.search(own(firstStage), OWN_CANDIDATES).scoreDocs) {
            union.putIfAbsent(sd.doc, sd);
        }
        return union.values().toArray(ScoreDoc[]::new);
    }

    /**
     * {@code ranked} with its preferred passages first: those where the speaker is quoted, that hold the question's
     * other words, and that score at least {@value #FLOOR} of the best candidate; each group keeps its order and every
     * passage its score.
     */
    ScoreDoc[] prefer(IndexSearcher searcher, ScoreDoc[] ranked) throws IOException {
        boolean[] preferred = preferred(searcher, ranked);
        double best = Arrays.stream(ranked).mapToDouble(sd -> sd.score).max().orElse(0);
        List<ScoreDoc> first = new ArrayList<>();
        List<ScoreDoc> rest = new ArrayList<>(ranked.length);
        for (int i = 0; i < ranked.length; i++) {
            (preferred[i] && ranked[i].score >= FLOOR * best ? first : rest).add(ranked[i]);
        }
        first.addAll(rest);
        return first.toArray(ScoreDoc[]::new);
    }

    /** Whether each of {@code ranked} is a passage where the speaker is quoted that holds the words of the subject. */
    private boolean[] preferred(IndexSearcher searcher, ScoreDoc[] ranked) throws IOException {
        BooleanQuery.Builder query = quotingTheSpeaker(new BooleanQuery.Builder());
        if (!topicTerms.isEmpty()) {
            BooleanQuery.Builder topic = new BooleanQuery.Builder();
            topicTerms.forEach(t -> topic.add(new TermQuery(new Term(LibrarySchema.TEXT, t)), Occur.SHOULD));
            query.add(topic.setMinimumNumberShouldMatch(topicWordsToMatch()).build(), Occur.FILTER);
        }
        Weight weight = searcher.createWeight(searcher.rewrite(query.build()), ScoreMode.COMPLETE_NO_SCORES, 1f);
        boolean[] preferred = new boolean[ranked.length];
        MatchingDocs.visit(searcher, weight, ranked, (i, scorer) -> preferred[i] = scorer != null);
        return preferred;
    }
}
