package dev.sandcastle.feed;

/** Fired (asynchronously to nobody's transaction) when newly sequenced events may be waiting: wakes the webhook dispatcher. */
public record FeedAdvanced() {
}
