package dev.attache.core.answer;

import dev.attache.core.article.Passage;
import dev.attache.core.attribution.Attribution;
import dev.attache.core.attribution.Span;
import dev.attache.core.attribution.Speaker;
import dev.attache.core.index.CatalogEntry;
import dev.attache.core.index.LibraryAnalyzer;
import dev.attache.core.index.LibraryIndex;
import dev.attache.core.index.LibrarySchema;
import dev.attache.core.ingest.Sentences;
import dev.attache.core.ops.ArticleSummary;
import dev.attache.core.search.Hit;
import dev.attache.core.search.QueryTerms;
import dev.attache.core.search.Retrieval;
import dev.attache.core.search.SpeakerPreference;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds an {@link Answer} from ranked passages: decides whether the evidence is strong enough
 * (else {@code NO_ANSWER}), picks the points — a quote with its speaker where a relevant passage
 * holds one, else the passage's most relevant sentence — verifies every quote against its
 * article's text, interleaves speakers so that each voice is heard before anyone's second point,
 * and numbers the sources in order of first citation.
 */
public final class AnswerComposer {

    private static final Logger log = LoggerFactory.getLogger(AnswerComposer.class);

    /**
     * Below this coverage of the question by the best passage, the library is taken to have
     * nothing on the question. Chosen by measurement (docs/QUALITY.md, "Abstention"): the highest
     * threshold of the sweep on held-out SQuAD titles that wrongly declines at most 5% of answerable
     * questions, one step below the limit for margin on other question sets.
     */
    public static final double ABSTAIN_BELOW_COVERAGE = 0.46;
    /**
     * With hybrid search, the library is taken to have nothing on the question below this
     * {@link EvidenceStrength#evidence} (coverage plus weighted vector similarity); chosen by the same rule
     * on the same held-out sweep (docs/QUALITY.md, "Abstention").
     */
    public static final double ABSTAIN_BELOW_EVIDENCE = 2.95;
    /** A passage below this coverage contributes no point even when the answer is given. */
    static final double POINT_MIN_COVERAGE = 0.3;
    /**
     * A passage covering less than this of what the question says it asks about ({@link AskedSpeaker#topicIn})
     * contributes no point: half its words by weight, so that "Arctic shipping" needs "Arctic", the rarer word.
     */
    static final double TOPIC_MIN_COVERAGE = 0.5;
    /** A passage scoring below this share of the best score contributes no point. */
    static final double POINT_MIN_RELATIVE_SCORE = 0.4;
    static final int MAX_POINTS = 5;
    static final int MAX_POINTS_PER_ARTICLE = 3;
    /** How many of the most relevant articles contribute the quotes of people not yet heard. */
    static final int VOICE_ARTICLES = 2;
    /** A passage covering this much of the question makes its article about it ({@link #isAbout}). */
    static final double ABOUT_COVERAGE = 0.5;
    /** How many such quotes may be added beyond {@link #MAX_POINTS}. */
    static final int MAX_VOICES = 2;
    /** A quote is preferred over a sentence of the same passage unless it is much less relevant. */
    static final double QUOTE_PREFERENCE = 0.6;
    static final int MIN_STATEMENT_WORDS = 5;
    /** A quotation of fewer words is no point of its own. */
    static final int MIN_QUOTE_WORDS = 4;
    /** Double quote marks, which a pure quotation holds only at its ends (single ones nest inside). */
    private static final Pattern DOUBLE_QUOTE_MARKS = Pattern.compile("[\"“”„«»]");
    /** A dash, bullet or asterisk that opens a list item in an article. */
    private static final Pattern LIST_MARKER = Pattern.compile("^(?:[—–•·*]|-{1,2})\\s+");
    /** The interpreter's note that opens a paragraph of the UN's records: "(spoke in French)". */
    private static final Pattern INTERPRETER_NOTE = Pattern.compile("^\\((?:spoke|continued) in \\p{Lu}\\p{L}+\\*?\\)\\s*");
    /** A news agency in parentheses, as a dateline credits it: "(AP)", "(CNN)", "(Reuters)". */
    private static final String AGENCY = "\\((?:\\p{Lu}[\\p{L}.]+)(?: \\p{Lu}[\\p{L}.]+){0,2}\\)";
    /**
     * The dateline that opens a news article: "Madrid (CNN)", "(CNN)", "New York (CNN Business)", "LONDON (Reuters) -"
     * (an outlet in parentheses, after its place), or "SEOUL, South Korea —" (a place in capitals and a dash).
     */
    private static final Pattern DATELINE = Pattern.compile(
            "^(?:(?:\\p{Lu}[\\p{L}.' ]{0,40})?" + AGENCY + "\\s*(?:[—–-]\\s*)?"
                    + "|\\p{Lu}{2,}(?:[ .'-]\\p{Lu}{2,})*(?:, \\p{Lu}[\\p{L}.' ]{1,30})? [—–-]+ )(?=\\p{Lu})");
    /** The rest of a dateline after its place: an agency in parentheses and a dash ("(AP) — "). */
    private static final Pattern AGENCY_CREDIT = Pattern.compile("^" + AGENCY + "\\s*[—–-]\\s*(?=\\p{Lu})");
    /** A passage's second quote is a point too when it covers this much of the question. */
    static final double FURTHER_QUOTE_MIN_COVERAGE = 0.4;
    /** Quotes longer than this are excerpted to their most relevant sentences. */
    static final int MAX_QUOTE_CHARS = 420;
    static final int MAX_STATEMENT_CHARS = 420;

    /**
     * A closing quote mark, a short reporting clause without quote marks, and an opening one that words follow
     * (a straight mark that ends the content closes it). A single closing mark counts only where a single opening
     * one came before it: otherwise "countries’ governments" holds an apostrophe.
     */
    private static final String REPORTING_CLAUSE_THEN_OPENING = "[,.]?\\s+[^“”\"«»„\\n]{1,120}?[,.:;]\\s*[“\"«„‘](?=[\\p{L}\\p{N}…])";
    private static final Pattern INTERRUPTION = Pattern.compile("[”\"»]" + REPORTING_CLAUSE_THEN_OPENING);
    private static final Pattern INTERRUPTION_OR_SINGLE = Pattern.compile("[”\"»’]" + REPORTING_CLAUSE_THEN_OPENING);
    /**
     * A quotation that runs on into the next paragraph: the paragraph ends without a closing mark and the next
     * opens with an opening one, as news style continues a long quotation.
     */
    private static final Pattern PARAGRAPH_CONTINUED = Pattern.compile("(?<=[^\\s”\"»])\\s*\\n\\s*[“\"«„](?=[\\p{L}\\p{N}…])");

    private final LibraryIndex index;
    private final Analyzer passages = LibraryAnalyzer.english();
    private final Analyzer questions = LibraryAnalyzer.question();
    private final AtomicLong verificationFailures = new AtomicLong();

    public AnswerComposer(LibraryIndex index) {
        this.index = index;
    }

    /** Quotes dropped because they did not occur verbatim in their article, since start. */
    public long verificationFailures() {
        return verificationFailures.get();
    }

