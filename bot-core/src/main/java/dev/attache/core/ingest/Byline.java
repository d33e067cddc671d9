package dev.attache.core.ingest;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a visible byline ("By Jane Doe", "BY JANE DOE, Reuters") into the author's name. */
final class Byline {

    private static final String WORD = "\\p{Lu}[\\p{L}.'\u2019-]*";
    private static final Pattern BYLINE = Pattern.compile(
            "^[Bb][Yy]\\s+(" + WORD + "(?:\\s+(?:" + WORD + "|de|van|von|der|den|del|da|di|du|la|le|bin|ibn|al|el)){1,4})"
                    + "\\s*(?:$|[,|\u2014\u2013(]|-\\s|\\sand\\s|\\sfor\\s|\\sin\\s)");
    private static final int MAX_CHARS = 120;

    private Byline() {
    }

    static Optional<String> author(String line) {
        String t = line.strip();
        if (t.length() > MAX_CHARS) {
            return Optional.empty();
        }
        Matcher m = BYLINE.matcher(t);
        if (!m.find()) {
            return Optional.empty();
        }
        return Optional.of(m.group(1).strip());
    }
}
