package dev.attache.core.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.attache.core.answer.Acronyms;
import dev.attache.core.answer.SpeakerFilter;
import dev.attache.core.attribution.Words;
import dev.attache.core.index.LibraryIndex;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the library's speakers tell of an acronym ({@link Acronyms}): the body's name it stands for, and the names that
 * hold its letters as a word of another kind. Looking through every article's speakers takes tens of milliseconds on
 * a library of 40,000 articles, so each acronym's findings are kept until the library changes.
 */
final class BodyNames {

    /**
     * An acronym's findings.
     *
     * @param fullName the body's name of those initials that the most articles quote ("United Nations" for "UN"; one,
     *                 so that a lesser body of the same initials does not join it); empty when none is quoted
     * @param others   the named speakers whose names hold the acronym's letters as a word, not as the acronym ("Kim Jong
     *                 Un"; not "those who", a clause the attribution took for a speaker)
     */
    record Found(Optional<String> fullName, List<String> others) {}

    private record Key(String letters, long generation) {}

    private static final int MAX_ACRONYMS = 1_000;

    private final LibraryIndex index;
    private final Cache<Key, Found> found = Caffeine.newBuilder().maximumSize(MAX_ACRONYMS).build();

    BodyNames(LibraryIndex index) {
        this.index = index;
    }

    /** What the library's speakers tell of the acronym of {@code letters} ("UN"). */
    Found of(String letters) {
        return found.get(new Key(letters, index.generation()), key -> look(key.letters()));
    }

    private Found look(String letters) {
        SpeakerFilter acronym = SpeakerFilter.of(letters).orElseThrow();
        Map<String, Integer> library = index.speakerNames(
                name -> Words.holdsWholeIgnoringCase(name, letters) || initialsMayBe(name, letters));
        Optional<String> fullName = library.entrySet().stream()
                .filter(e -> Acronyms.of(e.getKey()).filter(letters::equals).isPresent())
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey);
        List<String> others = library.keySet().stream()
                .filter(name -> Character.isUpperCase(name.charAt(0)) && Words.holdsWholeIgnoringCase(name, letters)
                        && !acronym.matches(name)).sorted().toList();
        return new Found(fullName, others);
    }

    /** A quick test before {@link Acronyms#of}: a name of several words that starts with the acronym's first letter. */
    private static boolean initialsMayBe(String name, String letters) {
        return name.charAt(0) == letters.charAt(0) && name.indexOf(' ') > 0;
    }
}