    public Answer compose(Question question, Retrieval retrieval, String answerId, long startNanos) {
        List<Hit> hits = retrieval.hits();
        List<RankedPassage> ranked = hits.stream()
                .map(h -> new RankedPassage(h.passageId(), h.articleId(), h.score(), h.text(), h.similarity())).toList();
        QueryTerms questionTerms = QueryTerms.analyze(questions, LibrarySchema.TEXT, question.text());
        QuestionCoverage coverageOf = new QuestionCoverage(idf(questionTerms.distinct(), retrieval), passages);
        Optional<QuestionCoverage> topicOf = topicCoverage(question, retrieval);
        List<Candidate> candidates = new ArrayList<>();
        // the best score, not the first: a question asking for someone's words puts their passages first (SpeakerPreference)
        double topScore = hits.stream().mapToDouble(Hit::score).max().orElse(0);
        double bestCoverage = 0;
        double bestCoverageWithoutVector = 0;
        for (Hit hit : hits) {
            double coverage = coverageOf.of(hit);
            bestCoverage = Math.max(bestCoverage, coverage);
            if (!hit.hasVector()) {
                bestCoverageWithoutVector = Math.max(bestCoverageWithoutVector, coverage);
            }
            if (coverage >= POINT_MIN_COVERAGE && hit.score() >= POINT_MIN_RELATIVE_SCORE * topScore
                    && topicOf.map(topic -> speaksTo(topic, hit)).orElse(true)) {
                candidates.add(new Candidate(hit, coverage));
            }
        }
        if (!supported(bestCoverage, bestCoverageWithoutVector, hits) || candidates.isEmpty()) {
            return new Answer(answerId, question.text(), question.asOf(), Answer.Status.NO_ANSWER, List.of(),
                    List.of(), ranked, Optional.empty(), elapsedMs(startNanos));
        }
        Optional<Preferred> preferred = preferred(retrieval, coverageOf);
        ArticleTexts texts = new ArticleTexts(hits, index::text);
        List<Draft> points = preferredFirst(interleaveSpeakers(pickPoints(candidates, hits, texts, coverageOf,
                question.speaker().flatMap(SpeakerFilter::of), preferred)), preferred);
        Optional<RoleQuestion> post = RoleQuestion.of(question.text(), passages);
        Optional<String> postWithoutHolder = Optional.empty();
        if (post.isPresent() && !points.isEmpty()) {
            points = holdersFirst(points, post.get(), hits, texts, coverageOf);
            if (!namesAHolder(points, post.get())) {
                postWithoutHolder = Optional.of(post.get().asked());
            }
        }
        if (points.isEmpty()) {
            return new Answer(answerId, question.text(), question.asOf(), Answer.Status.NO_ANSWER, List.of(),
                    List.of(), ranked, Optional.empty(), elapsedMs(startNanos));
        }
        return numberSources(answerId, question, points, ranked, postWithoutHolder, startNanos);
    }

    private record Candidate(Hit hit, double coverage) {}

    /**
     * Whether a passage speaks to what the question asks about ({@link #TOPIC_MIN_COVERAGE}), read under its article's
     * title when it does not alone: the title names what the passage takes as given ("Russia at the 14th session of
     * the UN General Debate" for "What did the Soviet Union say about disarmament at the UN?").
     */
    private boolean speaksTo(QuestionCoverage topic, Hit hit) {
        if (topic.of(hit) >= TOPIC_MIN_COVERAGE) {
            return true;
        }
        String title = index.entry(hit.articleId()).map(entry -> entry.summary().title()).orElse("");
        return !title.isBlank() && topic.of(title + "\n\n" + hit.text()) >= TOPIC_MIN_COVERAGE;
    }

    /**
     * How much of what the question says it asks about ({@link AskedSpeaker#topicIn}) a span covers, if it says: a
     * passage holding only the words that ask for the speaker ("What did analysts say about Arctic shipping?": an
     * analyst on export controls) is no point of the answer.
     */
    private Optional<QuestionCoverage> topicCoverage(Question question, Retrieval retrieval) {
        return AskedSpeaker.topicIn(question.text())
                .map(topic -> QueryTerms.analyze(questions, LibrarySchema.TEXT, AskedYear.without(topic)).distinct())
                .filter(terms -> !terms.isEmpty())
                .map(terms -> new QuestionCoverage(idf(terms, retrieval), passages));
    }

    /**
     * The speaker a question asks for the words of ({@link SpeakerPreference}), and how much of the question's subject
     * (its words besides the name) a span covers: their point in a passage must speak to the subject, not only be theirs.
     */
    private record Preferred(SpeakerFilter speaker, QuestionCoverage subject) {}

    private Optional<Preferred> preferred(Retrieval retrieval, QuestionCoverage coverageOf) {
        return retrieval.preference().flatMap(p -> speakerOf(p, retrieval.hits())
                .map(speaker -> new Preferred(speaker, p.topicTerms().isEmpty() ? coverageOf
                        : new QuestionCoverage(idf(p.topicTerms(), retrieval), passages))));
    }

    /**
     * Whom a preference's names mean: a body by any of its forms ("UN", "U.N.", "United Nations"), a person by their
     * name, or by the name of the one of that name the passages quote most.
     */
    private static Optional<SpeakerFilter> speakerOf(SpeakerPreference preference, List<Hit> hits) {
        List<String> names = preference.names();
        if (names.size() > 1) {
            return SpeakerFilter.ofAny(names);
        }
        return mostQuotedNamed(names.getFirst(), hits).flatMap(person -> SpeakerFilter.ofPerson(person, names.getFirst()))
                .or(() -> SpeakerFilter.of(names.getFirst()));
    }

