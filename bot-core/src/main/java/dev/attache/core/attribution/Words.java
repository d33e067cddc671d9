package dev.attache.core.attribution;

import java.util.Arrays;
import java.util.Set;

/** Builds immutable word sets from lists that may repeat a word. */
final class Words {

    private Words() {
    }

    static Set<String> set(String... words) {
        return Set.copyOf(Arrays.asList(words));
    }
}
