package dev.attache.core.answer;

import dev.attache.core.attribution.Speaker;
import dev.attache.core.index.LibrarySchema;
import dev.attache.core.search.QueryTerms;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;

/**
 * A question asking who holds a post: "Who is the president of Ukraine?", "Who is Kestria's foreign minister?",
 * "Who is the Ukrainian president?", "Who leads NATO?" (its head, by any title that heads a body). Its answer is
 * first the words of someone the library quotes in that post, as the article gives their role ("Volodymyr Zelensky,
 * Ukrainian President"): the role's words and the place's, as the library's analysis reads them ("Ukrainian" is
 * Ukraine, "minister of foreign affairs" holds "foreign minister"). A question asking for a post's words ("What did
 * the UN Secretary-General say …?", {@link #ofPost}) means its holder's the same way.
 *
 * @param asked      the post as the question names it ("the president of Ukraine", "Kestria's foreign minister",
 *                   "the head of NATO"), to say that no one was found in it
 * @param postTerms  the post's and place's terms, which the holder's role and organization hold
 * @param qualifiers words that make a role another post ("deputy", "former") and the question did not say
 * @param head       whether the question asks who heads a body, by any title that heads ("Who leads …?")
 */
public record RoleQuestion(String asked, Set<String> postTerms, Set<String> qualifiers, boolean head) {

    /** A post is a few words; a longer phrase is a question of another kind ("Who is the man who …"). */
    private static final int MAX_POST_WORDS = 6;

    private static final String WHO_IS = "^(?i:who(?:\\s+is|\\s+was|'s|’s))\\s+";
    private static final String NOW = "(?:(?:current|new|acting|incoming)\\s+)?";
    /** "Who is the president of Ukraine?", "Who is the chief economist at Lindenfeld Bank?" */
    private static final Pattern POST_OF_PLACE = Pattern.compile(WHO_IS + "(?<asked>(?:the\\s+)?" + NOW
            + "(?<post>[\\p{L}\\s.'’-]+?)\\s+(?:of|for|at|in)\\s+(?:the\\s+)?(?<place>[\\p{L}\\s.'’-]+?))\\s*\\?*$",
            Pattern.CASE_INSENSITIVE);
    /** "Who is Kestria's foreign minister?" */
    private static final Pattern PLACES_POST = Pattern.compile(WHO_IS + "(?<asked>(?<place>\\p{Lu}[\\p{L}\\s.-]*?)['’]s\\s+"
            + NOW + "(?<post>[\\p{L}\\s.'’-]+?))\\s*\\?*$");
    /** "Who is the Ukrainian president?" */
    private static final Pattern THE_POST = Pattern.compile(WHO_IS + "(?<asked>the\\s+" + NOW
            + "(?<post>[\\p{L}\\s.'’-]+?))\\s*\\?*$",
            Pattern.CASE_INSENSITIVE);
    /** "Who leads NATO?", "Who heads the Federal Reserve?" */
    private static final Pattern WHO_LEADS = Pattern.compile("^(?i:who\\s+(?:leads|heads|runs|chairs))\\s+"
            + "(?<asked>(?:the\\s+)?(?<post>[\\p{L}\\s.'’-]+?))\\s*\\?*$");
    /** Titles of whoever heads a body, for "Who leads …?" ("NATO Secretary General", "Federal Reserve Chairman"). */
    private static final Set<String> HEADS = Set.of("president", "chairman", "chairwoman", "chairperson", "chair", "leader",
            "head", "chief", "ceo", "director", "governor", "mayor", "premier", "chancellor", "commissioner", "commander");

    /**
     * Words that make a post another one, or someone's no longer ("NATO Deputy Secretary General" is not the
     * secretary general, "former president" not the president), unless the question says them too.
     */
    private static final Set<String> OTHER_POST = Set.of("deputy", "vice", "former", "ex", "assistant", "associate",
            "lieutenant", "under", "undersecretary", "late", "outgoing", "then");
    private static final Pattern WORD = Pattern.compile("[\\p{L}]+");
    /** Words that make a question's phrase a clause, not a post ("the man who", "the country that"). */
    private static final Pattern CLAUSE_WORD = Pattern.compile("(?i)\\b(?:who|whom|that|which|whose|when|where)\\b");

    /** The post a question asks the holder of, as terms of {@code analyzer}; empty for any other question. */
    static Optional<RoleQuestion> of(String question, Analyzer analyzer) {
        String q = question.strip();
        for (Pattern form : new Pattern[]{POST_OF_PLACE, PLACES_POST, THE_POST, WHO_LEADS}) {
            Matcher m = form.matcher(q);
            if (m.matches()) {
                String post = m.group("post") + (form == THE_POST || form == WHO_LEADS ? "" : " " + m.group("place"));
                if (CLAUSE_WORD.matcher(post).find() || post.strip().split("\\s+").length > MAX_POST_WORDS) {
                    return Optional.empty();
                }
                String asked = form == WHO_LEADS ? "the head of " + m.group("asked") : m.group("asked");
                return of(asked, post, form == WHO_LEADS, analyzer);
            }
        }
        return Optional.empty();
    }

    /**
     * A post asked for as a speaker ({@link AskedSpeaker#postIn}: "the UN Secretary-General"), whose holders speak for
     * it; empty when it has no searchable word.
     */
    public static Optional<RoleQuestion> ofPost(String post, Analyzer analyzer) {
        return of(post, post, false, analyzer);
    }

    private static Optional<RoleQuestion> of(String asked, String post, boolean head, Analyzer analyzer) {
        Set<String> terms = QueryTerms.analyze(analyzer, LibrarySchema.TEXT, post).distinct();
        Set<String> said = words(post);
        Set<String> qualifiers = OTHER_POST.stream().filter(w -> !said.contains(w)).collect(Collectors.toSet());
        return terms.isEmpty() ? Optional.empty() : Optional.of(new RoleQuestion(asked, Set.copyOf(terms), qualifiers, head));
    }

    /**
     * Whether a named speaker's role and organization, as the article gives them, hold every word of the post; a body
     * named in them counts by its acronym too ("Secretary-General at the United Nations" holds "UN Secretary-General").
     */
    public boolean heldBy(Speaker speaker, Analyzer analyzer) {
        if (!speaker.isNamed() || speaker.isGroup() || speaker.role().isEmpty()) {
            return false;
        }
        String given = speaker.role() + " " + speaker.organization();
        String role = given + " " + String.join(" ", Acronyms.inPhrase(given));
        Set<String> words = words(role);
        return words.stream().noneMatch(qualifiers::contains) && (!head || headsABody(words))
                && QueryTerms.analyze(analyzer, LibrarySchema.TEXT, role).distinct().containsAll(postTerms);
    }

    /**
     * Whether a point's words name the post and its place themselves ("Saint Patrick is the patron saint of Ireland"):
     * the point may say who holds it though no speaker is given it.
     */
    boolean namedIn(String text, Analyzer analyzer) {
        return QueryTerms.analyze(analyzer, LibrarySchema.TEXT, text).distinct().containsAll(postTerms);
    }

    private static boolean headsABody(Set<String> roleWords) {
        return roleWords.stream().anyMatch(HEADS::contains) || roleWords.contains("secretary") && roleWords.contains("general");
    }

    /** The words of a phrase, lower case ("Deputy-Secretary" is "deputy" and "secretary"). */
    private static Set<String> words(String phrase) {
        return WORD.matcher(phrase.toLowerCase(Locale.ROOT)).results().map(MatchResult::group).collect(Collectors.toSet());
    }
}
