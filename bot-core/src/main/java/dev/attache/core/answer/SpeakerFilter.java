package dev.attache.core.answer;

import dev.attache.core.attribution.Speaker;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A person asked about by name ({@code /who NAME}, {@code ask --speaker NAME}): a speaker matches
 * when their name holds every word of the one asked for, compared without case or accents, so
 * "kashin" finds "Vasiliy Kashin" and "Lopez" finds "Ana López".
 */
public final class SpeakerFilter {

    private static final Pattern NOT_A_NAME_CHARACTER = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern ACCENTS = Pattern.compile("\\p{M}+");

    private final List<String> words;
    /** With a person's full name: the words a shorter form of it must hold ("Harris" for "Kamala Harris"); else empty. */
    private final List<String> shortForm;

    private SpeakerFilter(List<String> words, List<String> shortForm) {
        this.words = words;
        this.shortForm = shortForm;
    }

    /** The filter for {@code name}; empty when it has no letter or digit. */
    public static Optional<SpeakerFilter> of(String name) {
        List<String> words = words(name);
        return words.isEmpty() ? Optional.empty() : Optional.of(new SpeakerFilter(words, List.of()));
    }

    /**
     * The filter for one person, {@code fullName}, asked for by {@code asked}: a speaker named with every word of the
     * full name, or with a shorter form of it that holds the asked words ("Harris" or "Kamala Harris" for Kamala
     * Harris asked for as "Harris"; not "Glenn Harris").
     */
    static Optional<SpeakerFilter> ofPerson(String fullName, String asked) {
        List<String> words = words(fullName);
        List<String> shortForm = words(asked);
        return words.isEmpty() || shortForm.isEmpty() ? Optional.empty() : Optional.of(new SpeakerFilter(words, shortForm));
    }

    public boolean matches(String speakerName) {
        List<String> name = words(speakerName);
        return name.containsAll(words) || !shortForm.isEmpty() && words.containsAll(name) && name.containsAll(shortForm);
    }

    public boolean matches(Speaker speaker) {
        return matches(speaker.name());
    }

    /** The words of a name, lower-cased and without accents. */
    public static List<String> words(String name) {
        // /who and its autocomplete run this over every speaker of the library: ASCII needs no decomposing
        String plain = name.chars().allMatch(c -> c < 0x80) ? name
                : ACCENTS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        return Arrays.stream(NOT_A_NAME_CHARACTER.split(plain.toLowerCase(Locale.ROOT))).filter(w -> !w.isEmpty()).toList();
    }
}
