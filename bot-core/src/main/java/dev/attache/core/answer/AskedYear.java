package dev.attache.core.answer;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The year a question asks about as its time ("What did the Fed say about inflation in 2023?", "… during the summer of
 * 1987", "… in early 2022", "… in March 2023"): when, not what about. Passages published that year answer it even
 * where they do not write the year, and a passage that writes it ("its forecast for 2023") is not for that alone on
 * the subject. A year that names something ("the 2022 World Cup", "the class of 1987") is no time of the question.
 */
public final class AskedYear {

    private static final String MONTH = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final String SEASON = "(?:the\\s+)?(?:spring|summer|autumn|fall|winter|first\\s+half|second\\s+half)"
            + "\\s+of";
    private static final Pattern YEAR = Pattern.compile("(?i)\\s*\\b(?:in|during)\\s+(?:(?:early|late|mid)[\\s-]+|"
            + MONTH + "\\s+|" + SEASON + "\\s+)?((?:1[6-9]|20)\\d\\d)\\b(?![-–/]\\d)");

    private AskedYear() {
    }

    /** The year {@code question} asks about; empty when it names none as its time. */
    public static OptionalInt in(String question) {
        Matcher m = YEAR.matcher(question);
        return m.find() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
    }

    /** {@code text} without the words that give its time ("about the yen in 1987?" → "about the yen?"). */
    public static String without(String text) {
        return YEAR.matcher(text).replaceFirst("");
    }
}
