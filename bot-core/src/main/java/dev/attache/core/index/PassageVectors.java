package dev.attache.core.index;

/** What the embedder gives a passage: the vector of its text, and those of its sentences. */
public record PassageVectors(float[] passage, SentenceVectors sentences) {
}
