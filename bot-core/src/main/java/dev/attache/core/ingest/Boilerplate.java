package dev.attache.core.ingest;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognizes lines that are page chrome rather than article content: share counters, ad markers,
 * newsletter and follow prompts, "Read more:" links, cookie notices, copyright lines, wire sign-offs.
 * It judges whole lines by general patterns and keeps any line that reads as a sentence of the
 * article, even one that mentions subscribing or advertising; only short prompt-like lines go.
 */
public final class Boilerplate {

    /** A prompt or notice longer than this many words is taken for article prose and kept. */
    private static final int MAX_PROMPT_WORDS = 40;
    private static final int MAX_LABEL_WORDS = 25;

    /** Longer lines are prose: every chrome rule has a word limit well below this. */
    private static final int MAX_CHROME_CHARS = 600;
    /** Markers and share widgets are short. */
    private static final int MAX_WIDGET_CHARS = 120;
    private static final Pattern WIDGET_SEPARATORS = Pattern.compile("[\\s|/\u2022\u00B7,:]+");
    private static final Pattern COUNT = Pattern.compile("[\\d.,]+[km]?");

    /** A line with no letters at all: counters ({@code 0 1,569}), rules ({@code ***}, {@code ___}), ornaments. */
    private static final int MAX_LETTERLESS_CHARS = 40;

    /** Whole-line markers, compared after dropping surrounding dashes, bullets and brackets. */
    private static final Set<String> MARKERS = Set.of(
            "advertisement", "advertisements", "advertising", "ad", "ads", "sponsored", "sponsored content",
            "paid content", "promoted", "promoted content", "story continues below", "story continues below advertisement",
            "article continues below", "article continues below advertisement", "continue reading below",
            "scroll to continue", "scroll to continue with content", "continue reading", "read more", "read more here",
            "show more", "load more", "see more", "read the full story", "read the full article", "click to expand",
            "skip advertisement", "how relevant is this ad to you?", "reuter", "reuters", "back to top", "top stories");

    /** Words of share widgets and counters; a line made only of these (and numbers) is a widget. */
    private static final Set<String> WIDGET_WORDS = Set.of(
            "on", "via", "facebook", "twitter",
            "x", "whatsapp", "telegram", "linkedin", "pinterest", "reddit", "mail", "copy",
            "link", "messenger", "vk", "flipboard", "this", "article", "story", "page", "the");
    private static final Set<String> NETWORKS = Set.of(
            "facebook", "twitter", "x", "whatsapp", "telegram", "linkedin", "pinterest", "reddit", "messenger", "vk",
            "flipboard");

    private static final Set<String> SHARE_VERBS = Set.of(
            "share", "shares", "shared", "sharing", "tweet", "tweets", "retweet", "email", "e-mail", "print", "comment",
            "comments", "save", "saved", "like", "likes", "views");

    /** A label that introduces links to other stories: "Read more: …", "Related: …". */
    private static final Pattern LINK_LABEL = Pattern.compile(
            "^(read more|more|related|related articles?|related stories|related coverage|related content|also read"
                    + "|read also|see also|more on this|more from [\\p{L} ]{1,30}|recommended|recommended for you"
                    + "|editor'?s picks?|most read|most popular|trending|don'?t miss|watch|listen|you may also like"
                    + "|you might also like|further reading)\\s*[:>|»]", Pattern.CASE_INSENSITIVE);

    /** A call to action at the start of a line. */
    private static final Pattern PROMPT = Pattern.compile(
            "^[(\\[]?\\s*(sign up|signup|subscribe|get real[- ]?time|get (the|our) latest|get breaking|follow us"
                    + "|follow [\\p{L}.' ]{1,40} on |follow @|click here|tap here|download (our|the)|join our"
                    + "|like us on|support (local|independent|our|quality) journalism|would you like to receive"
                    + "|you can get|never miss|stay (informed|up to date|up-to-date|updated|connected|in the know)"
                    + "|want (more|the latest)|for the full story|listen to this article|enjoy unlimited"
                    + "|already a subscriber|become a (member|subscriber)|to continue reading|get (our|the) [\\p{L} ]{1,30}newsletter"
                    + "|check your local forecast|receive (our|the) )", Pattern.CASE_INSENSITIVE);

    /** Words that make a call to action promotional rather than narrative. */
    private static final Pattern PROMO_WORD = Pattern.compile(
            "\\b(newsletters?|inbox|e-?mails?|subscribe|subscription|subscribers?|sign up|alerts|notifications"
                    + "|apps?|twitter|facebook|instagram|telegram|whatsapp|youtube|tiktok|linkedin|social media"
                    + "|offers|podcasts?|digest|device|journalism|forecast)\\b",
            Pattern.CASE_INSENSITIVE);
    /** Words that make a short call to action promotional ("Click here.", "Subscribe now"). */
    private static final Pattern WEAK_PROMO_WORD = Pattern.compile(
            "\\b(here|now|today|free|updates|daily|weekly|story|more|latest)\\b", Pattern.CASE_INSENSITIVE);
    private static final int MAX_SHORT_PROMPT_WORDS = 15;

