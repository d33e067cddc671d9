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
            "accuse", "criticize", "criticise", "praise", "blame", "dismiss", "describe", "call");

    /** Cues that need a clearly marked content (a that-clause, a colon or a quotation) to count. */
    static final Set<String> WEAK = Words.set("know", "feel", "understand", "expect", "hope", "fear", "worry",
            "agree", "continue", "charge", "indicate", "maintain", "mention", "propose", "demand", "inform",
            "advise", "repeat", "recommend", "forecast", "estimate", "report", "accuse", "criticize",
            "criticise", "praise", "blame", "dismiss", "describe", "call", "ask", "urge", "promise",
            "pledge", "vow", "note", "state", "counter", "reveal", "confirm", "predict", "caution", "admit");

    /** Verbs whose object is the audience or medium ("told Sputnik", "told reporters"). */
    static final Set<String> AUDIENCE = Words.set("tell", "inform", "assure", "advise", "warn", "ask", "urge");

    private static final Map<String, String> FORMS = new HashMap<>();

    static {
        for (String spec : VERBS) {
            int colon = spec.indexOf(':');
            String lemma = colon < 0 ? spec : spec.substring(0, colon);
            FORMS.put(lemma, lemma);
            if (colon >= 0) {
                for (String f : spec.substring(colon + 1).split(",")) {
                    FORMS.put(f, lemma);
                }
            } else {
                for (String f : regular(lemma)) {
                    FORMS.putIfAbsent(f, lemma);
                }
            }
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

    /** The lemma of a cue verb form, or null. */
    static String lemma(String lowerToken) {
        return FORMS.get(lowerToken);
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
