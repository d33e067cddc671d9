package dev.attache.core.answer;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The person or body whose words a question asks for, by name: "What did Blinken say about China?", "How did the
 * Kremlin respond to the mutiny?", "Has Macron commented on the strikes?", "What was Putin's reaction to …?",
 * "According to Powell, …?", "Tell me what Putin said about NATO", "Macron's comments on pensions". Answers prefer
 * what that speaker said (the retriever puts their passages first, the composer states their words first) without
 * keeping to it as {@code ask --speaker} does: where the library holds nothing of theirs on the question, its other
 * passages still answer. Only a capitalized name counts ("What did officials say" asks for no one in particular).
 *
 * @param name    the name as the question writes it, without a leading "the" ("President Biden", "Bank of England");
 *                whom it means in the library is the retriever's to find
 * @param subject the rest of the question after the words that ask for the speaker's words: what it asks them about
 *                (" about China?"; nothing for "What did Putin say?")
 */
public record AskedSpeaker(String name, String subject) {

    /**
     * A word of a name: capitalized, with the dots, hyphens and apostrophes of "U.N.", "Secretary-General", "O'Neill".
     */
    private static final String NAME_WORD = "\\p{Lu}[\\p{L}\\p{M}\\p{N}.'’-]*";
    /** Lower-case words inside a name: "Bank of England", "Ursula von der Leyen", "Luiz Inácio Lula da Silva". */
    private static final String CONNECTOR = "(?:of|de|da|do|dos|del|della|di|du|la|le|van|von|der|den|bin|ibn|al|el)";
    /** "the" before a body is no part of its name; a name ends before a possessive's "'s". */
    private static final String NAME = "(?:the\\s+)?(" + NAME_WORD + "(?:\\s+(?:" + CONNECTOR + "\\s+)*" + NAME_WORD
            + "){0,5}?)";
    private static final List<String> VERBS = List.of("say", "tell", "think", "claim", "argue", "warn", "respond",
            "react", "reply", "comment", "write", "describe", "announce", "predict", "believe", "call", "mean",
            "suggest", "propose", "promise", "insist", "admit", "deny", "confirm", "explain", "stress", "pledge", "vow",
            "urge", "demand", "acknowledge", "criticize", "criticise", "praise", "threaten", "accuse", "blame",
            "testify", "tweet", "post", "reveal", "disclose", "vote", "feel", "ask", "request", "plead", "appeal");
    private static final Map<String, String> IRREGULAR = Map.of(
            "say", "say|says|said|saying",
            "tell", "tell|tells|told|telling",
            "think", "think|thinks|thought|thinking",
            "write", "write|writes|wrote|written|writing",
            "mean", "mean|means|meant|meaning",
            "feel", "feel|feels|felt|feeling",
            "deny", "deny|denies|denied|denying",
            "reply", "reply|replies|replied|replying",
            "testify", "testify|testifies|testified|testifying",
            "admit", "admit|admits|admitted|admitting");
    /** The forms a saying verb takes after an auxiliary: "did X say", "has X said", "is X saying". */
    private static final String VERB = "(?:" + VERBS.stream().map(AskedSpeaker::verbForms).collect(Collectors.joining("|"))
            + ")";
    private static final String AUXILIARY = "(?:did|does|do|has|have|had|is|are|was|were|will|would)";
    private static final String OPINION = "(?:reaction|response|view|views|position|stance|message|comment|comments"
            + "|statement|remarks|answer|reply|warning|argument|opinion|take|criticism|assessment|verdict|explanation)";

    /** Adverbs between the name and the verb: "Has Macron ever commented …", "What has Hale recently said …". */
    private static final String ADVERBS = "(?i:(?:ever|recently|just|actually|really|been|have|had)\\s+){0,2}";
    /** A word of whoever a question asks for the words of, named or not: not an auxiliary or "much" and "many". */
    private static final String ANY_WORD = "(?!(?i:" + AUXILIARY
            + "|be|been|can|could|should|may|might|must|much|many)\\b)[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}.'’-]*";
    /**
     * Whoever a question asks for the words of, named or not: one to five words ("analysts", "the central bank's
     * economists", "they"), without a leading "the".
     */
    private static final String ANYONE = "(?:the\\s+)?(" + ANY_WORD + "(?:\\s+" + ANY_WORD + "){0,4}?)";
    private static final List<Pattern> NAMED_FORMS = forms(NAME);
    private static final List<Pattern> ANYONE_FORMS = forms(ANYONE);
    /**
     * What a question's subject says it is about: "about X", "on X", "regarding X", "concerning X", and "of X" after
     * a verb or noun of thinking ("think of", "opinion of"; "ask of the Christians" names no topic).
     */
    private static final Pattern TOPIC = Pattern.compile("^\\s*(?i:about|on|regarding|concerning|(of))\\s+(?=\\S)");
    private static final Pattern THINKING = Pattern.compile("(?i:think|thinks|thought|thinking|opinion|view|views)$");

    /** Offices a question may ask for the holder's words of, as the last words of a post ({@link #postIn}). */
    private static final Set<String> OFFICES = Set.of("president", "chancellor", "minister", "secretary",
            "secretary-general", "general", "governor", "chair", "chairman", "chairwoman", "chairperson", "premier", "mayor",
            "ambassador", "envoy", "spokesman", "spokeswoman", "spokesperson", "chief", "head", "director",
            "director-general", "leader", "commissioner", "ceo", "king", "queen", "emir", "pope");
    /** What follows an office to say where it is held ("minister of defence", "ambassador to France"). */
    private static final Set<String> OF_A_PLACE = Set.of("of", "for", "at", "to");
    /** Capitalized words of a post that say which office, not whose ("the Prime Minister", "the Foreign Secretary"). */
    private static final Set<String> UNSPECIFIC = Set.of("prime", "vice", "deputy", "foreign", "defense", "defence",
            "finance", "interior", "home", "first", "acting", "interim", "former", "press", "the");