    /**
     * A video player's label: a running time and the video's source ("… 02:17 - Source: CNN", after "Video Ad
     * Feedback" and a title), or a player's "JUST WATCHED <title> Replay More Videos ... MUST WATCH <title> 02:30".
     * Its title is no sentence of the article, and the quotes in it ("'That's not OK': Bash reacts …") are headlines.
     */
    private static final Pattern VIDEO_LABEL = Pattern.compile(
            "\\b\\d{1,2}:\\d{2}(?::\\d{2})?\\s+-\\s+Source:\\s+\\S|^JUST WATCHED\\b.*\\bMUST WATCH\\b");

    private static final Pattern COOKIE = Pattern.compile("\\bcookies?\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern COOKIE_NOTICE = Pattern.compile(
            "\\b(we use|this (web)?site uses|uses cookies|accept|consent|privacy (policy|settings)|by (continuing|using)"
                    + "|manage (your )?(preferences|settings))\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern RIGHTS = Pattern.compile(
            "all rights reserved|^\\s*(\u00A9|\\(c\\)\\s|copyright\\s+(\u00A9|\\d{4}))", Pattern.CASE_INSENSITIVE);

    private Boilerplate() {
    }

    /**
     * Removes chrome lines from {@code text}, leaving an empty line in the place of each, so that
     * paragraph boundaries around it survive. Line ends are normalized to {@code \n}.
     */
    public static String strip(String text) {
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                out.append('\n');
            }
            if (!isChrome(lines[i])) {
                out.append(lines[i]);
            }
        }
        return out.toString();
    }

    /** True when the whole line is page chrome; a blank line is not chrome. */
    public static boolean isChrome(String line) {
        String t = line.strip();
        if (t.isEmpty() || t.length() > MAX_CHROME_CHARS) {
            return false;
        }
        if (!hasLetter(t)) {
            return t.length() <= MAX_LETTERLESS_CHARS;
        }
        if (t.length() <= MAX_WIDGET_CHARS) {
            String lower = t.toLowerCase(Locale.ROOT);
            if (MARKERS.contains(trimDecoration(lower)) || isWidget(lower)) {
                return true;
            }
        }
        int words = wordCount(t);
        if (words <= MAX_LABEL_WORDS && LINK_LABEL.matcher(t).find() || VIDEO_LABEL.matcher(t).find()) {
            return true;
        }
        if (words > MAX_PROMPT_WORDS) {
            return false;
        }
        return isPromotionalPrompt(t, words)
                || COOKIE.matcher(t).find() && COOKIE_NOTICE.matcher(t).find()
                || RIGHTS.matcher(t).find();
    }

    /** A call to action followed by promotional words (the prompt's own verb does not count), or a short one with weaker ones. */
    private static boolean isPromotionalPrompt(String t, int words) {
        var prompt = PROMPT.matcher(t);
        if (!prompt.find()) {
            return false;
        }
        String rest = t.substring(prompt.end());
        return PROMO_WORD.matcher(rest).find()
                || words <= MAX_SHORT_PROMPT_WORDS && WEAK_PROMO_WORD.matcher(t).find();
    }

    private static boolean hasLetter(String t) {
        for (int i = 0; i < t.length(); i++) {
            if (Character.isLetter(t.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static String trimDecoration(String t) {
        int start = 0;
        int end = t.length();
        while (start < end && isDecoration(t.charAt(start))) {
            start++;
        }
        while (end > start && isDecoration(t.charAt(end - 1))) {
            end--;
        }
        return t.substring(start, end).strip();
    }

    private static boolean isDecoration(char c) {
        return c == ' ' || c == '-' || c == '\u2013' || c == '\u2014' || c == '\u2022' || c == '*' || c == '|'
                || c == '[' || c == ']' || c == '(' || c == ')' || c == '>' || c == '<' || c == '\u00BB'
                || c == '\u00AB' || c == '=' || c == '_' || c == '\u25BA' || c == '\u25B6';
    }

    /** Share widgets and counters: only widget words and numbers, with a share verb, a count or two networks. */
    private static boolean isWidget(String lower) {
        int networks = 0;
        boolean verbOrCount = false;
        for (String token : WIDGET_SEPARATORS.split(lower)) {
            if (token.isEmpty()) {
                continue;
            }
            if (NETWORKS.contains(token)) {
                networks++;
            }
            if (COUNT.matcher(token).matches() || SHARE_VERBS.contains(token)) {
                verbOrCount = true;
            } else if (!WIDGET_WORDS.contains(token)) {
                return false;
            }
        }
        return verbOrCount || networks >= 2 || networks == 1 && lower.startsWith("on ");
    }

    private static int wordCount(String t) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < t.length(); i++) {
            boolean space = Character.isWhitespace(t.charAt(i));
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return words;
    }
}
