package dev.attache.core.answer;

import dev.attache.core.attribution.Speaker;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A person or body asked about by name ({@code /who NAME}, {@code ask --speaker NAME}): a speaker matches
 * when their name holds every word of the one asked for, compared without case or accents, so
 * "kashin" finds "Vasiliy Kashin" and "Lopez" finds "Ana López". An acronym asked in capitals must be one in the
 * speaker's name too, written with or without dots: "UN" finds "U.N." and "UN Security Council", not "Kim Jong Un".
 */
public final class SpeakerFilter {

    private static final Pattern NOT_A_NAME_CHARACTER = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern ACCENTS = Pattern.compile("\\p{M}+");
    /** What may surround an acronym in a name without being part of it: "(WHO)", "NATO's". */
    private static final Pattern AROUND_A_WORD = Pattern.compile("^[^\\p{L}]+|(?:['’]s)?[^\\p{L}.]*$");

    /**
     * One form of the name asked for.
     *
     * @param words     the words a speaker's name must hold
     * @param shortForm with a person's full name: the words a shorter form of it must hold ("Harris" for "Kamala
     *                  Harris"); else empty
     * @param acronym   with an acronym asked: its letters, which the speaker's name must hold as an acronym; else empty
     */
    private record Form(List<String> words, List<String> shortForm, String acronym) {

        boolean matches(String speakerName) {
            if (!acronym.isEmpty()) {
                return Arrays.stream(speakerName.split("\\s+")).map(w -> AROUND_A_WORD.matcher(w).replaceAll(""))
                        .anyMatch(w -> Acronyms.isAcronym(w) && Acronyms.letters(w).equals(acronym));
            }
            List<String> name = SpeakerFilter.words(speakerName);
            return name.containsAll(words) || !shortForm.isEmpty() && words.containsAll(name) && name.containsAll(shortForm);
        }
    }

    private final List<Form> forms;

    private SpeakerFilter(List<Form> forms) {
        this.forms = forms;
    }

    /** The filter for {@code name}; empty when it has no letter or digit. */
    public static Optional<SpeakerFilter> of(String name) {
        return form(name).map(f -> new SpeakerFilter(List.of(f)));
    }

    /** A filter that a speaker any of {@code names} finds matches ("UN", "United Nations"); empty when none has a letter. */
    static Optional<SpeakerFilter> ofAny(List<String> names) {
        List<Form> forms = names.stream().map(SpeakerFilter::form).flatMap(Optional::stream).toList();
        return forms.isEmpty() ? Optional.empty() : Optional.of(new SpeakerFilter(forms));
    }

    private static Optional<Form> form(String name) {
        String asked = name.strip();
        if (Acronyms.isAcronym(asked)) {
            return Optional.of(new Form(List.of(), List.of(), Acronyms.letters(asked)));
        }
        List<String> words = words(asked);
        return words.isEmpty() ? Optional.empty() : Optional.of(new Form(words, List.of(), ""));
    }

    /**
     * The filter for one person, {@code fullName}, asked for by {@code asked}: a speaker named with every word of the
     * full name, or with a shorter form of it that holds the asked words ("Harris" or "Kamala Harris" for Kamala
     * Harris asked for as "Harris"; not "Glenn Harris").
     */
    static Optional<SpeakerFilter> ofPerson(String fullName, String asked) {
        List<String> words = words(fullName);
        List<String> shortForm = words(asked);
        return words.isEmpty() || shortForm.isEmpty() ? Optional.empty()
                : Optional.of(new SpeakerFilter(List.of(new Form(words, shortForm, ""))));
    }

    public boolean matches(String speakerName) {
        return forms.stream().anyMatch(f -> f.matches(speakerName));
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