    /** The ways a question asks for the words of {@code who} (its group 1). */
    private static List<Pattern> forms(String who) {
        return List.of(
                // What did X say …, How has X responded …, Why did X call …
                Pattern.compile("^(?i:what|how|why|when|where)\\s+(?i:" + AUXILIARY + ")\\s+" + who + "\\s+" + ADVERBS
                        + "(?i:" + VERB + ")\\b"),
                // Did X say …, Has X commented …
                Pattern.compile("^(?i:" + AUXILIARY + ")\\s+" + who + "\\s+" + ADVERBS + "(?i:" + VERB + ")\\b"),
                // What was X's reaction …, What is X's position on …
                Pattern.compile("^(?i:what|how)\\s+(?i:is|was|are|were)\\s+" + who + "['’]s?\\s+(?:\\p{L}+\\s+)?(?i:"
                        + OPINION + ")\\b"),
                // According to X, …
                Pattern.compile("^(?i:according\\s+to)\\s+" + who + "\\s*,"),
                // (Tell me) what X said about …, what X thinks of …
                Pattern.compile("^(?i:(?:tell|show)\\s+me\\s+)?(?i:what|how)\\s+" + who + "\\s+" + ADVERBS + "(?i:"
                        + VERB + ")\\b"),
                // X's comments on …, X's views about … ("Sanctions on Russia", without the possessive, is no speaker's)
                Pattern.compile("^" + who + "['’]s\\s+(?:\\p{L}+\\s+)?(?i:" + OPINION + "|quotes|words)\\s+(?i:on|about)"
                        + "\\s+(?=\\S)"));
    }

    /** The speaker {@code question} asks for the words of by name, and what about; empty when it asks for no one. */
    public static Optional<AskedSpeaker> in(String question) {
        String text = question.strip();
        for (Pattern form : NAMED_FORMS) {
            Matcher m = form.matcher(text);
            if (m.find()) {
                return Optional.of(new AskedSpeaker(m.group(1), text.substring(m.end())));
            }
        }
        return Optional.empty();
    }

    /**
     * The post whose holder a question asks for the words of, and what about ("What did the UN Secretary-General say
     * about climate change?": "UN Secretary-General"; "What has the German chancellor said …": "German chancellor"): an office
     * ({@link #OFFICES}) last, or before "of", "for" or "at" and where ("foreign minister of Estoria"), and a capitalized
     * word that says whose office it is ({@link #UNSPECIFIC} ones do not: "the Prime Minister" is any country's). Empty
     * for a person named with their title ("Prime Minister Modi") or a question asking for no one's words.
     */
    public static Optional<AskedSpeaker> postIn(String question) {
        String text = question.strip();
        for (Pattern form : ANYONE_FORMS) {
            Matcher asked = form.matcher(text);
            if (asked.find()) {
                return isPost(asked.group(1)) ? Optional.of(new AskedSpeaker(asked.group(1), text.substring(asked.end())))
                        : Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static boolean isPost(String words) {
        List<String> list = List.of(words.split("\\s+"));
        int office = -1; // the last office word: "NATO secretary general"
        for (int i = 0; i < list.size(); i++) {
            if (OFFICES.contains(list.get(i).toLowerCase(Locale.ROOT))) {
                office = i;
            }
        }
        if (office < 0 || office < list.size() - 1 && !OF_A_PLACE.contains(list.get(office + 1))) {
            return false;
        }
        return list.stream().anyMatch(w -> Character.isUpperCase(w.charAt(0))
                && !OFFICES.contains(w.toLowerCase(Locale.ROOT)) && !UNSPECIFIC.contains(w.toLowerCase(Locale.ROOT)));
    }

    /**
     * What a question that asks for anyone's words says it asks them about ("What did analysts say about Arctic
     * shipping?": "Arctic shipping"; "What is the bank's view on rates?": "rates"); empty when it asks for no one's
     * words or does not say what about ("What did Putin say in Munich?"). The words that ask for the speaker
     * ("analysts") say whose words are wanted, not what they are about.
     */
    public static Optional<String> topicIn(String question) {
        String text = question.strip();
        for (Pattern form : ANYONE_FORMS) {
            Matcher asked = form.matcher(text);
            if (asked.find()) {
                String subject = text.substring(asked.end());
                Matcher topic = TOPIC.matcher(subject);
                if (!topic.find() || topic.group(1) != null && !THINKING.matcher(asked.group()).find()) {
                    return Optional.empty();
                }
                return Optional.of(subject.substring(topic.end()));
            }
        }
        return Optional.empty();
    }

    /** A verb's forms: the lemma with -s, -ed and -ing ("e" dropped before them), or those {@link #IRREGULAR} lists. */
    private static String verbForms(String lemma) {
        if (IRREGULAR.containsKey(lemma)) {
            return IRREGULAR.get(lemma);
        }
        return lemma.endsWith("e") ? lemma.substring(0, lemma.length() - 1) + "(?:e|es|ed|ing)"
                : lemma + "(?:s|es|ed|ing)?";
    }
}
