package dev.attache.core.attribution;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words that signal an attribution: verbs of saying and of stance in all their forms
 * (said, says, told, added, warned, …, believes), and "according to". Lookups are by lower-cased
 * token; each form maps to its lemma.
 */
final class CueLexicon {

    /** Verbs whose forms are cues; irregular forms are listed after a colon. */
    private static final List<String> VERBS = List.of(
            "say:says,said,saying", "tell:tells,told,telling", "add", "warn", "note", "explain", "argue",
            "state", "write:writes,wrote,written,writing", "ask", "insist", "claim", "believe",
            "think:thinks,thought,thinking", "announce", "report", "suggest", "declare", "acknowledge",
            "admit:admits,admitted,admitting", "assert", "contend", "maintain", "predict", "recall",
            "reply:replies,replied,replying", "respond", "stress", "emphasize", "emphasise", "observe",
            "comment", "confirm", "deny:denies,denied,denying", "reveal", "tweet", "concede", "conclude",
            "complain", "allege", "urge", "promise", "vow", "pledge", "agree", "estimate", "caution",
            "counter", "remark", "testify:testifies,testified,testifying", "quip:quips,quipped,quipping",
            "recount", "speculate", "indicate", "charge", "worry:worries,worried,worrying", "fear", "hope",
            "continue", "elaborate", "assure", "reiterate", "mention", "propose", "demand", "acknowledge",
            "contend", "lament", "boast", "joke", "muse", "opine", "posit", "retort", "scoff", "warn",
            "inform", "advise", "disclose", "announce", "assert", "affirm", "repeat", "recommend",
            "say", "proclaim", "predict", "expect", "forecast:forecasts,forecast,forecasting",
            "know:knows,knew,known,knowing", "feel:feels,felt,feeling", "understand:understands,understood",
            "accuse", "criticize", "criticise", "praise", "blame", "dismiss", "describe", "call",
            "want", "plan:plans,planned,planning", "seek:seeks,sought,seeking", "decline", "intend",
            "show:shows,showed,shown,showing", "support", "oppose", "endorse", "refuse",
            "read:reads,read,reading", "title", "chant", "shout", "yell", "scream", "cry:cries,cried,crying");

    /**
     * Cues of stance or report that do not mark speech: a sentence with one of them alone does not
     * introduce the quotation that follows it.
     */
    static final Set<String> WEAK = Words.set("know", "feel", "understand", "expect", "hope", "fear", "worry",
            "agree", "continue", "charge", "indicate", "maintain", "mention", "propose", "demand", "inform",
            "advise", "repeat", "recommend", "forecast", "estimate", "report", "accuse", "criticize",
            "criticise", "praise", "blame", "dismiss", "describe", "call", "ask", "urge", "promise",
            "pledge", "vow", "note", "state", "counter", "reveal", "confirm", "predict", "caution", "admit",
            "read", "title", "chant", "shout", "yell", "scream", "cry");

    /**
     * Cues that need a clearly marked content (a that-clause, a colon or a quotation) to count: what
     * is read, chanted or shouted is quoted; "the sign read" alone is no report.
     */
    static final Set<String> NEEDS_MARKED_CONTENT = Words.set("read", "title", "chant", "shout", "yell", "scream",
            "cry", "continue", "maintain", "advise");

    /** Verbs whose object is the audience or medium ("told Sputnik", "told reporters"). */
    static final Set<String> AUDIENCE = Words.set("tell", "inform", "assure", "advise", "warn", "ask", "urge");

