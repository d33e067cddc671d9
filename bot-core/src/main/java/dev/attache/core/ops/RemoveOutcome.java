package dev.attache.core.ops;

/** The result of removing an article. */
public sealed interface RemoveOutcome {

    record Removed(String id, String title) implements RemoveOutcome {}

    record NotFound(String id) implements RemoveOutcome {}

    record Denied(String reason) implements RemoveOutcome {}
}
