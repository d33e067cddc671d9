package dev.attache.core.search;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a search found: the ranked passages, and the statistics of the question's terms it looked
 * up on the way (how many passages hold each term, of how many), so that weighing the question's
 * words afterwards needs no second look-up in the index.
 *
 * @param docFreqs     for each distinct term the search used, the number of passages whose text holds it
 * @param passageCount the number of passages with any text
 * @param preference   the speaker whose words the question asks for, whose passages were preferred
 */
public record Retrieval(List<Hit> hits, Map<String, Integer> docFreqs, long passageCount,
                        Optional<SpeakerPreference> preference) {

    /** Nothing searched: a question without a searchable word. */
    static final Retrieval NONE = new Retrieval(List.of(), Map.of(), 0, Optional.empty());
}
