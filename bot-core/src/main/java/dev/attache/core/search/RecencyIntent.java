package dev.attache.core.search;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Tells whether a question is about recent or upcoming events ("latest", "this week", "recently",
 * "will", "upcoming"…), or asks who holds a post now ("Who is the prime minister of …?", "Who leads
 * …?"), in which case passages published near the as-of date are preferred.
 */
public final class RecencyIntent {

    private static final Pattern CUES = Pattern.compile(
            "\\b(recent(ly)?|latest|newest|current(ly)?|now|today|yesterday|tonight|this (week|month|year|weekend)"
                    + "|last (week|month|weekend)|past (week|month|few days)|upcoming|soon|new|next|will|announced"
                    + "|so far|still|ongoing|who(?: is|'s|’s) the|who (?:leads|heads|runs|chairs))\\b");

    private RecencyIntent() {
    }

    public static boolean asksAboutRecentEvents(String question) {
        return CUES.matcher(question.toLowerCase(Locale.ROOT)).find();
    }
}
