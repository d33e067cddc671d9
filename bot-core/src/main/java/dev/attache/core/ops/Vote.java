package dev.attache.core.ops;

/** A user's thumbs up or down on an answer. */
public record Vote(String answerId, String question, boolean up, Caller caller) {
}