    /**
     * Verb forms that PolNeAR's training part annotates as cues in at least about a third of their
     * occurrences (stance and action verbs: endorsed, criticized, defended, …), learned once from
     * train; each maps to itself unless listed above.
     */
    private static final String LEARNED = "accused accuses accusing acknowledge acknowledged acknowledging added adding adds admits " +
            "admitted advocated agreed alleges alleging alluding announce announced announcing " +
            "answered appeared appears applauded argue argued argues arguing articulated asked asking " +
            "asks assailed asserted asserting assured attacked believing bemoaned blamed blames " +
            "blaming blasted blasting blasts boasted boasts called calling calls cautioned challenged " +
            "chanted chanting chants charged cite cited cites citing claimed claiming commented " +
            "complain complained complaints conceded conclude concluded concludes condemned " +
            "condemning confirmed congratulated considers contends continued credited criticize " +
            "criticized criticizing declare declared declares declaring declined decried deemed " +
            "defended defending denied denounced denouncing derided describe described describes " +
            "describing disclosed dislike dismissed dismisses dismissing doubt doubts dubbed echoed " +
            "echoing emailed emphasize emphasized emphasizing encouraged endorsed endorsing estimated " +
            "estimates expecting explain explained explaining explains express expressed expressing " +
            "fearing finds forecast found hailed highlighted highlighting hints hoped hopes hoping " +
            "implied implying inclined indicate indicated indicates informed insist insisted " +
            "insisting insists interjected joked justify labeled lambasted lamented likened mentioned " +
            "mentioning mentions mocked mocking mused noted notes noting oppose opposed ordered " +
            "outlined outlining pleaded pledges pledging pointed pointing portray portrayed " +
            "portraying praise praised praises praising predict predicted predicting prefer preferred " +
            "prefers proclaimed promised promises promising proposed proposing questioned questioning " +
            "quoted railed reads realized rebuffed rebuked rebut recalled recalling recommended " +
            "recounted referenced referencing referred referring refers refused refuses refusing " +
            "regarded reiterated rejected rejecting remarked remarking remembered remembers reminded " +
            "reminding repeated repeating replied reported requested respond responded responds " +
            "retweeted reveal revealed said say saying says seeks seemed seems sees shouted showed " +
            "shows signaled slammed slamming slams speculated stated stating stressed suggest " +
            "suggested suggesting suggests supported suspected telling tells testified thanked " +
            "thanking thinks told touted touting tweeted tweeting urged urging voiced vow vowed " +
            "vowing vows warn warned warning wonder wondered wondering worried worry writes writing " +
            "wrote yelled " +
            // second pass over train (verb forms annotated as cues in at least 30% of their occurrences)
            "offered offering talked talking posted issued discuss discussed discussing named considered " +
            "decided backing backed pushed pushing sounded favored titled pressed viewed projected threatened " +
            "threatening convinced ignored presented approved embraced welcomed endorses reveals sided invoked " +
            "apologized attributed opposes celebrated lashed distanced announces balked unveiled knocked avoided " +
            "agrees noticed championed persuaded weighed ";

    private static final Map<String, String> FORMS = new HashMap<>();
    /** Each verb's form after "he" or "she" (says, tells, stresses), by its bare and its -ing form. */
    private static final Map<String, String> THIRD_PERSON = new HashMap<>();

    static {
        for (String spec : VERBS) {
            int colon = spec.indexOf(':');
            String lemma = colon < 0 ? spec : spec.substring(0, colon);
            FORMS.put(lemma, lemma);
            if (colon >= 0) {
                String[] forms = spec.substring(colon + 1).split(",");
                for (String f : forms) {
                    FORMS.put(f, lemma);
                }
                addThirdPerson(lemma, List.of(forms));
            } else {
                List<String> forms = regular(lemma);
                for (String f : forms) {
                    FORMS.putIfAbsent(f, lemma);
                }
                addThirdPerson(lemma, forms);
            }
        }
        for (String f : LEARNED.strip().split(" +")) {
            FORMS.putIfAbsent(f, f);
        }
    }

    private CueLexicon() {
    }

    private static List<String> regular(String lemma) {
        if (lemma.endsWith("e")) {
            String stem = lemma.substring(0, lemma.length() - 1);
            return List.of(lemma + "s", lemma + "d", stem + "ing");
        }
        if (lemma.endsWith("ss") || lemma.endsWith("sh") || lemma.endsWith("ch") || lemma.endsWith("x")) {
            return List.of(lemma + "es", lemma + "ed", lemma + "ing");
        }
        return List.of(lemma + "s", lemma + "ed", lemma + "ing");
    }

    /** The bare form and the -ing form of a verb lead into a quote as its form after "he" or "she" (the first of {@code forms}). */
    private static void addThirdPerson(String lemma, List<String> forms) {
        THIRD_PERSON.putIfAbsent(lemma, forms.get(0));
        forms.stream().filter(f -> f.endsWith("ing")).forEach(f -> THIRD_PERSON.putIfAbsent(f, forms.get(0)));
    }

    /**
     * A cue of one verb in its bare form made to agree with one speaker ("stress" → "stresses", as in
     * "Hale and Kasp stress …" shown for Hale alone), and its -ing form too ("…, saying:" → "says:"); any other
     * cue as it is.
     */
    static String forOneSpeaker(String cue) {
        return THIRD_PERSON.getOrDefault(cue, cue);
    }

    /** A cue's -ing form made to agree with a group ("…, adding:" → "Fed officials add:"); any other cue as it is. */
    static String forSeveralSpeakers(String cue) {
        String lemma = isGerund(cue) ? FORMS.get(cue) : null;
        return lemma == null ? cue : lemma;
    }

    /** The lemma of a cue verb form, or null. */
    static String lemma(String lowerToken) {
        return FORMS.get(lowerToken);
    }

    /** Whether the cue word at {@code k} opens a compound noun: "the London-based think tank Chatham House". */
    static boolean opensACompoundNoun(TextModel m, int k) {
        return m.is(k, "think") && (m.is(k + 1, "tank") || m.is(k + 1, "tanks"));
    }

    /** True for a cue form that can only be a verb (said, told, reported), not a noun (report, claims). */
    static boolean isVerbOnly(String lowerToken) {
        String lemma = FORMS.get(lowerToken);
        return lemma != null && !lowerToken.equals(lemma) && !lowerToken.equals(lemma + "s");
    }

    static boolean isGerund(String lowerToken) {
        return lowerToken.endsWith("ing");
    }
}
