package dev.attache.core.attribution;

import java.util.Arrays;
import java.util.Set;

/** Builds immutable word sets from lists that may repeat a word, and finds a word whole in a text. */
public final class Words {

    private Words() {
    }

    static Set<String> set(String... words) {
        return Set.copyOf(Arrays.asList(words));
    }

    /**
     * Whether {@code text} holds {@code word} as a whole word, in any case ("Kim Jong Un" holds "UN"; "working" does not
     * hold "king").
     */
    public static boolean holdsWholeIgnoringCase(String text, String word) {
        int n = word.length();
        if (n == 0) {
            return false;
        }
        char first = Character.toUpperCase(word.charAt(0));
        for (int i = 0; i + n <= text.length(); i++) {
            if (Character.toUpperCase(text.charAt(i)) == first && text.regionMatches(true, i, word, 0, n)
                    && (i == 0 || !Character.isLetter(text.charAt(i - 1)))
                    && (i + n == text.length() || !Character.isLetter(text.charAt(i + n)))) {
                return true;
            }
        }
        return false;
    }
}