    /**
     * The person a name asked for means in these passages when it names several ("What did Harris say about voting
     * rights?" where Kamala Harris and Glenn Harris are quoted): the one quoted in more than half of the quotes and
     * statements of them all, by the longest form of their name; empty when the name means one person (Benjamin
     * Netanyahu, also quoted as "Netanyahu") or none leads.
     */
    private static Optional<String> mostQuotedNamed(String name, List<Hit> hits) {
        Optional<SpeakerFilter> filter = SpeakerFilter.of(name);
        if (filter.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Integer> quoted = new LinkedHashMap<>();
        for (Hit hit : hits) {
            for (Attribution a : hit.attributions()) {
                a.speaker().filter(s -> s.isNamed() && filter.get().matches(s))
                        .ifPresent(s -> quoted.merge(s.name(), 1, Integer::sum));
            }
        }
        // a person is a name no other holds whole; each quote counts for every person whose name holds its speaker's
        List<String> people = quoted.keySet().stream().filter(n -> quoted.keySet().stream()
                .noneMatch(o -> !o.equals(n) && holdsWhole(o, n))).toList();
        if (people.size() < 2) {
            return Optional.empty();
        }
        int total = quoted.values().stream().mapToInt(Integer::intValue).sum();
        return people.stream().filter(person -> 2 * quoted.entrySet().stream()
                        .filter(e -> holdsWhole(person, e.getKey())).mapToInt(Map.Entry::getValue).sum() > total)
                .findFirst();
    }

    /** Whether name {@code whole} holds every word of {@code part}. */
    private static boolean holdsWhole(String whole, String part) {
        return SpeakerFilter.words(whole).containsAll(SpeakerFilter.words(part));
    }

    /** A point before its source is numbered: the article it cites stands in for the number. */
    private record Draft(String text, Point.Kind kind, Optional<Speaker> speaker, String cue, String articleId,
                         String passageId, Span span, Set<String> terms) {

        String speakerKey() {
            // "The Fed" as a point shows it (speakerAsWritten) is the Fed the attributions name
            return speaker.map(s -> s.name().toLowerCase(Locale.ROOT).replaceFirst("^the ", "")).orElse("");
        }

        /**
         * The same place in the same article, or the same words from another (a wire story
         * published twice under two ids), or nearly so: either way, a second point would only repeat the first.
         */
        boolean overlaps(Draft other) {
            return articleId.equals(other.articleId) && span.overlaps(other.span) || text.equalsIgnoreCase(other.text)
                    || Repetition.repeats(terms, other.terms);
        }
    }

    /**
     * The points of an answer: first the best point of each relevant passage, in rank order; then,
     * for the most relevant articles, one quote of each person they quote who has not spoken yet,
     * so that every voice an article gives on the question is heard. A question about one person
     * ({@code speaker}) gets only what that person is quoted as saying; a question asking for someone's
     * words ({@code preferred}) gets their words where a passage holds them, and its best point where not.
     */
    private List<Draft> pickPoints(List<Candidate> candidates, List<Hit> hits, ArticleTexts texts,
                                   QuestionCoverage coverageOf, Optional<SpeakerFilter> speaker,
                                   Optional<Preferred> preferred) {
        List<Draft> drafts = new ArrayList<>();
        Map<String, Integer> perArticle = new HashMap<>();
        Set<String> articles = new LinkedHashSet<>();
        candidates.forEach(c -> articles.add(c.hit().articleId()));
        int perArticleCap = articles.size() == 1 ? MAX_POINTS : MAX_POINTS_PER_ARTICLE;
        for (Candidate candidate : candidates) {
            if (drafts.size() >= MAX_POINTS) {
                break;
            }
            Hit hit = candidate.hit();
            if (perArticle.getOrDefault(hit.articleId(), 0) >= perArticleCap) {
                continue;
            }
            List<Draft> offered = new ArrayList<>();
            preferred.flatMap(p -> pointFor(hit, texts, p.subject(), Optional.of(p.speaker()), false))
                    .or(() -> pointFor(hit, texts, coverageOf, speaker, speaker.isPresent())).ifPresent(offered::add);
            offered.addAll(furtherQuotes(hit, texts, coverageOf, speaker));
            for (Draft draft : offered) {
                if (drafts.size() < MAX_POINTS && perArticle.getOrDefault(hit.articleId(), 0) < perArticleCap
                        && drafts.stream().noneMatch(d -> d.overlaps(draft))) {
                    drafts.add(draft);
                    perArticle.merge(hit.articleId(), 1, Integer::sum);
                }
            }
        }
        if (speaker.isEmpty()) {
            // The most relevant article, when it is about the question, has all its voices speak to it; in the
            // next one, or in a roundup of other news, only quotes that cover some of the question on their own do.
            List<String> voiceArticles = articles.stream().limit(VOICE_ARTICLES).toList();
            for (int i = 0; i < voiceArticles.size(); i++) {
                String id = voiceArticles.get(i);
                boolean about = i == 0 && isAbout(id, candidates, coverageOf, texts);
                addVoices(drafts, id, texts, hits, coverageOf, about ? 0 : POINT_MIN_COVERAGE);
            }
        }
        return drafts;
    }

    /**
     * Whether an article is about the question, not a roundup that touches it in one item ("News from around our 50
     * states", a week's digest): its title shares a word with the question, or a passage of it covers half of it and
     * its lead (its first passage) covers as much as a point must: a digest's item may cover the question, but its
     * lead tells the day's other news.
     */
    private boolean isAbout(String articleId, List<Candidate> candidates, QuestionCoverage coverageOf,
                            ArticleTexts texts) {
        if (index.entry(articleId).map(e -> coverageOf.of(e.summary().title()) > 0).orElse(false)) {
            return true;
        }
        double best = candidates.stream().filter(c -> c.hit().articleId().equals(articleId))
                .mapToDouble(Candidate::coverage).max().orElse(0);
        return best >= ABOUT_COVERAGE && lead(articleId, texts)
                .map(lead -> coverageOf.of(articleId, lead, texts) >= POINT_MIN_COVERAGE).orElse(false);
    }

    /** The span of an article's first passage; empty when the article is gone from the library. */
    private Optional<Span> lead(String articleId, ArticleTexts texts) {
        NavigableMap<Integer, String> starts = index.passageStarts(articleId);
        if (starts.isEmpty()) {
            return Optional.empty();
        }
        int start = starts.firstKey();
        Integer next = starts.higherKey(start);
        // an article removed since it was retrieved has no text left: an empty lead, not a span that ends before it starts
        return Optional.of(new Span(start, next != null ? next : Math.max(start, texts.of(articleId).length())));
    }

    /**
     * Adds one quote (covering at least {@code minCoverage} of the question) of each person quoted in
     * an article who has no point yet, most relevant quote first.
     */
    private void addVoices(List<Draft> drafts, String articleId, ArticleTexts texts, List<Hit> hits,
                           QuestionCoverage coverageOf, double minCoverage) {
        if (drafts.size() >= MAX_POINTS + MAX_VOICES) {
            return;
        }
        Set<String> heard = new LinkedHashSet<>();
        drafts.forEach(d -> heard.add(d.speakerKey()));
        // Only the quotes of people not heard yet are weighed, each once (a comparator that analyzed
        // the text did it O(n log n) times); the stable sort keeps the same order.
        List<Scored> quotes = index.attributions(articleId).stream()
                .filter(a -> isNamedQuote(a) && !heard.contains(a.speaker().get().name().toLowerCase(Locale.ROOT))
                        && texts.holds(articleId, a.content()))
                .map(a -> new Scored(a, coverageOf.of(articleId, a.content(), texts)))
                .filter(s -> s.coverage() >= minCoverage)
                .sorted(Comparator.comparingDouble((Scored s) -> -s.coverage()))
                .toList();
        // Where the article's passages start, read from the index once, and only if a quote lies outside the hits.
        Map<String, NavigableMap<Integer, String>> passageStarts = new HashMap<>(2);
        for (Scored scored : quotes) {
            Attribution quote = scored.attribution();
            if (drafts.size() >= MAX_POINTS + MAX_VOICES) {
                return;
            }
            String key = quote.speaker().get().name().toLowerCase(Locale.ROOT);
            if (heard.contains(key)) {
                continue;
            }
            Optional<Draft> draft = quoteDraft(quote, texts, articleId, passageFor(hits, articleId, quote, passageStarts),
                    coverageOf);
            if (draft.isPresent() && drafts.stream().noneMatch(d -> d.overlaps(draft.get()))) {
                drafts.add(draft.get());
                heard.add(key);
            }
        }
    }

    /** An attribution with its coverage of the question, computed once. */
    private record Scored(Attribution attribution, double coverage) {}

    /**
     * The id of the passage holding a quote: a retrieved one when it is among them, else looked up in
     * the article's passage starts, read from the index once per article into {@code starts}.
     */
    private String passageFor(List<Hit> hits, String articleId, Attribution quote,
                              Map<String, NavigableMap<Integer, String>> starts) {
        return hits.stream()
                .filter(h -> h.articleId().equals(articleId)
                        && quote.content().overlaps(new Span(h.start(), h.start() + h.text().length())))
                .findFirst().map(Hit::passageId)
                .or(() -> Optional.ofNullable(starts.computeIfAbsent(articleId, index::passageStarts)
                        .floorEntry(quote.content().start())).map(Map.Entry::getValue))
                .orElse(Passage.idOf(articleId, 0));
    }

    /**
     * The best point a passage offers: a relevant attributed quote, else its most relevant sentence;
     * with a {@code speaker}, only that person's quotes and the sentences attributed to them, and with
     * {@code anyOfTheirWords} even those that share no word with the question.
     * The article's text is read only when the passage holds a named quote (to verify it).
     */
    private Optional<Draft> pointFor(Hit hit, ArticleTexts texts, QuestionCoverage coverageOf,
                                     Optional<SpeakerFilter> speaker, boolean anyOfTheirWords) {
        Optional<CatalogEntry> entry = index.entry(hit.articleId());
        if (entry.isEmpty()) {
            return Optional.empty(); // removed since it was retrieved
        }
        // In their own speech every sentence is the person's (statementDraft names the author).
        boolean ownSpeech = speaker.isPresent() && isSpeech(entry.get())
                && speaker.get().matches(entry.get().summary().author());
        Span passage = new Span(hit.start(), hit.start() + hit.text().length());
        // Asked about one person alone, any of their words in a relevant passage count, even those that
        // share no word with the question; otherwise a point must cover some of it.
        double none = anyOfTheirWords ? -1 : 0;
        Span bestSentence = null;
        double bestWeight = none;
        List<Span> sentences = Sentences.split(hit.text());
        for (Span local : sentences) {
            Span sentence = new Span(hit.start() + local.start(), hit.start() + local.end());
            // Weighing a sentence is a scan of the passage's analyzed terms; how it opens and whether it is a
            // statement (patterns) are asked only of one that would be the best so far.
            double weight = coverageOf.of(hit.articleId(), sentence, texts);
            if (weight <= bestWeight) {
                continue;
            }
            String text = local.of(hit.text());
            if (opensWithAReference(text)) {
                weight *= REFERENCE_DISCOUNT;
            }
            if (weight <= bestWeight || !isStatement(text)) {
                continue;
            }
            if (speaker.isPresent() && !ownSpeech && hit.attributions().stream()
                    .noneMatch(a -> isBy(a, speaker) && a.content().overlap(sentence) > sentence.length() / 2)) {
                continue;
            }
            bestWeight = weight;
            bestSentence = sentence;
        }
        Attribution bestQuote = null;
        double bestQuoteWeight = none;
        for (Attribution a : hit.attributions()) {
            if (!isNamedQuote(a) || !isBy(a, speaker) || !a.content().overlaps(passage)
                    || !texts.holds(hit.articleId(), a.content())) {
                continue;
            }
            double weight = coverageOf.of(hit.articleId(), a.content(), texts);
            if (weight > bestQuoteWeight) {
                bestQuoteWeight = weight;
                bestQuote = a;
            }
        }
        // A quote wins when it is about as relevant as the best sentence: speakers are what users come for.
        if (bestQuote != null && bestQuoteWeight >= QUOTE_PREFERENCE * bestWeight) {
            Optional<Draft> quote = quoteDraft(bestQuote, texts, hit.articleId(), hit.passageId(), coverageOf);
            if (quote.isPresent()) {
                return quote;
            }
        }
        if (bestSentence == null) {
            return Optional.empty();
        }
        // A sentence holding only part of a named quotation ("X said: “First sentence." of a longer
        // one) would cut it in half: the whole quotation is the point.
        Span sentence = bestSentence;
        Optional<Attribution> cut = hit.attributions().stream()
                .filter(a -> isNamedQuote(a) && isBy(a, speaker) && a.content().overlaps(sentence)
                        && (a.content().start() < sentence.start() || a.content().end() > sentence.end())
                        && texts.holds(hit.articleId(), a.content()))
                .findFirst();
        if (cut.isPresent()) {
            Optional<Draft> quote = quoteDraft(cut.get(), texts, hit.articleId(), hit.passageId(), coverageOf);
            if (quote.isPresent()) {
                return quote;
            }
        }
        return statementDraft(untilItsQuotationCloses(bestSentence, sentences, hit), texts, hit)
                .filter(d -> speaker.isEmpty() || d.speaker().filter(speaker.get()::matches).isPresent());
    }

    /** A quotation in quote marks whose speaker the article names. */
    private static boolean isNamedQuote(Attribution a) {
        return a.direct() && a.speaker().filter(Speaker::isNamed).isPresent();
    }

    /** A speech (the UN debates): its author has a role and speaks every statement no one else is quoted in. */
    private static boolean isSpeech(CatalogEntry entry) {
        return !entry.authorRole().isEmpty() && !entry.summary().author().isEmpty();
    }

    /** Whether an attribution is by the person asked about; any is when no one is. */
    private static boolean isBy(Attribution a, Optional<SpeakerFilter> speaker) {
        return speaker.isEmpty() || a.speaker().filter(s -> s.isNamed() && speaker.get().matches(s)).isPresent();
    }

    /**
     * The passage's other quotes (by the person asked about, if any) that cover much of the question
     * on their own, most relevant first.
     */
    private List<Draft> furtherQuotes(Hit hit, ArticleTexts texts, QuestionCoverage coverageOf,
                                      Optional<SpeakerFilter> speaker) {
        if (hit.attributions().stream().noneMatch(AnswerComposer::isNamedQuote)) {
            return List.of();
        }
        List<Draft> quotes = new ArrayList<>();
        hit.attributions().stream()
                .filter(a -> isNamedQuote(a) && isBy(a, speaker) && texts.holds(hit.articleId(), a.content()))
                .map(a -> new Scored(a, coverageOf.of(hit.articleId(), a.content(), texts)))
                .filter(s -> s.coverage() >= FURTHER_QUOTE_MIN_COVERAGE)
                .sorted(Comparator.comparingDouble((Scored s) -> -s.coverage()))
                .forEach(s -> quoteDraft(s.attribution(), texts, hit.articleId(), hit.passageId(), coverageOf)
                        .ifPresent(quotes::add));
        return quotes;
    }

    /**
     * A sentence worth stating: ends like a statement (not a question) and is not a bare heading, a fragment (one
     * that starts or ends mid-sentence), or a web page's label run into the text ("JUST WATCHED See how …").
     */
    private static boolean isStatement(String sentence) {
        return isSentence(sentence, ".!…\"”’)");
    }

    /** A statement as {@link #isStatement} tells one, or a question: a sentence a speaker said, as {@code /who} lists. */
    static boolean isStatementOrQuestion(String sentence) {
        return isSentence(sentence, ".!?…\"”’)");
    }

    private static boolean isSentence(String sentence, String endings) {
        String s = sentence.strip();
        return s.split("\\s+").length >= MIN_STATEMENT_WORDS && endings.indexOf(s.charAt(s.length() - 1)) >= 0
                && stopsInsideItsQuotation(s)
                && !PAGE_LABEL.matcher(DATELINE.matcher(s).replaceFirst("")).find() && !startsMidSentence(s)
                && !LEAD_IN.matcher(s).matches() && !isTitleCased(s) && !PHOTO_CREDIT.matcher(s).find();
    }

    /**
     * Whether a sentence that ends in a closing quotation mark has its stop inside ("… called the plan “strong.”"); a
     * link's label does not ("Hunter Biden lawyer calls Comer inquiry ‘inaccurate’ and ‘baseless’").
     */
    private static boolean stopsInsideItsQuotation(String s) {
        int k = s.length() - 1;
        while (k > 0 && QUOTE_CLOSERS.indexOf(s.charAt(k)) >= 0) {
            k--;
        }
        return k == s.length() - 1 || ".!?…,".indexOf(s.charAt(k)) >= 0;
    }

    private static final String QUOTE_CLOSERS = "\"”’'";

    /** A photo credit opening a caption: "Victor Moriyama/The New York Times/Redux Lula's hands are seen …". */
    private static final Pattern PHOTO_CREDIT =
            Pattern.compile("^\\p{Lu}[\\p{L}.'’-]*(?: \\p{Lu}[\\p{L}.'’-]*){0,3}/\\p{Lu}");

    /**
     * Every word capitalized but the small ones and numbers: a speech's salutation ("Excellencies, Leaders of UN Member
     * Countries.", "Mr. President, Distinguished Delegates, Ladies and Gentlemen.") or a heading, not a statement.
     */
    private static boolean isTitleCased(String sentence) {
        Matcher word = TITLE_WORD.matcher(sentence);
        while (word.find()) { // most sentences stop at their second word
            char first = sentence.charAt(word.start());
            if (Character.isLetter(first) && !Character.isUpperCase(first) && !TITLE_SMALL_WORDS.contains(word.group())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether quoted words, without their marks and interruptions, can be shown as a quotation by themselves. Not a
     * quotation partly paraphrased ("the goal “is to continue …"): inside the quote marks it would be shown in, its
     * own would not pair; nor words quoted inside the writer's sentence ("100,000 people are “admitted to hospital
     * each year,” the Times reported"), which lack their subject; nor a title. Their sentence says them as written.
     */
    static boolean standsAlone(String quoted) {
        return !DOUBLE_QUOTE_MARKS.matcher(quoted).find() && !startsMidSentence(quoted) && !isTitle(quoted);
    }

    /**
     * Quoted words that are a title ("Going Down Jericho Road: The Memphis Strike"), not something said: title-cased,
     * with no word shouted in capitals ("Vote for the WONDERFUL Herschel Walker" is a post).
     */
    private static boolean isTitle(String quoted) {
        return isTitleCased(quoted) && !SHOUTED.matcher(quoted).find();
    }

    /**
     * A word of four capitals or more, which a post shouts and a title does not hold; not a Roman numeral, which
     * titles do hold ("Harbor Bowl XVIII Carnival").
     */
    private static final Pattern SHOUTED = Pattern.compile("\\b(?![MDCLXVI]+\\b)\\p{Lu}{4,}\\b");

    /** A word for {@link #isTitleCased}: what lies between spaces and punctuation. */
    private static final Pattern TITLE_WORD = Pattern.compile("[^\\s,;:.!()“”\"]+");

    private static final Set<String> TITLE_SMALL_WORDS = Set.of("a", "an", "and", "the", "of", "for", "to", "in", "on",
            "at", "by", "&", "–", "—", "-");

    /**
     * A sentence that only introduces the words that follow it: a speaker and a reporting verb, no clause and no
     * quotation ("UN Secretary-General António Guterres put it bluntly.", "The minister explained on Monday.").
     */
    private static final Pattern LEAD_IN = Pattern.compile("[^,;:“”\"«»]{1,80}?\\b(?:put it|said|says|explained|added"
            + "|wrote|warned|noted|told \\p{L}+)(?: \\p{L}+){0,3}[.!]");

    /**
     * How much less a sentence weighs that opens with a word pointing back to the sentences before it ("It was her
     * first major engagement", "They were set to expire April 20"): alone, as a point, it does not say what it is about.
     */
    static final double REFERENCE_DISCOUNT = 0.75;
    /** "It", "They", or a demonstrative standing alone before its verb ("That's earlier …", "These are …"; not "This year"). */
    private static final Pattern REFERENCE_OPENING = Pattern.compile("^(?:(?:It|They)(?:['’]s)?\\s|(?:This|That|These|Those)"
            + "(?:['’]s\\s|\\s+(?:is|was|are|were|has|had|have|will|would|can|could|may|might|means|meant)\\b))");

    private static boolean opensWithAReference(String sentence) {
        return REFERENCE_OPENING.matcher(sentence.strip()).find();
    }

    /** A lower-case first word, not a name such as "iPhone" or "eBay": the text before it was cut off. */
    private static boolean startsMidSentence(String s) {
        return Character.isLowerCase(s.charAt(0)) && s.length() > 1 && !Character.isUpperCase(s.charAt(1));
    }

    /**
     * What opens a label or a photo caption, not a sentence: two upper-case words of three letters or more ("JUST
     * WATCHED"), an upper-case month and a day before a colon ("MAY 03: In this aerial view, …"), a gallery's
     * counter or its label, which runs the gallery's title into each caption ("Hide Caption 13 of 49 Photos: …",
     * "Photos: Russia invades Ukraine A woman walks …"), or a link's label run into its title ("Timeline:The life of …").
     */
    private static final Pattern PAGE_LABEL = Pattern.compile("^(?:\\p{Lu}{3,} \\p{Lu}{3,}\\b|\\p{Lu}{3,9} \\d{1,2}:"
            + "|(?:Hide Caption )?\\d+ of \\d+ Photos?:|Photos?: |\\p{Lu}\\p{L}+:\\p{Lu})");

    private Optional<Draft> quoteDraft(Attribution quote, ArticleTexts texts, String articleId, String passageId,
                                       QuestionCoverage coverageOf) {
        String content = withoutInterruptions(texts.of(articleId, quote.content()));
        if (content.split("\\s+").length < MIN_QUOTE_WORDS || !standsAlone(content)) {
            return Optional.empty(); // a word in quote marks ("Beat It") says nothing as a point
        }
        if (content.length() > MAX_QUOTE_CHARS) {
            content = excerpt(content, coverageOf);
        }
        if (content.isBlank()) {
            return Optional.empty();
        }
        if (!QuoteVerifier.occursIn(content, around(quote.content(), articleId, texts))) {
            verificationFailures.incrementAndGet();
            log.warn("quote failed verification article={} passage={}", articleId, passageId);
            return Optional.empty();
        }
        String cue = cueText(quote, articleId, texts);
        return Optional.of(new Draft(content, Point.Kind.QUOTE, speakerAsWritten(quote, cue, articleId, texts), cue,
                articleId, passageId, quote.content(), termsOf(content)));
    }

    /**
     * The quote's speaker as the article names them when it writes "the" before the name ("the Fed said", "said The
     * Times", "the Bidens write"): "The Fed", so that the point reads "The Fed said:"; after "according to", which
     * the renderers put first, "the" as the article wrote it ("According to the Fed", "According to The Economist").
     * Any other speaker as resolved.
     */
    private static Optional<Speaker> speakerAsWritten(Attribution quote, String cue, String articleId,
                                                      ArticleTexts texts) {
        Optional<Speaker> speaker = quote.speaker();
        if (speaker.isEmpty() || quote.source().isEmpty() || !speaker.get().role().isEmpty()
                || !speaker.get().organization().isEmpty() || !texts.holds(articleId, quote.source().get())) {
            return speaker;
        }
        Span source = quote.source().get();
        String name = speaker.get().name();
        String mention = texts.of(articleId, source);
        String before = texts.window(articleId, source.start() - 5, source.start());
        String the;
        if (mention.equalsIgnoreCase("the " + name)) {
            the = mention.substring(0, 3);
        } else if (mention.equals(name) && THE_BEFORE.matcher(before).find()) {
            the = before.substring(before.length() - 4, before.length() - 1);
        } else {
            return speaker;
        }
        return Optional.of(new Speaker((Speaker.isAccordingTo(cue) ? the : "The") + " " + name, "", ""));
    }

    private static final Pattern THE_BEFORE = Pattern.compile("(?:^|[^\\p{L}])(?i:the)\\s$");

    /** Characters of context either side of a quote's span that verification also reads (quote marks, spaces). */
    static final int VERIFY_MARGIN = 16;

    /**
     * The article text where the quote stands, with a small margin: the quote is verified there,
     * where its attribution places it, instead of normalizing the whole article (a long speech) for
     * every quote — which was a fifth of an answer's CPU on RealTimeQA.
     */
    private static String around(Span span, String articleId, ArticleTexts texts) {
        return texts.window(articleId, span.start() - VERIFY_MARGIN, span.end() + VERIFY_MARGIN);
    }

    /**
     * The sentence, and the passage's sentences after it while a quotation it opens is not closed
     * yet ("X called it “an honor. We are delighted.”" is two sentences), up to a statement's length.
     */
    private static Span untilItsQuotationCloses(Span sentence, List<Span> passageSentences, Hit hit) {
        Span span = sentence;
        for (Span local : passageSentences) {
            Span next = new Span(hit.start() + local.start(), hit.start() + local.end());
            if (next.start() < span.end()) {
                continue;
            }
            if (!QuoteMarks.of(hit.text().substring(span.start() - hit.start(), span.end() - hit.start())).leavesOpen()
                    || next.end() - span.start() > MAX_STATEMENT_CHARS
                    || hit.text().substring(span.end() - hit.start(), next.start() - hit.start()).contains("\n")) {
                break; // closed, too long, or the quotation would run into the next paragraph
            }
            span = new Span(span.start(), next.end());
        }
        return span;
    }

    /**
     * Sentences of an article as a point or a listing shows them: without an article's list marker ("— To Europeans,
     * …": the answer is a list of its own), an interpreter's note, or a dateline where they open a paragraph (after a
     * byline too: "Jo Hale\n\nSEOUL, South Korea — …"); cut at a word within a statement's length; a quotation they
     * cut is closed where it is cut, or opened where they start inside it ("…,” the report said").
     */
    static String asWritten(String sentences, boolean opensParagraph) {
        String text = LIST_MARKER.matcher(sentences.strip()).replaceFirst("");
        text = INTERPRETER_NOTE.matcher(text).replaceFirst("");
        if (opensParagraph) {
            text = DATELINE.matcher(text).replaceFirst("");
        } else {
            // "ENGLEWOOD, Colo. (AP) — The Denver Broncos …": the dateline's abbreviation ended a sentence before it
            text = AGENCY_CREDIT.matcher(text).replaceFirst("");
        }
        if (text.length() > MAX_STATEMENT_CHARS) {
            int cut = text.lastIndexOf(' ', MAX_STATEMENT_CHARS);
            text = text.substring(0, cut > 0 ? cut : MAX_STATEMENT_CHARS) + " …";
        }
        QuoteMarks marks = QuoteMarks.of(text);
        if (marks.leavesOpen()) {
            text = text + marks.closer();
        } else if (marks.startsInside()) {
            text = "“… " + text;
        }
        return text;
    }

    private Optional<Draft> statementDraft(Span sentence, ArticleTexts texts, Hit hit) {
        String text = asWritten(hit.text().substring(sentence.start() - hit.start(), sentence.end() - hit.start()),
                opensParagraph(sentence, hit));
        Optional<Speaker> speaker = Optional.empty();
        String cue = "";
        Optional<Attribution> reported = reportedBy(sentence, hit.attributions());
        if (reported.isPresent()) {
            Attribution a = reported.get();
            speaker = a.speaker();
            cue = cueText(a, hit.articleId(), texts);
            text = withoutSpeakerLabel(text, a, sentence, hit.articleId(), texts);
            text = namingThePronoun(text, a, speaker.get(), hit.articleId(), texts);
        }
        if (speaker.isEmpty()) {
            // In a speech every statement is the speaker's own.
            Optional<CatalogEntry> entry = index.entry(hit.articleId()).filter(AnswerComposer::isSpeech);
            if (entry.isPresent()) {
                speaker = Optional.of(new Speaker(entry.get().summary().author(), entry.get().authorRole(), ""));
            }
        }
        return Optional.of(new Draft(text, Point.Kind.STATEMENT, speaker, cue, hit.articleId(), hit.passageId(),
                sentence, termsOf(text)));
    }

    /** A point's words as the index reads them, to tell a {@link Repetition}. */
    private Set<String> termsOf(String text) {
        return QueryTerms.analyze(passages, LibrarySchema.TEXT, text).distinct();
    }

    /**
     * The first report in the sentence of a named speaker whose reports make up most of it: one report, or several
     * of one speaker ("X, he said, adding that Y": "said" reports X and "adding" Y, neither alone half of it).
     */
    private static Optional<Attribution> reportedBy(Span sentence, List<Attribution> attributions) {
        Map<Speaker, Integer> covered = new HashMap<>();
        for (Attribution a : attributions) {
            if (a.speaker().filter(Speaker::isNamed).isPresent()) {
                covered.merge(a.speaker().get(), a.content().overlap(sentence), Integer::sum);
            }
        }
        // the first report in the sentence, not an earlier one of the same speaker ("Arnfeld warned that …. A heavy
        // fuel oil spill, she said, …" is the "she said" one, whose cue the answer shows)
        return attributions.stream()
                .filter(a -> a.speaker().filter(sp -> sp.isNamed() && covered.get(sp) > sentence.length() / 2).isPresent())
                .filter(a -> a.content().overlap(sentence) > 0)
                .findFirst();
    }

    /** Whether a sentence opens its passage (passages follow paragraphs) or a paragraph inside it. */
    private static boolean opensParagraph(Span sentence, Hit hit) {
        int at = sentence.start() - hit.start();
        return at <= 0 || hit.text().charAt(at - 1) == '\n';
    }

    /**
     * A transcript's statement without the label that opens it ("SANDERS: Well, …" → "Well, …"): the answer names
     * the speaker already.
     */
    private static String withoutSpeakerLabel(String text, Attribution a, Span sentence, String articleId,
                                              ArticleTexts texts) {
        if (a.source().isEmpty() || a.cue().isEmpty() || a.source().get().start() != sentence.start()
                || !texts.holds(articleId, new Span(sentence.start(), a.cue().get().end()))) {
            return text;
        }
        String label = texts.of(articleId, new Span(sentence.start(), a.cue().get().end()));
        return label.endsWith(":") && text.startsWith(label) ? text.substring(label.length()).strip() : text;
    }

    /**
     * A statement that opens with its speaker's pronoun names them in brackets, as editors do
     * ("[Volodymyr Zelensky] expressed gratitude …" for "He expressed gratitude …"), and so does one whose
     * reporting clause inside it has the pronoun ("…, he [Jens Stoltenberg] said, adding …"): out of its
     * article, "he" names no one.
     */
    private static String namingThePronoun(String text, Attribution a, Speaker speaker, String articleId,
                                           ArticleTexts texts) {
        if (a.source().isEmpty() || !texts.holds(articleId, a.source().get())) {
            return text;
        }
        String source = texts.of(articleId, a.source().get());
        boolean pronoun = source.equals("He") || source.equals("She");
        if (pronoun && text.startsWith(source + " ")) {
            return "[" + speaker.name() + "]" + text.substring(source.length());
        }
        // "…, he said, adding …": the reporting clause inside the sentence names the speaker after the pronoun
        String cue = a.cue().filter(c -> texts.holds(articleId, c)).map(c -> texts.of(articleId, c)).orElse("");
        int at = source.equals("he") || source.equals("she") ? text.indexOf(", " + source + " " + cue) : -1;
        if (at < 0 || cue.isEmpty()) {
            return text;
        }
        int afterPronoun = at + 2 + source.length();
        return text.substring(0, afterPronoun) + " [" + speaker.name() + "]" + text.substring(afterPronoun);
    }

    /** The cue as the article words it; "told" keeps the outlet it names ("told Sputnik", "telling reporters"). */
    private static String cueText(Attribution a, String articleId, ArticleTexts texts) {
        if (a.cue().isEmpty() || !texts.holds(articleId, a.cue().get())) {
            return "";
        }
        Span cue = a.cue().get();
        String text = texts.of(articleId, cue).strip();
        if (text.chars().noneMatch(Character::isLetter)) {
            return ""; // the colon that introduced a quote: every platform's "Name:" says it already
        }
        if (TELL.contains(text.toLowerCase(Locale.ROOT))) {
            String after = texts.window(articleId, cue.end(), cue.end() + TOLD_OUTLET_CHARS);
            String audience = audience(after);
            return audience.isEmpty() ? text : text + " " + audience;
        }
        if (QUOTED.matcher(text).matches()) {
            // the speaker is the one quoted ("X was quoted as saying", "Tass quoted him as saying", "Hale quoted
            // Kasp as telling her"), not one who quotes
            Matcher be = BE_BEFORE.matcher(texts.window(articleId, cue.start() - 6, cue.start()));
            Matcher object = OBJECT_AS_SAYING.matcher(texts.window(articleId, cue.end(), cue.end() + 60));
            if (be.find()) {
                return be.group(1).toLowerCase(Locale.ROOT) + " quoted as saying";
            }
            if (object.lookingAt()) {
                return ("them".equalsIgnoreCase(object.group(1)) ? "were" : "was") + " quoted as " + object.group(2);
            }
        }
        return text;
    }

    /** The cue of "… quoted (as saying)", whose speaker {@link #cueText} tells apart from one who quotes. */
    private static final Pattern QUOTED = Pattern.compile("(?i)quoted(?: as saying)?");
    private static final Pattern BE_BEFORE = Pattern.compile("(?i)\\b(was|were)\\s+$");
    /** Whom "quoted" has as its object, a pronoun or a name, and "as saying" or "as telling" after it. */
    private static final Pattern OBJECT_AS_SAYING = Pattern.compile(
            "\\s+(?:(?i:(him|her|them))|\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3})\\s+as (saying|telling)\\b");

    /**
     * Whom "told" names, from the words after it: the first word and the capitalized ones that go on from it,
     * and after an article the lower-case words up to a preposition, pronoun or verb ("reporters", "CNN", "the
     * BBC", "Fox News", "a news conference"; "reporters aboard Air Force One" gives "reporters"); empty when that
     * is more than four words or none. The last word of {@code after} counts only
     * where a space ends it, since the window may have cut it.
     */
    static String audience(String after) {
        List<String> tokens = new ArrayList<>(List.of(after.strip().split("\\s+")));
        if (!after.isEmpty() && !Character.isWhitespace(after.charAt(after.length() - 1)) && tokens.size() > 1) {
            tokens.removeLast(); // the window may have cut it
        }
        List<String> kept = new ArrayList<>();
        for (String token : tokens) {
            String word = TRAILING_PUNCTUATION.matcher(token).replaceFirst("");
            // after an article the noun phrase goes on over lower-case words: "a news conference", "a packed rally"
            boolean goesOn = kept.isEmpty() || !word.isEmpty() && Character.isUpperCase(word.charAt(0))
                    || ARTICLES.contains(kept.get(0).toLowerCase(Locale.ROOT))
                    && !NOT_IN_AN_AUDIENCE.contains(word.toLowerCase(Locale.ROOT));
            if (word.isEmpty() || !Character.isLetter(word.charAt(0)) || !AUDIENCE_WORD.matcher(word).matches() || !goesOn) {
                break;
            }
            kept.add(word);
            if (word.length() < token.length()) {
                break; // "told Sputnik." / "told reporters, adding …"
            }
        }
        return kept.size() <= 4 ? String.join(" ", kept) : "";
    }

    private static final Set<String> ARTICLES = Set.of("the", "a", "an");
    /** Words that end an audience's noun phrase after its article ("told a reporter he …", "the crowd in Ohio"). */
    private static final Set<String> NOT_IN_AN_AUDIENCE = Set.of("in", "on", "at", "of", "to", "for", "with", "about",
            "after", "before", "during", "when", "while", "that", "and", "but", "as", "the", "a", "an", "he", "she",
            "they", "it", "we", "i", "you", "his", "her", "their", "its", "this", "there", "was", "is", "would", "will");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[,.;:!?)]+$");
    private static final Pattern AUDIENCE_WORD = Pattern.compile("[\\p{L}.’'-]+");

    /** How far after "told" the outlet's name is looked for. */
    private static final int TOLD_OUTLET_CHARS = 60;
    private static final Set<String> TELL = Set.of("told", "tells", "telling", "tell");

    /**
     * Whether the passages support the question: their evidence reaches
     * {@link #ABSTAIN_BELOW_EVIDENCE} when hybrid search measured a vector similarity for any of
     * them, else their best word coverage reaches {@link #ABSTAIN_BELOW_COVERAGE}. A passage without
     * a vector yet (an article the background embedder has not reached) is weighed by its words
     * alone, as if hybrid search were off: a newly added article must be answerable at once, and
     * the vectors of other articles say nothing about it.
     */
    static boolean supported(double bestCoverage, double bestCoverageWithoutVector, List<Hit> hits) {
        OptionalDouble bestSimilarity = hits.stream().map(Hit::similarity).filter(OptionalDouble::isPresent)
                .mapToDouble(OptionalDouble::getAsDouble).max();
        if (bestSimilarity.isEmpty()) {
            return bestCoverage >= ABSTAIN_BELOW_COVERAGE;
        }
        return EvidenceStrength.evidence(bestCoverage, bestSimilarity) >= ABSTAIN_BELOW_EVIDENCE
                || bestCoverageWithoutVector >= ABSTAIN_BELOW_COVERAGE;
    }

    /**
     * The most relevant sentences of a long quote, marked as an excerpt with an ellipsis. A
     * "sentence" without a letter or digit (a quote opening with "...") is never the excerpt: it
     * says nothing, and nothing would be left to verify.
     */
    private String excerpt(String quote, QuestionCoverage coverageOf) {
        List<Span> sentences = Sentences.split(quote);
        Span best = sentences.stream()
                .filter(s -> s.of(quote).chars().anyMatch(Character::isLetterOrDigit))
                .max(Comparator.comparingDouble(s -> coverageOf.of(s.of(quote))))
                .orElse(new Span(0, Math.min(quote.length(), MAX_QUOTE_CHARS)));
        String text = best.of(quote).strip();
        if (text.length() > MAX_QUOTE_CHARS) {
            int cut = text.lastIndexOf(' ', MAX_QUOTE_CHARS);
            text = text.substring(0, cut > 0 ? cut : MAX_QUOTE_CHARS);
        }
        // an excerpt that already ends at an interruption's ellipsis ("A …" of "A … B.") gets no second one
        String prefix = best.start() > 0 && !text.startsWith("…") ? "…" : "";
        boolean cut = best.end() < quote.length() || text.length() < best.length();
        String suffix = cut && !text.endsWith("…") ? "…" : "";
        return prefix + text + suffix;
    }

    /**
     * The quoted words of a quotation, without the cue that may interrupt it: “A,” she said. “B.”
     * becomes {@code A … B.}; a quotation continued in the next paragraph (“A.¶“B.”) becomes {@code A. B.}
     */
    static String withoutInterruptions(String content) {
        List<String> parts = new ArrayList<>();
        Pattern interruption = content.indexOf('‘') >= 0 ? INTERRUPTION_OR_SINGLE : INTERRUPTION;
        for (String part : interruption.split(content)) {
            String words = trimQuoteMarks(PARAGRAPH_CONTINUED.matcher(part).replaceAll(" "));
            if (!words.isEmpty()) {
                parts.add(words);
            }
        }
        return String.join(" … ", parts);
    }

    private static String trimQuoteMarks(String content) {
        int start = 0;
        int end = content.length();
        while (start < end && isTrimmable(content.charAt(start))) {
            start++;
        }
        while (end > start && isTrimmable(content.charAt(end - 1))) {
            end--;
        }
        return content.substring(start, end);
    }

    private static boolean isTrimmable(char c) {
        return Character.isWhitespace(c) || "\"“”„«»‘’‚',".indexOf(c) >= 0;
    }

    /**
     * Orders points so that perspectives stand side by side: in order of relevance, each speaker's
     * first point and every point nobody is quoted as making, then each speaker's further points,
     * round by round.
     */
    private static List<Draft> interleaveSpeakers(List<Draft> drafts) {
        Map<String, Integer> seen = new HashMap<>();
        List<List<Draft>> rounds = new ArrayList<>();
        for (Draft d : drafts) {
            int round = d.speakerKey().isEmpty() ? 0 : seen.merge(d.speakerKey(), 1, Integer::sum) - 1;
            while (rounds.size() <= round) {
                rounds.add(new ArrayList<>());
            }
            rounds.get(round).add(d);
        }
        return rounds.stream().flatMap(List::stream).toList();
    }

    /** The points of the speaker a question asks for first, each group in its order. */
    private static List<Draft> preferredFirst(List<Draft> drafts, Optional<Preferred> preferred) {
        if (preferred.isEmpty()) {
            return drafts;
        }
        SpeakerFilter speaker = preferred.get().speaker();
        List<Draft> ordered = new ArrayList<>(drafts.size());
        drafts.stream().filter(d -> d.speaker().filter(speaker::matches).isPresent()).forEach(ordered::add);
        drafts.stream().filter(d -> d.speaker().filter(speaker::matches).isEmpty()).forEach(ordered::add);
        return ordered;
    }

    /**
     * For a question asking who holds a post ({@link RoleQuestion}): the points of speakers whom their articles give
     * that post first, in rank order; when no point is theirs, the first quote of such a speaker in the passages found
     * opens the answer ("Who is the foreign minister of Ukraine?": Dmytro Kuleba's words, with his role).
     */
    private List<Draft> holdersFirst(List<Draft> drafts, RoleQuestion post, List<Hit> hits, ArticleTexts texts,
                                     QuestionCoverage coverageOf) {
        List<Draft> ordered = new ArrayList<>(drafts.size() + 1);
        drafts.stream().filter(d -> d.speaker().filter(s -> post.heldBy(s, passages)).isPresent()).forEach(ordered::add);
        if (ordered.isEmpty()) {
            holderQuote(post, hits, texts, coverageOf).filter(q -> drafts.stream().noneMatch(d -> d.overlaps(q)))
                    .ifPresent(ordered::add);
        }
        drafts.stream().filter(d -> !ordered.contains(d)).forEach(ordered::add);
        return ordered.size() > MAX_POINTS + MAX_VOICES ? ordered.subList(0, MAX_POINTS + MAX_VOICES) : ordered;
    }

    /** Whether an answer gives who holds the post: a holder's words open it, or a point's own words name the post. */
    private boolean namesAHolder(List<Draft> drafts, RoleQuestion post) {
        return drafts.getFirst().speaker().filter(s -> post.heldBy(s, passages)).isPresent()
                || drafts.stream().anyMatch(d -> post.namedIn(d.text(), passages));
    }

    /** The first quote in the passages found of a speaker whom the article gives the post, if any. */
    private Optional<Draft> holderQuote(RoleQuestion post, List<Hit> hits, ArticleTexts texts,
                                        QuestionCoverage coverageOf) {
        for (Hit hit : hits) {
            for (Attribution a : hit.attributions()) {
                if (isNamedQuote(a) && post.heldBy(a.speaker().get(), passages) && texts.holds(hit.articleId(), a.content())
                        && index.entry(hit.articleId()).isPresent()) {
                    Optional<Draft> quote = quoteDraft(a, texts, hit.articleId(), hit.passageId(), coverageOf);
                    if (quote.isPresent()) {
                        return quote;
                    }
                }
            }
        }
        return Optional.empty();
    }

    private Answer numberSources(String answerId, Question question, List<Draft> drafts, List<RankedPassage> ranked,
                                 Optional<String> postWithoutHolder, long startNanos) {
        Map<String, Source> sources = new LinkedHashMap<>();
        List<Point> points = new ArrayList<>();
        for (Draft d : drafts) {
            Source source = sources.computeIfAbsent(d.articleId(), id -> source(id, sources.size() + 1));
            points.add(new Point(d.text(), d.kind(), d.speaker(), d.cue(), source.n(), d.passageId()));
        }
        return new Answer(answerId, question.text(), question.asOf(), Answer.Status.ANSWERED, points,
                List.copyOf(sources.values()), ranked, postWithoutHolder, elapsedMs(startNanos));
    }

    private Source source(String articleId, int n) {
        ArticleSummary a = index.entry(articleId).map(CatalogEntry::summary)
                .orElseThrow(() -> new IllegalStateException("cited article not in catalog: " + articleId));
        return Source.citing(n, a);
    }

    /** The IDF of the question's terms: from the search's own look-ups, when it looked them all up. */
    private Map<String, Double> idf(Set<String> terms, Retrieval retrieval) {
        if (retrieval.docFreqs().keySet().containsAll(terms)) {
            return EvidenceStrength.idf(terms, retrieval.docFreqs(), retrieval.passageCount());
        }
        return index.withSearcher(searcher -> EvidenceStrength.idf(searcher.getIndexReader(), terms));
    }

    private static long elapsedMs(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
