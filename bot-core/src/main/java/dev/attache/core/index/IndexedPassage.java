package dev.attache.core.index;

import java.util.List;

/** A passage as the index holds it: what the embedder needs to give it a vector document. */
public record IndexedPassage(String passageId, String text, long day, List<String> speakers) {
}
